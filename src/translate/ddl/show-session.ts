/**
 * @module translate/ddl/show-session
 * SHOW PARAMETERS [LIKE …] [IN SESSION | ACCOUNT] and SHOW VARIABLES
 * (docs.snowflake.com/en/sql-reference/sql/show-parameters, …/show-variables). Parameter defaults
 * are snowflake-reference.md §6; the session's values come from ctx.params. Rows are built as a
 * VALUES list whose every value is a bound parameter.
 */
import { quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError } from '../../errors.ts';
import type { Show } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { ColumnHint, Plan } from '../plan.ts';
import { showColumnType } from './show.ts';
import type { ShowColType } from './_show-spec.ts';

type ParamType = 'STRING' | 'NUMBER' | 'BOOLEAN';
/** Session parameter defaults: [name, default, type, description]. */
export const PARAMETER_DEFAULTS: readonly [string, string, ParamType, string][] = [
  ['ABORT_DETACHED_QUERY', 'false', 'BOOLEAN', 'Whether a query is aborted when its connection is lost.'],
  ['AUTOCOMMIT', 'true', 'BOOLEAN', 'Whether each statement commits on its own.'],
  ['BINARY_INPUT_FORMAT', 'HEX', 'STRING', 'Input format of binary values.'],
  ['BINARY_OUTPUT_FORMAT', 'HEX', 'STRING', 'Display format of binary values.'],
  ['CLIENT_PREFETCH_THREADS', '4', 'NUMBER', 'Threads a client uses to fetch result chunks.'],
  ['CLIENT_RESULT_CHUNK_SIZE', '160', 'NUMBER', 'Maximum size in MB of a result chunk.'],
  ['CLIENT_SESSION_KEEP_ALIVE', 'false', 'BOOLEAN', 'Whether the client keeps the session alive.'],
  ['CLIENT_SESSION_KEEP_ALIVE_HEARTBEAT_FREQUENCY', '3600', 'NUMBER', 'Seconds between keep-alive heartbeats.'],
  ['CLIENT_TIMESTAMP_TYPE_MAPPING', 'TIMESTAMP_LTZ', 'STRING', 'Timestamp type used for bound client values.'],
  ['DATE_INPUT_FORMAT', 'AUTO', 'STRING', 'Input format of dates.'],
  ['DATE_OUTPUT_FORMAT', 'YYYY-MM-DD', 'STRING', 'Display format of dates.'],
  ['DEFAULT_NULL_ORDERING', 'LAST', 'STRING', 'Where NULLs sort by default.'],
  ['ERROR_ON_NONDETERMINISTIC_MERGE', 'true', 'BOOLEAN', 'Whether MERGE fails when a target row matches several source rows.'],
  ['ERROR_ON_NONDETERMINISTIC_UPDATE', 'false', 'BOOLEAN', 'Whether UPDATE fails when a target row matches several source rows.'],
  ['GEOGRAPHY_OUTPUT_FORMAT', 'GeoJSON', 'STRING', 'Display format of GEOGRAPHY values.'],
  ['JSON_INDENT', '2', 'NUMBER', 'Indentation of displayed semi-structured values.'],
  ['JS_TREAT_INTEGER_AS_BIGINT', 'false', 'BOOLEAN', 'Whether the Node driver returns integers as BigInt.'],
  ['LOCK_TIMEOUT', '43200', 'NUMBER', 'Seconds to wait for a lock.'],
  ['MULTI_STATEMENT_COUNT', '1', 'NUMBER', 'Number of statements one request may hold (0 = any).'],
  ['QUERY_TAG', '', 'STRING', 'Tag recorded with each query.'],
  ['QUOTED_IDENTIFIERS_IGNORE_CASE', 'false', 'BOOLEAN', 'Whether quoted identifiers are case-insensitive.'],
  ['ROWS_PER_RESULTSET', '0', 'NUMBER', 'Maximum rows per result (0 = no limit).'],
  ['STATEMENT_TIMEOUT_IN_SECONDS', '172800', 'NUMBER', 'Seconds after which a statement is canceled.'],
  ['STRICT_JSON_OUTPUT', 'false', 'BOOLEAN', 'Whether displayed JSON is strict.'],
  ['TIMESTAMP_DAY_IS_ALWAYS_24H', 'false', 'BOOLEAN', 'Whether a day is always 24 hours in timestamp arithmetic.'],
  ['TIMESTAMP_INPUT_FORMAT', 'AUTO', 'STRING', 'Input format of timestamps.'],
  ['TIMESTAMP_LTZ_OUTPUT_FORMAT', '', 'STRING', 'Display format of TIMESTAMP_LTZ values.'],
  ['TIMESTAMP_NTZ_OUTPUT_FORMAT', 'YYYY-MM-DD HH24:MI:SS.FF3', 'STRING', 'Display format of TIMESTAMP_NTZ values.'],
  ['TIMESTAMP_OUTPUT_FORMAT', 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM', 'STRING', 'Default display format of timestamps.'],
  ['TIMESTAMP_TYPE_MAPPING', 'TIMESTAMP_NTZ', 'STRING', 'Type that TIMESTAMP stands for.'],
  ['TIMESTAMP_TZ_OUTPUT_FORMAT', '', 'STRING', 'Display format of TIMESTAMP_TZ values.'],
  ['TIMEZONE', 'America/Los_Angeles', 'STRING', 'Time zone of the session.'],
  ['TIME_INPUT_FORMAT', 'AUTO', 'STRING', 'Input format of times.'],
  ['TIME_OUTPUT_FORMAT', 'HH24:MI:SS', 'STRING', 'Display format of times.'],
  ['TRANSACTION_ABORT_ON_ERROR', 'false', 'BOOLEAN', 'Whether an error aborts the open transaction.'],
  ['TRANSACTION_DEFAULT_ISOLATION_LEVEL', 'READ COMMITTED', 'STRING', 'Isolation level of transactions.'],
  ['TWO_DIGIT_CENTURY_START', '1970', 'NUMBER', 'First year of two-digit year input.'],
  ['UNSUPPORTED_DDL_ACTION', 'ignore', 'STRING', 'What to do with unsupported DDL.'],
  ['USE_CACHED_RESULT', 'true', 'BOOLEAN', 'Whether repeated queries may reuse results.'],
  ['WEEK_OF_YEAR_POLICY', '0', 'NUMBER', 'How the first week of a year is chosen.'],
  ['WEEK_START', '0', 'NUMBER', 'First day of the week.'],
];

function paramText(v: string | number | boolean, type: ParamType): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (type === 'BOOLEAN') return String(v).toLowerCase();
  return String(v);
}

