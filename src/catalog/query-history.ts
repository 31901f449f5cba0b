/**
 * @module catalog/query-history
 * TABLE(<db>.INFORMATION_SCHEMA.QUERY_HISTORY(...)) and QUERY_HISTORY_BY_SESSION(...) over the
 * session's `query_history` table (docs.snowflake.com/en/sql-reference/functions/query_history).
 * Arguments: END_TIME_RANGE_START (default 7 days ago), END_TIME_RANGE_END (default now),
 * RESULT_LIMIT (default 100, 1..10000), and for BY_SESSION: SESSION_ID (default the current
 * session). Newest first; the limit applies before any outer WHERE, as in Snowflake.
 */
import { NotSupportedError } from '../errors.ts';
import { metaRef, quoteIdent, quoteString } from './names.ts';

/** One argument as the translator printed it: DuckDB SQL, named (`RESULT_LIMIT => 10`) or positional. */
export interface InfoSchemaArg {
  name?: string;
  sql: string;
}

const COMMON_ARGS = ['END_TIME_RANGE_START', 'END_TIME_RANGE_END', 'RESULT_LIMIT'];
const SIGNATURES: Record<string, string[]> = {
  QUERY_HISTORY: COMMON_ARGS,
  QUERY_HISTORY_BY_SESSION: ['SESSION_ID', ...COMMON_ARGS],
};

/** Output columns in Snowflake's order: [name, SQL over query_history]. */
const COLUMNS: [string, string][] = [
  ['QUERY_ID', 'query_id'], ['QUERY_TEXT', 'query_text'], ['DATABASE_NAME', 'database_name'], ['SCHEMA_NAME', 'schema_name'],
  ['QUERY_TYPE', 'query_type'], ['SESSION_ID', 'session_id'], ['AUTHN_EVENT_ID', 'NULL'], ['USER_NAME', 'NULL'],
  ['USER_TYPE', 'NULL'], ['USER_DATABASE_NAME', 'NULL'], ['USER_SCHEMA_NAME', 'NULL'], ['ROLE_NAME', 'NULL'],
  ['WAREHOUSE_NAME', 'NULL'], ['WAREHOUSE_SIZE', 'NULL'], ['WAREHOUSE_TYPE', 'NULL'], ['CLUSTER_NUMBER', 'NULL'],
  ['QUERY_TAG', `''`], ['EXECUTION_STATUS', 'execution_status'], ['ERROR_CODE', 'error_code'], ['ERROR_MESSAGE', 'error_message'],
  ['START_TIME', 'start_time'], ['END_TIME', 'end_time'], ['TOTAL_ELAPSED_TIME', 'total_elapsed_time'], ['BYTES_SCANNED', '0'],
  ['ROWS_PRODUCED', 'rows_produced'], ['COMPILATION_TIME', '0'], ['EXECUTION_TIME', 'total_elapsed_time'],
  ['QUEUED_PROVISIONING_TIME', '0'], ['QUEUED_REPAIR_TIME', '0'], ['QUEUED_OVERLOAD_TIME', '0'], ['TRANSACTION_BLOCKED_TIME', '0'],
  ['OUTBOUND_DATA_TRANSFER_CLOUD', 'NULL'], ['OUTBOUND_DATA_TRANSFER_REGION', 'NULL'], ['OUTBOUND_DATA_TRANSFER_BYTES', '0'],
  ['INBOUND_DATA_TRANSFER_CLOUD', 'NULL'], ['INBOUND_DATA_TRANSFER_REGION', 'NULL'], ['INBOUND_DATA_TRANSFER_BYTES', '0'],
  ['LIST_EXTERNAL_FILE_TIME', '0'], ['CREDITS_USED_CLOUD_SERVICES', '0'], ['RELEASE_VERSION', 'NULL'],
  ['EXTERNAL_FUNCTION_TOTAL_INVOCATIONS', '0'], ['EXTERNAL_FUNCTION_TOTAL_SENT_ROWS', '0'],
  ['EXTERNAL_FUNCTION_TOTAL_RECEIVED_ROWS', '0'], ['EXTERNAL_FUNCTION_TOTAL_SENT_BYTES', '0'],
  ['EXTERNAL_FUNCTION_TOTAL_RECEIVED_BYTES', '0'], ['IS_CLIENT_GENERATED_STATEMENT', 'false'], ['QUERY_HASH', 'md5(query_text)'],
  ['QUERY_HASH_VERSION', '1'], ['QUERY_PARAMETERIZED_HASH', 'NULL'], ['QUERY_PARAMETERIZED_HASH_VERSION', 'NULL'],
  ['TRANSACTION_ID', '0'], ['QUERY_ACCELERATION_BYTES_SCANNED', '0'], ['QUERY_ACCELERATION_PARTITIONS_SCANNED', '0'],
  ['QUERY_ACCELERATION_UPPER_LIMIT_SCALE_FACTOR', '0'], ['BYTES_WRITTEN_TO_RESULT', '0'],
  ['ROWS_WRITTEN_TO_RESULT', 'rows_produced'], ['ROWS_INSERTED', 'NULL'], ['QUERY_RETRY_TIME', '0'], ['QUERY_RETRY_CAUSE', 'NULL'],
  ['FAULT_HANDLING_TIME', '0'], ['BIND_VALUES', 'NULL'], ['AGENT_TYPE', 'NULL'],
];

