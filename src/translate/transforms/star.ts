/**
 * @module translate/transforms/star
 * `*` and `t.*` with Snowflake's EXCLUDE, REPLACE, RENAME and ILIKE
 * (https://docs.snowflake.com/en/sql-reference/sql/select#parameters) → DuckDB's star modifiers;
 * `* ILIKE 'p'` → `COLUMNS(c -> c ILIKE 'p')`.
 */
import type { Star } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printIdents } from './names.ts';

export function printStar(e: Star, st: PrintState): string {
  const base = e.qualifier && e.qualifier.length ? `${printIdents(e.qualifier)}.*` : '*';
  if (e.ilike !== undefined) {
    if (e.qualifier?.length || e.exclude || e.replace || e.rename) throw new NotSupportedError('* ILIKE combined with a qualifier or other modifiers');
    return `COLUMNS(lambda c: c ILIKE ${quoteString(e.ilike)})`;
  }
  let s = base;
  if (e.exclude?.length) s += ` EXCLUDE (${e.exclude.map((i) => quoteIdent(i.name)).join(', ')})`;
  if (e.replace?.length) s += ` REPLACE (${e.replace.map((r) => `${printExpr(r.expr, st)} AS ${quoteIdent(r.as.name)}`).join(', ')})`;
  if (e.rename?.length) s += ` RENAME (${e.rename.map((r) => `${quoteIdent(r.from.name)} AS ${quoteIdent(r.to.name)}`).join(', ')})`;
  return s;
}