function valuesPlan(cols: [string, ShowColType][], rows: unknown[][], s: Show, keyCol: string, orderBy: string): Plan {
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const names = cols.map(([n]) => quoteIdent(n)).join(', ');
  const body = rows.length
    ? `(VALUES ${rows.map((r) => `(${r.map((v, i) => (cols[i]?.[1] === 'ts' ? `CAST(${p(v)} AS TIMESTAMPTZ)` : `CAST(${p(v)} AS VARCHAR)`)).join(', ')})`).join(', ')}) AS v(${names})`
    : `(SELECT ${cols.map(([n]) => `NULL::VARCHAR AS ${quoteIdent(n)}`).join(', ')} WHERE false) AS v`;
  const where: string[] = [];
  if (s.like !== undefined) where.push(`${quoteIdent(keyCol)} ILIKE ${p(s.like)}`);
  if (s.startsWith !== undefined) where.push(`starts_with(${quoteIdent(keyCol)}, ${p(s.startsWith)})`);
  const limit = s.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(s.limit))}` : '';
  const sql = `SELECT * FROM ${body}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderBy}${limit}`;
  const columns: ColumnHint[] = cols.map(([n, t]) => ({ name: n, type: showColumnType(n, t) }));
  return { kind: 'duckdb', statementType: 'SHOW', sql: [sql], params, columns, shape: { kind: 'rows' } };
}

export function showParameters(s: Show, ctx: TranslateContext): Plan {
  const scope = s.in?.scope;
  if (scope !== undefined && scope !== 'SESSION' && scope !== 'ACCOUNT') throw new NotSupportedError(`SHOW PARAMETERS IN ${scope}`);
  const rows = PARAMETER_DEFAULTS.map(([key, dflt, type, description]) => {
    const set = ctx.params[key];
    const value = set === undefined ? dflt : paramText(set, type);
    return [key, value, dflt, value === dflt ? '' : 'SESSION', description, type];
  });
  const cols: [string, ShowColType][] = [['key', 'text'], ['value', 'text'], ['default', 'text'], ['level', 'text'], ['description', 'text'], ['type', 'text']];
  return valuesPlan(cols, rows, s, 'key', '"key"');
}

export function showVariables(s: Show, ctx: TranslateContext): Plan {
  const rows = [...ctx.variables.entries()].map(([name, v]) => [
    ctx.sessionId,
    null,
    null,
    name,
    v.value === null ? null : v.value instanceof Uint8Array ? Buffer.from(v.value).toString('hex').toUpperCase() : String(v.value),
    // Snowflake prints the type as the lower-case internal name (fixed, text, real, boolean; docs: session-variables).
    v.type.toLowerCase(),
    null,
  ]);
  const cols: [string, ShowColType][] = [
    ['session_id', 'text'], ['created_on', 'ts'], ['updated_on', 'ts'], ['name', 'text'], ['value', 'text'], ['type', 'text'], ['comment', 'text'],
  ];
  return valuesPlan(cols, rows, s, 'name', '"name"');
}
