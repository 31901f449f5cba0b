/**
 * @module translate/dml
 * INSERT, multi-table INSERT, UPDATE, DELETE and MERGE (https://docs.snowflake.com/en/sql-reference/sql-dml).
 * Each returns a DuckDbPlan whose result shape names Snowflake's count columns
 * (snowflake-reference.md §2); the engine fills in the counts. MERGE runs with
 * `RETURNING merge_action` so the engine can count inserted/updated/deleted rows separately.
 */
import type { Delete, Expr, Insert, InsertMulti, Merge, MergeClause, Update } from '../sql/ast.ts';
import { normaliseTimestampLiteral } from './functions/_dateparts.ts';
import { unifyValues } from './transforms/values.ts';
import { NotSupportedError, assertNever } from '../errors.ts';
import { quoteIdent } from './_quote.ts';
import { raiseErrorSql } from '../engine/internal-error.ts';
import type { PrintState } from './_state.ts';
import type { DuckDbPlan } from './plan.ts';
import { printExpr, printExprs } from './dialect/duckdb/expr.ts';
import { printAlias, printTableRef } from './dialect/duckdb/from.ts';
import { printQuery, queryColumnNames } from './dialect/duckdb/query.ts';
import { printResolved, resolveName } from './transforms/names.ts';
import { expandMergeByName } from './transforms/merge-by-name.ts';

function cols(c: { name: string }[] | undefined): string {
  return c?.length ? ` (${c.map((i) => quoteIdent(i.name)).join(', ')})` : '';
}

function plan(st: PrintState, statementType: DuckDbPlan['statementType'], sql: string[], columns: string[], extra: Partial<DuckDbPlan> = {}): DuckDbPlan {
  return { kind: 'duckdb', statementType, sql, params: st.params, shape: { kind: 'dmlCounts', columns }, ...(st.resultScans.length ? { resultScans: st.resultScans } : {}), ...extra };
}

/** Column names of a VALUES row or query source, when statically known. */
function sourceArity(q: Insert['source']): number | undefined {
  if (q.kind === 'values') return q.rows[0]?.length;
  return queryColumnNames(q)?.length;
}

function hasDefault(q: Insert['source']): boolean {
  return q.kind === 'values' && q.rows.some((r) => r.some((e) => e.kind === 'column' && e.parts.length === 1 && !e.parts[0]!.quoted && e.parts[0]!.name === 'DEFAULT'));
}

/**
 * Declared VARCHAR(n) lengths are enforced on write (100078 `String '...' is too long and would be
 * truncated`, https://docs.snowflake.com/en/sql-reference/data-types-text): the source is wrapped in
 * a SELECT that checks the length of each such column. Needs the catalog's declared lengths.
 */
function withLengthChecks(s: Insert, st: PrintState, r: { database: string; schema: string; name: string }, body: string): string {
  const cols = st.columns(r.database, r.schema, r.name);
  if (!cols || hasDefault(s.source)) return body;
  const names = s.columns?.map((c) => c.name) ?? cols.map((c) => c.name);
  const limits = names.map((n) => {
    const t = cols.find((c) => c.name === n)?.type;
    return t?.type === 'text' && typeof t.length === 'number' && t.length < 16777216 ? t.length : undefined;
  });
  if (limits.every((l) => l === undefined) || sourceArity(s.source) !== names.length) return body;
  const inner = names.map((_, i) => quoteIdent(`_c${i + 1}`));
  const exprs = inner.map((c, i) => {
    const n = limits[i];
    if (n === undefined) return c;
    return `(CASE WHEN length(CAST(${c} AS VARCHAR)) > ${n} THEN error('String ''' || CAST(${c} AS VARCHAR) || ''' is too long and would be truncated') ELSE ${c} END)`;
  });
  return `SELECT ${exprs.join(', ')} FROM (${body}) AS "_mh_src"(${inner.join(', ')})`;
}

/**
 * String literals written into TIMESTAMP columns follow Snowflake's input rules: an offset on a
 * TIMESTAMP_NTZ value is dropped, on LTZ/TZ it is normalised for DuckDB; into BINARY columns they
 * are hex (needs catalog types).
 */
