/**
 * @module translate/ddl/create-table
 * CREATE [OR REPLACE] [TEMPORARY|TRANSIENT] TABLE [IF NOT EXISTS]: column lists, CTAS, LIKE and
 * CLONE (docs.snowflake.com/en/sql-reference/sql/create-table). Declared types, comments, table
 * kinds and constraints go to the metadata tables; PRIMARY KEY/UNIQUE/FOREIGN KEY are recorded but
 * not enforced (Snowflake enforces only NOT NULL on standard tables; a primary key implies NOT
 * NULL). AUTOINCREMENT/IDENTITY columns draw from a hidden sequence. TEMPORARY tables live in
 * their schema like any table and are flagged in the metadata.
 */
import { identitySequenceName } from '../../catalog/sequences.ts';
import { displayType, duckdbType, resolveType } from '../../catalog/types.ts';
import { quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError, ObjectAlreadyExists, ObjectNotFound } from '../../errors.ts';
import type { ColumnDef, CreateTable, OptionPair, Query, TableConstraint } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { printExprSql, printQuerySql } from './_core.ts';
import { errName, qnameParts, relationExists, requireSchema, resolveObject, resolveParts, type ObjRef } from './_names.ts';
import { sfExprText } from './_sftext.ts';
import { derivedColumnTypes } from './_derived-types.ts';
import { checkDerivedColumns, checkDuplicateColumns } from './_duplicate-columns.ts';
import { alreadyExists, created, ddlPlan, fq, lit, metaDelete, metaInsert, NOW, statusOnly } from './_sql.ts';
import { copyTableMetaSql, forgetTableMetaSql } from './_table-meta.ts';

/** Table options that change nothing Mockhaus emulates (time travel, change tracking, grants, tags). */
const IGNORED_OPTIONS = new Set([
  'DATA_RETENTION_TIME_IN_DAYS', 'MAX_DATA_EXTENSION_TIME_IN_DAYS', 'CHANGE_TRACKING', 'COPY_GRANTS',
  'ENABLE_SCHEMA_EVOLUTION', 'STAGE_FILE_FORMAT', 'STAGE_COPY_OPTIONS', 'TAG', 'WITH TAG',
]);

export function checkTableOptions(options: readonly OptionPair[]): number | undefined {
  let retention: number | undefined;
  for (const o of options) {
    const name = o.name.toUpperCase();
    if (!IGNORED_OPTIONS.has(name)) throw new NotSupportedError(`table option ${name}`);
    if (name === 'DATA_RETENTION_TIME_IN_DAYS' && o.value.kind === 'optNumber') retention = o.value.value;
  }
  return retention;
}

