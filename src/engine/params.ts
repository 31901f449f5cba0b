/**
 * @module engine/params
 * Session parameters: Snowflake's defaults (shared/docs/snowflake-reference.md §6), their value
 * kinds, and validation for ALTER SESSION SET/UNSET. Values are kept in Snowflake's reported form:
 * booleans as booleans, numbers as numbers, the rest as strings.
 */
import { SnowflakeError } from '../errors.ts';
import { isKnownTimeZone } from './_time.ts';

export type ParamValue = string | number | boolean;
type Kind = 'string' | 'number' | 'boolean';

/** Every session parameter Mockhaus knows, with its default. */
export const PARAMETER_DEFAULTS: Readonly<Record<string, ParamValue>> = Object.freeze({
  TIMEZONE: 'America/Los_Angeles',
  DATE_OUTPUT_FORMAT: 'YYYY-MM-DD',
  DATE_INPUT_FORMAT: 'AUTO',
  TIME_OUTPUT_FORMAT: 'HH24:MI:SS',
  TIME_INPUT_FORMAT: 'AUTO',
  TIMESTAMP_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM',
  TIMESTAMP_NTZ_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3',
  TIMESTAMP_LTZ_OUTPUT_FORMAT: '',
  TIMESTAMP_TZ_OUTPUT_FORMAT: '',
  TIMESTAMP_INPUT_FORMAT: 'AUTO',
  TIMESTAMP_TYPE_MAPPING: 'TIMESTAMP_NTZ',
  CLIENT_TIMESTAMP_TYPE_MAPPING: 'TIMESTAMP_LTZ',
  TIMESTAMP_DAY_IS_ALWAYS_24H: false,
  WEEK_START: 0,
  WEEK_OF_YEAR_POLICY: 0,
  TWO_DIGIT_CENTURY_START: 1970,
  QUOTED_IDENTIFIERS_IGNORE_CASE: false,
  BINARY_OUTPUT_FORMAT: 'HEX',
  BINARY_INPUT_FORMAT: 'HEX',
  AUTOCOMMIT: true,
  ERROR_ON_NONDETERMINISTIC_MERGE: true,
  ERROR_ON_NONDETERMINISTIC_UPDATE: false,
  DEFAULT_NULL_ORDERING: 'LAST',
  JSON_INDENT: 2,
  STRICT_JSON_OUTPUT: false,
  MULTI_STATEMENT_COUNT: 1,
  STATEMENT_TIMEOUT_IN_SECONDS: 172800,
  LOCK_TIMEOUT: 43200,
  TRANSACTION_ABORT_ON_ERROR: false,
  TRANSACTION_DEFAULT_ISOLATION_LEVEL: 'READ COMMITTED',
  ROWS_PER_RESULTSET: 0,
  USE_CACHED_RESULT: true,
  UNSUPPORTED_DDL_ACTION: 'ignore',
  QUERY_TAG: '',
  GEOGRAPHY_OUTPUT_FORMAT: 'GeoJSON',
  JS_TREAT_INTEGER_AS_BIGINT: false,
  CLIENT_SESSION_KEEP_ALIVE: false,
  CLIENT_SESSION_KEEP_ALIVE_HEARTBEAT_FREQUENCY: 3600,
  ABORT_DETACHED_QUERY: false,
  CLIENT_RESULT_CHUNK_SIZE: 160,
  CLIENT_PREFETCH_THREADS: 4,
  // Set by drivers and tools at connect time; stored (and echoed), not acted on.
  JDBC_QUERY_RESULT_FORMAT: 'ARROW',
  ODBC_QUERY_RESULT_FORMAT: 'ARROW',
  PYTHON_CONNECTOR_QUERY_RESULT_FORMAT: 'ARROW',
  CLIENT_RESULT_COLUMN_CASE_INSENSITIVE: false,
  CLIENT_METADATA_REQUEST_USE_CONNECTION_CTX: false,
  CLIENT_MEMORY_LIMIT: 1536,
  CLIENT_ENABLE_LOG_INFO_STATEMENT_PARAMETERS: false,
  SEARCH_PATH: '$current, $public',
  LOG_LEVEL: 'OFF',
  TRACE_LEVEL: 'OFF',
  GEOMETRY_OUTPUT_FORMAT: 'GeoJSON',
  STATEMENT_QUEUED_TIMEOUT_IN_SECONDS: 0,
  NOORDER_SEQUENCE_AS_DEFAULT: true,
  ENABLE_UNLOAD_PHYSICAL_TYPE_OPTIMIZATION: true,
  SIMULATED_DATA_SHARING_CONSUMER: '',
  CSV_TIMESTAMP_FORMAT: '',
  HYBRID_TABLE_LOCK_TIMEOUT: 3600,
});

function kindOf(name: string): Kind {
  const d = PARAMETER_DEFAULTS[name];
  return typeof d === 'boolean' ? 'boolean' : typeof d === 'number' ? 'number' : 'string';
}

/** 001006 / 22023: unknown parameter name. */
export function invalidParameter(name: string): SnowflakeError {
  return new SnowflakeError(1006, '22023', `invalid parameter '${name}'`);
}

function invalidValue(name: string, value: unknown): SnowflakeError {
  return new SnowflakeError(1008, '22023', `SQL compilation error:\ninvalid value [${String(value)}] for parameter '${name}'`);
}

/** Normalise and validate one ALTER SESSION value for `name` (upper case). */
export function validateParameter(name: string, value: ParamValue): ParamValue {
  if (!(name in PARAMETER_DEFAULTS)) throw invalidParameter(name);
  switch (kindOf(name)) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (/^(true|on|yes|1)$/i.test(String(value))) return true;
      if (/^(false|off|no|0)$/i.test(String(value))) return false;
      throw invalidValue(name, value);
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isFinite(n) || String(value).trim() === '') throw invalidValue(name, value);
      return n;
    }
    case 'string': {
      const s = String(value);
      if (name === 'TIMEZONE' && !isKnownTimeZone(s)) throw invalidValue(name, value);
      if (name === 'TIMESTAMP_TYPE_MAPPING' && !/^TIMESTAMP_(NTZ|LTZ|TZ)$/i.test(s)) throw invalidValue(name, value);
      return /^(TIMESTAMP_TYPE_MAPPING|CLIENT_TIMESTAMP_TYPE_MAPPING|BINARY_OUTPUT_FORMAT|BINARY_INPUT_FORMAT|DEFAULT_NULL_ORDERING)$/.test(name)
        ? s.toUpperCase()
        : s;
    }
  }
}

/** A fresh copy of the defaults. */
export function defaultParameters(): Record<string, ParamValue> {
  return { ...PARAMETER_DEFAULTS };
}
