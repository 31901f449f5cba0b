/**
 * @module session/_history
 * Query history of one session (issue 4 §4): every statement becomes a QueryRecord, handed to
 * `onQuery` listeners at once and written to `_mockhaus.main.query_history` (so
 * INFORMATION_SCHEMA.QUERY_HISTORY works and persistent sessions keep it). Rows are written in
 * batches (one appender commit costs ~2-3 ms) to keep per-statement overhead low: within a second of
 * the first unwritten record (the session schedules it), before any statement that reads
 * QUERY_HISTORY, when the buffer fills, and on close. The table is trimmed to `keep` rows.
 */
import { historyInsertSql, historyTrimSql } from '../catalog/index.ts';
import type { Database } from '../engine/database.ts';
import type { QueryRecord } from './types.ts';

const FLUSH_AT = 1000;
/** Delay of the background flush after the first unwritten record. */
export const FLUSH_DELAY_MS = 1000;
const TRIM_EVERY = 1000;

export class HistoryWriter {
  private buffer: QueryRecord[] = [];
  private listeners: ((r: QueryRecord) => void)[] = [];
  private sinceTrim = 0;

  constructor(
    private readonly db: Database,
    /** Called when the buffer goes from empty to non-empty (the session schedules a flush). */
    private readonly schedule: () => void = () => undefined,
    private readonly keep = 10_000,
  ) {}

  onQuery(listener: (r: QueryRecord) => void): void {
    this.listeners.push(listener);
  }

  /** Publish a finished statement's record. Listener errors never fail the statement. */
  record(r: QueryRecord): void {
    for (const l of this.listeners) {
      try {
        l(r);
      } catch {
        // A listener bug must not break query execution.
      }
    }
    this.buffer.push(r);
    if (this.buffer.length === 1) this.schedule();
  }

  get shouldFlush(): boolean {
    return this.buffer.length >= FLUSH_AT;
  }

  /** Write buffered records (the caller holds the statement lock). */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const rows = batch.map((r) => [
      r.queryId, r.sessionId, r.sql, r.translatedSql, r.database, r.schema, r.statementType, r.status,
      r.errno, r.errorMessage, r.startTime, r.endTime, r.durationMs === null ? null : Math.round(r.durationMs), r.rows,
    ]);
    // The appender is fast; if the table's shape ever differs from QUERY_HISTORY_COLUMNS, INSERT by name.
    if (!(await this.db.appendMeta('query_history', rows))) {
      const sql = historyInsertSql();
      for (const row of rows) await this.db.runMeta(sql, row.map((v) => (v instanceof Date ? v.toISOString() : v)));
    }
    this.sinceTrim += batch.length;
    if (this.sinceTrim >= TRIM_EVERY) {
      this.sinceTrim = 0;
      await this.db.runMeta(historyTrimSql(this.keep));
    }
  }
}