export function createTable(s: CreateTable, ctx: TranslateContext): Plan {
  const ref = resolveObject(s.name, ctx, 'CREATE TABLE');
  requireSchema(ctx, ref.database, ref.schema);
  if (relationExists(ctx, ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  const retention = checkTableOptions(s.options);
  if (s.as) checkDerivedColumns(s.columns, s.as);
  else checkDuplicateColumns(s.columns.map((c) => c.name.name));
  const target = fq(ref.database, ref.schema, ref.name);
  const verb = s.orReplace ? 'CREATE OR REPLACE TABLE' : s.ifNotExists ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE TABLE';
  const where = { database_name: ref.database, schema_name: ref.schema };
  const after = [
    ...forgetTableMetaSql(ref),
    metaInsert('tables', {
      ...where,
      name: ref.name,
      kind: 'TABLE',
      created_on: NOW,
      last_altered: NOW,
      comment: s.comment,
      transient: s.transient,
      temporary: s.temporary,
      cluster_by: s.clusterBy?.length ? `LINEAR(${s.clusterBy.map((e) => sfExprText(e) ?? '?').join(', ')})` : undefined,
      retention_time: s.transient || s.temporary ? 0 : (retention ?? 1),
    }),
  ];
  const message = created('Table', ref.name);

  const source = s.clone ?? s.like;
  if (source) {
    const src = resolveParts(qnameParts(source), ctx, 'CREATE TABLE');
    const srcCols = ctx.catalog.columns(src.database, src.schema, src.name);
    if (!srcCols) throw new ObjectNotFound('Table', errName(src.written));
    const select = `SELECT * FROM ${fq(src.database, src.schema, src.name)}${s.like ? ' LIMIT 0' : ''}`;
    // CTAS drops NOT NULL: put it back from the source's column facts.
    const notNull = srcCols.filter((c) => c.type?.nullable === false).map((c) => `ALTER TABLE ${target} ALTER COLUMN ${quoteIdent(c.name)} SET NOT NULL`);
    return ddlPlan(message, [`${verb} ${target} AS ${select}`, ...notNull], [...after, ...copyTableMetaSql(src, ref)]);
  }

  if (s.as && !s.columns.some((c) => c.type)) {
    let query = printQuerySql(s.as, ctx);
    if (s.columns.length) {
      const names = s.columns.map((c) => quoteIdent(c.name.name)).join(', ');
      query = `SELECT * FROM (${query}) AS "_mh_ctas"(${names})`;
    }
    // Plain columns keep their declared source types (only without a renaming column list).
    if (!s.columns.length) after.push(...derivedColumnsSql(ref, s.as, ctx));
    return ddlPlan(message, [`${verb} ${target} AS ${query}`], after);
  }

  const pk = new Set<string>(s.constraints.filter((c) => c.type === 'PRIMARY KEY').flatMap((c) => c.columns.map((i) => i.name)));
  for (const c of s.columns) if (c.primaryKey) pk.add(c.name.name);
  const pre: string[] = [];
  const defs: string[] = [];
  for (const col of s.columns) {
    const { def, meta, seq } = columnSql(col, ref, ctx, pk.has(col.name.name));
    defs.push(def);
    after.push(meta);
    if (seq) {
      pre.push(seq.create);
      after.push(...seq.meta);
    }
  }
  after.push(...constraintsSql(ref, s.columns, s.constraints));
  const sql = [...(pre.length && s.orReplace ? [`DROP TABLE IF EXISTS ${target}`] : []), ...pre, `${verb} ${target} (${defs.join(', ')})`];
  if (s.as) sql.push(`INSERT INTO ${target} ${printQuerySql(s.as, ctx)}`);
  return ddlPlan(message, sql, after);
}

/** DuckDB column definition, its metadata row, and the hidden sequence of an identity column. */
export function columnSql(
  col: ColumnDef,
  ref: ObjRef,
  ctx: TranslateContext,
  primaryKey: boolean,
): { def: string; meta: string; seq?: { create: string; meta: string[] } } {
  if (!col.type) throw new NotSupportedError('column definition without a data type');
  if (col.collate !== undefined) throw new NotSupportedError('COLLATE');
  const t = resolveType(col.type, String(ctx.params['TIMESTAMP_TYPE_MAPPING'] ?? 'TIMESTAMP_NTZ'));
  const name = col.name.name;
  let def = `${quoteIdent(name)} ${duckdbType(t)}`;
  let seq: { create: string; meta: string[] } | undefined;
  let autoincrement: string | undefined;
  if (col.as) {
    def += ` GENERATED ALWAYS AS (${printExprSql(col.as, ctx)}) VIRTUAL`;
  } else if (col.identity) {
    const seqName = identitySequenceName(ref.name, name);
    const seqRef = fq(ref.database, ref.schema, seqName);
    seq = {
      create: `CREATE OR REPLACE SEQUENCE ${seqRef} START ${col.identity.start} INCREMENT ${col.identity.step}`,
      meta: [
        metaDelete('sequences', { database_name: ref.database, schema_name: ref.schema, name: seqName }),
        metaInsert('sequences', { database_name: ref.database, schema_name: ref.schema, name: seqName, created_on: NOW, hidden: true }),
      ],
    };
    autoincrement = `IDENTITY START ${col.identity.start} INCREMENT ${col.identity.step} NOORDER`;
    def += ` DEFAULT nextval(${lit(seqRef)})`;
  } else if (col.default) {
    def += ` DEFAULT (${printExprSql(col.default, ctx)})`;
  }
  if (col.notNull || primaryKey) def += ' NOT NULL';
  const meta = metaInsert('columns', {
    database_name: ref.database,
    schema_name: ref.schema,
    table_name: ref.name,
    column_name: name,
    data_type: displayType(t),
    type_alias: t.alias,
    fixed: t.fixed ?? false,
    comment: col.comment,
    default_text: col.default ? sfExprText(col.default) : undefined,
    autoincrement,
    identity_start: col.identity?.start,
    identity_increment: col.identity?.step,
    expression: col.as ? sfExprText(col.as) : undefined,
  });
  return seq ? { def, meta, seq } : { def, meta };
}

/** Metadata rows for inline and out-of-line PRIMARY KEY / UNIQUE / FOREIGN KEY constraints. */
export function constraintsSql(ref: ObjRef, columns: readonly ColumnDef[], constraints: readonly TableConstraint[]): string[] {
  const rows: { name?: string; type: string; cols: string[]; refs?: { table: string[]; columns: string[] } }[] = [];
  for (const c of columns) {
    const n = c.name.name;
    if (c.primaryKey) rows.push({ type: 'PRIMARY KEY', cols: [n] });
    if (c.unique) rows.push({ type: 'UNIQUE', cols: [n] });
    if (c.references) rows.push({ type: 'FOREIGN KEY', cols: [n], refs: { table: qnameParts(c.references.table), columns: c.references.columns.map((i) => i.name) } });
  }
  for (const c of constraints) {
    const row: (typeof rows)[number] = { type: c.type, cols: c.columns.map((i) => i.name) };
    if (c.name) row.name = c.name.name;
    if (c.references) row.refs = { table: qnameParts(c.references.table), columns: c.references.columns.map((i) => i.name) };
    rows.push(row);
  }
  return rows.map((r) => {
    const refParts = r.refs?.table ?? [];
    return metaInsert('constraints', {
      database_name: ref.database,
      schema_name: ref.schema,
      table_name: ref.name,
      constraint_name: r.name ?? { raw: `'SYS_CONSTRAINT_' || uuid()` },
      constraint_type: r.type,
      column_names: r.cols,
      ref_database: r.refs ? (refParts.length === 3 ? refParts[0] : ref.database) : undefined,
      ref_schema: r.refs ? (refParts.length >= 2 ? refParts[refParts.length - 2] : ref.schema) : undefined,
      ref_table: refParts[refParts.length - 1],
      ref_columns: r.refs?.columns,
      created_on: NOW,
    });
  });
}

/** Column metadata rows for the source-typed columns of a CTAS table or a view. */
export function derivedColumnsSql(ref: ObjRef, q: Query, ctx: TranslateContext): string[] {
  return derivedColumnTypes(q, ctx).map((c) =>
    metaInsert('columns', { database_name: ref.database, schema_name: ref.schema, table_name: ref.name, column_name: c.name, data_type: c.type }),
  );
}
