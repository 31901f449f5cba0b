/**
 * @module catalog
 * The emulated Snowflake catalog, kept inside each session's DuckDB (STYLE.md convention 7):
 * metadata tables, the views behind SHOW/DESCRIBE/INFORMATION_SCHEMA, and the facts the
 * translator reads through `ctx.catalog`. The session runs `catalogSetupSql()` when it opens.
 */
import { metadataTablesSql } from './schema.ts';
import { viewsSql } from './views.ts';

export { META_CATALOG, META_SCHEMA, DEFAULT_DATABASE, DEFAULT_SCHEMA, metaRef, quoteIdent, quoteString } from './names.ts';
export {
  QUERY_HISTORY_COLUMNS,
  OWNER_ROLE,
  historyInsertSql,
  historyTrimSql,
  databaseCreatedSql,
  databaseDroppedSql,
  hideCatalogSql,
  temporaryObjectsSql,
} from './schema.ts';
export { catalogFactsSql, catalogFactsFromRows, type CatalogFactsRow } from './facts.ts';
export { infoSchemaView, infoSchemaFunction, type InfoSchemaArg, INFO_SCHEMA_VIEWS } from './info-schema.ts';
export { QUERY_HISTORY_RESULT_COLUMNS } from './query-history.ts';
export { sequenceNextvalSql } from './sequences.ts';
export { getDdlSql } from './get-ddl.ts';
export { resolveType, displayType, duckdbType, resultColumnOf, parseDisplayType, type SfType } from './types.ts';

/**
 * Idempotent DuckDB statements creating the metadata tables and views in `"_mockhaus"."main"`.
 * The caller must have attached META_CATALOG first (`ATTACH ':memory:' AS "_mockhaus"` or a file).
 */
export function catalogSetupSql(): string[] {
  return [...metadataTablesSql(), ...viewsSql()];
}