function normaliseValues(s: Insert, st: PrintState, r: { database: string; schema: string; name: string }): Insert['source'] {
  const src = s.source;
  if (src.kind !== 'values') return src;
  const cols = st.columns(r.database, r.schema, r.name);
  if (!cols) return src;
  const names = s.columns?.map((c) => c.name) ?? cols.map((c) => c.name);
  const fams = names.map((n) => cols.find((c) => c.name === n)?.type?.type);
  if (!fams.some((f) => f === 'timestamp_ntz' || f === 'timestamp_ltz' || f === 'timestamp_tz' || f === 'binary')) return src;
  const rows = src.rows.map((row) =>
    row.map((e, i): Expr => {
      const f = fams[i];
      // A string into a BINARY column is read as hex (BINARY_INPUT_FORMAT), as a cast reads it.
      if (e.kind === 'string' && f === 'binary') return { kind: 'cast', expr: e, type: { kind: 'type', name: 'BINARY', params: [] }, try: false, syntax: 'cast' };
      if (e.kind !== 'string' || (f !== 'timestamp_ntz' && f !== 'timestamp_ltz' && f !== 'timestamp_tz')) return e;
      const v = normaliseTimestampLiteral(e.value, f !== 'timestamp_ntz');
      return v === null ? e : { kind: 'string', value: v };
    }),
  );
  return { ...src, rows };
}

export function translateInsert(s: Insert, st: PrintState): DuckDbPlan {
  st.cmd = 'INSERT';
  const resolved = resolveName(s.table, st);
  const target = printResolved(resolved);
  const src = normaliseValues(s, st, resolved);
  const raw = src.kind === 'values' && !src.orderBy && !src.limit && !src.offset
    ? `VALUES ${unifyValues(src.rows).map((r) => `(${printExprs(r, st)})`).join(', ')}`
    : printQuery(src, st);
  const body = withLengthChecks(s, st, resolved, raw);
  const sql: string[] = [];
  if (s.overwrite) sql.push(`DELETE FROM ${target}`);
  sql.push(`INSERT INTO ${target}${cols(s.columns)} ${body}`);
  // INSERT OVERWRITE reports only the inserted rows, not the ones its DELETE removed.
  if (s.overwrite) return plan(st, 'INSERT', sql, ['number of rows inserted'], { shape: { kind: 'dmlCounts', columns: ['number of rows inserted'], countStatements: [sql.length - 1] } });
  return plan(st, 'INSERT', sql, ['number of rows inserted']);
}

/**
 * INSERT ALL/FIRST (https://docs.snowflake.com/en/sql-reference/sql/insert-multi-table): the source
 * is materialised once into a temp table, then one INSERT per target with its WHEN condition (FIRST
 * adds the negation of earlier conditions). Counts: one column per target.
 */
export function translateInsertMulti(s: InsertMulti, st: PrintState): DuckDbPlan {
  st.cmd = 'INSERT';
  const tmp = quoteIdent('_mh_multi_insert_src');
  const sql: string[] = [`CREATE OR REPLACE TEMP TABLE ${tmp} AS ${printQuery(s.source, st)}`];
  const counts: string[] = [];
  const idx: number[] = [];
  const prev: string[] = [];
  const targets = new Set<string>();
  const srcNames = queryColumnNames(s.source)?.map((c) => c.name);
  st.positional.push(srcNames);
  const emit = (into: InsertMultiInto, cond: string | undefined): void => {
    const t = resolveName(into.table, st);
    const name = printResolved(t);
    if (s.overwrite && !targets.has(name)) {
      sql.splice(1, 0, `DELETE FROM ${name}`);
      for (let i = 0; i < idx.length; i++) idx[i]!++;
    }
    targets.add(name);
    const vals = into.values?.length ? printExprs(into.values, st) : '*';
    sql.push(`INSERT INTO ${name}${cols(into.columns)} SELECT ${vals} FROM ${tmp}${cond ? ` WHERE ${cond}` : ''}`);
    idx.push(sql.length - 1);
    counts.push(`number of rows inserted into ${t.name}`);
  };
  for (const b of s.branches) {
    const own = b.when ? `(${printExpr(b.when, st)})` : undefined;
    const cond = s.mode === 'FIRST' && prev.length ? [own ?? 'TRUE', ...prev.map((p) => `NOT coalesce(${p}, FALSE)`)].join(' AND ') : own;
    for (const into of b.into) emit(into, cond);
    if (own) prev.push(own);
  }
  if (s.else) {
    const cond = prev.length ? prev.map((p) => `NOT coalesce(${p}, FALSE)`).join(' AND ') : undefined;
    for (const into of s.else) emit(into, cond);
  }
  st.positional.pop();
  return {
    kind: 'duckdb',
    statementType: 'MULTI_INSERT',
    sql,
    params: st.params,
    shape: { kind: 'dmlCounts', columns: counts, countStatements: idx },
    after: [`DROP TABLE IF EXISTS ${tmp}`],
  };
}
type InsertMultiInto = InsertMulti['branches'][number]['into'][number];

