import { describe, expect, it } from 'bun:test';
import { SqlSyntaxError } from '../../src/errors.ts';
import { parse } from '../../src/sql/index.ts';

function errorOf(sql: string): SqlSyntaxError {
  try {
    parse(sql);
  } catch (e) {
    if (e instanceof SqlSyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${sql}`);
}

/** [sql, line, position, unexpected token] — Snowflake's 001003 form (snowflake-reference.md §1). */
const CASES: [string, number, number, string][] = [
  ['select * from', 1, 13, '<EOF>'],
  ['select * from t where', 1, 21, '<EOF>'],
  ['select\n  a,\n  b\nfrom from t', 4, 5, 'from'],
  ['selec 1', 1, 0, 'selec'],
  ['select 1 frm t', 1, 13, 't'],
  ['SELECT a FROM t WHERE a = = 1', 1, 26, '='],
  ['select (1 + 2', 1, 13, '<EOF>'],
  ['select 1 +', 1, 10, '<EOF>'],
  ['select case when 1 then 2', 1, 25, '<EOF>'],
  ["select 'unterminated", 1, 7, "'unterminated"],
  ['create table t (a int,)', 1, 22, ')'],
  ['insert into t values (1', 1, 23, '<EOF>'],
  ['select 1 from t order a', 1, 22, 'a'],
  ['select a from t limit', 1, 21, '<EOF>'],
  ['select from t', 1, 7, 'from'],
  ['select 1;\nselect * frm t', 2, 9, 'frm'],
  ['select 1;\nselect 1 frm t', 2, 13, 't'],
  ['select 1;\n\n  select select', 3, 9, 'select'],
  ['drop tabl t', 1, 5, 'tabl'],
  ['select 1 union', 1, 14, '<EOF>'],
  ['with x as (select 1) delete from t', 1, 21, 'delete'],
  ['select true from t where is null', 1, 25, 'is'],
  ['create table t (a)', 1, 18, '<EOF>'],
  ['use schema', 1, 10, '<EOF>'],
  ['SELECT ~', 1, 8, '<EOF>'],
  ['SELECT ^', 1, 7, '^'],
  ['select * from\n\n', 3, 0, '<EOF>'],
  ['select * from  -- c', 1, 19, '<EOF>'],
  ['BEGIN BEGIN RETURN 42; END;', 1, 27, '<EOF>'],
  ['BEGIN\nBEGIN\n    RETURN 42;\nEND;', 4, 4, '<EOF>'],
  ['BEGIN\n    RETURN 1;', 2, 13, '<EOF>'],
  ['SELECT 1\nSELECT 2', 2, 0, 'SELECT'],
  ['BEGIN TRANSACTION\nBEGIN\n    RETURN 1;\nEND;', 2, 0, 'BEGIN'],
  ['PUT FILE://C:\\x.csv @~', 1, 4, 'FILE'],
];

describe('syntax errors', () => {
  for (const [sql, line, pos, tok] of CASES) {
    it(`reports line ${line} position ${pos} for ${JSON.stringify(sql)}`, () => {
      const e = errorOf(sql);
      expect(e.message).toBe(`SQL compilation error:\nsyntax error line ${line} at position ${pos} unexpected '${tok}'.`);
      expect(e.errno).toBe(1003);
      expect(e.sqlState).toBe('42000');
      expect(e.line).toBe(line);
      expect(e.pos).toBe(pos);
    });
  }
  it('displays as 001003 (42000)', () => {
    expect(errorOf('select from t').display()).toBe("001003 (42000): SQL compilation error:\nsyntax error line 1 at position 7 unexpected 'from'.");
  });
  it('rejects nesting deeper than the recursion guard instead of overflowing the stack', () => {
    const deep = `select ${'('.repeat(5000)}1${')'.repeat(5000)}`;
    expect(errorOf(deep).errno).toBe(1003);
    const deepNeg = `select ${'-'.repeat(5000)}1`;
    expect(errorOf(deepNeg).errno).toBe(1003);
    const deepSub = `select * from ${'(select * from '.repeat(500)}t${')'.repeat(500)}`;
    expect(errorOf(deepSub).errno).toBe(1003);
  });
});
