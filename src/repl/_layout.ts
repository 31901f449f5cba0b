/**
 * @module repl/_layout
 * Where a multi-line input lands on screen: each logical line (prompt + text) wraps at the terminal
 * width, and the cursor's row and column follow from display widths. The editor redraws from these
 * numbers, so they are kept pure and tested on their own.
 */
import { displayWidth } from './_ansi.ts';

export interface Layout {
  /** Row (from the first prompt's row) and column of the cursor. */
  cursorRow: number;
  cursorCol: number;
  /** Row and column just after the last character. */
  endRow: number;
  endCol: number;
  /** The text ends exactly at the right margin: the editor emits a newline to leave the pending-wrap state. */
  endWraps: boolean;
}

/** Line index and column (in characters) of `cursor` in `text`. */
export function cursorLineCol(text: string, cursor: number): { line: number; col: number } {
  const before = text.slice(0, cursor);
  const line = before.split('\n').length - 1;
  return { line, col: cursor - (before.lastIndexOf('\n') + 1) };
}

/** Offset in `text` of line `line`, column `col` (clamped to the line's length). */
export function offsetOf(text: string, line: number, col: number): number {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < line && i < lines.length; i++) off += (lines[i] as string).length + 1;
  return off + Math.min(col, (lines[Math.min(line, lines.length - 1)] as string).length);
}

export function computeLayout(prompts: [string, string], text: string, cursor: number, cols: number): Layout {
  const width = Math.max(1, cols);
  const lines = text.split('\n');
  const at = cursorLineCol(text, cursor);
  let row = 0;
  let cursorRow = 0;
  let cursorCol = 0;
  let endRow = 0;
  let endCol = 0;
  let endWraps = false;
  lines.forEach((line, i) => {
    const promptW = displayWidth(i === 0 ? prompts[0] : prompts[1]);
    const w = promptW + displayWidth(line);
    if (i === at.line) {
      const cw = promptW + displayWidth(line.slice(0, at.col));
      cursorRow = row + Math.floor(cw / width);
      cursorCol = cw % width;
    }
    if (i === lines.length - 1) {
      endRow = row + Math.floor(w / width);
      endCol = w % width;
      endWraps = w > 0 && w % width === 0;
    }
    row += Math.max(1, Math.ceil(w / width));
  });
  return { cursorRow, cursorCol, endRow, endCol, endWraps };
}
