/**
 * @module repl/output
 * Lines the REPL prints: one result in the chosen format (a status line for DDL, a table with its
 * footer, CSV or JSON), and the answers of `session`, `sessions`, `health`, `!history` and `help`.
 * Values are shown in Snowflake's default output formats via engine/values.ts. Pure.
 */
import type { Result } from '../engine/types.ts';
import { toDisplayString, toJsonValue } from '../engine/values.ts';
import { paint } from './_ansi.ts';
import { formatDuration, secondsLeft, type HealthInfo, type HistoryItem, type SessionInfo, type SessionsOverview } from './backend.ts';
import { formatFooter, renderCsv, renderJson, renderTable, statusText, type Cell, type DisplayColumn } from './render.ts';

export type OutputFormat = 'table' | 'csv' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];

export interface OutputOptions {
  format: OutputFormat;
  timing: boolean;
  translate: boolean;
  color: boolean;
  width: number;
  /** Most table rows printed; the rest are counted in a note (null: no cap). */
  maxRows: number | null;
}

/** Everything printed for one statement's result. */
export function resultLines(r: Result, o: OutputOptions): string[] {
  const { body, footer } = resultOutput(r, o);
  return [...body, ...footer];
}

/** A result's lines, with the footer apart so a pager that stops early still prints it. */
export function resultOutput(r: Result, o: OutputOptions): { body: string[]; footer: string[] } {
  const lines = resultBody(r, o);
  const footer = o.format === 'table' && r.columns.length > 0 && lines.length > 0 && /^\d+ rows?( in |$)/.test(lines[lines.length - 1] as string) ? [lines.pop() as string] : [];
  return { body: lines, footer };
}

function resultBody(r: Result, o: OutputOptions): string[] {
  const lines: string[] = [];
  if (o.translate && r.translatedSql) lines.push(paint(`-- DuckDB: ${r.translatedSql.replace(/\s*\n\s*/g, ' ')}`, 'dim', o.color));
  const elapsed = o.timing ? r.elapsedMs : null;
  const display: DisplayColumn[] = r.columns.map((c) => ({ name: c.name, numeric: c.type === 'fixed' || c.type === 'real' }));
  // In a table, semi-structured values stay on one line (compact JSON); CSV/JSON use Snowflake's text.
  const semi = (c: Result['columns'][number]) => o.format === 'table' && (c.type === 'variant' || c.type === 'object' || c.type === 'array');
  const cells = (rows: Result['rows']): Cell[][] =>
    rows.map((row) =>
      r.columns.map((c, i) => {
        const v = row[i];
        if (v === null || v === undefined) return null;
        return semi(c) && typeof v === 'string' ? v : toDisplayString(v, c);
      }),
    );
  const status = r.columns.length === 1 && r.rows.length === 1 ? statusText(display, cells(r.rows)) : null;
  if (status !== null || r.columns.length === 0) {
    const text = status ?? r.message ?? 'Statement executed successfully.';
    lines.push(elapsed === null ? text : `${text} ${paint(`(${(elapsed / 1000).toFixed(3)}s)`, 'dim', o.color)}`);
    return lines;
  }
  switch (o.format) {
    case 'csv':
      lines.push(...renderCsv(display, cells(r.rows)));
      return lines;
    case 'json':
      lines.push(...renderJson(r.columns.map((c) => c.name), r.rows.map((row) => r.columns.map((c, i) => toJsonValue(row[i] ?? null, c)))));
      return lines;
    case 'table': {
      const shownRows = o.maxRows !== null && r.rows.length > o.maxRows ? r.rows.slice(0, o.maxRows) : r.rows;
      const t = renderTable(display, cells(shownRows), { maxWidth: o.width, color: o.color });
      lines.push(...t.lines, '');
      if (shownRows.length < r.rows.length) {
        lines.push(paint(`(showing the first ${shownRows.length} of ${r.rows.length} rows; !format csv prints them all)`, 'warn', o.color));
      }
      if (t.hiddenColumns > 0) {
        lines.push(paint(`(${t.hiddenColumns} more ${t.hiddenColumns === 1 ? 'column' : 'columns'} not shown; widen the terminal or use !format json)`, 'warn', o.color));
      }
      lines.push(formatFooter(r.rows.length, elapsed));
      return lines;
    }
  }
}