/** Output column names of the QUERY_HISTORY table functions, in order. */
export const QUERY_HISTORY_RESULT_COLUMNS = COLUMNS.map(([n]) => n);

function bindArgs(name: string, args: readonly InfoSchemaArg[]): Map<string, string> {
  const sig = SIGNATURES[name] ?? [];
  const out = new Map<string, string>();
  args.forEach((a, i) => {
    const key = a.name ? a.name.toUpperCase() : sig[i];
    if (!key || !sig.includes(key)) throw new NotSupportedError(`${name} argument ${a.name ?? i + 1}`);
    out.set(key, a.sql);
  });
  return out;
}

/**
 * DuckDB FROM-item SQL for `TABLE(<database>.INFORMATION_SCHEMA.<name>(args))`, or null if `name`
 * is not an INFORMATION_SCHEMA table function Mockhaus serves. `sessionId` is the current session
 * (QUERY_HISTORY_BY_SESSION's default). The session's history holds only its own database's
 * statements' rows regardless of `database` (Snowflake scopes by user privileges, not database).
 */
export function infoSchemaFunction(_database: string, name: string, args: readonly InfoSchemaArg[], sessionId = ''): string | null {
  const fn = name.toUpperCase();
  if (!(fn in SIGNATURES)) return null;
  const a = bindArgs(fn, args);
  const where = [
    `end_time >= CAST(${a.get('END_TIME_RANGE_START') ?? `now() - INTERVAL 7 DAY`} AS TIMESTAMPTZ)`,
    `end_time <= CAST(${a.get('END_TIME_RANGE_END') ?? 'now()'} AS TIMESTAMPTZ)`,
  ];
  if (fn === 'QUERY_HISTORY_BY_SESSION') where.push(`CAST(session_id AS VARCHAR) = CAST(${a.get('SESSION_ID') ?? quoteString(sessionId)} AS VARCHAR)`);
  const limitSql = a.get('RESULT_LIMIT') ?? '100';
  if (/^\d+$/.test(limitSql.trim())) {
    const n = Number(limitSql.trim());
    // Snowflake rejects values outside 1..10000; its exact error text is not documented.
    if (n < 1 || n > 10000) throw new NotSupportedError(`RESULT_LIMIT ${n} (outside 1..10000)`);
  }
  const select = COLUMNS.map(([n, e]) => `${e} AS ${quoteIdent(n)}`).join(', ');
  return `(SELECT ${select} FROM ${metaRef('query_history')} WHERE ${where.join(' AND ')} ORDER BY start_time DESC, rowid DESC LIMIT ${limitSql})`;
}
