/**
 * @module translate/dialect/duckdb/query
 * The DuckDB query printer: SELECT (with QUALIFY, GROUP BY ALL/ROLLUP/CUBE/GROUPING SETS, TOP,
 * named windows), set operations (MINUS → EXCEPT, BY NAME), VALUES, and WITH. Every select item
 * gets an explicit alias with Snowflake's column name (transforms/column-names).
 */
import { rewriteOuterJoinMarkers } from '../../transforms/outer-join-marker.ts';
import type { Expr, GroupingElement, Query, Select, SelectItem, With } from '../../../sql/ast.ts';
import { AGGREGATE } from '../../functions/aggregate.ts';
import { assertNever } from '../../../errors.ts';
import { quoteIdent } from '../../_quote.ts';
import type { PrintState } from '../../_state.ts';
import type { ColumnHint } from '../../plan.ts';
import { selectItemName } from '../../transforms/column-names.ts';
import { needsOrderedFlatten, printFromList } from '../../transforms/flatten-order.ts';
import { printOrderBy } from '../../transforms/order-nulls.ts';
import { printStar } from '../../transforms/star.ts';
import { printExpr, printExprs } from './expr.ts';
import { derivedColumns, fromScope, printTableRef } from './from.ts';
import { printWindowBody } from './window.ts';
import { inferType } from '../../transforms/infer-type.ts';
import { unifyValues } from '../../transforms/values.ts';
import { expandJoinOnAliases } from '../../transforms/join-on-aliases.ts';

const NO_ALIASES: Map<string, import('../../../sql/ast.ts').Expr> = new Map();

/** True when an expression calls an aggregate (not as a window function), outside subqueries. */
function hasAggregate(e: Expr): boolean {
  if (e.kind === 'func') {
    if (!e.over && e.name.length === 1 && AGGREGATE_NAMES.has(e.name[0]!.name)) return true;
    return e.args.some(hasAggregate);
  }
  if (e.kind === 'subquery' || e.kind === 'exists' || e.kind === 'inSubquery') return false;
  for (const v of Object.values(e)) {
    if (v && typeof v === 'object') {
      if (Array.isArray(v)) {
        if (v.some((x) => x && typeof x === 'object' && 'kind' in x && hasAggregate(x as Expr))) return true;
      } else if ('kind' in v && hasAggregate(v as Expr)) return true;
    }
  }
  return false;
}

const AGGREGATE_NAMES = new Set(Object.keys(AGGREGATE));

/**
 * Set operations between text and numbers: Snowflake converts the text branch to a number
 * (https://docs.snowflake.com/en/sql-reference/operators-query, 100038 on non-numeric text); DuckDB
 * would widen to VARCHAR. The text side is wrapped in a SELECT that casts those columns.
 */
function coerceBranches(l: Query, r: Query, ls: string, rs: string, st: PrintState): [string, string] {
  if (l.kind !== 'select' || r.kind !== 'select') return [ls, rs];
  const lt = st.selectTypes.get(l);
  const rt = st.selectTypes.get(r);
  if (!lt || !rt || lt.length !== rt.length) return [ls, rs];
  const numeric = (t: typeof lt[number]): boolean => t?.f === 'fixed' || t?.f === 'real';
  const castL: (string | undefined)[] = [];
  const castR: (string | undefined)[] = [];
  lt.forEach((a, i) => {
    const b = rt[i];
    const target = (t: typeof a): string => (t?.f === 'real' ? 'DOUBLE' : `DECIMAL(38,${t?.s ?? 0})`);
    castL.push(a?.f === 'text' && numeric(b) ? target(b) : undefined);
    castR.push(b?.f === 'text' && numeric(a) ? target(a) : undefined);
  });
  const wrap = (q: Select, sql: string, casts: (string | undefined)[]): string => {
    if (!casts.some((c) => c)) return sql;
    const names = q.items.map((it) => selectItemName(it));
    if (names.some((n) => n === null)) return sql;
    const inner = names.map((_, i) => quoteIdent(`_c${i + 1}`));
    const cols = inner.map((c, i) => `${casts[i] ? `CAST(${c} AS ${casts[i]})` : c} AS ${quoteIdent(names[i]!)}`);
    return `SELECT ${cols.join(', ')} FROM (${sql}) AS "_mh_u"(${inner.join(', ')})`;
  };
  return [wrap(l, ls, castL), wrap(r, rs, castR)];
}