function printSet(set: { column: { name: string }[]; value: import('../sql/ast.ts').Expr }[], st: PrintState): string {
  return set.map((a) => `${quoteIdent(a.column[a.column.length - 1]!.name)} = ${printExpr(a.value, st)}`).join(', ');
}

export function translateUpdate(s: Update, st: PrintState): DuckDbPlan {
  st.cmd = 'UPDATE';
  const resolved = resolveName(s.table, st);
  const target = printResolved(resolved);
  const values = s.set.map((a) => printExpr(a.value, st));
  const set = s.set.map((a, i) => `${quoteIdent(a.column[a.column.length - 1]!.name)} = ${values[i]}`).join(', ');
  let sql = `UPDATE ${target}${printAlias(s.alias)} SET ${set}`;
  const from = s.from.length ? s.from.map((t) => printTableRef(t, st)).join(', ') : '';
  const where = s.where ? printExpr(s.where, st) : '';
  if (from) sql += ` FROM ${from}`;
  if (where) sql += ` WHERE ${where}`;
  const columns = ['number of rows updated', 'number of multi-joined rows updated'];
  if (!from) return plan(st, 'UPDATE', [sql], columns);
  const pre: string[] = [];
  const ref = quoteIdent(s.alias?.name.name ?? resolved.name);
  const joined = `FROM ${target}${printAlias(s.alias)}, ${from}${where ? ` WHERE ${where}` : ''}`;
  // ERROR_ON_NONDETERMINISTIC_UPDATE (default FALSE): with TRUE, a target row joining several FROM
  // rows is an error (100090) instead of an arbitrary pick.
  const strict = String(st.param('ERROR_ON_NONDETERMINISTIC_UPDATE') ?? 'FALSE').toUpperCase() === 'TRUE';
  if (strict && st.params.length === 0) {
    pre.push(
      `SELECT CASE WHEN count(*) > 0 THEN ${raiseErrorSql(100090, '42P18', 'Duplicate row detected during DML action')} END FROM (SELECT ${ref}.rowid ${joined} GROUP BY ${ref}.rowid HAVING count(*) > 1) AS "_mh_dups"`,
    );
  }
  // DuckDB counts a target row once per joined FROM row; Snowflake counts it once and reports the
  // multi-joined ones apart (https://docs.snowflake.com/en/sql-reference/sql/update, usage notes).
  // The counts are read before the UPDATE changes the rows; binds are used by the same texts as the
  // UPDATE's (the SET values ride along) so the query takes the same parameter list.
  const binds = st.params.length ? values.map((v, i) => `, ${v} AS "_mh_v${i}"`).join('') : '';
  pre.push(
    `SELECT count(*) AS "updated", count(*) FILTER (WHERE "_mh_n" > 1) AS "multi" FROM (SELECT "_mh_id", count(*) AS "_mh_n" FROM (SELECT ${ref}.rowid AS "_mh_id"${binds} ${joined}) AS "_mh_j" GROUP BY "_mh_id") AS "_mh_counts"`,
  );
  return plan(st, 'UPDATE', [...pre, sql], columns, { shape: { kind: 'dmlCounts', columns, countRowFrom: pre.length - 1 } });
}

