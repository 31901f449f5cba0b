/**
 * @module history/format
 * Text renderings of history for `mockhaus history`: an aligned table, CSV (RFC 4180) and a stats
 * summary. Pure functions of the REST API's entries.
 */
import type { HistoryEntry, HistoryStats } from './store.ts';

export const CSV_COLUMNS: (keyof HistoryEntry)[] = [
  'query_id',
  'session_id',
  'start_time',
  'end_time',
  'duration_ms',
  'statement_type',
  'status',
  'errno',
  'sql_state',
  'error_message',
  'rows',
  'database',
  'schema',
  'sql',
  'translated_sql',
];

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row; NULL is an empty field. */
export function historyToCsv(entries: HistoryEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) lines.push(CSV_COLUMNS.map((c) => csvField(e[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function oneLine(sql: string, width: number): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
}

/** An aligned table of entries (newest first, as given). */
export function historyTable(entries: HistoryEntry[], sqlWidth = 60): string {
  const head = ['START_TIME', 'QUERY_ID', 'TYPE', 'STATUS', 'MS', 'ROWS', 'SQL'];
  const rows = entries.map((e) => [
    e.start_time.replace('T', ' ').replace('Z', ''),
    e.query_id,
    e.statement_type,
    e.status === 'FAILED_WITH_ERROR' ? `FAILED ${e.errno ?? ''}`.trim() : e.status,
    e.duration_ms === null ? '' : String(Math.round(e.duration_ms * 10) / 10),
    e.rows === null ? '' : String(e.rows),
    oneLine(e.sql, sqlWidth),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

/** All fields of one entry, one per line. */
export function historyDetail(e: HistoryEntry): string {
  const keys = Object.keys(e) as (keyof HistoryEntry)[];
  const w = Math.max(...keys.map((k) => k.length));
  return keys.map((k) => `${k.padEnd(w)}  ${e[k] === null ? 'NULL' : String(e[k])}`).join('\n');
}

export function historyStatsText(s: HistoryStats): string {
  const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;
  const ms = (n: number | null) => (n === null ? '-' : `${Math.round(n * 100) / 100} ms`);
  const lines = [
    `Statements: ${s.total} (${s.succeeded} succeeded, ${s.failed} failed, ${s.running} running) in ${s.sessions} sessions`,
    `Error rate: ${pct(s.error_rate)}`,
    `Duration:   p50 ${ms(s.duration_ms.p50)}, p95 ${ms(s.duration_ms.p95)}, mean ${ms(s.duration_ms.mean)}, max ${ms(s.duration_ms.max)}`,
  ];
  const types = Object.entries(s.by_type).sort((a, b) => b[1].count - a[1].count);
  if (types.length) {
    lines.push('By type:');
    const w = Math.max(...types.map(([t]) => t.length));
    for (const [t, v] of types) lines.push(`  ${t.padEnd(w)}  ${String(v.count).padStart(6)}  failed ${v.failed}  mean ${ms(v.mean_ms)}`);
  }
  return lines.join('\n');
}