/** Print WITH and register the CTE names; the caller pops `st.cteScopes` afterwards. */
function printWith(w: With | undefined, st: PrintState): string {
  if (!w) return '';
  const names = new Map<string, ColumnHint[] | undefined>();
  st.cteScopes.push(names);
  const parts: string[] = [];
  for (const c of w.ctes) {
    names.set(c.name.name, undefined);
    const cols = c.columns?.length ? `(${c.columns.map((i) => quoteIdent(i.name)).join(', ')})` : '';
    parts.push(`${quoteIdent(c.name.name)}${cols} AS (${printQuery(c.query, st)})`);
    // Known after the body is printed (a recursive CTE's own columns stay unknown inside it).
    names.set(c.name.name, derivedColumns(c.query, st, c.columns));
  }
  return `WITH ${w.recursive ? 'RECURSIVE ' : ''}${parts.join(', ')} `;
}

/**
 * LIMIT / OFFSET. Snowflake also accepts NULL, '' and $$$$ there, meaning "unlimited" and 0
 * (https://docs.snowflake.com/en/sql-reference/constructs/limit#parameters); DuckDB reads NULL that
 * way but rejects an empty string, so an empty string literal is printed as NULL.
 */
function limitOffset(limit: Query['limit'], offset: Query['offset'], st: PrintState): string {
  const bound = (e: NonNullable<Query['limit']>): string => (e.kind === 'string' && e.value === '' ? 'NULL' : printExpr(e, st));
  let s = '';
  if (limit) s += ` LIMIT ${bound(limit)}`;
  if (offset) s += ` OFFSET ${bound(offset)}`;
  return s;
}

function printGrouping(g: GroupingElement, st: PrintState): string {
  switch (g.kind) {
    case 'groupExpr':
      return printExpr(g.expr, st);
    case 'rollup':
      return `ROLLUP (${printExprs(g.exprs, st)})`;
    case 'cube':
      return `CUBE (${printExprs(g.exprs, st)})`;
    case 'groupingSets':
      return `GROUPING SETS (${g.sets.map((s) => `(${printExprs(s, st)})`).join(', ')})`;
    default:
      return assertNever(g, 'grouping element');
  }
}

function printItem(item: SelectItem, st: PrintState): string {
  if (item.expr.kind === 'star' && !item.alias) return printStar(item.expr, st);
  const name = selectItemName(item)!;
  const e = item.expr;
  // A bare column already carries its name; aliasing it to itself would make DuckDB report an
  // unknown column as a forward alias reference instead of "not found" (→ 000904).
  if (!item.alias && e.kind === 'column' && e.parts[e.parts.length - 1]!.name === name && name !== 'DEFAULT' && name !== 'NEXTVAL' && name !== 'CURRVAL') return printExpr(e, st);
  return `${printExpr(e, st)} AS ${quoteIdent(name)}`;
}

function printSelect(orig: Select, st: PrintState): string {
  const s = rewriteOuterJoinMarkers(orig);
  let withSql = printWith(s.with, st);
  let from = '';
  // After WITH (its CTEs are in scope), before the FROM list is printed.
  const fromList = expandJoinOnAliases(s, () => fromScope(s.from, st).tables);
  if (fromList.length && st.subqueryDepth === 0 && needsOrderedFlatten(fromList)) {
    const ctes: string[] = [];
    from = ` FROM ${printFromList(fromList, st, ctes)}`;
    if (ctes.length) withSql = withSql ? `${withSql.slice(0, -1)}, ${ctes.join(', ')} ` : `WITH ${ctes.join(', ')} `;
  } else if (fromList.length) from = ` FROM ${fromList.map((t) => printTableRef(t, st)).join(', ')}`;
  const scope = fromScope(s.from, st);
  st.tableScopes.push(scope.tables);
  st.positional.push(scope.positional);
  let aliases = NO_ALIASES;
  for (const it of s.items) {
    if (!it.alias) continue;
    if (aliases === NO_ALIASES) aliases = new Map();
    aliases.set(it.alias.name, it.expr);
  }
  st.selectAliases.push(aliases);
  const top = st.selectDepth === 0;
  st.selectDepth++;
  try {
    if (st.setOpDepth > 0) st.selectTypes.set(orig, s.items.map((it) => (it.expr.kind === 'star' ? undefined : inferType(it.expr, st))));
    if (top) {
      st.topTypes = s.items.map((it) => {
        const k = it.expr.kind;
        if (k !== 'func' && k !== 'arrayLit' && k !== 'objectLit' && k !== 'cast' && k !== 'paren') return undefined;
        const f = inferType(it.expr, st)?.f;
        return f === 'object' || f === 'array' ? f : undefined;
      });
    }
    let sql = `${withSql}SELECT ${s.distinct ? 'DISTINCT ' : ''}`;
    for (let i = 0; i < s.items.length; i++) sql += (i ? ', ' : '') + printItem(s.items[i]!, st);
    sql += from;
    if (s.where) sql += ` WHERE ${printExpr(s.where, st)}`;
    if (s.groupBy) sql += s.groupBy.all ? ' GROUP BY ALL' : ` GROUP BY ${s.groupBy.items.map((g) => printGrouping(g, st)).join(', ')}`;
    if (s.having) sql += ` HAVING ${printExpr(s.having, st)}`;
    if (s.windows?.length) sql += ` WINDOW ${s.windows.map((w) => `${quoteIdent(w.name.name)} AS (${printWindowBody(w.spec, st)})`).join(', ')}`;
    if (s.qualify) sql += ` QUALIFY ${printExpr(s.qualify, st)}`;
    // An aggregate query without GROUP BY yields one row: Snowflake accepts (and ignores) an ORDER BY
    // on non-aggregated columns there, DuckDB rejects it, so it is dropped.
    if (!(s.orderBy && !s.groupBy && s.items.some((i) => hasAggregate(i.expr)))) sql += printOrderBy(s.orderBy, st);
    sql += limitOffset(s.limit ?? s.top, s.offset, st);
    return sql;
  } finally {
    st.selectDepth--;
    st.tableScopes.pop();
    st.positional.pop();
    st.selectAliases.pop();
    if (s.with) st.cteScopes.pop();
  }
}