export function translateDelete(s: Delete, st: PrintState): DuckDbPlan {
  st.cmd = 'DELETE';
  const target = printResolved(resolveName(s.table, st));
  let sql = `DELETE FROM ${target}${printAlias(s.alias)}`;
  if (s.using.length) sql += ` USING ${s.using.map((t) => printTableRef(t, st)).join(', ')}`;
  if (s.where) sql += ` WHERE ${printExpr(s.where, st)}`;
  return plan(st, 'DELETE', [sql], ['number of rows deleted']);
}

function printClause(c: MergeClause, st: PrintState): string {
  const cond = c.condition ? ` AND ${printExpr(c.condition, st)}` : '';
  switch (c.kind) {
    case 'whenMatchedUpdate':
      return `WHEN MATCHED${cond} THEN UPDATE SET ${printSet(c.set, st)}`;
    case 'whenMatchedDelete':
      return `WHEN MATCHED${cond} THEN DELETE`;
    case 'whenNotMatchedInsert':
      return `WHEN NOT MATCHED${cond} THEN INSERT${cols(c.columns)} VALUES (${printExprs(c.values, st)})`;
    case 'whenMatchedUpdateAll':
    case 'whenNotMatchedInsertAll':
      // expandMergeByName has replaced these with explicit lists.
      throw new NotSupportedError('MERGE ... ALL BY NAME');
    default:
      return assertNever(c, 'merge clause');
  }
}

/** MERGE (https://docs.snowflake.com/en/sql-reference/sql/merge) → DuckDB MERGE INTO ... RETURNING merge_action. */
export function translateMerge(merge: Merge, st: PrintState): DuckDbPlan {
  st.cmd = 'MERGE';
  const s = expandMergeByName(merge, st);
  const resolved = resolveName(s.target, st);
  const target = printResolved(resolved);
  if (s.source.kind === 'stageRef') throw new NotSupportedError('MERGE from a stage');
  const clauses = s.clauses.map((c) => printClause(c, st)).join(' ');
  const source = printTableRef(s.source, st);
  const on = printExpr(s.on, st);
  const pre: string[] = [];
  // ERROR_ON_NONDETERMINISTIC_MERGE (default TRUE): a target row that joins several source rows and
  // would be updated or deleted is an error (100090), not an arbitrary pick.
  const touches = s.clauses.some((c) => c.kind !== 'whenNotMatchedInsert');
  const strict = String(st.param('ERROR_ON_NONDETERMINISTIC_MERGE') ?? 'TRUE').toUpperCase() !== 'FALSE';
  if (touches && strict && st.params.length === 0) {
    const ref = quoteIdent(s.targetAlias?.name.name ?? resolved.name);
    pre.push(
      `SELECT CASE WHEN count(*) > 0 THEN ${raiseErrorSql(100090, '42P18', 'Duplicate row detected during DML action')} END FROM (SELECT ${ref}.rowid FROM ${target}${printAlias(s.targetAlias)} JOIN ${source} ON ${on} GROUP BY ${ref}.rowid HAVING count(*) > 1) AS "_mh_dups"`,
    );
  }
  const sql = `MERGE INTO ${target}${printAlias(s.targetAlias)} USING ${source} ON ${on} ${clauses} RETURNING merge_action`;
  const present = new Set(s.clauses.map((c) => c.kind));
  const columns: string[] = [];
  const actions: string[] = [];
  if (present.has('whenNotMatchedInsert')) {
    columns.push('number of rows inserted');
    actions.push('INSERT');
  }
  if (present.has('whenMatchedUpdate')) {
    columns.push('number of rows updated');
    actions.push('UPDATE');
  }
  if (present.has('whenMatchedDelete')) {
    columns.push('number of rows deleted');
    actions.push('DELETE');
  }
  return {
    kind: 'duckdb',
    statementType: 'MERGE',
    sql: [...pre, sql],
    params: st.params,
    shape: { kind: 'dmlCounts', columns, countByAction: actions },
    ...(st.resultScans.length ? { resultScans: st.resultScans } : {}),
  };
}
