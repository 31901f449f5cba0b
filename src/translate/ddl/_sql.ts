/**
 * @module translate/ddl/_sql
 * Small builders shared by the DDL translators: literal SQL for metadata rows (values go through
 * `quoteString`, names through `quoteIdent`; STYLE.md convention 6), status plans, and fully
 * qualified DuckDB references.
 */
import { metaRef, quoteIdent, quoteString } from '../../catalog/names.ts';
import type { StatementType } from '../../engine/types.ts';
import type { CommandPlan, DuckDbPlan } from '../plan.ts';

/** A SQL value for a metadata row. `{ raw }` is trusted SQL (e.g. `now()`), never user text. */
export type SqlValue = string | number | boolean | null | undefined | readonly string[] | { raw: string };

export function lit(v: SqlValue): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'string') return quoteString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if ('raw' in v) return v.raw;
  return `[${(v as readonly string[]).map((s) => quoteString(s)).join(', ')}]::VARCHAR[]`;
}

export const NOW: SqlValue = { raw: 'now()' };

/** Per metadata table: the column names last inserted and their `INSERT INTO ... VALUES (` prefix. */
const INSERT_HEADS = new Map<string, { cols: string[]; head: string }>();

/** `INSERT INTO "_mockhaus"."main".<table> (cols) VALUES (...)` */
export function metaInsert(table: string, row: Record<string, SqlValue>): string {
  const cols = Object.keys(row);
  // The prefix is the same for every row with the same keys (the DDL hot path): reuse it.
  let h = INSERT_HEADS.get(table);
  if (h === undefined || h.cols.length !== cols.length || h.cols.some((c, i) => c !== cols[i])) {
    h = { cols, head: `INSERT INTO ${metaRef(table)} (${cols.map(quoteIdent).join(', ')}) VALUES (` };
    INSERT_HEADS.set(table, h);
  }
  let values = '';
  for (let i = 0; i < cols.length; i++) values += (i ? ', ' : '') + lit(row[cols[i]!]);
  return `${h.head}${values})`;
}

/** `DELETE FROM "_mockhaus"."main".<table> WHERE k = v AND ...` */
export function metaDelete(table: string, where: Record<string, SqlValue>): string {
  return `DELETE FROM ${metaRef(table)} WHERE ${cond(where)}`;
}

/** `UPDATE "_mockhaus"."main".<table> SET ... WHERE ...` */
export function metaUpdate(table: string, set: Record<string, SqlValue>, where: Record<string, SqlValue>): string {
  const s = Object.entries(set).map(([k, v]) => `${quoteIdent(k)} = ${lit(v)}`).join(', ');
  return `UPDATE ${metaRef(table)} SET ${s} WHERE ${cond(where)}`;
}

function cond(where: Record<string, SqlValue>): string {
  return Object.entries(where).map(([k, v]) => `${quoteIdent(k)} = ${lit(v)}`).join(' AND ');
}

/** `"db"."schema"."name"` */
export function fq(database: string, schema: string, name: string): string {
  return `${quoteIdent(database)}.${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A DDL plan answering one `status` row after running `sql` (then `after`, the bookkeeping). */
export function ddlPlan(message: string, sql: string[], after: string[] = [], statementType: StatementType = 'DDL'): DuckDbPlan | CommandPlan {
  if (sql.length === 0) return { kind: 'status', statementType, message, sql: after };
  const plan: DuckDbPlan = { kind: 'duckdb', statementType, sql, params: [], shape: { kind: 'status', message } };
  if (after.length) plan.after = after;
  return plan;
}

/** A status row with only bookkeeping (or nothing) to run. */
export function statusOnly(message: string, sql: string[] = [], statementType: StatementType = 'DDL'): CommandPlan {
  return { kind: 'status', statementType, message, sql };
}

export const STATEMENT_OK = 'Statement executed successfully.';
export const created = (noun: string, name: string): string => `${noun} ${name} successfully created.`;
export const alreadyExists = (name: string): string => `${name} already exists, statement succeeded.`;
export const dropped = (name: string): string => `${name} successfully dropped.`;
export const alreadyDropped = (name: string): string => `Drop statement executed successfully (${name} already dropped).`;