/** `VALUES (...)` as a query: Snowflake names its columns COLUMN1..n. */
function printValuesQuery(rows: import('../../../sql/ast.ts').Expr[][], st: PrintState): string {
  const n = rows[0]?.length ?? 0;
  const cols = Array.from({ length: n }, (_, i) => quoteIdent(`COLUMN${i + 1}`));
  return `SELECT * FROM (VALUES ${unifyValues(rows).map((r) => `(${printExprs(r, st)})`).join(', ')}) AS ${quoteIdent('_values')}(${cols.join(', ')})`;
}

/** Print a query as DuckDB SQL. */
export function printQuery(q: Query, st: PrintState): string {
  switch (q.kind) {
    case 'select':
      return printSelect(q, st);
    case 'setOp': {
      const withSql = printWith(q.with, st);
      try {
        const op = `${q.op}${q.all ? ' ALL' : ''}${q.byName ? ' BY NAME' : ''}`;
        st.setOpDepth++;
        let left: string;
        let right: string;
        try {
          left = printQuery(q.left, st);
          right = printQuery(q.right, st);
        } finally {
          st.setOpDepth--;
        }
        if (!q.byName) [left, right] = coerceBranches(q.left, q.right, left, right, st);
        let sql = `${withSql}(${left}) ${op} (${right})`;
        sql += printOrderBy(q.orderBy, st) + limitOffset(q.limit, q.offset, st);
        return sql;
      } finally {
        if (q.with) st.cteScopes.pop();
      }
    }
    case 'values': {
      const base = printValuesQuery(q.rows, st);
      if (!q.orderBy && !q.limit && !q.offset) return base;
      return `SELECT * FROM (${base})${printOrderBy(q.orderBy, st)}${limitOffset(q.limit, q.offset, st)}`;
    }
    case 'parenQuery': {
      const withSql = printWith(q.with, st);
      try {
        const inner = printQuery(q.query, st);
        if (!q.orderBy && !q.limit && !q.offset && !withSql) return `(${inner})`;
        return `${withSql}SELECT * FROM (${inner})${printOrderBy(q.orderBy, st)}${limitOffset(q.limit, q.offset, st)}`;
      } finally {
        if (q.with) st.cteScopes.pop();
      }
    }
    default:
      return assertNever(q, 'query');
  }
}

/** Snowflake's result column names of a query, or undefined when a `*` leaves them to DuckDB. */
export function queryColumnNames(q: Query): ColumnHint[] | undefined {
  switch (q.kind) {
    case 'select': {
      const out: ColumnHint[] = [];
      for (const it of q.items) {
        const n = selectItemName(it);
        if (n === null) return undefined;
        out.push({ name: n });
      }
      return out;
    }
    case 'setOp':
      return queryColumnNames(q.left);
    case 'values':
      return Array.from({ length: q.rows[0]?.length ?? 0 }, (_, i) => ({ name: `COLUMN${i + 1}` }));
    case 'parenQuery':
      return queryColumnNames(q.query);
    default:
      return assertNever(q, 'query');
  }
}
