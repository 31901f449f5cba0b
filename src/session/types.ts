/**
 * @module session/types
 * The one entry point every transport uses: `session.execute(sql, options)` (architecture.md,
 * "One path for every statement"). A Session wraps one DuckDB instance; statements in a session run
 * one at a time in arrival order.
 */
import type { Result } from '../engine/types.ts';

/**
 * Bind values, already decoded by the transport.
 * - positional: index 1..n → value (`?`, `:1`)
 * - named: name → value (`:name`)
 * A value may carry the Snowflake type the client declared (`FIXED`, `TEXT`, `TIMESTAMP_NTZ`, ...).
 * An array-bind (one statement run per row) is `values: BindValue[][]` on ExecuteOptions.
 */
export interface BindValue {
  type?: string;
  value: string | number | boolean | null | bigint;
}
export type Binds = Record<string, BindValue>;

/** A record of one executed statement (query history, issue 4). */
export interface QueryRecord {
  queryId: string;
  sessionId: string;
  sql: string;
  translatedSql: string | null;
  statementType: string;
  status: 'SUCCESS' | 'FAILED_WITH_ERROR' | 'RUNNING' | 'ABORTED';
  errno: string | null;
  sqlState: string | null;
  errorMessage: string | null;
  rows: number | null;
  database: string | null;
  schema: string | null;
  startTime: Date;
  endTime: Date | null;
  durationMs: number | null;
}

export interface ExecuteOptions {
  /** Binds for every statement of the text. Keys '1','2',... for positional, names for `:name`. */
  binds?: Binds;
  /** Array binds: run the (single) statement once per row; counts add up. */
  bindRows?: Binds[];
  /** Parse and translate, report the result columns, run nothing. */
  describeOnly?: boolean;
  /** Translate only: return Results with translatedSql and no rows, without executing. */
  translateOnly?: boolean;
  /** Stream the LAST statement's rows (Result.stream) instead of materialising them. */
  stream?: boolean;
  /** Query id to use for the first statement (the driver protocol allocates ids up front). */
  queryId?: string;
  /**
   * 'client' (driver protocol): PUT/GET do not copy files but return `Result.fileTransfer`, what the
   * driver must upload or download itself (ingest/transfer.ts).
   */
  fileTransfer?: 'client';
  /** Cancels the running statement (QueryCanceled, 000604/57014). */
  signal?: AbortSignal;
  /** Continue after a failing statement (exec --continue-on-error); errors are returned in `errors`. */
  continueOnError?: boolean;
  /** Called after each statement, success or failure (CLI progress, history). */
  onStatement?: (r: Result | null, err: Error | null, index: number) => void;
}

export type SessionType = 'memory' | 'persistent';

export interface Session {
  readonly id: string;
  readonly type: SessionType;
  /** DuckDB file for persistent sessions; null for memory sessions. */
  readonly path: string | null;
  readonly createdAt: Date;
  lastAccessed: Date;
  queryCount: number;
  /** Current database and schema (null when unset). */
  readonly database: string | null;
  readonly schema: string | null;
  /** True while a statement is running or queued. */
  readonly busy: boolean;
  /**
   * Run every statement of `sql` in order; resolves with one Result per statement. Rejects with a
   * SnowflakeError (queryId set) at the first failure unless `continueOnError`.
   */
  execute(sql: string, options?: ExecuteOptions): Promise<Result[]>;
  /** Cancel the running statement with this query id (or any running statement). */
  cancel(queryId?: string): boolean;
  /** Session parameters (ALTER SESSION SET ...), upper-case keys, as Snowflake reports them. */
  parameters(): Record<string, string | number | boolean>;
  /** Subscribe to query records (server-wide history). */
  onQuery(listener: (record: QueryRecord) => void): void;
  /** Checkpoint (persistent) and close DuckDB. */
  close(): Promise<void>;
}

export interface OpenSessionOptions {
  id?: string;
  type?: SessionType;
  /** DuckDB file for persistent sessions. */
  path?: string;
  /** Initial database and schema; created if missing. Defaults MOCKHAUS / PUBLIC. */
  database?: string;
  schema?: string;
  /** DuckDB memory_limit (e.g. '1GB') and threads for this session's instance. */
  memoryLimit?: string;
  threads?: number;
  /** Login user, role and warehouse (CURRENT_USER(), CURRENT_ROLE(), CURRENT_WAREHOUSE()). Defaults MOCKHAUS / SYSADMIN / none. */
  user?: string;
  role?: string;
  warehouse?: string;
}
