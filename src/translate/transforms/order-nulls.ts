/**
 * @module translate/transforms/order-nulls
 * Snowflake's default NULL ordering (https://docs.snowflake.com/en/sql-reference/constructs/order-by,
 * DEFAULT_NULL_ORDERING = LAST): NULLs sort high, so last for ASC and first for DESC. DuckDB's
 * default differs, so every ORDER BY item gets an explicit NULLS FIRST|LAST.
 */
import type { OrderItem } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';

function nullsFirstByDefault(st: PrintState): boolean {
  return String(st.param('DEFAULT_NULL_ORDERING') ?? 'LAST').toUpperCase() === 'FIRST';
}

function printItem(o: OrderItem, st: PrintState, nullsFirst: boolean): string {
  const desc = o.desc === true;
  const dflt = nullsFirst ? (desc ? 'LAST' : 'FIRST') : desc ? 'FIRST' : 'LAST';
  const nulls = o.nulls ?? dflt;
  return `${printExpr(o.expr, st)} ${desc ? 'DESC' : 'ASC'} NULLS ${nulls}`;
}

export function printOrderItem(o: OrderItem, st: PrintState): string {
  return printItem(o, st, nullsFirstByDefault(st));
}

export function printOrderBy(items: OrderItem[] | undefined, st: PrintState): string {
  if (!items || items.length === 0) return '';
  // The session parameter is read once per ORDER BY.
  const nullsFirst = nullsFirstByDefault(st);
  let s = ' ORDER BY ';
  for (let i = 0; i < items.length; i++) s += (i ? ', ' : '') + printItem(items[i]!, st, nullsFirst);
  return s;
}
