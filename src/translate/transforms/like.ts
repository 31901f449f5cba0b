/**
 * @module translate/transforms/like
 * LIKE / ILIKE with ANY|ALL (https://docs.snowflake.com/en/sql-reference/functions/like_any,
 * …/like_all) expand to OR / AND chains; RLIKE and REGEXP match the whole subject
 * (https://docs.snowflake.com/en/sql-reference/functions/rlike) → `regexp_full_match`.
 */
import type { LikeExpr } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';

export function printLike(e: LikeExpr, st: PrintState): string {
  const subject = printExpr(e.operand, st);
  const esc = e.escape ? ` ESCAPE ${printExpr(e.escape, st)}` : '';
  const one = (pat: string): string => {
    switch (e.op) {
      case 'LIKE':
        return `(${subject} LIKE ${pat}${esc})`;
      case 'ILIKE':
        return `(${subject} ILIKE ${pat}${esc})`;
      case 'RLIKE':
      case 'REGEXP':
        return `regexp_full_match(${subject}, ${pat})`;
    }
  };
  let body: string;
  if (e.quantifier) {
    const parts = (e.patterns ?? []).map((p) => one(printExpr(p, st)));
    body = `(${parts.join(e.quantifier === 'ANY' ? ' OR ' : ' AND ')})`;
  } else {
    body = one(printExpr(e.pattern!, st));
  }
  return e.not ? `(NOT ${body})` : body;
}
