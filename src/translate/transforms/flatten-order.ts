/**
 * @module translate/transforms/flatten-order
 * Row order of LATERAL FLATTEN (https://docs.snowflake.com/en/sql-reference/functions/flatten).
 * Snowflake returns, for each input row in order, that row's elements in document order, and SEQ
 * numbers the input rows. DuckDB decorrelates a LATERAL subquery into a hash join, which returns
 * the rows in no particular order. So a FLATTEN over preceding FROM items `L` is printed as:
 *
 * ```
 * WITH "_mh_fl1" AS MATERIALIZED (
 *   SELECT "_x".* EXCLUDE ("_in"), "_f".* FROM
 *     (SELECT struct_pack(*COLUMNS("T".*)) AS "_a0", row_number() OVER () AS "_rn", <input> AS "_in" FROM L) AS "_x",
 *     LATERAL (<json_each/json_tree rows of "_x"."_in", SEQ = "_x"."_rn", "_ord" = element id>) AS "_f")
 * SELECT ... FROM ((SELECT unnest("_a0") FROM "_mh_fl1" ORDER BY "_rn", "_ord") AS "T"
 *   POSITIONAL JOIN (SELECT "SEQ", ..., "THIS" FROM "_mh_fl1" ORDER BY "_rn", "_ord") AS "F")
 * ```
 *
 * `row_number() OVER ()` numbers L in its own order; the materialized CTE is read once per FROM
 * item, each read sorted by (input row, element id), and POSITIONAL JOIN (single-threaded, order
 * preserving) puts the pieces side by side again under their original aliases, so `*`, `T.*`,
 * `F.VALUE` and unqualified names keep their meaning (an unaliased derived table in L is given a
 * name). L must not hold a USING/NATURAL join (their merged columns would split). Otherwise, for
 * FLATTEN on the right of RIGHT/FULL joins or under an ON condition other than TRUE, and inside
 * expression subqueries and LATERAL derived tables (DuckDB 1.5 fails on a CTE holding a LATERAL
 * join inside a correlated subquery: `unordered_map::at`), the plain LATERAL join is printed and
 * the order is DuckDB's. SPLIT_TO_TABLE and STRTOK_SPLIT_TO_TABLE are rewritten the same way
 * (their rows come from a split list instead of json_each).
 */
import type { Expr, TableRef, TableRefFunc } from '../../sql/ast.ts';
import { quoteIdent } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printTableRef } from '../dialect/duckdb/from.ts';
import { isOrderedTableFunc, orderedParts } from './table-functions.ts';

/** The FROM items printed so far: their SQL, the names they bind, and whether all are addressable. */
interface Acc {
  sql: string;
  names: string[];
  ok: boolean;
}

/** The name a FROM item binds in DuckDB, or undefined when it has none we can address. */
function bindingName(t: TableRef): string | undefined {
  switch (t.kind) {
    case 'table': {
      if (t.alias) return t.alias.name.name;
      if (t.name.kind !== 'qname') return undefined;
      return t.name.parts[t.name.parts.length - 1]!.name;
    }
    case 'derived':
    case 'pivot':
    case 'unpivot':
      return t.alias?.name.name;
    case 'tableFunc':
      return t.alias?.name.name ?? t.func.name[t.func.name.length - 1]!.name;
    case 'valuesTable':
      return t.alias?.name.name ?? '_values';
    default:
      return undefined;
  }
}

/** Whether any FROM item holds a FLATTEN that follows another item (only then is the rewrite needed). */
export function needsOrderedFlatten(from: TableRef[]): boolean {
  for (let i = 0; i < from.length; i++) {
    let t = from[i]!;
    // Walk the left spine: a FLATTEN on the right of a join, or as the leftmost leaf of a later item.
    while (t.kind === 'join') {
      if (t.right.kind === 'tableFunc' && isOrderedTableFunc(t.right)) return true;
      t = t.left;
    }
    if (i > 0 && t.kind === 'tableFunc' && isOrderedTableFunc(t)) return true;
  }
  return false;
}

function isTrue(e: Expr | undefined): boolean {
  return e === undefined || (e.kind === 'boolean' && e.value);
}

/**
 * Print a SELECT's FROM list, keeping FLATTEN's row order. The CTEs the rewrite needs are appended
 * to `ctes` (printed `name AS MATERIALIZED (...)`), for the caller's WITH.
 */
