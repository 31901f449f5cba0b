/**
 * @module translate/transforms/column-hints
 * Result-column types of plain column references and `*` in a top-level SELECT, taken from the
 * catalog's declared Snowflake types. DuckDB alone cannot tell VARCHAR(20) from VARCHAR, TIMESTAMP_TZ
 * from TIMESTAMP_LTZ or ARRAY/OBJECT from VARIANT, and Snowflake reports the declared type
 * (https://docs.snowflake.com/en/sql-reference/data-types; fakesnow tests/test_describe.py
 * `test_describe`: `select *` reports TIMESTAMP_TZ, VARCHAR lengths, VARIANT).
 */
import type { Select, TableRef } from '../../sql/ast.ts';
import type { PrintState, ScopeTable } from '../_state.ts';
import type { ColumnHint } from '../plan.ts';
import { fromScope } from '../dialect/duckdb/from.ts';

type Hint = ColumnHint['type'];

/**
 * A catalog column's full declared type. Scope entries of VALUES lists and table functions carry
 * only a guessed family (from their first row) and no `nullable`: they are never used as hints,
 * since DuckDB's unified type is the real one there.
 */
function declared(h: Hint | undefined): Hint | undefined {
  return h && 'nullable' in h ? h : undefined;
}

function lookup(tables: ScopeTable[], col: string, qual: string | undefined): Hint | undefined {
  for (const t of tables) {
    if (qual !== undefined && t.name !== qual) continue;
    const hit = t.columns?.find((c) => c.name === col);
    if (hit) return declared(hit.type);
  }
  return undefined;
}

/** True when the FROM clause is only named tables joined without USING/NATURAL (so `*` is their columns in order). */
function plainTables(from: TableRef[]): boolean {
  const ok = (t: TableRef): boolean =>
    t.kind === 'table' || (t.kind === 'join' && !t.natural && !t.using?.length && ok(t.left) && ok(t.right));
  return from.every(ok);
}

/**
 * Hints for every item of `s` (undefined entries where the type is not a catalog column's), or
 * undefined when a `*` cannot be expanded from the catalog (the engine then keeps DuckDB's types).
 */
export function catalogColumnHints(s: Select, st: PrintState): ColumnHint[] | undefined {
  if (!s.from.length) return undefined;
  const { tables } = fromScope(s.from, st);
  if (!tables.length) return undefined;
  const out: ColumnHint[] = [];
  for (const it of s.items) {
    const e = it.expr;
    if (e.kind === 'star') {
      if (!plainTables(s.from)) return undefined;
      if (e.rename?.length || e.replace?.length || e.ilike !== undefined) return undefined;
      const q = e.qualifier?.[e.qualifier.length - 1]?.name;
      const from = q === undefined ? tables : tables.filter((t) => t.name === q);
      if (!from.length || from.some((t) => !t.columns)) return undefined;
      const excluded = new Set((e.exclude ?? []).map((x) => x.name));
      for (const t of from) {
        for (const c of t.columns!) {
          const type = declared(c.type);
          if (!excluded.has(c.name)) out.push(type ? { name: c.name, type } : { name: c.name });
        }
      }
      continue;
    }
    const name = it.alias?.name ?? (e.kind === 'column' ? e.parts[e.parts.length - 1]!.name : '');
    const type = e.kind === 'column' && e.parts.length <= 2 ? lookup(tables, e.parts[e.parts.length - 1]!.name, e.parts.length === 2 ? e.parts[0]!.name : undefined) : undefined;
    out.push(type ? { name, type } : { name });
  }
  return out;
}
