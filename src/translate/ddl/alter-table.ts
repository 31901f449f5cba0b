/**
 * @module translate/ddl/alter-table
 * ALTER TABLE (docs.snowflake.com/en/sql-reference/sql/alter-table, …/alter-table-column):
 * RENAME TO, SWAP WITH, ADD/DROP/RENAME COLUMN, ALTER COLUMN type / NOT NULL / DEFAULT / COMMENT,
 * ADD/DROP constraint (recorded), SET/UNSET COMMENT and retention options, CLUSTER BY (recorded).
 * Every form answers `Statement executed successfully.`
 */
import { quoteIdent } from '../../catalog/names.ts';
import { displayType, duckdbType, resolveType } from '../../catalog/types.ts';
import { metaRef } from '../../catalog/names.ts';
import { NotSupportedError, ObjectNotFound } from '../../errors.ts';
import type { AlterColumnChange, AlterTable, OptionPair } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { printExprSql } from './_core.ts';
import { errName, objectExists, qnameParts, resolveObject, resolveParts, type ObjRef } from './_names.ts';
import { sfExprText } from './_sftext.ts';
import { ddlPlan, fq, lit, metaDelete, metaUpdate, NOW, STATEMENT_OK, statusOnly } from './_sql.ts';
import { ensureColumnRowSql, ensureTableRowSql, renameTableMetaSql } from './_table-meta.ts';
import { checkTableOptions, columnSql, constraintsSql } from './create-table.ts';

