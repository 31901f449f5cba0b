/**
 * @module history/store
 * Server-wide query history (issue 4 §4): every statement of every session, newest kept, bounded
 * (default 10,000 entries; the oldest are dropped first). Statements of persistent sessions are also
 * appended to `<dataDir>/history.jsonl`, so they are still there after a restart; the file is
 * compacted when it holds twice the bound.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { QueryRecord } from '../session/types.ts';

/** One history entry as the REST API and `mockhaus history` show it. */
export interface HistoryEntry {
  query_id: string;
  session_id: string;
  sql: string;
  translated_sql: string | null;
  statement_type: string;
  status: QueryRecord['status'];
  errno: string | null;
  sql_state: string | null;
  error_message: string | null;
  rows: number | null;
  database: string | null;
  schema: string | null;
  start_time: string;
  end_time: string | null;
  duration_ms: number | null;
}

export interface HistoryFilter {
  /** Case-insensitive substring of the SQL text. */
  text?: string;
  /** SUCCESS, FAILED_WITH_ERROR, RUNNING, ABORTED (also `success`, `error`/`failed`). */
  status?: string;
  /** Statement type (SELECT, INSERT, DDL, ...), case-insensitive. */
  type?: string;
  sessionId?: string;
  /** Only statements started at or after this time. */
  since?: Date;
  /** At most this many, newest first (default 100). */
  limit?: number;
}

export interface HistoryStats {
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  error_rate: number;
  duration_ms: { p50: number | null; p95: number | null; mean: number | null; max: number | null };
  by_type: Record<string, { count: number; failed: number; mean_ms: number | null }>;
  by_status: Record<string, number>;
  sessions: number;
  oldest: string | null;
  newest: string | null;
}

interface Item {
  entry: HistoryEntry;
  persistent: boolean;
}

export interface HistoryStoreOptions {
  limit?: number;
  /** JSONL file for persistent sessions' entries; none when null. */
  file?: string | null;
}

/** QueryRecord (session contract) → the API's snake_case entry. */
export function toHistoryEntry(r: QueryRecord): HistoryEntry {
  return {
    query_id: r.queryId,
    session_id: r.sessionId,
    sql: r.sql,
    translated_sql: r.translatedSql,
    statement_type: r.statementType,
    status: r.status,
    errno: r.errno,
    sql_state: r.sqlState,
    error_message: r.errorMessage,
    rows: r.rows,
    database: r.database,
    schema: r.schema,
    start_time: r.startTime.toISOString(),
    end_time: r.endTime ? r.endTime.toISOString() : null,
    duration_ms: r.durationMs,
  };
}

const STATUS_ALIASES: Record<string, QueryRecord['status']> = {
  SUCCESS: 'SUCCESS',
  SUCCEEDED: 'SUCCESS',
  OK: 'SUCCESS',
  ERROR: 'FAILED_WITH_ERROR',
  FAILED: 'FAILED_WITH_ERROR',
  FAILED_WITH_ERROR: 'FAILED_WITH_ERROR',
  RUNNING: 'RUNNING',
  ABORTED: 'ABORTED',
};

/** `success`, `error`, ... → the stored status, or null when the word means nothing. */
export function normaliseStatus(s: string): QueryRecord['status'] | null {
  return STATUS_ALIASES[s.trim().toUpperCase()] ?? null;
}

