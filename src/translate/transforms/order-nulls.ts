/**
 * @module translate/transforms/order-nulls
 * Snowflake's default NULL ordering (https://docs.snowflake.com/en/sql-reference/constructs/order-by,
 * DEFAULT_NULL_ORDERING = LAST): NULLs sort high, so last for ASC and first for DESC. DuckDB's
 * default differs, so every ORDER BY item gets an explicit NULLS FIRST|LAST.
 */
import type { OrderItem } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';

export function printOrderItem(o: OrderItem, st: PrintState): string {
  const desc = o.desc === true;
  const nullOrder = String(st.param('DEFAULT_NULL_ORDERING') ?? 'LAST').toUpperCase();
  const dflt = nullOrder === 'FIRST' ? (desc ? 'LAST' : 'FIRST') : desc ? 'FIRST' : 'LAST';
  const nulls = o.nulls ?? dflt;
  return `${printExpr(o.expr, st)} ${desc ? 'DESC' : 'ASC'} NULLS ${nulls}`;
}

export function printOrderBy(items: OrderItem[] | undefined, st: PrintState): string {
  if (!items || items.length === 0) return '';
  return ` ORDER BY ${items.map((o) => printOrderItem(o, st)).join(', ')}`;
}
