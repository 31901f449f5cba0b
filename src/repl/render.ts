/**
 * @module repl/render
 * How the REPL lays out results: an aligned table that fits the terminal (long values cut with `…`,
 * `NULL` shown distinctly, numbers right-aligned), CSV, JSON, the `1 row in 0.023s` footer, and
 * Snowflake-style error lines (`002003 (42S02): ...`) with a caret under a syntax error's position.
 * Everything here is pure: cells arrive as display strings (or null) and lines come back.
 */
import { displayWidth, paint, pad, truncate } from './_ansi.ts';

export interface DisplayColumn {
  name: string;
  /** Right-aligned (Snowflake `fixed` and `real`). */
  numeric: boolean;
}
/** A cell's display text, or null for SQL NULL. */
export type Cell = string | null;

export interface TableOptions {
  /** Terminal width in cells; the table never exceeds it. */
  maxWidth: number;
  color: boolean;
  /** Widest a column may be before the terminal width is considered (default 60). */
  maxCellWidth?: number;
}

export interface RenderedTable {
  lines: string[];
  /** Trailing columns left out because even the narrowest layout would not fit. */
  hiddenColumns: number;
}

const NULL_TEXT = 'NULL';
const SEP = ' | ';
const MIN_COL = 4;

/** Newlines and tabs would break the grid: show them as visible marks. */
export function sanitizeCell(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|\n|\r/g, '↵').replace(/\t/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '�');
}

function tableWidth(widths: number[]): number {
  return widths.reduce((a, b) => a + b, 0) + SEP.length * Math.max(0, widths.length - 1) + 2;
}

/**
 * Column widths for `natural` widths inside `maxWidth`: the widest columns give way first, down to
 * a floor of MIN_COL cells (or their natural width when smaller).
 */
export function fitWidths(natural: number[], maxWidth: number): number[] {
  const widths = [...natural];
  const floor = natural.map((w) => Math.min(w, MIN_COL));
  let excess = tableWidth(widths) - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if ((widths[i] as number) > (floor[i] as number) && (widest < 0 || (widths[i] as number) > (widths[widest] as number))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    excess--;
  }
  return widths;
}

/** An aligned table: header, rule, one line per row. Lines carry no trailing spaces. */
export function renderTable(columns: DisplayColumn[], rows: Cell[][], opts: TableOptions): RenderedTable {
  const cap = opts.maxCellWidth ?? 60;
  const texts = rows.map((r) => columns.map((_, i) => {
    const v = r[i];
    return v === null || v === undefined ? null : sanitizeCell(v);
  }));
  let natural = columns.map((c, i) =>
    Math.min(cap, Math.max(displayWidth(c.name), ...texts.map((r) => displayWidth(r[i] ?? NULL_TEXT)))),
  );
  let shown = columns.length;
  let widths = fitWidths(natural, opts.maxWidth);
  // Still too wide at the floor: keep the leading columns that fit and mark the rest with `…`.
  const over = () => tableWidth(widths) + (shown < columns.length ? SEP.length + 1 : 0) > opts.maxWidth;
  while (shown > 1 && over()) {
    shown--;
    natural = natural.slice(0, shown);
    widths = fitWidths(natural, opts.maxWidth - SEP.length - 1);
  }
  const hidden = columns.length - shown;
  const line = (cells: string[]) => {
    const text = ` ${cells.join(SEP)}${hidden > 0 ? `${SEP}…` : ''}`;
    return text.replace(/\s+$/, '');
  };
  const cellOut = (text: string | null, i: number, header: boolean) => {
    const col = columns[i] as DisplayColumn;
    const w = widths[i] as number;
    const align = col.numeric ? 'right' : 'left';
    // The last column is not padded: lines carry no trailing spaces, even inside colour codes.
    const last = i === shown - 1 && hidden === 0 && align === 'left';
    const fit = (t: string) => (last ? truncate(t, w) : pad(truncate(t, w), w, align));
    if (text === null) return paint(fit(NULL_TEXT), 'null', opts.color);
    return header ? paint(fit(text), 'header', opts.color) : fit(text);
  };
  const lines: string[] = [];
  lines.push(line(columns.slice(0, shown).map((c, i) => cellOut(sanitizeCell(c.name), i, true))));
  lines.push(`-${widths.map((w) => '-'.repeat(w)).join('-+-')}${hidden > 0 ? '-+--' : '-'}`);
  for (const r of texts) lines.push(line(r.slice(0, shown).map((v, i) => cellOut(v, i, false))));
  return { lines, hiddenColumns: hidden };
}

/** `1 row in 0.023s`, `3 rows in 1.250s`, or without timing `3 rows`. */
export function formatFooter(rows: number, elapsedMs: number | null): string {
  const count = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return elapsedMs === null ? count : `${count} in ${(elapsedMs / 1000).toFixed(3)}s`;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header line; NULL is an empty field. */
export function renderCsv(columns: DisplayColumn[], rows: Cell[][]): string[] {
  return [
    columns.map((c) => csvField(c.name)).join(','),
    ...rows.map((r) => columns.map((_, i) => (r[i] === null || r[i] === undefined ? '' : csvField(r[i] as string))).join(',')),
  ];
}

/** A JSON array with one object per row, keyed by column name; `values` are JSON-ready. */
export function renderJson(names: string[], values: unknown[][]): string[] {
  if (values.length === 0) return ['[]'];
  const objects = values.map((r) => {
    const obj: Record<string, unknown> = {};
    names.forEach((n, i) => {
      obj[n] = r[i] ?? null;
    });
    return `  ${JSON.stringify(obj)}`;
  });
  return ['[', ...objects.map((o, i) => (i < objects.length - 1 ? `${o},` : o)), ']'];
}

/** A result that is only Snowflake's one-row `status` column (DDL, USE, SET, ...). */
export function statusText(columns: { name: string }[], rows: Cell[][]): string | null {
  if (columns.length !== 1 || columns[0]?.name !== 'status' || rows.length !== 1) return null;
  return rows[0]?.[0] ?? null;
}

export interface ErrorInfo {
  /** Six-digit Snowflake code, when the error is a Snowflake error. */
  code?: string;
  sqlState?: string;
  message: string;
}

/** Snowflake's `line L at position P` in a compilation error message (1-based line, 0-based position). */
export function errorPosition(message: string): { line: number; pos: number } | null {
  const m = /\bline (\d+) at position (\d+)/.exec(message);
  return m ? { line: Number(m[1]), pos: Number(m[2]) } : null;
}

/**
 * `002003 (42S02): SQL compilation error:` and the rest of the message, in red; for errors with a
 * position, the statement's line and a caret under the position follow.
 */
export function renderError(err: ErrorInfo, statement: string | null, color: boolean): string[] {
  const head = err.code ? `${err.code} (${err.sqlState ?? '?????'}): ` : 'Error: ';
  const lines = `${head}${err.message}`.split('\n').map((l) => paint(l, 'error', color));
  const at = statement === null ? null : errorPosition(err.message);
  if (at && statement !== null) {
    const src = statement.split(/\r?\n/)[at.line - 1];
    if (src !== undefined && at.pos <= src.length) {
      const shownSrc = sanitizeCell(src);
      lines.push(`  ${shownSrc}`);
      lines.push(`  ${' '.repeat(displayWidth(src.slice(0, at.pos).replace(/\t/g, ' ')))}${paint('^', 'error', color)}`);
    }
  }
  return lines;
}
