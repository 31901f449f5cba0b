/**
 * @module catalog/schema
 * The metadata tables in `"_mockhaus"."main"` (META_CATALOG): what DuckDB's own catalog cannot hold
 * for Snowflake — declared column types, comments and creation times, table kinds (transient,
 * temporary), view text, constraints (recorded, never enforced, as in Snowflake), sequences'
 * options, stages, file formats, UDFs, account objects (warehouses, roles, users) and the query
 * history. DuckDB's catalog stays the source of truth for which objects exist: the views in
 * `catalog/views.ts` read duckdb_tables()/duckdb_columns()/… and LEFT JOIN these tables, so a
 * stale row can never make a dropped object appear. See docs/catalog.md.
 *
 * Every statement is idempotent (CREATE … IF NOT EXISTS) so a session runs them on every open.
 */
import { DEFAULT_SCHEMA, metaRef, quoteIdent, quoteString } from './names.ts';

/** Owner shown in SHOW output (`owner`); Mockhaus has no access control. */
export const OWNER_ROLE = 'SYSADMIN';

/** Column list of `_mockhaus.main.query_history`, in order (the engine inserts one row per statement). */
export const QUERY_HISTORY_COLUMNS = [
  'query_id', 'session_id', 'query_text', 'translated_sql', 'database_name', 'schema_name', 'query_type',
  'execution_status', 'error_code', 'error_message', 'start_time', 'end_time', 'total_elapsed_time', 'rows_produced',
] as const;

const TABLES: Record<string, string> = {
  databases: `name VARCHAR NOT NULL, created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ, comment VARCHAR,
    transient BOOLEAN DEFAULT false, retention_time INTEGER DEFAULT 1, owner VARCHAR`,
  schemas: `database_name VARCHAR NOT NULL, name VARCHAR NOT NULL, created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ,
    comment VARCHAR, transient BOOLEAN DEFAULT false, managed_access BOOLEAN DEFAULT false, retention_time INTEGER DEFAULT 1`,
  // Tables and views (one namespace in Snowflake).
  tables: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ, comment VARCHAR, transient BOOLEAN DEFAULT false,
    temporary BOOLEAN DEFAULT false, cluster_by VARCHAR, secure BOOLEAN DEFAULT false,
    materialized BOOLEAN DEFAULT false, view_text VARCHAR, retention_time INTEGER DEFAULT 1`,
  columns: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, table_name VARCHAR NOT NULL,
    column_name VARCHAR NOT NULL, data_type VARCHAR NOT NULL, type_alias VARCHAR, fixed BOOLEAN DEFAULT false,
    comment VARCHAR, default_text VARCHAR, autoincrement VARCHAR, identity_start BIGINT, identity_increment BIGINT,
    expression VARCHAR`,
  constraints: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, table_name VARCHAR NOT NULL,
    constraint_name VARCHAR NOT NULL, constraint_type VARCHAR NOT NULL, column_names VARCHAR[],
    ref_database VARCHAR, ref_schema VARCHAR, ref_table VARCHAR, ref_columns VARCHAR[], created_on TIMESTAMPTZ,
    comment VARCHAR`,
  sequences: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, name VARCHAR NOT NULL,
    created_on TIMESTAMPTZ, comment VARCHAR, ordered BOOLEAN DEFAULT false, hidden BOOLEAN DEFAULT false`,
  stages: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, name VARCHAR NOT NULL,
    created_on TIMESTAMPTZ, comment VARCHAR, url VARCHAR, stage_type VARCHAR, temporary BOOLEAN DEFAULT false,
    has_credentials BOOLEAN DEFAULT false, storage_integration VARCHAR, options VARCHAR`,
  file_formats: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, name VARCHAR NOT NULL,
    created_on TIMESTAMPTZ, comment VARCHAR, format_type VARCHAR, temporary BOOLEAN DEFAULT false, options VARCHAR`,
  functions: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, name VARCHAR NOT NULL,
    routine VARCHAR NOT NULL, created_on TIMESTAMPTZ, comment VARCHAR, arguments VARCHAR, argument_types VARCHAR,
    return_type VARCHAR, language VARCHAR, body VARCHAR, secure BOOLEAN DEFAULT false, min_args INTEGER,
    max_args INTEGER, is_table_function BOOLEAN DEFAULT false`,
  account_objects: `object_type VARCHAR NOT NULL, name VARCHAR NOT NULL, created_on TIMESTAMPTZ,
    updated_on TIMESTAMPTZ, comment VARCHAR, state VARCHAR, options VARCHAR`,
  /** Files loaded by COPY INTO (INFORMATION_SCHEMA.LOAD_HISTORY); written by the ingestion code. */
  load_history: `database_name VARCHAR NOT NULL, schema_name VARCHAR NOT NULL, table_name VARCHAR NOT NULL,
    file_name VARCHAR, last_load_time TIMESTAMPTZ, status VARCHAR, row_count BIGINT, row_parsed BIGINT,
    first_error_message VARCHAR, first_error_line_number BIGINT, first_error_character_position BIGINT,
    first_error_col_name VARCHAR, error_count BIGINT, error_limit BIGINT`,
  /** DuckDB catalogs that are not Snowflake databases (besides META_CATALOG, system, temp, memory). */
  hidden_catalogs: `name VARCHAR NOT NULL`,
  query_history: `query_id VARCHAR NOT NULL, session_id VARCHAR, query_text VARCHAR, translated_sql VARCHAR,
    database_name VARCHAR, schema_name VARCHAR, query_type VARCHAR, execution_status VARCHAR, error_code VARCHAR,
    error_message VARCHAR, start_time TIMESTAMPTZ, end_time TIMESTAMPTZ, total_elapsed_time BIGINT,
    rows_produced BIGINT`,
};

/** CREATE TABLE IF NOT EXISTS for every metadata table. */
export function metadataTablesSql(): string[] {
  return Object.entries(TABLES).map(([name, cols]) => `CREATE TABLE IF NOT EXISTS ${metaRef(name)} (${cols.replace(/\s+/g, ' ')})`);
}

/**
 * Insert one query-history row; parameters `$1…$14` in QUERY_HISTORY_COLUMNS order
 * (start_time/end_time as TIMESTAMPTZ or ISO text, total_elapsed_time in milliseconds).
 */
export function historyInsertSql(): string {
  const cols = QUERY_HISTORY_COLUMNS.join(', ');
  const params = QUERY_HISTORY_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  return `INSERT INTO ${metaRef('query_history')} (${cols}) VALUES (${params})`;
}

/** Trim query history to the newest `keep` rows (the engine may run this periodically). */
export function historyTrimSql(keep: number): string {
  const n = Math.max(0, Math.floor(keep));
  return `DELETE FROM ${metaRef('query_history')} WHERE query_id NOT IN (SELECT query_id FROM ${metaRef('query_history')} ORDER BY start_time DESC, rowid DESC LIMIT ${n})`;
}

/**
 * Run right after the engine ATTACHes a database (CREATE DATABASE, or the session's default
 * database): creates its PUBLIC schema and records the database and schema. Idempotent: existing
 * rows keep their creation time unless `replace` (CREATE OR REPLACE DATABASE).
 */
export function databaseCreatedSql(
  name: string,
  opts: { comment?: string | undefined; transient?: boolean; replace?: boolean } = {},
): string[] {
  const n = quoteString(name);
  const out: string[] = [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}.${quoteIdent(DEFAULT_SCHEMA)}`];
  if (opts.replace) out.push(...databaseDroppedSql(name));
  out.push(
    `INSERT INTO ${metaRef('databases')} (name, created_on, last_altered, comment, transient, owner) ` +
      `SELECT ${n}, now(), now(), ${opts.comment === undefined ? 'NULL' : quoteString(opts.comment)}, ${opts.transient ? 'true' : 'false'}, ${quoteString(OWNER_ROLE)} ` +
      `WHERE NOT EXISTS (SELECT 1 FROM ${metaRef('databases')} WHERE name = ${n})`,
    `INSERT INTO ${metaRef('schemas')} (database_name, name, created_on, last_altered) ` +
      `SELECT ${n}, ${quoteString(DEFAULT_SCHEMA)}, now(), now() ` +
      `WHERE NOT EXISTS (SELECT 1 FROM ${metaRef('schemas')} WHERE database_name = ${n} AND name = ${quoteString(DEFAULT_SCHEMA)})`,
  );
  return out;
}