export function printFromList(from: TableRef[], st: PrintState, ctes: string[]): string {
  let acc: Acc | null = null;
  for (const t of from) acc = item(t, acc, st, ctes);
  return acc?.sql ?? '';
}

/** Print `t` after the items in `acc` (comma-separated), consuming them when a FLATTEN needs them. */
function item(t: TableRef, acc: Acc | null, st: PrintState, ctes: string[]): Acc {
  if (t.kind === 'join' && t.joinType !== 'ASOF') {
    const left = item(t.left, acc, st, ctes);
    const r = t.right;
    if (r.kind === 'tableFunc' && isOrderedTableFunc(r) && left.ok && !t.natural && !t.using?.length && isTrue(t.on)) {
      if (t.joinType === 'INNER' || t.joinType === 'CROSS') return group(left, r, false, st, ctes);
      if (t.joinType === 'LEFT') return group(left, r, true, st, ctes);
    }
    const right = printTableRef(r, st);
    const nat = t.natural ? 'NATURAL ' : '';
    const kind = t.joinType === 'INNER' ? 'JOIN' : t.joinType === 'CROSS' ? 'CROSS JOIN' : `${t.joinType} JOIN`;
    let s = `${left.sql} ${nat}${kind} ${right}`;
    if (t.on) s += ` ON ${printExpr(t.on, st)}`;
    else if (t.using?.length) s += ` USING (${t.using.map((u) => quoteIdent(u.name)).join(', ')})`;
    else if (t.joinType !== 'CROSS' && !t.natural && r.kind === 'tableFunc') s += ' ON TRUE';
    const name = bindingName(r);
    const ok = left.ok && !t.natural && !t.using?.length && name !== undefined;
    return { sql: s, names: name === undefined ? left.names : [...left.names, name], ok };
  }
  if (acc && acc.ok && t.kind === 'tableFunc' && isOrderedTableFunc(t)) return group(acc, t, false, st, ctes);
  // An unaliased derived table gets a name, so that the rewrite can address its columns.
  if (t.kind === 'derived' && !t.alias) {
    t = { ...t, alias: { kind: 'tableAlias', name: { kind: 'ident', name: `_mh_d${++st.flattenCount}`, quoted: true } } };
  }
  const s = printTableRef(t, st);
  const name = t.kind === 'join' ? undefined : bindingName(t);
  if (!acc) return { sql: s, names: name === undefined ? [] : [name], ok: name !== undefined };
  return { sql: `${acc.sql}, ${s}`, names: name === undefined ? acc.names : [...acc.names, name], ok: acc.ok && name !== undefined };
}

/** `L, LATERAL FLATTEN(...) f` (or `L [LEFT] JOIN LATERAL FLATTEN(...) f ON TRUE`) in Snowflake's order. */
function group(left: Acc, f: TableRefFunc, leftJoin: boolean, st: PrintState, ctes: string[]): Acc {
  const { input, body, alias, columns } = orderedParts(f, st);
  const cte = quoteIdent(`_mh_fl${++st.flattenCount}`);
  const packs = left.names.map((n, i) => `struct_pack(*COLUMNS(${quoteIdent(n)}.*)) AS "_a${i}"`);
  const x = `SELECT ${packs.join(', ')}, row_number() OVER () AS "_rn", ${input} AS "_in" FROM ${left.sql}`;
  const join = leftJoin ? ` LEFT JOIN LATERAL (${body}) AS "_f" ON TRUE` : `, LATERAL (${body}) AS "_f"`;
  ctes.push(`${cte} AS MATERIALIZED (SELECT "_x".* EXCLUDE ("_in"), "_f".* FROM (${x}) AS "_x"${join})`);
  const order = ' ORDER BY "_rn", "_ord"';
  const parts = left.names.map((n, i) => `(SELECT unnest("_a${i}") FROM ${cte}${order}) AS ${quoteIdent(n)}`);
  parts.push(`(SELECT ${columns.map(quoteIdent).join(', ')} FROM ${cte}${order})${alias}`);
  const name = bindingName(f)!;
  return { sql: `(${parts.join(' POSITIONAL JOIN ')})`, names: [...left.names, name], ok: true };
}
