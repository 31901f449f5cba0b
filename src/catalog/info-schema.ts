/**
 * @module catalog/info-schema
 * `<db>.INFORMATION_SCHEMA.<view>` and the table functions QUERY_HISTORY() /
 * QUERY_HISTORY_BY_SESSION(), as DuckDB FROM items (parenthesised SELECTs) over the catalog views
 * and metadata tables. Column names are upper-case in Snowflake's order (snowflake-reference.md §5;
 * docs.snowflake.com/en/sql-reference/info-schema/<view>). Every view but DATABASES is limited to
 * its own database.
 */
import { metaRef, quoteIdent, quoteString } from './names.ts';
import { OWNER_ROLE } from './schema.ts';

const M = metaRef;
const OWNER = quoteString(OWNER_ROLE);
const yesNo = (e: string): string => `CASE WHEN ${e} THEN 'YES' ELSE 'NO' END`;
const sel = (cols: [string, string][]): string => cols.map(([n, e]) => `${e} AS ${quoteIdent(n)}`).join(', ');
/** A NULL typed as text: an untyped NULL is INTEGER in DuckDB and would be reported as NUMBER. */
const TNULL = 'CAST(NULL AS VARCHAR)';
/** Always-NULL columns that Snowflake types as NUMBER (the rest are TEXT). */
const NUMERIC_NULLS = new Set(['INTERVAL_PRECISION', 'MAXIMUM_CARDINALITY', 'CHARACTER_MAXIMUM_LENGTH', 'CHARACTER_OCTET_LENGTH',
  'NUMERIC_PRECISION', 'NUMERIC_PRECISION_RADIX', 'NUMERIC_SCALE', 'MAX_BATCH_ROWS']);
const nulls = (names: string[]): [string, string][] => names.map((n) => [n, NUMERIC_NULLS.has(n) ? 'NULL' : TNULL]);

/** The INFORMATION_SCHEMA views Mockhaus serves (also listed in INFORMATION_SCHEMA.TABLES). */
export const INFO_SCHEMA_VIEWS = ['COLUMNS', 'DATABASES', 'FUNCTIONS', 'LOAD_HISTORY', 'SCHEMATA', 'SEQUENCES', 'TABLES', 'TABLE_CONSTRAINTS', 'VIEWS'];

function tables(db: string): string {
  const base = sel([
    ['TABLE_CATALOG', 'database_name'], ['TABLE_SCHEMA', 'schema_name'], ['TABLE_NAME', 'name'],
    ['TABLE_OWNER', OWNER], ['TABLE_TYPE', 'table_type'], ['IS_TRANSIENT', `CASE WHEN kind = 'VIEW' THEN NULL ELSE ${yesNo('transient')} END`],
    ['CLUSTERING_KEY', 'cluster_by'], ['ROW_COUNT', 'row_count'], ['BYTES', `CASE WHEN kind = 'VIEW' THEN NULL ELSE 0 END`],
    ['RETENTION_TIME', 'retention_time'],
    ...nulls(['SELF_REFERENCING_COLUMN_NAME', 'REFERENCE_GENERATION', 'USER_DEFINED_TYPE_CATALOG', 'USER_DEFINED_TYPE_SCHEMA', 'USER_DEFINED_TYPE_NAME']),
    ['IS_INSERTABLE_INTO', yesNo(`kind = 'TABLE'`)], ['IS_TYPED', `'NO'`], ['COMMIT_ACTION', `CASE WHEN temporary THEN 'PRESERVE ROWS' END`],
    ['CREATED', 'created_on'], ['LAST_ALTERED', 'last_altered'], ['LAST_DDL', 'last_altered'], ['LAST_DDL_BY', TNULL],
    ['AUTO_CLUSTERING_ON', yesNo('cluster_by IS NOT NULL')], ['COMMENT', 'comment'], ['IS_TEMPORARY', yesNo('temporary')],
    ['IS_ICEBERG', `'NO'`], ['IS_DYNAMIC', `'NO'`], ['IS_IMMUTABLE', `'NO'`], ['IS_HYBRID', `'NO'`],
  ]);
  const info = INFO_SCHEMA_VIEWS.map((v) => `(${quoteString(v)})`).join(', ');
  const infoRows = `SELECT d.name AS database_name, 'INFORMATION_SCHEMA' AS schema_name, v.n AS name, 'VIEW' AS kind, 'VIEW' AS table_type,
      false AS transient, false AS temporary, NULL::VARCHAR AS cluster_by, NULL::BIGINT AS row_count, NULL::INTEGER AS retention_time,
      d.created_on, d.created_on AS last_altered, NULL::VARCHAR AS comment
    FROM ${M('sf_databases')} d, (VALUES ${info}) AS v(n) WHERE d.name = ${quoteString(db)}`;
  const objects = `SELECT database_name, schema_name, name, kind, table_type, transient, temporary, cluster_by, row_count,
      retention_time, created_on, last_altered, comment FROM ${M('sf_tables')} WHERE database_name = ${quoteString(db)}`;
  return `(SELECT ${base} FROM (${objects} UNION ALL ${infoRows}) ORDER BY TABLE_SCHEMA, TABLE_NAME)`;
}

