/**
 * @module repl/catalog
 * The names tab completion offers, fetched through the ordinary query path (the same SQL a user
 * could type): SHOW DATABASES, INFORMATION_SCHEMA.SCHEMATA and INFORMATION_SCHEMA.COLUMNS of the
 * current database, with SHOW SCHEMAS / SHOW TABLES / SHOW COLUMNS as fallbacks. A query that fails
 * only leaves its part of the snapshot empty: completion must never get in the way of the REPL.
 */
import type { Result } from '../engine/types.ts';
import type { ReplBackend } from './backend.ts';
import type { CatalogSnapshot, CatalogTable } from './complete.ts';

/** The text values of column `name` (case-insensitive) in each row. */
export function columnValues(r: Result, name: string): (string | null)[] {
  const i = r.columns.findIndex((c) => c.name.toUpperCase() === name.toUpperCase());
  if (i < 0) return r.rows.map(() => null);
  return r.rows.map((row) => {
    const v = row[i];
    return typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
  });
}

/** Tables (with their columns in order) from rows of (database, schema, table, column). */
export function tablesFromColumns(rows: [string | null, string | null, string | null, string | null][]): CatalogTable[] {
  const byKey = new Map<string, CatalogTable>();
  for (const [db, schema, table, column] of rows) {
    if (!db || !schema || !table) continue;
    const key = `${db}\u0000${schema}\u0000${table}`;
    let t = byKey.get(key);
    if (!t) {
      t = { database: db, schema, name: table, columns: [] };
      byKey.set(key, t);
    }
    if (column && !t.columns.includes(column)) t.columns.push(column);
  }
  return [...byKey.values()];
}

async function tryQuery(backend: ReplBackend, sql: string): Promise<Result | null> {
  try {
    const results = await backend.execute(sql);
    return results[results.length - 1] ?? null;
  } catch {
    return null;
  }
}

function zip4(r: Result, names: [string, string, string, string]) {
  const cols = names.map((n) => columnValues(r, n));
  return r.rows.map((_, i) => cols.map((c) => c[i] ?? null) as [string | null, string | null, string | null, string | null]);
}

/** The queries the REPL itself runs for completion (kept out of `!history`). */
export const CATALOG_QUERIES = {
  context: 'SELECT CURRENT_DATABASE() AS DB, CURRENT_SCHEMA() AS SCH',
  databases: 'SHOW DATABASES',
  schemata: 'SELECT CATALOG_NAME, SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA',
  schemas: 'SHOW SCHEMAS',
  columns:
    "SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
  showColumns: 'SHOW COLUMNS',
  showTables: 'SHOW TABLES',
} as const;
const INTERNAL = new Set<string>(Object.values(CATALOG_QUERIES));

export function isCatalogQuery(sql: string): boolean {
  return INTERNAL.has(sql.trim());
}

export async function fetchCatalog(backend: ReplBackend): Promise<CatalogSnapshot> {
  const ctx = await tryQuery(backend, CATALOG_QUERIES.context);
  const currentDatabase = ctx ? (columnValues(ctx, 'DB')[0] ?? null) : null;
  const currentSchema = ctx ? (columnValues(ctx, 'SCH')[0] ?? null) : null;

  const dbs = await tryQuery(backend, CATALOG_QUERIES.databases);
  const databases = dbs ? columnValues(dbs, 'name').filter((n): n is string => !!n) : [];

  let schemas: { database: string; name: string }[] = [];
  const sch =
    (await tryQuery(backend, CATALOG_QUERIES.schemata)) ?? (await tryQuery(backend, CATALOG_QUERIES.schemas));
  if (sch) {
    const dbCol = sch.columns.some((c) => c.name === 'CATALOG_NAME') ? 'CATALOG_NAME' : 'database_name';
    const nameCol = dbCol === 'CATALOG_NAME' ? 'SCHEMA_NAME' : 'name';
    const d = columnValues(sch, dbCol);
    schemas = columnValues(sch, nameCol).flatMap((name, i) => (name ? [{ database: d[i] ?? currentDatabase ?? '', name }] : []));
  }

  let tables: CatalogTable[] = [];
  const cols = await tryQuery(backend, CATALOG_QUERIES.columns);
  if (cols) tables = tablesFromColumns(zip4(cols, ['TABLE_CATALOG', 'TABLE_SCHEMA', 'TABLE_NAME', 'COLUMN_NAME']));
  if (tables.length === 0) {
    const showCols = await tryQuery(backend, CATALOG_QUERIES.showColumns);
    if (showCols) tables = tablesFromColumns(zip4(showCols, ['database_name', 'schema_name', 'table_name', 'column_name']));
    const showTables = await tryQuery(backend, CATALOG_QUERIES.showTables);
    if (showTables) {
      const known = new Set(tables.map((t) => `${t.database}.${t.schema}.${t.name}`));
      const extra = tablesFromColumns(zip4(showTables, ['database_name', 'schema_name', 'name', 'kind']).map(([a, b, c]) => [a, b, c, null]));
      tables.push(...extra.filter((t) => !known.has(`${t.database}.${t.schema}.${t.name}`)));
    }
  }
  return { currentDatabase, currentSchema, databases, schemas, tables };
}
