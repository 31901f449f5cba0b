/**
 * @module translate/ddl/_derived-types
 * Declared column types a CTAS table or a view inherits from its source: for a query that selects
 * plain columns (or `*`) from one table, each output column keeps the source column's declared
 * Snowflake type (`VARCHAR(20)` stays `VARCHAR(20)`, `OBJECT` stays `OBJECT`), which DuckDB's own
 * types (VARCHAR, JSON) cannot tell. Other output columns fall back to DuckDB's type in the views.
 */
import { displayFromResultColumn } from '../../catalog/types.ts';
import type { Query } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import { nameParts, resolveParts } from './_names.ts';

export function derivedColumnTypes(q: Query, ctx: TranslateContext): { name: string; type: string }[] {
  if (q.kind !== 'select' || q.with || q.from.length !== 1) return [];
  const from = q.from[0];
  if (from?.kind !== 'table' || from.name.kind !== 'qname') return [];
  let src;
  try {
    src = resolveParts(nameParts(from.name, ctx), ctx, 'SELECT');
  } catch {
    return [];
  }
  const cols = ctx.catalog.columns(src.database, src.schema, src.name);
  if (!cols) return [];
  const byName = new Map(cols.map((c) => [c.name, c]));
  const out: { name: string; type: string }[] = [];
  for (const it of q.items) {
    const e = it.expr;
    if (e.kind === 'star') {
      if (e.rename?.length || e.replace?.length || e.ilike !== undefined) continue;
      const excluded = new Set((e.exclude ?? []).map((i) => i.name));
      for (const c of cols) if (c.type && !excluded.has(c.name)) out.push({ name: c.name, type: displayFromResultColumn(c.type) });
    } else if (e.kind === 'column') {
      const last = e.parts[e.parts.length - 1];
      const hint = last ? byName.get(last.name) : undefined;
      if (hint?.type) out.push({ name: it.alias?.name ?? hint.name, type: displayFromResultColumn(hint.type) });
    }
  }
  return out;
}
