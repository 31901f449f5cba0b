/**
 * @module repl/_ansi
 * Terminal text helpers for the REPL: SGR colour styles, stripping escapes, and display width (wide
 * East Asian characters take two cells, combining marks none), so tables and the line editor line
 * up on screen. Pure functions; colour is applied only when the caller says colour is on.
 */

export type Style =
  | 'keyword' | 'string' | 'number' | 'comment' | 'ident' | 'quoted' | 'variable' | 'operator'
  | 'null' | 'error' | 'dim' | 'bold' | 'header' | 'prompt' | 'ok' | 'warn';

const SGR: Record<Style, string> = {
  keyword: '1;34',
  string: '32',
  number: '35',
  comment: '90',
  ident: '36',
  quoted: '36',
  variable: '33',
  operator: '0',
  null: '2;3',
  error: '31',
  dim: '2',
  bold: '1',
  header: '1',
  prompt: '1;32',
  ok: '32',
  warn: '33',
};

/** Wrap `text` in the style's SGR codes when `color` is on; a no-op otherwise. */
export function paint(text: string, style: Style, color: boolean): string {
  if (!color || text === '' || style === 'operator') return text;
  return `\x1b[${SGR[style]}m${text}\x1b[0m`;
}

// eslint-disable-next-line no-control-regex
const ANSI_RE = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** The text without ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_RE, '');
}

function isCombining(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfe0f
  );
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cells one code point takes on a terminal. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (isCombining(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Cells `text` takes on a terminal (escape sequences excluded). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of stripAnsi(text)) w += charWidth(ch);
  return w;
}

/** Cut `text` to at most `width` cells, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pad `text` with spaces to `width` cells, on the left (`right` alignment) or on the right. */
export function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
