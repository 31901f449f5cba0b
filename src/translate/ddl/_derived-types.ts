/**
 * @module translate/ddl/_derived-types
 * Declared column types a CTAS table or a view inherits from its source: for a query that selects
 * plain columns (or `*`) from one table, each output column keeps the source column's declared
 * Snowflake type (`VARCHAR(20)` stays `VARCHAR(20)`, `OBJECT` stays `OBJECT`), which DuckDB's own
 * types (VARCHAR, JSON) cannot tell. Other output columns fall back to DuckDB's type in the views.
 */
import { displayFromResultColumn } from '../../catalog/types.ts';
import type { Query, TypeName } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import { nameParts, resolveParts } from './_names.ts';

const TEXT_TYPES = new Set(['VARCHAR', 'STRING', 'TEXT', 'CHAR', 'CHARACTER', 'NCHAR', 'NVARCHAR', 'CHAR VARYING']);

/** The declared type an aliased `CAST(x AS T)` / `x::T` item gives its column, when DuckDB would lose it. */
function castType(t: TypeName): string | undefined {
  if (TEXT_TYPES.has(t.name)) {
    const n = t.params[0] ?? (t.name === 'CHAR' || t.name === 'CHARACTER' || t.name === 'NCHAR' ? 1 : undefined);
    return n === undefined ? undefined : `VARCHAR(${n})`;
  }
  if (t.name === 'ARRAY' || t.name === 'OBJECT') return t.params.length ? undefined : t.name;
  return undefined;
}

export function derivedColumnTypes(q: Query, ctx: TranslateContext): { name: string; type: string }[] {
  // `AS (SELECT ...)`: the parentheses change nothing about the columns.
  if (q.kind === 'parenQuery' && !q.with && !q.orderBy && !q.limit && !q.offset) return derivedColumnTypes(q.query, ctx);
  if (q.kind !== 'select' || q.with) return [];
  // Aliased casts to VARCHAR(n) / CHAR(n) / ARRAY / OBJECT keep that type whatever the FROM clause.
  const casts: { name: string; type: string }[] = [];
  for (const it of q.items) {
    const ty = it.expr.kind === 'cast' && it.alias ? castType(it.expr.type) : undefined;
    if (ty && it.alias) casts.push({ name: it.alias.name, type: ty });
  }
  if (q.from.length !== 1) return casts;
  const out = fromTable(q, ctx);
  return [...out.filter((o) => !casts.some((c) => c.name === o.name)), ...casts];
}

function fromTable(q: Query & { kind: 'select' }, ctx: TranslateContext): { name: string; type: string }[] {
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
