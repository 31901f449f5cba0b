/**
 * @module catalog/views
 * Macros and base views in `"_mockhaus"."main"` that join DuckDB's own catalog functions
 * (duckdb_databases/schemas/tables/views/columns/sequences) with the metadata tables. SHOW,
 * DESCRIBE and INFORMATION_SCHEMA select from these (STYLE.md convention 7). DuckDB's catalog
 * decides what exists; metadata only adds what DuckDB cannot know.
 *
 * Hidden from users: META_CATALOG, DuckDB's `system`/`temp`/`memory` catalogs, catalogs listed in
 * `hidden_catalogs`, and DuckDB's own schemas (`main`, information_schema, pg_catalog).
 */
import { META_CATALOG, metaRef } from './names.ts';

const M = metaRef;

/** Scalar macros: visibility and type derivations from the canonical type spelling. */
function macros(): string[] {
  return [
    `CREATE OR REPLACE MACRO ${M('sf_visible_db')}(d) AS d NOT IN ('${META_CATALOG}', 'system', 'temp', 'memory') AND d NOT IN (SELECT name FROM ${M('hidden_catalogs')})`,
    `CREATE OR REPLACE MACRO ${M('sf_visible_schema')}(s) AS s NOT IN ('main', 'information_schema', 'pg_catalog')`,
    // DuckDB type → canonical Snowflake spelling, for columns without declared metadata (CTAS, views).
    `CREATE OR REPLACE MACRO ${M('sf_type_of')}(dt) AS CASE
      WHEN dt LIKE 'DECIMAL(%' THEN 'NUMBER' || substr(dt, 8)
      WHEN dt IN ('TINYINT','SMALLINT','INTEGER','BIGINT','HUGEINT','UTINYINT','USMALLINT','UINTEGER','UBIGINT','UHUGEINT') THEN 'NUMBER(38,0)'
      WHEN dt IN ('FLOAT','DOUBLE') THEN 'FLOAT'
      WHEN dt = 'VARCHAR' THEN 'VARCHAR(16777216)'
      WHEN dt = 'BLOB' THEN 'BINARY(8388608)'
      WHEN dt IN ('BOOLEAN','DATE') THEN dt
      WHEN dt = 'TIME' OR dt = 'TIME WITH TIME ZONE' THEN 'TIME(9)'
      WHEN dt = 'TIMESTAMP WITH TIME ZONE' THEN 'TIMESTAMP_LTZ(9)'
      WHEN dt LIKE 'TIMESTAMP%' THEN 'TIMESTAMP_NTZ(9)'
      WHEN dt = 'JSON' THEN 'VARIANT'
      WHEN dt LIKE '%[]' THEN 'ARRAY'
      WHEN dt LIKE 'STRUCT%' OR dt LIKE 'MAP%' THEN 'OBJECT'
      ELSE dt END`,
    `CREATE OR REPLACE MACRO ${M('sf_base')}(t) AS regexp_extract(t, '^[A-Z_]+')`,
    `CREATE OR REPLACE MACRO ${M('sf_p1')}(t) AS TRY_CAST(NULLIF(regexp_extract(t, '\\((\\d+)', 1), '') AS BIGINT)`,
    `CREATE OR REPLACE MACRO ${M('sf_p2')}(t) AS TRY_CAST(NULLIF(regexp_extract(t, ',(\\d+)\\)', 1), '') AS BIGINT)`,
    // INFORMATION_SCHEMA.COLUMNS.DATA_TYPE: every string type is TEXT.
    `CREATE OR REPLACE MACRO ${M('sf_info_type')}(t) AS CASE WHEN ${M('sf_base')}(t) = 'VARCHAR' THEN 'TEXT' ELSE ${M('sf_base')}(t) END`,
    // SHOW COLUMNS data_type JSON (snowflake-reference.md §4).
    `CREATE OR REPLACE MACRO ${M('sf_show_type')}(t, nullable, fixed) AS CASE ${M('sf_base')}(t)
      WHEN 'NUMBER' THEN '{"type":"FIXED","precision":' || ${M('sf_p1')}(t) || ',"scale":' || ${M('sf_p2')}(t) || ',"nullable":' || nullable || '}'
      WHEN 'FLOAT' THEN '{"type":"REAL","nullable":' || nullable || '}'
      WHEN 'VARCHAR' THEN '{"type":"TEXT","length":' || ${M('sf_p1')}(t) || ',"byteLength":' || least(${M('sf_p1')}(t) * 4, 16777216) || ',"nullable":' || nullable || ',"fixed":' || coalesce(fixed, false) || '}'
      WHEN 'BINARY' THEN '{"type":"BINARY","length":' || ${M('sf_p1')}(t) || ',"byteLength":' || ${M('sf_p1')}(t) || ',"nullable":' || nullable || ',"fixed":' || coalesce(fixed, false) || '}'
      WHEN 'TIME' THEN '{"type":"TIME","precision":0,"scale":' || ${M('sf_p1')}(t) || ',"nullable":' || nullable || '}'
      WHEN 'TIMESTAMP_NTZ' THEN '{"type":"TIMESTAMP_NTZ","precision":0,"scale":' || ${M('sf_p1')}(t) || ',"nullable":' || nullable || '}'
      WHEN 'TIMESTAMP_LTZ' THEN '{"type":"TIMESTAMP_LTZ","precision":0,"scale":' || ${M('sf_p1')}(t) || ',"nullable":' || nullable || '}'
      WHEN 'TIMESTAMP_TZ' THEN '{"type":"TIMESTAMP_TZ","precision":0,"scale":' || ${M('sf_p1')}(t) || ',"nullable":' || nullable || '}'
      ELSE '{"type":"' || ${M('sf_base')}(t) || '","nullable":' || nullable || '}' END`,
  ];
}

