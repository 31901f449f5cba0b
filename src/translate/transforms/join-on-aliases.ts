/**
 * @module translate/transforms/join-on-aliases
 * Select-list aliases in JOIN ... ON. Snowflake resolves a bare name in an ON condition to a
 * select-list alias when no FROM column has that name (a FROM column takes precedence), e.g.
 * `SELECT SUBSTR(t.col, 4) AS alias ... LEFT JOIN j ON alias = j.col`
 * (https://docs.snowflake.com/en/sql-reference/constructs/select; fakesnow transforms
 * alias_in_join). DuckDB binds ON before the select list, so the alias is replaced by its
 * expression. Only done when every FROM table's columns are known; otherwise left unchanged.
 */
import type { Expr, Select, TableRef } from '../../sql/ast.ts';
import type { ScopeTable } from '../_state.ts';

/** The FROM list with aliases in ON conditions expanded, or `from` itself when nothing applies. */
export function expandJoinOnAliases(s: Select, tables: () => ScopeTable[]): TableRef[] {
  if (!s.from.some(hasOn)) return s.from;
  const aliases = new Map<string, Expr>();
  for (const it of s.items) if (it.alias && it.expr.kind !== 'star') aliases.set(it.alias.name, it.expr);
  if (!aliases.size) return s.from;
  const scope = tables();
  if (scope.length !== s.from.reduce((n, t) => n + leaves(t), 0) || scope.some((t) => !t.columns)) return s.from;
  const known = new Set(scope.flatMap((t) => t.columns!.map((c) => c.name)));
  for (const k of [...aliases.keys()]) if (known.has(k)) aliases.delete(k);
  if (!aliases.size) return s.from;
  return s.from.map((t) => rewriteRef(t, aliases));
}

function hasOn(t: TableRef): boolean {
  return t.kind === 'join' && (t.on !== undefined || hasOn(t.left) || hasOn(t.right));
}

function leaves(t: TableRef): number {
  return t.kind === 'join' ? leaves(t.left) + leaves(t.right) : 1;
}

function rewriteRef(t: TableRef, aliases: Map<string, Expr>): TableRef {
  if (t.kind !== 'join') return t;
  const left = rewriteRef(t.left, aliases);
  const right = rewriteRef(t.right, aliases);
  const on = t.on ? (substitute(t.on, aliases) as Expr) : undefined;
  return { ...t, left, right, ...(on ? { on } : {}) };
}

/** A copy of `v` with bare column names that are aliases replaced; subqueries keep their own scope. */
function substitute(v: unknown, aliases: Map<string, Expr>): unknown {
  if (Array.isArray(v)) return v.map((x) => substitute(x, aliases));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown> & { kind?: string; parts?: { name: string }[] };
  if (o.kind === 'column' && o.parts?.length === 1) {
    const e = aliases.get(o.parts[0]!.name);
    return e ? { kind: 'paren', expr: e } : v;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = k === 'query' ? x : substitute(x, aliases);
  return out;
}