/** Forget every metadata row of a dropped (detached) database. */
export function databaseDroppedSql(name: string): string[] {
  const n = quoteString(name);
  const perObject = ['schemas', 'tables', 'columns', 'constraints', 'sequences', 'stages', 'file_formats', 'functions', 'load_history'];
  return [
    `DELETE FROM ${metaRef('databases')} WHERE name = ${n}`,
    ...perObject.map((t) => `DELETE FROM ${metaRef(t)} WHERE database_name = ${n}`),
  ];
}

/** Hide a DuckDB catalog from every Snowflake listing (e.g. a persistent file's default catalog). */
export function hideCatalogSql(name: string): string {
  const n = quoteString(name);
  return `INSERT INTO ${metaRef('hidden_catalogs')} SELECT ${n} WHERE NOT EXISTS (SELECT 1 FROM ${metaRef('hidden_catalogs')} WHERE name = ${n})`;
}

/**
 * Temporary tables, views and stages of this session: rows (database_name, schema_name, name, kind)
 * with kind TABLE | VIEW | STAGE. A persistent session drops them when it closes (Snowflake drops
 * temporary objects at session end); memory sessions lose them with the instance anyway.
 */
export function temporaryObjectsSql(): string {
  return `SELECT database_name, schema_name, name, kind FROM ${metaRef('sf_tables')} WHERE temporary ` +
    `UNION ALL SELECT database_name, schema_name, name, 'STAGE' FROM ${metaRef('sf_stages')} WHERE temporary`;
}
