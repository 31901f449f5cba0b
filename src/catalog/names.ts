/**
 * @module catalog/names
 * Where Mockhaus keeps its own catalog inside each session's DuckDB (STYLE.md convention 7).
 *
 * A session's DuckDB instance always has a metadata database attached under META_CATALOG (in
 * memory, or a file for persistent sessions). It is never a Snowflake database. Its schema
 * META_SCHEMA holds metadata tables (declared column types, stages, file formats, sequences,
 * comments, query history, ...) and the table macros behind SHOW, DESCRIBE and INFORMATION_SCHEMA.
 * Every Snowflake database is a separately attached DuckDB catalog with the Snowflake name.
 */
export const META_CATALOG = '_mockhaus';
export const META_SCHEMA = 'main';

/** Default context of a new session (issue 3). */
export const DEFAULT_DATABASE = 'MOCKHAUS';
export const DEFAULT_SCHEMA = 'PUBLIC';

/** Quote an identifier for DuckDB: the only way names enter SQL (STYLE.md convention 6). */
export function quoteIdent(name: string): string {
  return name.indexOf('"') === -1 ? `"${name}"` : `"${name.replace(/"/g, '""')}"`;
}

/** Quote a string literal for DuckDB. */
export function quoteString(value: string): string {
  return value.indexOf("'") === -1 ? `'${value}'` : `'${value.replace(/'/g, "''")}'`;
}

/** `"_mockhaus"."main"."<name>"` */
export function metaRef(name: string): string {
  return `${quoteIdent(META_CATALOG)}.${quoteIdent(META_SCHEMA)}.${quoteIdent(name)}`;
}