export function alterTable(s: AlterTable, ctx: TranslateContext): Plan {
  const ref = resolveObject(s.name, ctx, 'ALTER TABLE');
  if (objectExists(ctx, 'TABLE', ref) === false) {
    if (s.ifExists) return statusOnly(STATEMENT_OK);
    throw new ObjectNotFound('Table', errName(ref.written));
  }
  const t = fq(ref.database, ref.schema, ref.name);
  const a = s.action;
  const tw = { database_name: ref.database, schema_name: ref.schema, table_name: ref.name };
  switch (a.kind) {
    case 'renameTable': {
      const to = resolveParts(qnameParts(a.to), ctx, 'ALTER TABLE');
      if (to.database !== ref.database || to.schema !== ref.schema) throw new NotSupportedError('ALTER TABLE … RENAME TO another schema');
      return ddlPlan(STATEMENT_OK, [`ALTER TABLE ${t} RENAME TO ${quoteIdent(to.name)}`], renameTableMetaSql(ref, to));
    }
    case 'swapWith': {
      const other = resolveParts(qnameParts(a.other), ctx, 'ALTER TABLE');
      if (other.database !== ref.database || other.schema !== ref.schema) throw new NotSupportedError('ALTER TABLE … SWAP WITH a table in another schema');
      const tmp = { ...ref, name: `_mh_swap_${ref.name}` };
      return ddlPlan(STATEMENT_OK, [
        `ALTER TABLE ${t} RENAME TO ${quoteIdent(tmp.name)}`,
        `ALTER TABLE ${fq(other.database, other.schema, other.name)} RENAME TO ${quoteIdent(ref.name)}`,
        `ALTER TABLE ${fq(tmp.database, tmp.schema, tmp.name)} RENAME TO ${quoteIdent(other.name)}`,
      ], [...renameTableMetaSql(ref, tmp), ...renameTableMetaSql(other, ref), ...renameTableMetaSql(tmp, other)]);
    }
    case 'addColumns': {
      const sql: string[] = [];
      const after: string[] = [];
      for (const col of a.columns) {
        const { def, meta, seq } = columnSql(col, ref, ctx, col.primaryKey);
        const notNull = def.endsWith(' NOT NULL');
        // DuckDB cannot add a column together with a constraint: add it, then SET NOT NULL.
        if (seq) sql.push(seq.create);
        sql.push(`ALTER TABLE ${t} ADD COLUMN ${a.ifNotExists ? 'IF NOT EXISTS ' : ''}${notNull ? def.slice(0, -' NOT NULL'.length) : def}`);
        if (notNull) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(col.name.name)} SET NOT NULL`);
        after.push(metaDelete('columns', { ...tw, column_name: col.name.name }), meta);
        if (seq) after.push(...seq.meta);
      }
      after.push(...constraintsSql(ref, a.columns, []));
      return ddlPlan(STATEMENT_OK, sql, after);
    }
    case 'dropColumns':
      return ddlPlan(
        STATEMENT_OK,
        a.columns.map((c) => `ALTER TABLE ${t} DROP COLUMN ${a.ifExists ? 'IF EXISTS ' : ''}${quoteIdent(c.name)}`),
        a.columns.map((c) => metaDelete('columns', { ...tw, column_name: c.name })),
      );
    case 'renameColumn': {
      const from = a.from.name;
      const to = a.to.name;
      return ddlPlan(STATEMENT_OK, [`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`], [
        metaUpdate('columns', { column_name: to }, { ...tw, column_name: from }),
        `UPDATE ${metaRef('constraints')} SET column_names = list_transform(column_names, lambda x: CASE WHEN x = ${lit(from)} THEN ${lit(to)} ELSE x END) ` +
          `WHERE database_name = ${lit(ref.database)} AND schema_name = ${lit(ref.schema)} AND table_name = ${lit(ref.name)}`,
      ]);
    }
    case 'alterColumns': {
      const sql: string[] = [];
      const after: string[] = [];
      for (const ch of a.changes) alterColumn(ch, ref, t, ctx, sql, after);
      return ddlPlan(STATEMENT_OK, sql, after);
    }
    case 'addConstraint':
      return statusOnly(STATEMENT_OK, constraintsSql(ref, [], [a.constraint]));
    case 'dropConstraint': {
      const w: Record<string, string> = { ...tw };
      if (a.name) w['constraint_name'] = a.name.name;
      else if (a.type) w['constraint_type'] = a.type.toUpperCase();
      return statusOnly(STATEMENT_OK, [metaDelete('constraints', w)]);
    }
    case 'setOptions':
      return statusOnly(STATEMENT_OK, [ensureTableRowSql(ref), ...setTableOptions(ref, a.options)]);
    case 'unsetOptions': {
      const w = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
      const sets: string[] = [];
      for (const n of a.names.map((x) => x.toUpperCase())) {
        if (n === 'COMMENT') sets.push(metaUpdate('tables', { comment: null, last_altered: NOW }, w));
        else checkTableOptions([{ name: n, value: { kind: 'optBool', value: false } }]);
      }
      return statusOnly(STATEMENT_OK, [ensureTableRowSql(ref), ...sets]);
    }
    case 'clusterBy': {
      const w = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
      const text = a.exprs.length ? `LINEAR(${a.exprs.map((e) => sfExprText(e) ?? '?').join(', ')})` : null;
      return statusOnly(STATEMENT_OK, [ensureTableRowSql(ref), metaUpdate('tables', { cluster_by: text, last_altered: NOW }, w)]);
    }
  }
}

function setTableOptions(ref: ObjRef, options: readonly OptionPair[]): string[] {
  const w = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
  const out: string[] = [];
  const rest: OptionPair[] = [];
  for (const o of options) {
    if (o.name.toUpperCase() === 'COMMENT' && o.value.kind === 'optString') out.push(metaUpdate('tables', { comment: o.value.value, last_altered: NOW }, w));
    else rest.push(o);
  }
  const retention = checkTableOptions(rest);
  if (retention !== undefined) out.push(metaUpdate('tables', { retention_time: retention }, w));
  return out;
}

function alterColumn(ch: AlterColumnChange, ref: ObjRef, t: string, ctx: TranslateContext, sql: string[], after: string[]): void {
  const col = ch.column.name;
  const c = quoteIdent(col);
  const w = { database_name: ref.database, schema_name: ref.schema, table_name: ref.name, column_name: col };
  switch (ch.kind) {
    case 'setType': {
      const type = resolveType(ch.type, String(ctx.params['TIMESTAMP_TYPE_MAPPING'] ?? 'TIMESTAMP_NTZ'));
      sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET DATA TYPE ${duckdbType(type)}`);
      after.push(ensureColumnRowSql(ref, col), metaUpdate('columns', { data_type: displayType(type), type_alias: type.alias, fixed: type.fixed ?? false }, w));
      return;
    }
    case 'setNotNull':
      sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} ${ch.notNull ? 'SET' : 'DROP'} NOT NULL`);
      return;
    case 'setDefault':
      if (ch.default) {
        sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT (${printExprSql(ch.default, ctx)})`);
        after.push(ensureColumnRowSql(ref, col), metaUpdate('columns', { default_text: sfExprText(ch.default) }, w));
      } else {
        sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT`);
        after.push(metaUpdate('columns', { default_text: null }, w));
      }
      return;
    case 'setComment':
      after.push(ensureColumnRowSql(ref, col), metaUpdate('columns', { comment: ch.comment ?? null }, w));
      return;
  }
}
