/**
 * @module session/_history
 * Query history of one session (issue 4 §4): every statement becomes a QueryRecord, handed to
 * `onQuery` listeners at once and written to `_mockhaus.main.query_history` (so
 * INFORMATION_SCHEMA.QUERY_HISTORY works and persistent sessions keep it). Rows are written in small
 * batches to keep per-statement overhead low; `flush()` runs before any statement that reads
 * QUERY_HISTORY, when the buffer fills, and on close. The table is trimmed to `keep` rows.
 */
import { QUERY_HISTORY_COLUMNS, historyInsertSql, historyTrimSql } from '../catalog/index.ts';
import type { Database } from '../engine/database.ts';
import type { QueryRecord } from './types.ts';

const FLUSH_AT = 50;
const TRIM_EVERY = 1000;

export class HistoryWriter {
  private buffer: QueryRecord[] = [];
  private listeners: ((r: QueryRecord) => void)[] = [];
  private sinceTrim = 0;

  constructor(
    private readonly db: Database,
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
  }

  get shouldFlush(): boolean {
    return this.buffer.length >= FLUSH_AT;
  }

  /** Write buffered records (the caller holds the statement lock). */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    // One multi-row INSERT per batch: the single-row form from the catalog, with more VALUES tuples.
    const single = historyInsertSql();
    const width = QUERY_HISTORY_COLUMNS.length;
    const tuples = batch.map((_, k) => `(${Array.from({ length: width }, (_, j) => `$${k * width + j + 1}`).join(', ')})`);
    const sql = `${single.slice(0, single.lastIndexOf('VALUES'))}VALUES ${tuples.join(', ')}`;
    const params = batch.flatMap((r) => [
      r.queryId, r.sessionId, r.sql, r.translatedSql, r.database, r.schema, r.statementType, r.status,
      r.errno, r.errorMessage, r.startTime.toISOString(), r.endTime ? r.endTime.toISOString() : null,
      r.durationMs === null ? null : Math.round(r.durationMs), r.rows,
    ]);
    await this.db.runMeta(sql, params);
    this.sinceTrim += batch.length;
    if (this.sinceTrim >= TRIM_EVERY) {
      this.sinceTrim = 0;
      await this.db.runMeta(historyTrimSql(this.keep));
    }
  }
}
