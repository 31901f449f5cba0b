/**
 * @module translate/transforms/division
 * Snowflake `/` (https://docs.snowflake.com/en/sql-reference/operators-arithmetic): a quotient of
 * fixed-point numbers is a NUMBER with scale max(S1, min(S1+6, 12)) (`1/3` → 0.333333), and a zero
 * divisor raises 100051 `Division by zero` (DuckDB would return NULL/Infinity). The zero check is a
 * CASE calling DuckDB's `error('Division by zero')`, which the engine maps to 100051.
 * DIV0 / DIV0NULL (https://docs.snowflake.com/en/sql-reference/functions/div0) return 0 / NULL instead.
 */
import type { Expr } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { isIntLiteral, printExpr } from '../dialect/duckdb/expr.ts';
import { divScale, inferType } from './infer-type.ts';
import { printArithmeticOperand } from './semi-structured.ts';

export type ZeroMode = 'error' | 'zero' | 'zeroIfNull';

/**
 * `l * r`: Snowflake's product scale is min(S1+S2, max(S1, S2, 12)); DuckDB keeps S1+S2, so a
 * product whose scale would exceed the cap is cast down (rounded) to it.
 */
export function printMultiply(l: Expr, r: Expr, st: PrintState): string {
  if (isIntLiteral(l) && isIntLiteral(r)) return `(CAST(${printExpr(l, st)} AS DECIMAL(38,0)) * ${printExpr(r, st)})`;
  const p = `(${printArithmeticOperand(l, r, st)} * ${printArithmeticOperand(r, l, st)})`;
  const a = inferType(l, st);
  const b = inferType(r, st);
  if (a?.f !== 'fixed' || b?.f !== 'fixed') return p;
  const s1 = a.s ?? 0;
  const s2 = b.s ?? 0;
  const s = Math.min(s1 + s2, Math.max(s1, s2, 12));
  return s < s1 + s2 ? `CAST(${p} AS DECIMAL(38,${s}))` : p;
}

const DATE_UNITS = /^\s*[-+]?\d+\s*(year|years|y|yr|yrs|month|months|mon|mons|mm|day|days|d|dd|week|weeks|w|wk|quarter|quarters|q|qtr)s?\s*$/i;

/** DATE ± INTERVAL of whole days/months/years stays a DATE in Snowflake. */
export function isDateInterval(e: { left: Expr; right: Expr }, st: PrintState): boolean {
  const r = e.right;
  if (r.kind !== 'interval' || inferType(e.left, st)?.f !== 'date') return false;
  const text = r.unit ? `${r.value} ${r.unit}` : r.value;
  return text.split(',').every((p) => DATE_UNITS.test(p));
}

/** Print `l / r` with Snowflake's scale rule and zero handling. */
export function printDivision(l: Expr, r: Expr, st: PrintState, mode: ZeroMode = 'error'): string {
  const L = printArithmeticOperand(l, r, st);
  const R = printArithmeticOperand(r, l, st);
  const lt = inferType(l, st);
  const rt = inferType(r, st);
  const onZero = mode === 'error' ? `error('Division by zero')` : '0';
  const zeroTest = mode === 'zeroIfNull' ? `(${R} = 0 OR ${R} IS NULL)` : `${R} = 0`;
  const q = `(CASE WHEN ${zeroTest} THEN ${onZero} ELSE (CAST(${L} AS DOUBLE) / ${R}) END)`;
  if (lt?.f === 'fixed' && (rt?.f === 'fixed' || r.kind === 'null')) return `CAST(${q} AS DECIMAL(38,${divScale(lt.s ?? 0)}))`;
  // Float or statically unknown operands: DuckDB's DOUBLE quotient.
  return q;
}