function baseViews(): string[] {
  return [
    `CREATE OR REPLACE VIEW ${M('sf_databases')} AS
      SELECT d.database_name AS name, m.created_on, m.last_altered, m.comment, coalesce(m.transient, false) AS transient,
        coalesce(m.retention_time, 1) AS retention_time
      FROM duckdb_databases() d LEFT JOIN ${M('databases')} m ON m.name = d.database_name
      WHERE NOT d.internal AND ${M('sf_visible_db')}(d.database_name)`,
    // Every Snowflake database also has INFORMATION_SCHEMA (listed by SHOW SCHEMAS).
    `CREATE OR REPLACE VIEW ${M('sf_schemas')} AS
      SELECT s.database_name, s.schema_name AS name, m.created_on, m.last_altered, m.comment,
        coalesce(m.transient, false) AS transient, coalesce(m.managed_access, false) AS managed_access,
        coalesce(m.retention_time, 1) AS retention_time, false AS is_info_schema
      FROM duckdb_schemas() s LEFT JOIN ${M('schemas')} m ON m.database_name = s.database_name AND m.name = s.schema_name
      WHERE NOT s.internal AND ${M('sf_visible_db')}(s.database_name) AND ${M('sf_visible_schema')}(s.schema_name)
      UNION ALL
      SELECT d.name, 'INFORMATION_SCHEMA', d.created_on, d.last_altered, 'Views describing the contents of schemas in this database',
        false, false, 1, true
      FROM ${M('sf_databases')} d`,
    `CREATE OR REPLACE VIEW ${M('sf_tables')} AS
      SELECT t.database_name, t.schema_name, t.table_name AS name, 'TABLE' AS kind,
        CASE WHEN coalesce(m.temporary, false) THEN 'TEMPORARY TABLE' ELSE 'BASE TABLE' END AS table_type,
        m.created_on, m.last_altered, m.comment, coalesce(m.transient, false) AS transient,
        coalesce(m.temporary, false) AS temporary, m.cluster_by, false AS secure, false AS materialized,
        NULL::VARCHAR AS view_text, t.estimated_size AS row_count, coalesce(m.retention_time, 1) AS retention_time
      FROM duckdb_tables() t LEFT JOIN ${M('tables')} m
        ON m.database_name = t.database_name AND m.schema_name = t.schema_name AND m.name = t.table_name
      WHERE NOT t.internal AND ${M('sf_visible_db')}(t.database_name) AND ${M('sf_visible_schema')}(t.schema_name)
      UNION ALL
      SELECT v.database_name, v.schema_name, v.view_name, 'VIEW',
        CASE WHEN coalesce(m.materialized, false) THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END,
        m.created_on, m.last_altered, m.comment, false, coalesce(m.temporary, false), NULL, coalesce(m.secure, false),
        coalesce(m.materialized, false), m.view_text, NULL, NULL
      FROM duckdb_views() v LEFT JOIN ${M('tables')} m
        ON m.database_name = v.database_name AND m.schema_name = v.schema_name AND m.name = v.view_name
      WHERE NOT v.internal AND ${M('sf_visible_db')}(v.database_name) AND ${M('sf_visible_schema')}(v.schema_name)`,
    `CREATE OR REPLACE VIEW ${M('sf_columns')} AS
      SELECT c.database_name, c.schema_name, c.table_name, c.column_name, c.column_index AS ordinal,
        coalesce(m.data_type, ${M('sf_type_of')}(c.data_type)) AS data_type, m.type_alias, coalesce(m.fixed, false) AS fixed,
        c.is_nullable AS nullable,
        CASE WHEN m.autoincrement IS NOT NULL THEN NULL ELSE coalesce(m.default_text, c.column_default) END AS default_text,
        m.comment, m.autoincrement, m.identity_start, m.identity_increment, m.expression,
        EXISTS (SELECT 1 FROM ${M('constraints')} k WHERE k.database_name = c.database_name AND k.schema_name = c.schema_name
          AND k.table_name = c.table_name AND k.constraint_type = 'PRIMARY KEY' AND list_contains(k.column_names, c.column_name)) AS primary_key,
        EXISTS (SELECT 1 FROM ${M('constraints')} k WHERE k.database_name = c.database_name AND k.schema_name = c.schema_name
          AND k.table_name = c.table_name AND k.constraint_type = 'UNIQUE' AND list_contains(k.column_names, c.column_name)) AS unique_key
      FROM duckdb_columns() c LEFT JOIN ${M('columns')} m
        ON m.database_name = c.database_name AND m.schema_name = c.schema_name AND m.table_name = c.table_name
        AND m.column_name = c.column_name
      WHERE NOT c.internal AND ${M('sf_visible_db')}(c.database_name) AND ${M('sf_visible_schema')}(c.schema_name)`,
    `CREATE OR REPLACE VIEW ${M('sf_sequences')} AS
      SELECT s.database_name, s.schema_name, s.sequence_name AS name,
        coalesce(s.last_value + s.increment_by, s.start_value) AS next_value, s.increment_by AS "interval",
        s.start_value, s.min_value, s.max_value, s.cycle, m.created_on, m.comment, coalesce(m.ordered, false) AS ordered
      FROM duckdb_sequences() s LEFT JOIN ${M('sequences')} m
        ON m.database_name = s.database_name AND m.schema_name = s.schema_name AND m.name = s.sequence_name
      WHERE NOT coalesce(m.hidden, false) AND ${M('sf_visible_db')}(s.database_name) AND ${M('sf_visible_schema')}(s.schema_name)`,
    // Metadata-only objects, shown only while their schema exists.
    ...['stages', 'file_formats', 'functions'].map(
      (t) => `CREATE OR REPLACE VIEW ${M(`sf_${t}`)} AS SELECT m.* FROM ${M(t)} m
        WHERE EXISTS (SELECT 1 FROM duckdb_schemas() s WHERE s.database_name = m.database_name AND s.schema_name = m.schema_name)`,
    ),
    `CREATE OR REPLACE VIEW ${M('sf_constraints')} AS SELECT k.* FROM ${M('constraints')} k
      WHERE EXISTS (SELECT 1 FROM duckdb_tables() t WHERE t.database_name = k.database_name AND t.schema_name = k.schema_name AND t.table_name = k.table_name)`,
  ];
}

/** Every macro and base view, in dependency order. */
export function viewsSql(): string[] {
  return [...macros(), ...baseViews()];
}
