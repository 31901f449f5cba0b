import { describe, expect, it } from 'bun:test';
import { isComplete, parse, splitStatements } from '../../src/sql/index.ts';

describe('splitStatements', () => {
  it('splits on ; outside strings, $$, comments and scripting blocks', () => {
    const sql = "select ';';\n-- a; comment\nselect $$ ; $$ /* ; */ ;\n\nbegin let x := 1; return x; end;\nbegin transaction; ;; commit";
    expect(splitStatements(sql)).toEqual([
      { text: "select ';'", line: 1, offset: 0, col: 0 },
      { text: 'select $$ ; $$', line: 3, offset: 26, col: 0 },
      { text: 'begin let x := 1; return x; end', line: 5, offset: 52, col: 0 },
      { text: 'begin transaction', line: 6, offset: 85, col: 0 },
      { text: 'commit', line: 6, offset: 107, col: 22 },
    ]);
  });
  it('keeps a CREATE PROCEDURE body written without $$ in one statement', () => {
    const sql = 'create procedure p() returns int language sql as begin let x := 1; return x; end; select 1';
    expect(splitStatements(sql).map((s) => s.text)).toEqual([
      'create procedure p() returns int language sql as begin let x := 1; return x; end',
      'select 1',
    ]);
    expect(parse(sql).map((p) => p.statement.kind)).toEqual(['createRoutine', 'query']);
  });
  it('drops empty statements and never throws', () => {
    expect(splitStatements(' ; ;\n')).toEqual([]);
    expect(splitStatements("select 'x")).toEqual([{ text: "select 'x", line: 1, offset: 0, col: 0 }]);
  });
});

describe('parse of scripts', () => {
  it('returns each statement with its text and line', () => {
    expect(parse('select 1;\n\nselect 2 ;').map((p) => [p.statement.kind, p.text, p.line])).toEqual([
      ['query', 'select 1', 1],
      ['query', 'select 2', 3],
    ]);
  });
  it('returns nothing for an empty script', () => {
    expect(parse(' -- nothing\n')).toEqual([]);
  });
});

describe('parse with an origin', () => {
  it('reports positions relative to the whole script for a split statement', () => {
    const script = 'select 1; select * frm t;\nselect 2;\n  select * from';
    const slices = splitStatements(script);
    const errs = slices.map((s) => {
      try {
        parse(s.text, { origin: { line: s.line, col: s.col } });
        return 'ok';
      } catch (e) {
        return (e as Error).message.split('\n')[1];
      }
    });
    expect(errs).toEqual([
      'ok',
      "syntax error line 1 at position 19 unexpected 'frm'.",
      'ok',
      "syntax error line 3 at position 15 unexpected '<EOF>'.",
    ]);
    expect(parse('select 2', { origin: { line: 2, col: 0 } })[0]?.line).toBe(2);
  });
});

describe('isComplete', () => {
  const cases: [string, boolean][] = [
    ['select 1;', true],
    ['select 1', false],
    ["select ';", false],
    ["select ';';", true],
    ['select 1; -- done', true],
    ['select 1; /* open', false],
    ['begin let x := 1;', false],
    ['begin let x := 1; end;', true],
    ['begin;', true],
    ['', false],
    ['select $$ ; ', false],
  ];
  for (const [sql, complete] of cases) {
    it(`is ${complete} for ${JSON.stringify(sql)}`, () => {
      expect(isComplete(sql)).toBe(complete);
    });
  }
});
