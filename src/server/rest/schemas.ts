/**
 * @module server/rest/schemas
 * TypeBox schemas of every REST body and response (issue 4 §2), so that requests are validated
 * with the failing field named, and /docs shows the whole API. Shapes keep the seed Mockhaus API:
 * `{sql, session_id?, database?}` in, `{success, data, columns, execution_time, translated_sql,
 * message, session_id, current_database, ...}` out.
 */
import { t } from 'elysia';

const Nullable = <T extends Parameters<typeof t.Union>[0][number]>(s: T) => t.Union([s, t.Null()]);

export const ErrorBody = t.Object(
  {
    success: t.Literal(false),
    error: t.String({ description: 'Machine code: SQL_ERROR, NOT_SUPPORTED, SESSION_NOT_FOUND, INVALID_REQUEST, ...' }),
    detail: t.String({ description: "Human message (Snowflake's wording for SQL errors)" }),
    errno: t.Optional(t.String({ description: "Snowflake's 6-digit error code, e.g. 002003" })),
    sql_state: t.Optional(t.String({ description: 'SQLSTATE, e.g. 42S02' })),
    query_id: t.Optional(t.String()),
    error_id: t.Optional(t.String({ description: 'Id of an unexpected error in the server log (500 only)' })),
    session_id: t.Optional(t.String({ description: 'POST /query: the session the statement ran in' })),
  },
  { description: 'Every failed /api/v1 call' },
);

export const QueryRequest = t.Object({
  sql: t.String({ minLength: 1, description: 'Snowflake SQL; several statements separated by `;` run in order' }),
  session_id: t.Optional(t.String({ description: 'Run in this session; a new memory session is created when omitted' })),
  database: t.Optional(t.String({ description: 'Database to use (created for a new session, USE for an existing one)' })),
});

export const Column = t.Object({
  name: t.String(),
  type: t.String({ description: 'Snowflake type: fixed, real, text, boolean, date, time, timestamp_ntz, ...' }),
  precision: Nullable(t.Number()),
  scale: Nullable(t.Number()),
  length: Nullable(t.Number()),
  nullable: t.Boolean(),
});

export const QueryResponse = t.Object(
  {
    success: t.Literal(true),
    data: t.Array(t.Record(t.String(), t.Unknown()), { description: "Rows of the last statement, keyed by column name" }),
    columns: t.Array(Column),
    row_count: t.Number(),
    rows_affected: Nullable(t.Number()),
    statement_type: t.String(),
    statements: t.Number({ description: 'How many statements ran' }),
    execution_time: t.Number({ description: 'Seconds' }),
    translated_sql: t.String({ description: 'The DuckDB SQL of the last statement' }),
    message: Nullable(t.String()),
    warnings: t.Array(t.String()),
    session_id: t.String(),
    current_database: Nullable(t.String()),
    current_schema: Nullable(t.String()),
    query_id: t.String(),
  },
  { description: 'Describes the LAST statement of `sql`' },
);

export const Storage = t.Object({
  type: t.Optional(t.String({ description: "Only 'local' (a DuckDB file)" })),
  path: t.Optional(t.String({ description: 'DuckDB file; default <data dir>/sessions/<id>.duckdb' })),
});

export const CreateSessionRequest = t.Object({
  type: t.Optional(t.Union([t.Literal('memory'), t.Literal('persistent')], { default: 'memory' })),
  ttl_seconds: t.Optional(t.Integer({ minimum: 1 })),
  session_id: t.Optional(t.String()),
  storage: t.Optional(Storage),
  database: t.Optional(t.String()),
  schema: t.Optional(t.String()),
});

export const SessionInfo = t.Object({
  session_id: t.String(),
  id: t.String(),
  type: t.String(),
  created_at: t.String(),
  last_accessed: t.String(),
  expires_at: t.String(),
  ttl_seconds: t.Number(),
  current_database: Nullable(t.String()),
  current_schema: Nullable(t.String()),
  query_count: t.Number(),
  storage: Nullable(t.Object({ type: t.String(), path: t.String() })),
  is_active: t.Boolean({ description: 'False for a persistent session not opened since the server started' }),
  is_expired: t.Boolean(),
  busy: t.Boolean(),
});

export const SessionResponse = t.Object({
  success: t.Literal(true),
  session_id: t.String(),
  session: SessionInfo,
  message: t.String(),
});

