/**
 * @module sql/_quantified
 * `x op ALL (subquery)` and `x op ANY (subquery)` written with existing nodes, keeping SQL's
 * three-valued result (https://docs.snowflake.com/en/sql-reference/operators-subquery):
 *
 * - ALL: FALSE if some row makes `x op v` FALSE, else NULL if some row makes it NULL, else TRUE
 *   (TRUE for an empty subquery).
 * - ANY: TRUE if some row makes it TRUE, else NULL if some row makes it NULL, else FALSE.
 *
 * The subquery becomes a derived table with an alias no user query can collide with, so `x` still
 * refers to the outer query.
 */
import type { BinaryOp, CaseExpr, ColumnRef, Expr, Ident, Query } from './ast.ts';

const Q_ALIAS: Ident = { kind: 'ident', name: '__mockhaus_quantified', quoted: true };
const Q_COLUMN: Ident = { kind: 'ident', name: '__mockhaus_value', quoted: true };

/**
 * A deep copy of an AST subtree (plain objects, arrays and primitives only). Each use of the
 * subquery and of `x` gets its own nodes; hand-written because structuredClone costs tens of
 * microseconds per call here.
 */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone) as T;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = clone((v as Record<string, unknown>)[k]);
  return out as T;
}

function existsRow(query: Query, where: Expr): Expr {
  return {
    kind: 'exists',
    not: false,
    query: {
      kind: 'select',
      distinct: false,
      items: [{ kind: 'selectItem', expr: { kind: 'number', text: '1' }, text: '1' }],
      from: [{ kind: 'derived', query: clone(query), lateral: false, alias: { kind: 'tableAlias', name: Q_ALIAS, columns: [Q_COLUMN] } }],
      where,
    },
  };
}

export function quantifiedComparison(left: Expr, op: BinaryOp, quantifier: 'ANY' | 'ALL', query: Query): CaseExpr {
  const value: ColumnRef = { kind: 'column', parts: [Q_ALIAS, Q_COLUMN] };
  const cmp = (): Expr => ({ kind: 'paren', expr: { kind: 'binary', op, left: clone(left), right: value } });
  const decisive: Expr = quantifier === 'ALL' ? { kind: 'unary', op: 'NOT', operand: cmp() } : cmp();
  const unknown: Expr = { kind: 'is', operand: cmp(), not: false, target: 'null' };
  return {
    kind: 'case',
    whens: [
      { when: existsRow(query, decisive), then: { kind: 'boolean', value: quantifier !== 'ALL' } },
      { when: existsRow(query, unknown), then: { kind: 'null' } },
    ],
    else: { kind: 'boolean', value: quantifier === 'ALL' },
  };
}
