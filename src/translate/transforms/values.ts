/**
 * @module translate/transforms/values
 * VALUES column typing (https://docs.snowflake.com/en/sql-reference/sql/insert: `VALUES (3), ('d')`
 * fails with 100038): a column holding numeric literals is numeric, so its string literals are
 * converted to NUMBER — DuckDB would instead widen the whole column to VARCHAR.
 */
import type { Expr } from '../../sql/ast.ts';

function numberScale(e: Expr): number | undefined {
  if (e.kind === 'number') {
    if (/[eE]/.test(e.text)) return undefined;
    const dot = e.text.indexOf('.');
    return dot < 0 ? 0 : e.text.length - dot - 1;
  }
  if (e.kind === 'unary' && (e.op === '-' || e.op === '+')) return numberScale(e.operand);
  return undefined;
}

/** Rows with string literals cast to NUMBER in columns that also hold numeric literals. */
export function unifyValues(rows: Expr[][]): Expr[][] {
  if (rows.length < 2) return rows;
  const width = rows[0]!.length;
  let out = rows;
  for (let j = 0; j < width; j++) {
    let scale: number | undefined;
    let hasString = false;
    for (const r of rows) {
      const c = r[j];
      if (!c) continue;
      if (c.kind === 'string') hasString = true;
      const s = numberScale(c);
      if (s !== undefined) scale = Math.max(scale ?? 0, s);
    }
    if (scale === undefined || !hasString) continue;
    if (out === rows) out = rows.map((r) => [...r]);
    for (const r of out) {
      const c = r[j];
      if (c?.kind === 'string') {
        r[j] = { kind: 'cast', expr: c, type: { kind: 'type', name: 'NUMBER', params: [38, Math.min(scale, 37)] }, try: false, syntax: 'cast' };
      }
    }
  }
  return out;
}
