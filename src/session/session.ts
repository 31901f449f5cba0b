/**
 * @module session/session
 * `openSession()`: the ONE path every transport uses (architecture.md): split → parse → translate →
 * execute, one statement at a time per session, in arrival order. Builds each TranslateContext
 * from the session state and the catalog mirror (refreshed lazily after catalog-changing
 * statements), records query history, and turns cancels into real DuckDB interrupts.
 *
 * @example
 * const s = await openSession({ type: 'memory' });
 * const [r] = await s.execute('select 1 as x'); // r.columns[0].name === 'X', r.rows → [['1']]
 */
import { randomUUID } from 'node:crypto';
import { catalogFactsFromRows, catalogFactsSql, type CatalogFactsRow } from '../catalog/index.ts';
import type { Database } from '../engine/database.ts';
import type { EngineState } from '../engine/state.ts';
import type { Result } from '../engine/types.ts';
import { EmptySqlStatement, QueryCanceled, SnowflakeError } from '../errors.ts';
import { splitStatements } from '../sql/index.ts';
import type { CatalogFacts } from '../translate/context.ts';
import type { Plan } from '../translate/plan.ts';
import { FLUSH_DELAY_MS, HistoryWriter } from './_history.ts';
import { KeptResults } from './_kept.ts';
import { StatementLock } from './_lock.ts';
import { openSessionDatabase } from './_open.ts';
import { runStatement, type StatementHost } from './_statement.ts';
import type { ExecuteOptions, OpenSessionOptions, QueryRecord, Session, SessionType } from './types.ts';

/** Statement types after which the catalog mirror must be re-read. */
const CATALOG_CHANGING = new Set(['DDL', 'TCL', 'COPY', 'CALL', 'OTHER']);

class LocalSession implements Session, StatementHost {
  readonly id: string;
  readonly type: SessionType;
  readonly path: string | null;
  readonly createdAt = new Date();
  lastAccessed = new Date();
  queryCount = 0;
  private readonly lock = new StatementLock();
  readonly history: HistoryWriter;
  readonly kept = new KeptResults();
  private facts: CatalogFacts | null = null;
  /** A streamed result still holding the lock (ended on close). */
  private activeStream: AsyncIterable<unknown> | null = null;
  /** The statement now running (cancel target). */
  current: { queryId: string; canceled: boolean } | null = null;
  private closed = false;

  constructor(
    readonly db: Database,
    readonly state: EngineState,
    type: SessionType,
    id: string,
  ) {
    this.id = id;
    this.type = type;
    this.path = db.path;
    this.history = new HistoryWriter(db, () => this.scheduleFlush());
  }

  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  /** Write history in the background, in the statement queue like any statement. */
  private scheduleFlush(): void {
    if (this.flushTimer || this.closed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      if (this.closed) return;
      void this.lock.acquire().then(async (release) => {
        try {
          if (!this.closed) await this.history.flush();
        } catch {
          // History is best effort; a failed write never fails a statement.
        } finally {
          release();
        }
      });
    }, FLUSH_DELAY_MS);
    this.flushTimer.unref?.();
  }

  get database(): string | null {
    return this.state.database;
  }
  get schema(): string | null {
    return this.state.schema;
  }
  get busy(): boolean {
    return this.lock.busy;
  }

  /**
   * The catalog mirror, re-read from DuckDB when a previous statement may have changed it. If it
   * cannot be read (DuckDB refuses every query in an aborted transaction until ROLLBACK), the last
   * good mirror answers and the refresh is retried on the next statement.
   */
  async catalog(): Promise<CatalogFacts> {
    if (this.facts) return this.facts;
    try {
      this.facts = catalogFactsFromRows((await this.db.rows(catalogFactsSql())) as unknown as CatalogFactsRow[]);
      this.lastFacts = this.facts;
      return this.facts;
    } catch {
      return this.lastFacts ?? catalogFactsFromRows([]);
    }
  }
  private lastFacts: CatalogFacts | null = null;

  /** Start from a catalog known without querying DuckDB (a brand-new memory session). */
  seedCatalog(rows: readonly CatalogFactsRow[]): void {
    this.facts = catalogFactsFromRows(rows);
    this.lastFacts = this.facts;
  }

  planRan(plan: Plan): void {
    if (CATALOG_CHANGING.has(plan.statementType) || plan.kind === 'createDatabase' || plan.kind === 'dropDatabase' || plan.kind === 'status') {
      this.facts = null;
    }
  }

  record(r: QueryRecord): void {
    this.queryCount++;
    this.history.record(r);
  }

  async execute(sql: string, options: ExecuteOptions = {}): Promise<Result[]> {
    if (this.closed) throw new SnowflakeError(390111, '08003', 'Session no longer exists.');
    this.lastAccessed = new Date();
    if (options.signal?.aborted) throw new QueryCanceled();
    const release = await this.lock.acquire();
    if (options.signal?.aborted) {
      release();
      throw new QueryCanceled();
    }
    let keepLock = false;
    const onAbort = (): void => void this.cancel();
    options.signal?.addEventListener('abort', onAbort);
    try {
      const pieces = splitStatements(sql);
      if (pieces.length === 0) throw new EmptySqlStatement();
      if (/QUERY_HISTORY/i.test(sql) || this.history.shouldFlush) await this.history.flush();
      const results: Result[] = [];
      for (const [i, piece] of pieces.entries()) {
        const isLast = i === pieces.length - 1;
        const queryId = i === 0 && options.queryId ? options.queryId : randomUUID();
        let result: Result;
        try {
          // CURRENT_STATEMENT() reports the statement as sent, with its terminating `;`.
          const statementText = /^\s*;/.test(sql.slice(piece.offset + piece.text.length)) ? `${piece.text};` : piece.text;
          result = await runStatement(this, { ...piece, statementText }, queryId, options, isLast, () => {
            this.activeStream = null;
            options.signal?.removeEventListener('abort', onAbort);
            release();
          });
        } catch (err) {
          options.onStatement?.(null, err as Error, i);
          if (options.continueOnError) continue;
          throw err;
        }
        if (result.stream) {
          keepLock = true;
          this.activeStream = result.stream;
        }
        options.onStatement?.(result, null, i);
        results.push(result);
      }
      return results;
    } finally {
      this.lastAccessed = new Date();
      if (!keepLock) {
        options.signal?.removeEventListener('abort', onAbort);
        release();
      }
    }
  }

  cancel(queryId?: string): boolean {
    const cur = this.current;
    if (!cur || (queryId !== undefined && cur.queryId !== queryId)) return false;
    cur.canceled = true;
    this.db.interrupt();
    return true;
  }

  parameters(): Record<string, string | number | boolean> {
    return { ...this.state.params };
  }

  onQuery(listener: (record: QueryRecord) => void): void {
    this.history.onQuery(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.lock.busy) this.cancel();
    // An abandoned stream would hold the lock forever: end it (releases the lock).
    await this.activeStream?.[Symbol.asyncIterator]().return?.();
    const release = await Promise.race([this.lock.acquire(), new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
    try {
      await this.history.flush().catch(() => undefined);
      await this.db.close();
    } finally {
      release?.();
    }
  }
}

/** Open a session: its own DuckDB instance, initial database/schema, catalog and history. */
export async function openSession(opts: OpenSessionOptions = {}): Promise<Session> {
  const { db, state, type, freshCatalog } = await openSessionDatabase(opts);
  const session = new LocalSession(db, state, type, opts.id ?? randomUUID());
  if (freshCatalog) session.seedCatalog(freshCatalog);
  return session;
}
