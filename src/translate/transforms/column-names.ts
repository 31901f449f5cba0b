/**
 * @module translate/transforms/column-names
 * Snowflake's result column names (snowflake-reference.md §3; e.g.
 * https://docs.snowflake.com/en/sql-reference/functions/div0 shows `1/2` as a column name): an
 * alias as folded; a bare column its own name (qualifier dropped); `$n` stays `$n`; any other
 * expression its source text upper-cased in full, with `OVER (` normalised to `OVER(`.
 */
import type { SelectItem } from '../../sql/ast.ts';

/** Snowflake's name for a select item, or null for `*` (DuckDB's names are the stored names). */
export function selectItemName(item: SelectItem): string | null {
  if (item.alias) return item.alias.name;
  const e = item.expr;
  if (e.kind === 'star') return null;
  if (e.kind === 'column') {
    const last = e.parts[e.parts.length - 1]!;
    if (e.parts.length >= 2 && !last.quoted && last.name === 'NEXTVAL') return 'NEXTVAL';
    return last.name;
  }
  if (e.kind === 'positional') return `$${e.index}`;
  return normaliseText(item.text);
}

function normaliseText(text: string): string {
  const u = text.trim().toUpperCase();
  return u.indexOf('OVER') === -1 ? u : u.replace(/\bOVER\s+\(/g, 'OVER(');
}
