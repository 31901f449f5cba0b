/**
 * @module engine
 * The embedded DuckDB engine: the only code that talks to @duckdb/node-api (architecture.md).
 * `openDatabase()` opens one capped instance per session; `Database.execute(plan, state, opts)`
 * carries out a translated Plan and returns a `Result` in canonical value forms; `mapDuckDbError`
 * is the one DuckDB→Snowflake error mapping; `values.ts` encodes values for each transport.
 */
export { openDatabase, Database, type OpenDatabaseOptions } from './database.ts';
export { executePlan, type ExecOptions } from './execute.ts';
export { mapDuckDbError, cleanDuckDbMessage, displayName, type ErrorContext } from './map-duckdb-error.ts';
export { InternalError, raiseErrorSql } from './internal-error.ts';
export { toWireString, toJsonValue, toDisplayString } from './values.ts';
export { newEngineState, type EngineState } from './state.ts';
export { PARAMETER_DEFAULTS, defaultParameters, validateParameter, type ParamValue } from './params.ts';
export { syncDuckDbContext } from './_commands.ts';
export { resultScanTable } from './result-scan.ts';
export type { Result, ResultColumn, Row, Value, SnowflakeTypeName, StatementType } from './types.ts';