export const Limits = t.Object({
  max_sessions: t.Number(),
  active_sessions: t.Number(),
  total_sessions: t.Number(),
  available_slots: t.Number(),
  usage_percentage: t.Number(),
  eviction_policy: t.String(),
});

export const SessionListResponse = t.Object({
  success: t.Literal(true),
  sessions: t.Array(SessionInfo),
  active_sessions: t.Number(),
  total_sessions: t.Number(),
  max_sessions: t.Number(),
  usage_percentage: t.Number(),
  limits: Limits,
  statistics: t.Object({
    memory_sessions: t.Number(),
    persistent_sessions: t.Number(),
    default_ttl: t.Number(),
    cleanup_interval: t.Number(),
    evictions: t.Number(),
    expirations: t.Number(),
  }),
});

export const MessageResponse = t.Object({ success: t.Literal(true), message: t.String() });

export const CleanupResponse = t.Object({
  success: t.Literal(true),
  message: t.String(),
  sessions_cleaned: t.Number(),
});

export const HealthResponse = t.Object({
  status: t.String(),
  version: t.String(),
  uptime: t.Number({ description: 'Seconds since the server started' }),
  sessions: t.Object({ active: t.Number(), total: t.Number(), max: t.Number() }),
});

export const InfoResponse = t.Object({
  name: t.String(),
  version: t.String(),
  description: t.String(),
  docs_url: t.String(),
  openapi_url: t.String(),
  health_url: t.String(),
  endpoints: t.Array(t.String()),
  driver_endpoint: t.String({ description: 'Point Snowflake drivers here (host/port, protocol http)' }),
});

export const HistoryEntry = t.Object({
  query_id: t.String(),
  session_id: t.String(),
  sql: t.String(),
  translated_sql: Nullable(t.String()),
  statement_type: t.String(),
  status: t.String(),
  errno: Nullable(t.String()),
  sql_state: Nullable(t.String()),
  error_message: Nullable(t.String()),
  rows: Nullable(t.Number()),
  database: Nullable(t.String()),
  schema: Nullable(t.String()),
  start_time: t.String(),
  end_time: Nullable(t.String()),
  duration_ms: Nullable(t.Number()),
});

export const HistoryQuery = t.Object({
  text: t.Optional(t.String({ description: 'Substring of the SQL (case-insensitive)' })),
  status: t.Optional(t.String({ description: 'SUCCESS, FAILED_WITH_ERROR (or success, error)' })),
  type: t.Optional(t.String({ description: 'Statement type: SELECT, INSERT, DDL, ...' })),
  session_id: t.Optional(t.String()),
  since: t.Optional(t.String({ description: 'ISO time: only statements started at or after it' })),
  limit: t.Optional(t.Numeric({ minimum: 1, description: 'Default 100' })),
});

export const HistoryListResponse = t.Object({
  success: t.Literal(true),
  count: t.Number(),
  total: t.Number({ description: 'Entries held (bounded)' }),
  queries: t.Array(HistoryEntry),
});

export const HistoryEntryResponse = t.Object({ success: t.Literal(true), query: HistoryEntry });

export const HistoryStatsResponse = t.Object({
  success: t.Literal(true),
  stats: t.Object({
    total: t.Number(),
    succeeded: t.Number(),
    failed: t.Number(),
    running: t.Number(),
    error_rate: t.Number(),
    duration_ms: t.Object({
      p50: Nullable(t.Number()),
      p95: Nullable(t.Number()),
      mean: Nullable(t.Number()),
      max: Nullable(t.Number()),
    }),
    by_type: t.Record(t.String(), t.Object({ count: t.Number(), failed: t.Number(), mean_ms: Nullable(t.Number()) })),
    by_status: t.Record(t.String(), t.Number()),
    sessions: t.Number(),
    oldest: Nullable(t.String()),
    newest: Nullable(t.String()),
  }),
});

export const HistoryDeleteResponse = t.Object({ success: t.Literal(true), deleted: t.Number(), message: t.String() });

/** Error responses every route can give, for the OpenAPI document. */
export const errorResponses: { 400: typeof ErrorBody; 401: typeof ErrorBody; 404: typeof ErrorBody; 413: typeof ErrorBody; 429: typeof ErrorBody; 500: typeof ErrorBody } = {
  400: ErrorBody,
  401: ErrorBody,
  404: ErrorBody,
  413: ErrorBody,
  429: ErrorBody,
  500: ErrorBody,
};
