import { describe, expect, it } from 'bun:test';
import { computeLayout, cursorLineCol, offsetOf } from '../../src/repl/_layout.ts';

const P: [string, string] = ['mockhaus> ', '       -> '];

describe('editor layout', () => {
  it('places the cursor after the prompt on a single line', () => {
    expect(computeLayout(P, 'select 1;', 9, 80)).toEqual({ cursorRow: 0, cursorCol: 19, endRow: 0, endCol: 19, endWraps: false });
    expect(computeLayout(P, 'select 1;', 0, 80).cursorCol).toBe(10);
  });

  it('counts continuation lines and wrapped rows', () => {
    // 10 + 25 = 35 cells on a 20-column terminal: two rows; the second line starts on row 2.
    const text = `${'a'.repeat(25)}\nfrom t`;
    expect(computeLayout(P, text, text.length, 20)).toEqual({ cursorRow: 2, cursorCol: 16, endRow: 2, endCol: 16, endWraps: false });
    expect(computeLayout(P, text, 12, 20)).toMatchObject({ cursorRow: 1, cursorCol: 2 });
  });

  it('flags text ending exactly at the right margin', () => {
    expect(computeLayout(P, 'x'.repeat(10), 10, 20)).toEqual({ cursorRow: 1, cursorCol: 0, endRow: 1, endCol: 0, endWraps: true });
  });

  it('measures wide characters as two cells', () => {
    expect(computeLayout(P, '日本', 2, 80).cursorCol).toBe(14);
  });

  it('converts between offsets and line/column', () => {
    const text = 'select\n  a,\n  b';
    expect(cursorLineCol(text, 9)).toEqual({ line: 1, col: 2 });
    expect(offsetOf(text, 1, 2)).toBe(9);
    expect(offsetOf(text, 0, 99)).toBe(6);
    expect(offsetOf(text, 2, 3)).toBe(text.length);
  });
});
