import { describe, expect, it } from 'bun:test';
import { stripAnsi } from '../../src/repl/_ansi.ts';
import { highlightLines, highlightSpans } from '../../src/repl/highlight.ts';

describe('highlighting', () => {
  it('styles keywords, strings, numbers, comments and quoted identifiers', () => {
    const spans = highlightSpans(`SELECT 'a', 42, "Col" FROM t -- hi`).filter((s) => s.text.trim() !== '');
    expect(spans).toEqual([
      { text: 'SELECT', style: 'keyword' },
      { text: "'a'", style: 'string' },
      { text: ',', style: null },
      { text: '42', style: 'number' },
      { text: ',', style: null },
      { text: '"Col"', style: 'quoted' },
      { text: 'FROM', style: 'keyword' },
      { text: 't', style: 'ident' },
      { text: '-- hi', style: 'comment' },
    ]);
  });

  it('keeps the text exactly, including half-typed input', () => {
    for (const sql of ["select 'unterminated", 'select /* open', 'select $$ body', 'x :: ?', '', '  \n  ', 'select "q']) {
      expect(highlightSpans(sql).map((s) => s.text).join('')).toBe(sql);
      expect(stripAnsi(highlightLines(sql, true).join('\n'))).toBe(sql);
    }
  });

  it('colours a token spanning lines on each line', () => {
    const lines = highlightLines("select '\nab' from t", true);
    expect(lines).toEqual(["\x1b[1;34mselect\x1b[0m \x1b[32m'\x1b[0m", "\x1b[32mab'\x1b[0m \x1b[1;34mfrom\x1b[0m \x1b[36mt\x1b[0m"]);
  });

  it('adds no colour when colour is off', () => {
    expect(highlightLines('select 1;\nfrom t', false)).toEqual(['select 1;', 'from t']);
  });
});
