/**
 * @module server/wire/constants
 * Protocol constants of the Snowflake driver REST protocol (STYLE.md convention 11), each with the
 * source it was taken from. The spec for all of them is shared/docs/snowflake-wire-protocol.md.
 */
import type { StatementType } from '../../engine/types.ts';

/**
 * statementTypeId per statement category.
 * Sources: snowflake-sdk 3.3.0 `dist/lib/connection/result/statement_type.js` (DML = 0x3000..0x3fff,
 * DDL >= 0x6000), tekumara/fakesnow `fakesnow/statement_type.py`, snowflake-reference.md §0.
 */
export const STATEMENT_TYPE_IDS: Readonly<Record<StatementType, number>> = {
  SELECT: 0x1000,
  INSERT: 0x3100,
  UPDATE: 0x3200,
  DELETE: 0x3300,
  MERGE: 0x3400,
  MULTI_INSERT: 0x3500,
  COPY: 0x3600,
  UNLOAD: 0x3700,
  // SCL family (0x4000): ALTER SESSION 0x4100, USE 0x4300, SHOW 0x4400, DESCRIBE 0x4500, SET 0x4600.
  ALTER_SESSION: 0x4100,
  USE: 0x4300,
  SHOW: 0x4400,
  DESCRIBE: 0x4500,
  SET: 0x4600,
  LIST: 0x4700,
  REMOVE: 0x4800,
  PUT: 0x4900,
  GET: 0x4a00,
  TCL: 0x5000,
  DDL: 0x6000,
  CALL: 0x1000,
  OTHER: 0x1000,
};

/** Response codes (wire-protocol spec §5, snowflake-sdk `connection/statement.js` l.28-29). */
export const CODE = {
  /** success:true, still running (sync request answered before completion). */
  QUERY_IN_PROGRESS: '333333',
  /** success:true, asyncExec accepted. */
  QUERY_IN_PROGRESS_ASYNC: '333334',
  BAD_CREDENTIALS: '390100',
  TOKEN_INVALID: '390104',
  SESSION_GONE: '390111',
  TOKEN_EXPIRED: '390112',
  MASTER_TOKEN_EXPIRED: '390114',
  /** Abort of a statement that is not running. */
  NOT_EXECUTING: '000605',
} as const;

export const MESSAGES = {
  BAD_CREDENTIALS: 'Incorrect username or password was specified.',
  TOKEN_INVALID: 'Invalid OAuth access token. ',
  SESSION_GONE: 'Session no longer exists.  New login required to access the service.',
  TOKEN_EXPIRED: 'Session token has expired.',
  MASTER_TOKEN_EXPIRED: 'Authentication token has expired.  The user must authenticate again.',
  NOT_EXECUTING: 'Identified SQL statement is not currently executing.',
  QUERY_IN_PROGRESS: 'Query execution in progress',
  QUERY_IN_PROGRESS_ASYNC:
    'Asynchronous execution in progress. Use provided query id to perform query monitoring and management.',
  MULTI_OK: 'Multiple statements executed successfully.',
} as const;

/**
 * Format parameters echoed on every query response. The Node driver builds column formatting only
 * from the parameters of the response itself (spec §3.3; snowflake-sdk `connection/result/column.js`
 * l.112-170): without BINARY_OUTPUT_FORMAT a binary column crashes the client, without TIMEZONE an
 * LTZ value cannot be converted. Defaults: snowflake-reference.md §6.
 */
export const FORMAT_PARAMETERS: Readonly<Record<string, string>> = {
  TIMEZONE: 'America/Los_Angeles',
  DATE_OUTPUT_FORMAT: 'YYYY-MM-DD',
  TIME_OUTPUT_FORMAT: 'HH24:MI:SS',
  TIMESTAMP_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM',
  TIMESTAMP_NTZ_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3',
  TIMESTAMP_LTZ_OUTPUT_FORMAT: '',
  TIMESTAMP_TZ_OUTPUT_FORMAT: '',
  BINARY_OUTPUT_FORMAT: 'HEX',
};

/**
 * Client parameters sent at login (spec §3.1). CLIENT_STAGE_ARRAY_BINDING_THRESHOLD is what real
 * Snowflake sends: a low value makes the Node driver upload array binds to a temporary stage.
 */
export const LOGIN_PARAMETERS: Readonly<Record<string, string | number | boolean>> = {
  CLIENT_STAGE_ARRAY_BINDING_THRESHOLD: 65280,
  CLIENT_SESSION_KEEP_ALIVE: false,
  CLIENT_SESSION_KEEP_ALIVE_HEARTBEAT_FREQUENCY: 3600,
  QUERY_CONTEXT_CACHE_SIZE: 5,
  CLIENT_PREFETCH_THREADS: 4,
  CLIENT_RESULT_CHUNK_SIZE: 160,
};

/** Session parameter that makes a login open a persistent session at this DuckDB file (issue 5). */
export const PERSISTENT_PATH_PARAMETER = 'MOCKHAUS_PERSISTENT_PATH';

/** Token lifetimes (seconds) reported at login; Snowflake's defaults are 1 h and 4 h. */
export const TOKEN_VALIDITY_SECONDS = 3600;
export const MASTER_TOKEN_VALIDITY_SECONDS = 14400;

/**
 * How long a synchronous query-request (and a result GET) waits for completion before answering
 * 333333. Snowflake answers after about 45 s; the driver re-GETs getResultUrl at once (spec §6).
 */
export const SYNC_WAIT_MS = 40_000;

/**
 * Result sizing. Rows up to INLINE_BYTES go in `rowset`; the rest are spilled to chunk files of
 * about CHUNK_BYTES each (uncompressed JSON text), served by `GET /wire/chunks/<id>/<n>`.
 */
export const INLINE_BYTES = 1_000_000;
export const CHUNK_BYTES = 8_000_000;

/**
 * Content type of chunk downloads. Not JSON: the driver JSON-parses any body whose content type
 * contains `application/json` (snowflake-sdk `http/base.js` parseIfJSONData), and a chunk (rows
 * without outer brackets) is not a JSON document. S3 serves chunks as binary.
 */
export const CHUNK_CONTENT_TYPE = 'application/octet-stream';

/** Column metadata of the parent row of a multi-statement request (spec §6). */
export const MULTI_STATEMENT_COLUMN = 'multiple statement execution';

/** SQL API v2 codes (docs.snowflake.com/en/developer-guide/sql-api/handling-responses). */
export const SQL_API = {
  SUCCESS_CODE: '090001',
  SUCCESS_MESSAGE: 'Statement executed successfully.',
  ASYNC_CODE: '333334',
  RUNNING_CODE: '333333',
  CANCELED_MESSAGE: 'successfully canceled',
} as const;
