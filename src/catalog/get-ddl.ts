/**
 * @module catalog/get-ddl
 * GET_DDL('TABLE' | 'VIEW', '<name>') (docs.snowflake.com/en/sql-reference/functions/get_ddl) as a
 * DuckDB scalar subquery over the catalog views, evaluated when the query runs (so it sees the
 * catalog as it is then). A table prints as
 * `create or replace TABLE T (\n\tA NUMBER(38,0) NOT NULL,\n\tB VARCHAR(10) DEFAULT 'x'\n);` with a
 * `primary key (…)` line and a table COMMENT when present; a view returns its CREATE text as written.
 */
import { raiseErrorSql } from '../engine/internal-error.ts';
import { NotSupportedError } from '../errors.ts';
import { metaRef, quoteString } from './names.ts';

/** Snowflake prints names needing quotes inside double quotes. */
const nameSql = (col: string): string =>
  `CASE WHEN regexp_full_match(${col}, '[A-Z_][A-Z0-9_$]*') THEN ${col} ELSE '"' || replace(${col}, '"', '""') || '"' END`;
const lit = (col: string): string => `'''' || replace(${col}, '''', '''''') || ''''`;

/**
 * DuckDB SQL expression giving GET_DDL's text for the object; raises 002003 when it does not exist
 * (`shown` is the name as written, for the message). `objectType` as written in the call.
 */
export function getDdlSql(objectType: string, database: string, schema: string, name: string, shown = name): string {
  const type = objectType.toUpperCase();
  const missing = raiseErrorSql(2003, '42S02', `SQL compilation error:\n${type === 'VIEW' ? 'View' : 'Table'} '${shown}' does not exist or not authorized.`);
  return `coalesce(${ddlSubquery(type, database, schema, name)}, ${missing})`;
}

function ddlSubquery(objectType: string, database: string, schema: string, name: string): string {
  const where = `database_name = ${quoteString(database)} AND schema_name = ${quoteString(schema)}`;
  switch (objectType) {
    case 'TABLE': {
      const colLine = `E'\\t' || ${nameSql('c.column_name')} || ' ' || c.data_type
        || CASE WHEN c.autoincrement IS NOT NULL THEN ' ' || lower(replace(c.autoincrement, 'IDENTITY', 'autoincrement'))
                WHEN c.default_text IS NOT NULL THEN ' DEFAULT ' || c.default_text ELSE '' END
        || CASE WHEN NOT c.nullable THEN ' NOT NULL' ELSE '' END
        || CASE WHEN c.comment IS NOT NULL THEN ' COMMENT ' || ${lit('c.comment')} ELSE '' END`;
      const pk = `(SELECT E',\\n\\tprimary key (' || array_to_string(list_transform(k.column_names, lambda x: ${nameSql('x')}), ', ') || ')'
        FROM ${metaRef('sf_constraints')} k WHERE k.${where.replace(/ AND schema_name/, ' AND k.schema_name')} AND k.table_name = t.name AND k.constraint_type = 'PRIMARY KEY' LIMIT 1)`;
      return `(SELECT 'create or replace ' || CASE WHEN t.transient THEN 'TRANSIENT ' WHEN t.temporary THEN 'TEMPORARY ' ELSE '' END || 'TABLE ' || ${nameSql('t.name')} || E' (\\n'
        || (SELECT string_agg(${colLine}, E',\\n' ORDER BY c.ordinal) FROM ${metaRef('sf_columns')} c WHERE c.database_name = t.database_name AND c.schema_name = t.schema_name AND c.table_name = t.name)
        || coalesce(${pk}, '') || E'\\n)'
        || CASE WHEN t.comment IS NOT NULL THEN ' COMMENT=' || ${lit('t.comment')} ELSE '' END || ';'
        FROM ${metaRef('sf_tables')} t WHERE t.kind = 'TABLE' AND t.${where.replace(/ AND schema_name/, ' AND t.schema_name')} AND t.name = ${quoteString(name)})`;
    }
    case 'VIEW':
      return `(SELECT view_text || ';' FROM ${metaRef('sf_tables')} WHERE kind = 'VIEW' AND ${where} AND name = ${quoteString(name)})`;
    default:
      throw new NotSupportedError(`GET_DDL for ${objectType}`);
  }
}