function columns(db: string): string {
  const base = `${M('sf_base')}(data_type)`;
  const p1 = `${M('sf_p1')}(data_type)`;
  const p2 = `${M('sf_p2')}(data_type)`;
  return `(SELECT ${sel([
    ['TABLE_CATALOG', 'database_name'], ['TABLE_SCHEMA', 'schema_name'], ['TABLE_NAME', 'table_name'], ['COLUMN_NAME', 'column_name'],
    ['ORDINAL_POSITION', 'ordinal'], ['COLUMN_DEFAULT', 'CASE WHEN autoincrement IS NULL THEN default_text END'],
    ['IS_NULLABLE', yesNo('nullable')], ['DATA_TYPE', `${M('sf_info_type')}(data_type)`],
    ['CHARACTER_MAXIMUM_LENGTH', `CASE WHEN ${base} IN ('VARCHAR', 'BINARY') THEN ${p1} END`],
    ['CHARACTER_OCTET_LENGTH', `CASE WHEN ${base} = 'VARCHAR' THEN least(${p1} * 4, 16777216) WHEN ${base} = 'BINARY' THEN ${p1} END`],
    ['NUMERIC_PRECISION', `CASE WHEN ${base} = 'NUMBER' THEN ${p1} END`],
    ['NUMERIC_PRECISION_RADIX', `CASE WHEN ${base} = 'NUMBER' THEN 10 END`],
    ['NUMERIC_SCALE', `CASE WHEN ${base} = 'NUMBER' THEN ${p2} END`],
    ['DATETIME_PRECISION', `CASE WHEN ${base} = 'TIME' OR ${base} LIKE 'TIMESTAMP%' THEN ${p1} END`],
    ...nulls(['INTERVAL_TYPE', 'INTERVAL_PRECISION', 'CHARACTER_SET_CATALOG', 'CHARACTER_SET_SCHEMA', 'CHARACTER_SET_NAME',
      'COLLATION_CATALOG', 'COLLATION_SCHEMA', 'COLLATION_NAME', 'DOMAIN_CATALOG', 'DOMAIN_SCHEMA', 'DOMAIN_NAME', 'UDT_CATALOG',
      'UDT_SCHEMA', 'UDT_NAME', 'SCOPE_CATALOG', 'SCOPE_SCHEMA', 'SCOPE_NAME', 'MAXIMUM_CARDINALITY', 'DTD_IDENTIFIER']),
    ['IS_SELF_REFERENCING', `'NO'`], ['IS_IDENTITY', yesNo('autoincrement IS NOT NULL')], ['IDENTITY_GENERATION', TNULL],
    ['IDENTITY_START', 'CAST(identity_start AS VARCHAR)'], ['IDENTITY_INCREMENT', 'CAST(identity_increment AS VARCHAR)'],
    ['IDENTITY_MAXIMUM', TNULL], ['IDENTITY_MINIMUM', TNULL],
    ['IDENTITY_CYCLE', `CASE WHEN autoincrement IS NOT NULL THEN 'NO' END`], ['IDENTITY_ORDERED', `CASE WHEN autoincrement IS NOT NULL THEN 'NO' END`],
    ['SCHEMA_EVOLUTION_RECORD', TNULL], ['COMMENT', 'comment'], ['DATA_TYPE_ALIAS', `coalesce(type_alias, ${M('sf_info_type')}(data_type))`],
    ['EXPRESSION', 'expression'], ['KIND', `'COLUMN'`],
  ])} FROM ${M('sf_columns')} WHERE database_name = ${quoteString(db)} ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION)`;
}

