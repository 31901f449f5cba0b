/**
 * @module catalog/facts
 * The session's in-memory mirror of the catalog, answering `ctx.catalog` (translate/context.ts)
 * synchronously. The engine runs `catalogFactsSql()` (after catalog-changing statements) and hands
 * the rows to `catalogFactsFromRows()`. Column hints carry the declared Snowflake types so a query
 * on a `VARCHAR(10)` or `OBJECT` column reports them as Snowflake would.
 */
import type { CatalogFacts, CatalogObjectType } from '../translate/context.ts';
import type { ColumnHint } from '../translate/plan.ts';
import { metaRef } from './names.ts';
import { parseDisplayType, resultColumnOf } from './types.ts';

/** One row of `catalogFactsSql()`. */
export interface CatalogFactsRow {
  kind: string;
  database_name: string;
  schema_name: string | null;
  name: string | null;
  column_name: string | null;
  ordinal: number | bigint | null;
  data_type: string | null;
  nullable: boolean | null;
  fixed: boolean | null;
}

/** One query listing databases, schemas, objects and columns (all names exact). */
export function catalogFactsSql(): string {
  const M = metaRef;
  const n = 'NULL::VARCHAR';
  return [
    `SELECT 'DATABASE' AS kind, name AS database_name, ${n} AS schema_name, ${n} AS name, ${n} AS column_name, NULL::BIGINT AS ordinal, ${n} AS data_type, NULL::BOOLEAN AS nullable, NULL::BOOLEAN AS fixed FROM ${M('sf_databases')}`,
    `SELECT 'SCHEMA', database_name, name, ${n}, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_schemas')} WHERE NOT is_info_schema`,
    `SELECT kind, database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_tables')}`,
    `SELECT 'COLUMN', database_name, schema_name, table_name, column_name, ordinal, data_type, nullable, fixed FROM ${M('sf_columns')}`,
    `SELECT 'SEQUENCE', database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_sequences')}`,
    `SELECT 'STAGE', database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_stages')}`,
    `SELECT 'FILE FORMAT', database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_file_formats')}`,
    `SELECT routine, database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('sf_functions')}`,
    `SELECT object_type, '', '', name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('account_objects')}`,
  ].join('\nUNION ALL\n');
}

const key = (...parts: string[]): string => parts.join('\u0000');

/** Build the synchronous facts object from the rows of `catalogFactsSql()`. */
export function catalogFactsFromRows(rows: readonly CatalogFactsRow[]): CatalogFacts {
  const databases = new Set<string>();
  const schemas = new Set<string>();
  const objects = new Set<string>();
  const columns = new Map<string, { ordinal: number; hint: ColumnHint }[]>();
  for (const r of rows) {
    const db = r.database_name;
    const schema = r.schema_name ?? '';
    const name = r.name ?? '';
    switch (r.kind) {
      case 'DATABASE':
        databases.add(db);
        break;
      case 'SCHEMA':
        schemas.add(key(db, schema));
        break;
      case 'COLUMN': {
        const k = key(db, schema, name);
        const list = columns.get(k) ?? [];
        const type = parseDisplayType(r.data_type ?? 'VARIANT', r.fixed ?? false);
        const col = r.column_name ?? '';
        list.push({ ordinal: Number(r.ordinal ?? 0), hint: { name: col, type: resultColumnOf(col, type, r.nullable ?? true) } });
        columns.set(k, list);
        break;
      }
      default:
        objects.add(key(r.kind, db, schema, name));
    }
  }
  const sorted = new Map<string, ColumnHint[]>();
  for (const [k, list] of columns) sorted.set(k, list.sort((a, b) => a.ordinal - b.ordinal).map((c) => c.hint));
  return {
    hasDatabase: (d) => databases.has(d),
    hasSchema: (d, s) => s === 'INFORMATION_SCHEMA' ? databases.has(d) : schemas.has(key(d, s)),
    columns: (d, s, t) => sorted.get(key(d, s, t)),
    hasObject: (type: CatalogObjectType, d, s, n) => objects.has(key(type, d, s, n)),
  };
}
