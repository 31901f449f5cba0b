import { describe, expect, it } from 'bun:test';
import { displayWidth, stripAnsi, truncate } from '../../src/repl/_ansi.ts';
import {
  csvField,
  errorPosition,
  fitWidths,
  formatFooter,
  renderCsv,
  renderError,
  renderJson,
  renderTable,
  sanitizeCell,
  statusText,
  type DisplayColumn,
} from '../../src/repl/render.ts';

const cols: DisplayColumn[] = [
  { name: 'ID', numeric: true },
  { name: 'NAME', numeric: false },
  { name: 'EMAIL', numeric: false },
];

describe('renderTable', () => {
  it('aligns columns, right-aligns numbers and shows NULL', () => {
    const t = renderTable(cols, [['1', 'Alice', 'alice@example.com'], ['10', 'Bob', null]], { maxWidth: 80, color: false });
    expect(t.lines).toEqual([
      ' ID | NAME  | EMAIL',
      '----+-------+-------------------',
      '  1 | Alice | alice@example.com',
      ' 10 | Bob   | NULL',
    ]);
    expect(t.hiddenColumns).toBe(0);
  });

  it('shrinks the widest column to fit the terminal and cuts values with …', () => {
    const long = 'x'.repeat(50);
    const t = renderTable(cols, [['1', 'Alice', long]], { maxWidth: 30, color: false });
    for (const line of t.lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(t.lines[2]).toBe(`  1 | Alice | ${'x'.repeat(14)}…`);
  });

  it('drops trailing columns with a … marker when even narrow columns do not fit', () => {
    const many: DisplayColumn[] = Array.from({ length: 10 }, (_, i) => ({ name: `COLUMN_${i}`, numeric: false }));
    const t = renderTable(many, [many.map((_, i) => `value${i}`)], { maxWidth: 30, color: false });
    expect(t.hiddenColumns).toBeGreaterThan(0);
    for (const line of t.lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(t.lines[0]?.endsWith('| …')).toBe(true);
  });

  it('colours NULL and headers only when colour is on', () => {
    const plain = renderTable(cols, [['1', null, 'a']], { maxWidth: 80, color: false });
    const coloured = renderTable(cols, [['1', null, 'a']], { maxWidth: 80, color: true });
    expect(plain.lines.join('\n')).not.toContain('\x1b[');
    expect(coloured.lines[2]).toContain('\x1b[2;3mNULL');
    expect(coloured.lines.map(stripAnsi)).toEqual(plain.lines);
  });

  it('keeps newlines and tabs inside values from breaking the grid', () => {
    const t = renderTable([{ name: 'T', numeric: false }], [['a\nb\tc']], { maxWidth: 80, color: false });
    expect(t.lines).toEqual([' T', '-------', ' a↵b c']);
  });

  it('measures wide characters as two cells', () => {
    const t = renderTable([{ name: 'N', numeric: false }, { name: 'X', numeric: true }], [['日本', '1']], { maxWidth: 80, color: false });
    expect(t.lines).toEqual([' N    | X', '------+---', ' 日本 | 1']);
  });

  it('renders an empty result as header and rule', () => {
    expect(renderTable(cols.slice(0, 1), [], { maxWidth: 80, color: false }).lines).toEqual([' ID', '----']);
  });
});

describe('widths and truncation', () => {
  it('fitWidths takes from the widest column first and stops at the floor', () => {
    expect(fitWidths([10, 30], 30)).toEqual([10, 15]);
    expect(fitWidths([2, 3], 4)).toEqual([2, 3]);
  });
  it('truncate cuts to the width with an ellipsis, wide characters included', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('日本語', 4)).toBe('日…');
  });
  it('sanitizeCell replaces control characters', () => {
    expect(sanitizeCell('a\r\nb\x01')).toBe('a↵b�');
  });
});

describe('footer, CSV, JSON, status', () => {
  it('formats the footer like the original REPL', () => {
    expect(formatFooter(1, 23)).toBe('1 row in 0.023s');
    expect(formatFooter(2, 1250)).toBe('2 rows in 1.250s');
    expect(formatFooter(0, null)).toBe('0 rows');
  });
  it('writes RFC 4180 CSV with NULL as an empty field', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(renderCsv(cols, [['1', 'Al "x"', null]])).toEqual(['ID,NAME,EMAIL', '1,"Al ""x""",']);
  });
  it('writes a JSON array of objects', () => {
    expect(renderJson(['ID', 'NAME'], [[1, 'Alice'], [2, null]])).toEqual(['[', '  {"ID":1,"NAME":"Alice"},', '  {"ID":2,"NAME":null}', ']']);
    expect(renderJson(['ID'], [])).toEqual(['[]']);
  });
  it('recognises Snowflake status results', () => {
    expect(statusText([{ name: 'status' }], [['Table T successfully created.']])).toBe('Table T successfully created.');
    expect(statusText([{ name: 'STATUS' }], [['x']])).toBeNull();
    expect(statusText([{ name: 'number of rows inserted' }], [['2']])).toBeNull();
  });
});

describe('renderError', () => {
  it('prints code and SQLSTATE before the message', () => {
    const lines = renderError(
      { code: '002003', sqlState: '42S02', message: "SQL compilation error:\nTable 'NOPE' does not exist or not authorized." },
      'SELECT * FROM nope',
      false,
    );
    expect(lines).toEqual(['002003 (42S02): SQL compilation error:', "Table 'NOPE' does not exist or not authorized."]);
  });
  it('points at the position of a syntax error', () => {
    const msg = "SQL compilation error:\nsyntax error line 2 at position 5 unexpected 'FORM'.";
    expect(errorPosition(msg)).toEqual({ line: 2, pos: 5 });
    expect(renderError({ code: '001003', sqlState: '42000', message: msg }, 'SELECT 1\nFROM FORM t', false)).toEqual([
      '001003 (42000): SQL compilation error:',
      "syntax error line 2 at position 5 unexpected 'FORM'.",
      '  FROM FORM t',
      '       ^',
    ]);
  });
  it('colours the error red and labels non-Snowflake errors', () => {
    expect(renderError({ message: 'boom' }, null, true)).toEqual(['\x1b[31mError: boom\x1b[0m']);
  });
});