function schemata(db: string): string {
  return `(SELECT ${sel([
    ['CATALOG_NAME', 'database_name'], ['SCHEMA_NAME', 'name'], ['SCHEMA_OWNER', `CASE WHEN is_info_schema THEN NULL ELSE ${OWNER} END`],
    ['IS_TRANSIENT', yesNo('transient')], ['IS_MANAGED_ACCESS', yesNo('managed_access')], ['RETENTION_TIME', 'retention_time'],
    ...nulls(['DEFAULT_CHARACTER_SET_CATALOG', 'DEFAULT_CHARACTER_SET_SCHEMA', 'DEFAULT_CHARACTER_SET_NAME', 'SQL_PATH']),
    ['CREATED', 'created_on'], ['LAST_ALTERED', 'last_altered'], ['COMMENT', 'comment'],
  ])} FROM ${M('sf_schemas')} WHERE database_name = ${quoteString(db)} ORDER BY SCHEMA_NAME)`;
}

function databases(): string {
  return `(SELECT ${sel([
    ['DATABASE_NAME', 'name'], ['DATABASE_OWNER', OWNER], ['IS_TRANSIENT', yesNo('transient')], ['COMMENT', 'comment'],
    ['CREATED', 'created_on'], ['LAST_ALTERED', 'last_altered'], ['RETENTION_TIME', 'retention_time'], ['TYPE', `'STANDARD'`],
    ['OWNER_ROLE_TYPE', `'ROLE'`],
  ])} FROM ${M('sf_databases')} ORDER BY DATABASE_NAME)`;
}

function views(db: string): string {
  return `(SELECT ${sel([
    ['TABLE_CATALOG', 'database_name'], ['TABLE_SCHEMA', 'schema_name'], ['TABLE_NAME', 'name'], ['TABLE_OWNER', OWNER],
    ['VIEW_DEFINITION', 'view_text'], ['CHECK_OPTION', `'NONE'`], ['IS_UPDATABLE', `'NO'`], ['INSERTABLE_INTO', `'NO'`],
    ['IS_SECURE', yesNo('secure')], ['CREATED', 'created_on'], ['LAST_ALTERED', 'last_altered'], ['LAST_DDL', 'last_altered'],
    ['LAST_DDL_BY', TNULL], ['COMMENT', 'comment'],
  ])} FROM ${M('sf_tables')} WHERE kind = 'VIEW' AND database_name = ${quoteString(db)} ORDER BY TABLE_SCHEMA, TABLE_NAME)`;
}

function sequences(db: string): string {
  return `(SELECT ${sel([
    ['SEQUENCE_CATALOG', 'database_name'], ['SEQUENCE_SCHEMA', 'schema_name'], ['SEQUENCE_NAME', 'name'], ['SEQUENCE_OWNER', OWNER],
    ['DATA_TYPE', `'NUMBER'`], ['NUMERIC_PRECISION', '38'], ['NUMERIC_PRECISION_RADIX', '10'], ['NUMERIC_SCALE', '0'],
    ['START_VALUE', 'CAST(start_value AS VARCHAR)'], ['MINIMUM_VALUE', 'CAST(min_value AS VARCHAR)'],
    ['MAXIMUM_VALUE', 'CAST(max_value AS VARCHAR)'], ['NEXT_VALUE', 'CAST(next_value AS VARCHAR)'],
    ['INCREMENT', 'CAST("interval" AS VARCHAR)'], ['CYCLE_OPTION', yesNo('cycle')], ['CREATED', 'created_on'],
    ['LAST_ALTERED', 'created_on'], ['ORDERED', yesNo('ordered')], ['COMMENT', 'comment'],
  ])} FROM ${M('sf_sequences')} WHERE database_name = ${quoteString(db)} ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME)`;
}

