/**
 * @module translate/transforms/star
 * `*` and `t.*` with Snowflake's EXCLUDE, REPLACE, RENAME and ILIKE
 * (https://docs.snowflake.com/en/sql-reference/sql/select#parameters) → DuckDB's star modifiers;
 * `* ILIKE 'p'` → `COLUMNS(c -> c ILIKE 'p')`. DuckDB cannot combine its ILIKE filter with a
 * qualifier, REPLACE or RENAME (which Snowflake allows: `* ILIKE … REPLACE … RENAME …`), so there the
 * columns that do not match are listed in an EXCLUDE instead, from the catalog columns of the FROM
 * items the star covers.
 */
import type { Star } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printIdents } from './names.ts';

function likeToRegex(p: string): RegExp {
  const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

/**
 * Names of the columns `e` covers that its ILIKE pattern does not match, from the catalog columns of
 * the innermost FROM scope; undefined when one of those tables' columns is not known statically.
 */
function unmatched(e: Star, pattern: string, st: PrintState): string[] | undefined {
  const scope = st.tableScopes[st.tableScopes.length - 1] ?? [];
  const q = e.qualifier?.[e.qualifier.length - 1]?.name;
  const tables = q === undefined ? scope : scope.filter((t) => t.name === q);
  if (tables.length === 0 || tables.some((t) => !t.columns)) return undefined;
  const re = likeToRegex(pattern);
  const out = new Set<string>();
  for (const t of tables) for (const c of t.columns!) if (!re.test(c.name)) out.add(c.name);
  return [...out];
}

export function printStar(e: Star, st: PrintState): string {
  const base = e.qualifier && e.qualifier.length ? `${printIdents(e.qualifier)}.*` : '*';
  const exclude = (e.exclude ?? []).map((i) => i.name);
  if (e.ilike !== undefined) {
    if (!(e.qualifier?.length || e.exclude || e.replace || e.rename)) return `COLUMNS(lambda c: c ILIKE ${quoteString(e.ilike)})`;
    const others = unmatched(e, e.ilike, st);
    if (!others) throw new NotSupportedError('* ILIKE combined with a qualifier or other modifiers on a FROM item without catalog columns');
    exclude.push(...others.filter((n) => !exclude.includes(n)));
  }
  let s = base;
  if (exclude.length) s += ` EXCLUDE (${exclude.map((n) => quoteIdent(n)).join(', ')})`;
  if (e.replace?.length) s += ` REPLACE (${e.replace.map((r) => `${printExpr(r.expr, st)} AS ${quoteIdent(r.as.name)}`).join(', ')})`;
  if (e.rename?.length) s += ` RENAME (${e.rename.map((r) => `${quoteIdent(r.from.name)} AS ${quoteIdent(r.to.name)}`).join(', ')})`;
  return s;
}
