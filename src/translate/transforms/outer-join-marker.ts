/**
 * @module translate/transforms/outer-join-marker
 * Snowflake's outer-join marker in WHERE (https://docs.snowflake.com/en/sql-reference/constructs/where#joins-in-the-where-clause):
 * `FROM t1, t2 WHERE t2.c(+) = t1.c` is `FROM t1 LEFT OUTER JOIN t2 ON t2.c = t1.c`. DuckDB has no
 * such syntax, so the WHERE conjuncts whose markers name one FROM table become the ON condition of
 * a LEFT JOIN to that table; the other FROM items are cross-joined in their order and every other
 * conjunct stays in WHERE (so it still filters after the join, as in Snowflake).
 */
import type { ColumnRef, Expr, Select, TableRef } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';

/** The qualifiers of the marked columns in `e` (not looking into nested queries). */
function markers(e: unknown, out: ColumnRef[]): ColumnRef[] {
  if (!e || typeof e !== 'object') return out;
  if (Array.isArray(e)) {
    for (const x of e) markers(x, out);
    return out;
  }
  const o = e as { kind?: string };
  if (o.kind === 'column') {
    if ((o as ColumnRef).outerJoin) out.push(o as ColumnRef);
    return out;
  }
  if (o.kind === 'subquery' || o.kind === 'exists' || o.kind === 'inSubquery' || o.kind === 'select' || o.kind === 'setOp') return out;
  for (const v of Object.values(o)) markers(v, out);
  return out;
}

/** A copy of `e` without outer-join markers. */
function unmark<T>(e: T): T {
  if (!e || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map(unmark) as T;
  const o = e as { kind?: string };
  if (o.kind === 'column' && (o as ColumnRef).outerJoin) {
    const { outerJoin: _drop, ...rest } = o as ColumnRef;
    return rest as T;
  }
  if (o.kind === 'subquery' || o.kind === 'exists' || o.kind === 'select' || o.kind === 'setOp') return e;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) copy[k] = unmark(v);
  return copy as T;
}

function conjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'AND' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

function and(es: Expr[]): Expr | undefined {
  return es.reduce<Expr | undefined>((acc, e) => (acc ? { kind: 'binary', op: 'AND', left: acc, right: e } : e), undefined);
}

/** The name a FROM table is referred to by (alias, else its last name part), folded as parsed. */
function refName(t: TableRef): string | undefined {
  if (t.kind !== 'table' || t.name.kind !== 'qname') return undefined;
  return t.alias?.name.name ?? t.name.parts[t.name.parts.length - 1]!.name;
}

/** `s` with its WHERE outer-join markers turned into LEFT JOINs; `s` itself when it has none. */
export function rewriteOuterJoinMarkers(s: Select): Select {
  if (!s.where || markers(s.where, []).length === 0) return s;
  const names = s.from.map(refName);
  const onFor = new Map<number, Expr[]>();
  const rest: Expr[] = [];
  for (const c of conjuncts(s.where)) {
    const ms = markers(c, []);
    if (ms.length === 0) {
      rest.push(c);
      continue;
    }
    const quals = new Set(ms.map((m) => (m.parts.length >= 2 ? m.parts[m.parts.length - 2]!.name : undefined)));
    const q = quals.size === 1 ? [...quals][0] : undefined;
    const i = q === undefined ? -1 : names.indexOf(q);
    if (i < 0) throw new NotSupportedError('outer-join marker (+) not qualified by one FROM table');
    onFor.set(i, [...(onFor.get(i) ?? []), unmark(c)]);
  }
  let joined: TableRef | undefined;
  for (let i = 0; i < s.from.length; i++) {
    if (onFor.has(i)) continue;
    joined = joined ? { kind: 'join', joinType: 'CROSS', natural: false, left: joined, right: s.from[i]! } : s.from[i]!;
  }
  if (!joined) throw new NotSupportedError('outer-join marker (+) on every FROM table');
  for (const [i, on] of [...onFor].sort((a, b) => a[0] - b[0])) {
    joined = { kind: 'join', joinType: 'LEFT', natural: false, left: joined, right: s.from[i]!, on: and(on)! };
  }
  const where = and(rest);
  const out: Select = { ...s, from: [joined] };
  if (where) out.where = where;
  else delete out.where;
  return out;
}
