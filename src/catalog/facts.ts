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

/**
 * One query listing databases, schemas, objects and columns (all names exact). Kept lean (no
 * constraint lookups, each DuckDB catalog function read once) because the session re-reads it after
 * every catalog-changing statement.
 */
export function catalogFactsSql(): string {
  const M = metaRef;
  const n = 'NULL::VARCHAR';
  const vis = (db: string, schema?: string): string =>
    `${M('sf_visible_db')}(${db})${schema ? ` AND ${M('sf_visible_schema')}(${schema})` : ''}`;
  return [
    `SELECT 'DATABASE' AS kind, database_name, ${n} AS schema_name, ${n} AS name, ${n} AS column_name, NULL::BIGINT AS ordinal, ${n} AS data_type, NULL::BOOLEAN AS nullable, NULL::BOOLEAN AS fixed FROM duckdb_databases() WHERE NOT internal AND ${vis('database_name')}`,
    `SELECT 'SCHEMA', database_name, schema_name, ${n}, ${n}, NULL, ${n}, NULL, NULL FROM duckdb_schemas() WHERE NOT internal AND ${vis('database_name', 'schema_name')}`,
    `SELECT 'TABLE', database_name, schema_name, table_name, ${n}, NULL, ${n}, NULL, NULL FROM duckdb_tables() WHERE NOT internal AND ${vis('database_name', 'schema_name')}`,
    `SELECT 'VIEW', database_name, schema_name, view_name, ${n}, NULL, ${n}, NULL, NULL FROM duckdb_views() WHERE NOT internal AND ${vis('database_name', 'schema_name')}`,
    `SELECT 'COLUMN', c.database_name, c.schema_name, c.table_name, c.column_name, c.column_index, coalesce(m.data_type, ${M('sf_type_of')}(c.data_type)), c.is_nullable, coalesce(m.fixed, false)
      FROM duckdb_columns() c LEFT JOIN ${M('columns')} m ON m.database_name = c.database_name AND m.schema_name = c.schema_name AND m.table_name = c.table_name AND m.column_name = c.column_name
      WHERE NOT c.internal AND ${vis('c.database_name', 'c.schema_name')}`,
    `SELECT 'SEQUENCE', s.database_name, s.schema_name, s.sequence_name, ${n}, NULL, ${n}, NULL, NULL FROM duckdb_sequences() s
      WHERE ${vis('s.database_name', 's.schema_name')} AND NOT EXISTS (SELECT 1 FROM ${M('sequences')} m WHERE m.hidden AND m.database_name = s.database_name AND m.schema_name = s.schema_name AND m.name = s.sequence_name)`,
    `SELECT 'STAGE', database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('stages')}`,
    `SELECT 'FILE FORMAT', database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('file_formats')}`,
    `SELECT routine, database_name, schema_name, name, ${n}, NULL, ${n}, NULL, NULL FROM ${M('functions')}`,
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