/** The q-th quantile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export class HistoryStore {
  readonly limit: number;
  readonly file: string | null;
  private items: Item[] = [];
  private readonly byId = new Map<string, Item>();
  private persistedLines = 0;

  constructor(opts: HistoryStoreOptions = {}) {
    this.limit = opts.limit ?? 10_000;
    this.file = opts.file ?? null;
    this.load();
  }

  get size(): number {
    return this.items.length;
  }

  /** Record a statement; a later record with the same query id (RUNNING → SUCCESS) replaces it. */
  add(record: QueryRecord, persistent = false): void {
    const entry = toHistoryEntry(record);
    const known = this.byId.get(entry.query_id);
    if (known) {
      known.entry = entry;
    } else {
      const item = { entry, persistent };
      this.items.push(item);
      this.byId.set(entry.query_id, item);
      while (this.items.length > this.limit) {
        const old = this.items.shift();
        if (old) this.byId.delete(old.entry.query_id);
      }
    }
    if (persistent && this.file && entry.status !== 'RUNNING') {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
      if (++this.persistedLines > 2 * this.limit) this.rewrite();
    }
  }

  get(queryId: string): HistoryEntry | undefined {
    return this.byId.get(queryId)?.entry;
  }

  /** Matching entries, newest first. */
  list(f: HistoryFilter = {}): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    const limit = f.limit ?? 100;
    const match = this.matcher(f);
    for (let i = this.items.length - 1; i >= 0 && out.length < limit; i--) {
      const e = (this.items[i] as Item).entry;
      if (match(e)) out.push(e);
    }
    return out;
  }

  stats(f: Omit<HistoryFilter, 'limit'> = {}): HistoryStats {
    const match = this.matcher(f);
    const rows = this.items.map((i) => i.entry).filter(match);
    const durations = rows.flatMap((e) => (e.duration_ms === null ? [] : [e.duration_ms])).sort((a, b) => a - b);
    const byType: HistoryStats['by_type'] = {};
    const typeDur: Record<string, number[]> = {};
    const byStatus: Record<string, number> = {};
    for (const e of rows) {
      const t = (byType[e.statement_type] ??= { count: 0, failed: 0, mean_ms: null });
      t.count++;
      if (e.status === 'FAILED_WITH_ERROR') t.failed++;
      if (e.duration_ms !== null) (typeDur[e.statement_type] ??= []).push(e.duration_ms);
      byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
    }
    for (const [t, ds] of Object.entries(typeDur)) {
      const agg = byType[t];
      if (agg) agg.mean_ms = round(ds.reduce((a, b) => a + b, 0) / ds.length);
    }
    const failed = byStatus.FAILED_WITH_ERROR ?? 0;
    const finished = rows.length - (byStatus.RUNNING ?? 0);
    return {
      total: rows.length,
      succeeded: byStatus.SUCCESS ?? 0,
      failed,
      running: byStatus.RUNNING ?? 0,
      error_rate: finished === 0 ? 0 : round(failed / finished, 4),
      duration_ms: {
        p50: percentile(durations, 0.5),
        p95: percentile(durations, 0.95),
        mean: durations.length ? round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
        max: durations.length ? (durations[durations.length - 1] ?? null) : null,
      },
      by_type: byType,
      by_status: byStatus,
      sessions: new Set(rows.map((e) => e.session_id)).size,
      oldest: rows[0]?.start_time ?? null,
      newest: rows[rows.length - 1]?.start_time ?? null,
    };
  }

  /** Delete entries that started before `before` (all when omitted). Returns how many went. */
  clear(before?: Date): number {
    const cut = before?.getTime() ?? Number.POSITIVE_INFINITY;
    const keep = this.items.filter((i) => Date.parse(i.entry.start_time) >= cut);
    const removed = this.items.length - keep.length;
    for (const i of this.items) if (Date.parse(i.entry.start_time) < cut) this.byId.delete(i.entry.query_id);
    this.items = keep;
    if (removed > 0) this.rewrite();
    return removed;
  }

  private matcher(f: Omit<HistoryFilter, 'limit'>): (e: HistoryEntry) => boolean {
    const text = f.text?.toLowerCase();
    const status = f.status ? normaliseStatus(f.status) : undefined;
    const type = f.type?.toUpperCase();
    const since = f.since?.getTime();
    return (e) =>
      (text === undefined || e.sql.toLowerCase().includes(text)) &&
      (status === undefined || e.status === status) &&
      (type === undefined || e.statement_type.toUpperCase() === type) &&
      (f.sessionId === undefined || e.session_id === f.sessionId) &&
      (since === undefined || Date.parse(e.start_time) >= since);
  }

  private load(): void {
    if (!this.file || !existsSync(this.file)) return;
    const lines = readFileSync(this.file, 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      let entry: HistoryEntry;
      try {
        entry = JSON.parse(line) as HistoryEntry;
      } catch {
        continue; // a line cut short by a crash
      }
      if (typeof entry.query_id !== 'string') continue;
      this.persistedLines++;
      const known = this.byId.get(entry.query_id);
      if (known) {
        known.entry = entry;
        continue;
      }
      const item = { entry, persistent: true };
      this.items.push(item);
      this.byId.set(entry.query_id, item);
    }
    this.items.sort((a, b) => Date.parse(a.entry.start_time) - Date.parse(b.entry.start_time));
    while (this.items.length > this.limit) {
      const old = this.items.shift();
      if (old) this.byId.delete(old.entry.query_id);
    }
    if (this.persistedLines > this.limit) this.rewrite();
  }

  /** Rewrite the file with the persistent entries still kept (atomically). */
  private rewrite(): void {
    if (!this.file) return;
    const kept = this.items.filter((i) => i.persistent && i.entry.status !== 'RUNNING');
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, kept.map((i) => `${JSON.stringify(i.entry)}\n`).join(''));
    renameSync(tmp, this.file);
    this.persistedLines = kept.length;
  }
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
