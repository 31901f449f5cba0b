import { describe, expect, it } from 'bun:test';
import { SqlSyntaxError } from '../../src/errors.ts';
import { tokenize } from '../../src/sql/index.ts';

const brief = (sql: string, tolerant = false): [string, string, string][] =>
  tokenize(sql, { tolerant, keepTrivia: false }).map((t) => [t.type, t.text, t.value]);

describe('tokenizer', () => {
  it('folds unquoted identifiers and keeps quoted ones (with "" escapes)', () => {
    expect(brief('select myCol, "My ""Col""", _x$1 from t')).toEqual([
      ['keyword', 'select', 'SELECT'],
      ['ident', 'myCol', 'MYCOL'],
      ['punct', ',', ','],
      ['quotedIdent', '"My ""Col"""', 'My "Col"'],
      ['punct', ',', ','],
      ['ident', '_x$1', '_X$1'],
      ['keyword', 'from', 'FROM'],
      ['ident', 't', 'T'],
    ]);
  });
  it("decodes strings with '' and backslash escapes, and $$ raw strings", () => {
    expect(tokenize("'it''s' 'a\\nb\\t\\\\\\'' $$raw 'x' \\n$$").map((t) => t.value)).toEqual(["it's", "a\nb\t\\'", "raw 'x' \\n"]);
  });
  it('decodes octal, hex and unicode escapes', () => {
    expect(tokenize("'\\101\\x42\\u0043'").map((t) => t.value)).toEqual(['ABC']);
  });
  it('reads numbers', () => {
    expect(brief('1 1.5 .5 1e-3 2E+10 3.')).toEqual([
      ['number', '1', '1'], ['number', '1.5', '1.5'], ['number', '.5', '.5'], ['number', '1e-3', '1e-3'], ['number', '2E+10', '2E+10'], ['number', '3.', '3.'],
    ]);
  });
  it('skips --, // and /* */ comments and keeps them in trivia mode', () => {
    expect(brief('a -- x\n// y\n/* z\n */ b').map((t) => t[1])).toEqual(['a', 'b']);
    expect(tokenize('a /* c */', { keepTrivia: true }).map((t) => t.type)).toEqual(['ident', 'whitespace', 'comment']);
  });
  it('reads multi-character operators', () => {
    expect(brief('a::b => -> ->> || != <> <= >= [ ] { }').map((t) => t[1])).toEqual(['a', '::', 'b', '=>', '->', '->>', '||', '!=', '<>', '<=', '>=', '[', ']', '{', '}']);
  });
  it('tells binds from path colons', () => {
    expect(brief('where a = :1 and b = :name and c = ? and v:x').map((t) => `${t[0]}:${t[1]}`)).toEqual([
      'keyword:where', 'ident:a', 'operator:=', 'bind::1', 'keyword:and', 'ident:b', 'operator:=', 'bind::name', 'keyword:and', 'ident:c', 'operator:=', 'bind:?', 'keyword:and', 'ident:v', 'operator::', 'ident:x',
    ]);
  });
  it('reads session variables and positional columns', () => {
    expect(brief('$my_var $1')).toEqual([['variable', '$my_var', 'MY_VAR'], ['variable', '$1', '1']]);
  });
  it('reads stage references', () => {
    expect(brief('@my_stage/path/f.csv @~ @%t @db.s.st/a/b.csv @"My Stage"/x;')).toEqual([
      ['stage', '@my_stage/path/f.csv', 'my_stage/path/f.csv'],
      ['stage', '@~', '~'],
      ['stage', '@%t', '%t'],
      ['stage', '@db.s.st/a/b.csv', 'db.s.st/a/b.csv'],
      ['stage', '@"My Stage"/x', '"My Stage"/x'],
      ['punct', ';', ';'],
    ]);
  });
  it('reads unquoted file:// paths as one token', () => {
    expect(brief('put file:///tmp/a.csv @s')).toEqual([['keyword', 'put', 'PUT'], ['string', 'file:///tmp/a.csv', 'file:///tmp/a.csv'], ['stage', '@s', 's']]);
  });
  it('tracks line, 0-based column and offset', () => {
    const t = tokenize('select\n  a,\n\tb');
    expect(t.map((x) => [x.text, x.line, x.col, x.offset])).toEqual([
      ['select', 1, 0, 0], ['a', 2, 2, 9], [',', 2, 3, 10], ['b', 3, 1, 13],
    ]);
  });
  it('raises a syntax error for an unterminated string in strict mode', () => {
    expect(() => tokenize("select 'abc")).toThrow(SqlSyntaxError);
    expect(() => tokenize('select "abc')).toThrow(SqlSyntaxError);
  });
  it('never throws in tolerant mode', () => {
    for (const s of ["select 'abc", 'select "x', 'select $$x', 'a /* x', "'\\", '@', '$', ':']) {
      expect(() => tokenize(s, { tolerant: true })).not.toThrow();
    }
    expect(tokenize("select 'ab", { tolerant: true }).map((t) => t.type)).toEqual(['keyword', 'whitespace', 'string']);
  });
});