function functions(db: string): string {
  return `(SELECT ${sel([
    ['FUNCTION_CATALOG', 'database_name'], ['FUNCTION_SCHEMA', 'schema_name'], ['FUNCTION_NAME', 'name'], ['FUNCTION_OWNER', OWNER],
    ['ARGUMENT_SIGNATURE', 'argument_types'], ['DATA_TYPE', 'return_type'],
    ...nulls(['CHARACTER_MAXIMUM_LENGTH', 'CHARACTER_OCTET_LENGTH', 'NUMERIC_PRECISION', 'NUMERIC_PRECISION_RADIX', 'NUMERIC_SCALE']),
    ['FUNCTION_LANGUAGE', 'language'], ['FUNCTION_DEFINITION', 'body'], ['VOLATILITY', `'VOLATILE'`], ['IS_NULL_CALL', `'YES'`],
    ['IS_SECURE', yesNo('secure')], ['CREATED', 'created_on'], ['LAST_ALTERED', 'created_on'], ['COMMENT', 'comment'],
    ['IS_EXTERNAL', `'NO'`],
    ...nulls(['API_INTEGRATION', 'CONTEXT_HEADERS', 'MAX_BATCH_ROWS', 'REQUEST_TRANSLATOR', 'RESPONSE_TRANSLATOR', 'COMPRESSION',
      'IMPORTS', 'HANDLER', 'TARGET_PATH', 'RUNTIME_VERSION', 'PACKAGES', 'INSTALLED_PACKAGES']),
    ['IS_MEMOIZABLE', `'NO'`], ['EXTERNAL_ACCESS_INTEGRATIONS', TNULL], ['SECRETS', TNULL], ['IS_DATA_METRIC', `'NO'`],
    ['IS_AGGREGATE', `'NO'`], ['ARTIFACT_REPOSITORY', TNULL],
  ])} FROM ${M('sf_functions')} WHERE routine = 'FUNCTION' AND database_name = ${quoteString(db)} ORDER BY FUNCTION_SCHEMA, FUNCTION_NAME)`;
}

function tableConstraints(db: string): string {
  return `(SELECT ${sel([
    ['CONSTRAINT_CATALOG', 'database_name'], ['CONSTRAINT_SCHEMA', 'schema_name'], ['CONSTRAINT_NAME', 'constraint_name'],
    ['TABLE_CATALOG', 'database_name'], ['TABLE_SCHEMA', 'schema_name'], ['TABLE_NAME', 'table_name'],
    ['CONSTRAINT_TYPE', 'constraint_type'], ['IS_DEFERRABLE', `'NO'`], ['INITIALLY_DEFERRED', `'NO'`], ['ENFORCED', `'NO'`],
    ['COMMENT', 'comment'], ['CREATED', 'created_on'], ['LAST_ALTERED', 'created_on'], ['RELY', `'NO'`],
  ])} FROM ${M('sf_constraints')} WHERE database_name = ${quoteString(db)} ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME)`;
}

function loadHistory(db: string): string {
  return `(SELECT ${sel([
    ['SCHEMA_NAME', 'schema_name'], ['FILE_NAME', 'file_name'], ['TABLE_NAME', 'table_name'], ['LAST_LOAD_TIME', 'last_load_time'],
    ['STATUS', 'status'], ['ROW_COUNT', 'row_count'], ['ROW_PARSED', 'row_parsed'], ['FIRST_ERROR_MESSAGE', 'first_error_message'],
    ['FIRST_ERROR_LINE_NUMBER', 'first_error_line_number'], ['FIRST_ERROR_CHARACTER_POSITION', 'first_error_character_position'],
    ['FIRST_ERROR_COL_NAME', 'first_error_col_name'], ['ERROR_COUNT', 'error_count'], ['ERROR_LIMIT', 'error_limit'],
  ])} FROM ${M('load_history')} WHERE database_name = ${quoteString(db)} AND last_load_time >= now() - INTERVAL 14 DAY ORDER BY LAST_LOAD_TIME DESC LIMIT 10000)`;
}

/** DuckDB FROM-item SQL for `<database>.INFORMATION_SCHEMA.<view>`, or null if the view is unknown. */
export function infoSchemaView(database: string, view: string): string | null {
  switch (view.toUpperCase()) {
    case 'TABLES':
      return tables(database);
    case 'COLUMNS':
      return columns(database);
    case 'SCHEMATA':
      return schemata(database);
    case 'DATABASES':
      return databases();
    case 'VIEWS':
      return views(database);
    case 'SEQUENCES':
      return sequences(database);
    case 'FUNCTIONS':
      return functions(database);
    case 'TABLE_CONSTRAINTS':
      return tableConstraints(database);
    case 'LOAD_HISTORY':
      return loadHistory(database);
    default:
      return null;
  }
}

export { infoSchemaFunction, type InfoSchemaArg } from './query-history.ts';