function when(d: Date | null): string {
  if (!d) return '-';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** `session`: the current session's details. */
export function sessionLines(s: SessionInfo, now = new Date()): string[] {
  const left = secondsLeft(s, now);
  const lines = [`Session ID: ${s.id}`, `Type: ${s.type}`, `Created: ${when(s.createdAt)}`];
  if (s.ttlSeconds !== null) lines.push(`TTL: ${s.ttlSeconds} seconds`);
  if (left !== null) lines.push(`Expires in: ${formatDuration(left)}`);
  if (s.path) lines.push(`Storage: ${s.path}`);
  if (s.database) lines.push(`Database: ${s.database}${s.schema ? `.${s.schema}` : ''}`);
  if (s.queryCount !== null) lines.push(`Queries: ${s.queryCount}`);
  lines.push(`Status: ${s.active === false ? 'expired' : 'active'}`);
  return lines;
}

/** `sessions`: counts, usage, and one line per session (`*` marks the current one). */
export function sessionsLines(o: SessionsOverview, currentId: string, width: number, color: boolean): string[] {
  const lines = [`Active Sessions: ${o.active}`];
  if (o.total !== null) lines.push(`Total Sessions: ${o.total}`);
  if (o.max !== null && o.max > 0) lines.push(`Usage: ${Math.round((o.active / o.max) * 100)}% of ${o.max} max sessions`);
  if (o.sessions.length > 0) {
    const cols: DisplayColumn[] = ['', 'SESSION_ID', 'TYPE', 'CREATED', 'EXPIRES_IN', 'QUERIES'].map((name) => ({ name, numeric: name === 'QUERIES' }));
    const rows: Cell[][] = o.sessions.map((s) => {
      const left = secondsLeft(s);
      return [s.id === currentId ? '*' : '', s.id, s.type, when(s.createdAt), left === null ? '-' : formatDuration(left), s.queryCount === null ? '-' : String(s.queryCount)];
    });
    lines.push('', ...renderTable(cols, rows, { maxWidth: width, color }).lines);
  }
  return lines;
}

/** `health`: status, version, uptime, then whatever else the server reports. */
export function healthLines(h: HealthInfo): string[] {
  const lines = [`Status: ${h.status}`];
  if (h.version) lines.push(`Version: ${h.version}`);
  if (h.uptimeSeconds !== null) lines.push(`Uptime: ${formatDuration(Math.round(h.uptimeSeconds))}`);
  for (const [k, v] of Object.entries(h.details)) {
    if (v === null || v === undefined) continue;
    const shown =
      typeof v === 'object' && !Array.isArray(v)
        ? Object.entries(v as Record<string, unknown>).map(([key, x]) => `${String(x)} ${key.replace(/_/g, ' ')}`).join(', ')
        : String(v);
    lines.push(`${k.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())}: ${shown}`);
  }
  return lines;
}

/** `!history [N]`: the session's recent queries on the server, newest first. */
export function historyLines(items: HistoryItem[], width: number, color: boolean): string[] {
  if (items.length === 0) return ['No queries in the history yet.'];
  const cols: DisplayColumn[] = [
    { name: 'START_TIME', numeric: false },
    { name: 'STATUS', numeric: false },
    { name: 'MS', numeric: true },
    { name: 'ROWS', numeric: true },
    { name: 'QUERY_TEXT', numeric: false },
  ];
  const rows: Cell[][] = items.map((h) => [
    when(h.startTime),
    h.status,
    h.durationMs === null ? null : String(Math.round(h.durationMs)),
    h.rows === null ? null : String(h.rows),
    h.error ? `${h.sql}  -- ${h.error}` : h.sql,
  ]);
  return renderTable(cols, rows, { maxWidth: width, color }).lines;
}

export const HELP_TEXT: readonly string[] = [
  'SQL statements end with ; (Enter on an unfinished statement continues on the next line).',
  '',
  'Commands:',
  '  session                   Show the current session',
  '  sessions                  List the server\'s sessions',
  '  health                    Check the server\'s health and uptime',
  '  help                      Show this help',
  '  quit | exit | q           Leave (a memory session this REPL created is deleted)',
  '  !format table|csv|json    Output format for results',
  '  !source FILE              Run the SQL script in FILE',
  '  !translate on|off         Show the DuckDB SQL each statement ran as',
  '  !history [N]              The last N queries of this session (default 20)',
  '  !timing on|off            Show how long each statement took',
  '',
  'Keys: Tab completes keywords, functions, tables and columns; Up/Down walk the history',
  '(kept in ~/.mockhaus_history) and Ctrl-R searches it; Ctrl-C clears the input or cancels',
  'a running query; Ctrl-D exits; Ctrl-J inserts a newline; Ctrl-L clears the screen.',
];
