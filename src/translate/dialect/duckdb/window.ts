/**
 * @module translate/dialect/duckdb/window
 * Window specifications (https://docs.snowflake.com/en/sql-reference/functions-analytic):
 * PARTITION BY, ORDER BY (with Snowflake's NULL ordering) and ROWS/RANGE frames.
 */
import type { WindowFrameBound, WindowSpec } from '../../../sql/ast.ts';
import { quoteIdent } from '../../_quote.ts';
import type { PrintState } from '../../_state.ts';
import { printOrderItem } from '../../transforms/order-nulls.ts';
import { printExpr } from './expr.ts';

function bound(b: WindowFrameBound, st: PrintState): string {
  if (b.type === 'PRECEDING' || b.type === 'FOLLOWING') return `${printExpr(b.offset!, st)} ${b.type}`;
  return b.type;
}

/** The inside of `OVER (...)` / `WINDOW w AS (...)`. */
export function printWindowBody(w: WindowSpec, st: PrintState): string {
  const parts: string[] = [];
  if (w.ref) parts.push(quoteIdent(w.ref.name));
  if (w.partitionBy.length) parts.push(`PARTITION BY ${w.partitionBy.map((e) => printExpr(e, st)).join(', ')}`);
  if (w.orderBy.length) parts.push(`ORDER BY ${w.orderBy.map((o) => printOrderItem(o, st)).join(', ')}`);
  if (w.frame) {
    const f = w.frame;
    parts.push(f.end ? `${f.unit} BETWEEN ${bound(f.start, st)} AND ${bound(f.end, st)}` : `${f.unit} ${bound(f.start, st)}`);
  }
  return parts.join(' ');
}

/** ` OVER (...)`; a bare named window prints as ` OVER "W"`. */
export function printOver(w: WindowSpec | undefined, st: PrintState): string {
  if (!w) return '';
  if (w.ref && !w.partitionBy.length && !w.orderBy.length && !w.frame) return ` OVER ${quoteIdent(w.ref.name)}`;
  return ` OVER (${printWindowBody(w, st)})`;
}
