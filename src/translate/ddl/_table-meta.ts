/**
 * @module translate/ddl/_table-meta
 * Metadata bookkeeping shared by CREATE … LIKE/CLONE, ALTER TABLE RENAME/SWAP and DROP: copying,
 * moving and forgetting the rows that describe one table (columns, constraints).
 */
import { metaRef } from '../../catalog/names.ts';
import { lit } from './_sql.ts';
import type { ObjRef } from './_names.ts';

type Ref = Pick<ObjRef, 'database' | 'schema' | 'name'>;

const COLUMN_COLS = [
  'column_name', 'data_type', 'type_alias', 'fixed', 'comment', 'default_text', 'autoincrement', 'identity_start',
  'identity_increment', 'expression',
];
const COPY_DROPS = new Set(['default_text', 'autoincrement', 'identity_start', 'identity_increment']);
const CONSTRAINT_COLS = ['constraint_type', 'column_names', 'ref_database', 'ref_schema', 'ref_table', 'ref_columns', 'comment'];

const whereTable = (r: Ref): string =>
  `database_name = ${lit(r.database)} AND schema_name = ${lit(r.schema)} AND table_name = ${lit(r.name)}`;

/** Copy column and constraint metadata of `src` to `dst` (LIKE / CLONE keep declared types, comments and constraints). */
export function copyTableMetaSql(src: Ref, dst: Ref): string[] {
  const head = (extra: string[]) => ['database_name', 'schema_name', 'table_name', ...extra].join(', ');
  const vals = `${lit(dst.database)}, ${lit(dst.schema)}, ${lit(dst.name)}`;
  return [
    // DEFAULT and IDENTITY are not carried over (DuckDB has no CREATE TABLE LIKE), so neither is their text.
    `INSERT INTO ${metaRef('columns')} (${head(COLUMN_COLS)}) SELECT ${vals}, ${COLUMN_COLS.map((c) => (COPY_DROPS.has(c) ? 'NULL' : c)).join(', ')} FROM ${metaRef('columns')} WHERE ${whereTable(src)}`,
    `INSERT INTO ${metaRef('constraints')} (${head(['constraint_name', ...CONSTRAINT_COLS, 'created_on'])}) ` +
      `SELECT ${vals}, 'SYS_CONSTRAINT_' || uuid(), ${CONSTRAINT_COLS.join(', ')}, now() FROM ${metaRef('constraints')} WHERE ${whereTable(src)}`,
  ];
}

/** Move every metadata row of table/view `from` to `to` (RENAME). */
export function renameTableMetaSql(from: Ref, to: Ref): string[] {
  const set = `database_name = ${lit(to.database)}, schema_name = ${lit(to.schema)}`;
  return [
    `UPDATE ${metaRef('tables')} SET ${set}, name = ${lit(to.name)}, last_altered = now() WHERE database_name = ${lit(from.database)} AND schema_name = ${lit(from.schema)} AND name = ${lit(from.name)}`,
    `UPDATE ${metaRef('columns')} SET ${set}, table_name = ${lit(to.name)} WHERE ${whereTable(from)}`,
    `UPDATE ${metaRef('constraints')} SET ${set}, table_name = ${lit(to.name)} WHERE ${whereTable(from)}`,
  ];
}

/** Forget every metadata row of table/view `r` (DROP, CREATE OR REPLACE). */
export function forgetTableMetaSql(r: Ref): string[] {
  return [
    `DELETE FROM ${metaRef('tables')} WHERE database_name = ${lit(r.database)} AND schema_name = ${lit(r.schema)} AND name = ${lit(r.name)}`,
    `DELETE FROM ${metaRef('columns')} WHERE ${whereTable(r)}`,
    `DELETE FROM ${metaRef('constraints')} WHERE ${whereTable(r)}`,
  ];
}

/** Make sure `tables` has a row for table/view `r` (objects created outside DDL translation). */
export function ensureTableRowSql(r: Ref): string {
  const w = `database_name = ${lit(r.database)} AND schema_name = ${lit(r.schema)} AND name = ${lit(r.name)}`;
  return `INSERT INTO ${metaRef('tables')} (database_name, schema_name, name, kind) SELECT database_name, schema_name, name, kind ` +
    `FROM ${metaRef('sf_tables')} WHERE ${w} AND NOT EXISTS (SELECT 1 FROM ${metaRef('tables')} WHERE ${w})`;
}

/** Make sure `columns` has a row for column `column` of `r`, typed from DuckDB when undeclared. */
export function ensureColumnRowSql(r: Ref, column: string): string {
  const w = `${whereTable(r)} AND column_name = ${lit(column)}`;
  return `INSERT INTO ${metaRef('columns')} (database_name, schema_name, table_name, column_name, data_type) ` +
    `SELECT database_name, schema_name, table_name, column_name, data_type FROM ${metaRef('sf_columns')} WHERE ${w} ` +
    `AND NOT EXISTS (SELECT 1 FROM ${metaRef('columns')} WHERE ${w})`;
}
