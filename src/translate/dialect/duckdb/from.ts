/**
 * @module translate/dialect/duckdb/from
 * FROM items: tables (resolved to `"DB"."SCHEMA"."T"`, CTE names left alone,
 * INFORMATION_SCHEMA views via the catalog), derived tables, VALUES, joins (ASOF → DuckDB ASOF
 * LEFT JOIN with MATCH_CONDITION folded into ON), table functions (FLATTEN, GENERATOR),
 * PIVOT/UNPIVOT and SAMPLE.
 */
import type { Ident, Query, TableAlias, TableRef } from '../../../sql/ast.ts';
import type { ColumnHint } from '../../plan.ts';
import { selectItemName } from '../../transforms/column-names.ts';
import { NotSupportedError, ObjectNotFound, assertNever } from '../../../errors.ts';
import { quoteIdent } from '../../_quote.ts';
import { infoSchemaView } from '../../../catalog/info-schema.ts';
import type { PrintState, ScopeTable } from '../../_state.ts';
import { nameParts, printResolved, resolveParts } from '../../transforms/names.ts';
import { printSample } from '../../transforms/sample.ts';
import { printTableFunc, tableFuncScope } from '../../transforms/table-functions.ts';
import { printPivot, printUnpivot } from '../../transforms/pivot.ts';
import { printExpr, printExprs, printSubquery } from './expr.ts';
import { inferType, registerFromScope } from '../../transforms/infer-type.ts';
import { unifyValues } from '../../transforms/values.ts';
import { STAGED_POSITIONAL, stagedTable } from '../../transforms/staged-files.ts';
import { printQuery } from './query.ts';

export function printAlias(a: TableAlias | undefined): string {
  if (!a) return '';
  const cols = a.columns?.length ? `(${a.columns.map((c) => quoteIdent(c.name)).join(', ')})` : '';
  return ` AS ${quoteIdent(a.name.name)}${cols}`;
}

export function printTableRef(t: TableRef, st: PrintState): string {
  switch (t.kind) {
    case 'table': {
      if (t.timeTravel) throw new NotSupportedError('time travel (AT | BEFORE)');
      const parts = nameParts(t.name, st);
      const sample = t.sample ? printSample(t.sample, st) : '';
      if (parts.length === 1 && st.isCte(parts[0]!.name)) return `${quoteIdent(parts[0]!.name)}${printAlias(t.alias)}${sample}`;
      const r = resolveParts(parts, st);
      if (r.schema === 'INFORMATION_SCHEMA') {
        const sql = infoSchemaView(r.database, r.name);
        if (sql === null) throw new ObjectNotFound('Object', `${r.database}.INFORMATION_SCHEMA.${r.name}`);
        return `${sql}${t.alias ? printAlias(t.alias) : ` AS ${quoteIdent(r.name)}`}${sample}`;
      }
      return `${printResolved(r)}${printAlias(t.alias)}${sample}`;
    }
    case 'stageRef':
      if (st.stageSource) return `${st.stageSource.sql}${printAlias(t.alias)}`;
      return `${stagedTable(t, st)}${printAlias(t.alias)}`;
    case 'derived':
      return t.lateral ? `LATERAL (${printSubquery(t.query, st)})${printAlias(t.alias)}` : `(${printQuery(t.query, st)})${printAlias(t.alias)}`;
    case 'tableFunc':
      return printTableFunc(t, st);
    case 'valuesTable': {
      const n = t.rows[0]?.length ?? 0;
      const name = t.alias?.name.name ?? '_values';
      const cols = t.alias?.columns?.length
        ? t.alias.columns.map((c) => quoteIdent(c.name))
        : Array.from({ length: n }, (_, i) => quoteIdent(`COLUMN${i + 1}`));
      return `(VALUES ${unifyValues(t.rows).map((r) => `(${printExprs(r, st)})`).join(', ')}) AS ${quoteIdent(name)}(${cols.join(', ')})`;
    }
    case 'join': {
      const left = printTableRef(t.left, st);
      const right = printTableRef(t.right, st);
      if (t.joinType === 'ASOF') {
        if (!t.matchCondition) throw new NotSupportedError('ASOF JOIN without MATCH_CONDITION');
        const cond = t.on ? `(${printExpr(t.on, st)}) AND (${printExpr(t.matchCondition, st)})` : printExpr(t.matchCondition, st);
        return `${left} ASOF LEFT JOIN ${right} ON ${cond}`;
      }
      const nat = t.natural ? 'NATURAL ' : '';
      const kind = t.joinType === 'INNER' ? 'JOIN' : t.joinType === 'CROSS' ? 'CROSS JOIN' : `${t.joinType} JOIN`;
      let s = `${left} ${nat}${kind} ${right}`;
      if (t.on) s += ` ON ${printExpr(t.on, st)}`;
      else if (t.using?.length) s += ` USING (${t.using.map((u) => quoteIdent(u.name)).join(', ')})`;
      // Snowflake reads an INNER JOIN without ON/USING as a cross join (its condition usually sits in
      // WHERE: https://docs.snowflake.com/en/sql-reference/constructs/join); DuckDB requires a condition.
      else if (t.joinType !== 'CROSS' && !t.natural && (t.joinType === 'INNER' || t.right.kind === 'tableFunc')) s += ' ON TRUE';
      return s;
    }
    case 'pivot':
      return printPivot(t, st, printTableRef(t.source, st));
    case 'unpivot':
      return printUnpivot(t, st, printTableRef(t.source, st));
    default:
      return assertNever(t, 'table reference');
  }
}

/**
 * The output columns of a subquery or CTE body with their inferred Snowflake types, so that
 * `a / b` over `WITH x AS (SELECT 10 AS a, 4 AS b)` keeps NUMBER semantics as over a table.
 * Known only for a plain SELECT without `*` and without its own WITH (whose names could shadow
 * tables); `aliases` renames the columns (`x(c1, c2)`). Undefined when not known.
 */
export function derivedColumns(q: Query, st: PrintState, aliases?: readonly Ident[]): ColumnHint[] | undefined {
  if (q.kind === 'parenQuery' && !q.with) return derivedColumns(q.query, st, aliases);
  if (q.kind !== 'select' || q.with || q.items.some((it) => it.expr.kind === 'star')) return undefined;
  if (aliases?.length && aliases.length !== q.items.length) return undefined;
  const scope = fromScope(q.from, st);
  st.tableScopes.push(scope.tables);
  st.positional.push(scope.positional);
  st.selectAliases.push(new Map(q.items.flatMap((it) => (it.alias ? [[it.alias.name, it.expr] as const] : []))));
  try {
    const out: ColumnHint[] = [];
    for (let i = 0; i < q.items.length; i++) {
      const item = q.items[i]!;
      const name = aliases?.[i]?.name ?? selectItemName(item);
      if (name === null) return undefined;
      const ty = inferType(item.expr, st);
      out.push(ty ? { name, type: { type: ty.f === 'object' || ty.f === 'array' ? 'variant' : ty.f, scale: ty.s ?? null } } : { name });
    }
    return out;
  } finally {
    st.tableScopes.pop();
    st.positional.pop();
    st.selectAliases.pop();
  }
}

/** The tables of a FROM clause (for column typing) and the column names `$n` refers to. */
export function fromScope(from: TableRef[], st: PrintState): { tables: ScopeTable[]; positional: string[] | undefined } {
  const tables: ScopeTable[] = [];
  const walk = (t: TableRef): void => {
    switch (t.kind) {
      case 'table': {
        if (t.name.kind !== 'qname') return;
        const parts = t.name.parts;
        const last = parts[parts.length - 1]!.name;
        if (parts.length === 1 && st.isCte(last)) {
          const columns = st.cteColumns(last);
          tables.push({ name: t.alias?.name.name ?? last, ...(columns ? { columns } : {}) });
          return;
        }
        try {
          const r = resolveParts(parts, st);
          if (r.schema === 'INFORMATION_SCHEMA') return;
          const cols = st.columns(r.database, r.schema, r.name);
          const entry: ScopeTable = { name: t.alias?.name.name ?? last };
          if (cols) entry.columns = cols;
          tables.push(entry);
        } catch {
          return;
        }
        return;
      }
      case 'derived': {
        // Column types come from the subquery's select list when it is simple enough to know them;
        // otherwise only its name is known, which still lets OBJECT_CONSTRUCT(*) read the row
        // (`to_json(alias)`). DuckDB names an unaliased subquery `unnamed_subquery`.
        if (t.lateral) return;
        const columns = derivedColumns(t.query, st, t.alias?.columns);
        tables.push({ name: t.alias?.name.name ?? 'unnamed_subquery', ...(columns ? { columns } : {}) });
        return;
      }
      case 'tableFunc': {
        const sc = tableFuncScope(t);
        if (sc) tables.push(sc);
        return;
      }
      case 'valuesTable': {
        const first = t.rows[0] ?? [];
        const names = t.alias?.columns?.length ? t.alias.columns.map((c) => c.name) : first.map((_, i) => `COLUMN${i + 1}`);
        const columns = names.map((name, i) => {
          const e = first[i];
          const ty = e ? inferType(e, st) : undefined;
          return ty ? { name, type: { type: ty.f === 'object' || ty.f === 'array' ? 'variant' : ty.f, scale: ty.s ?? null } } : { name };
        }) as ScopeTable['columns'];
        tables.push({ name: t.alias?.name.name ?? '_values', ...(columns ? { columns } : {}) });
        return;
      }
      case 'join':
        walk(t.left);
        walk(t.right);
        return;
      default:
        return;
    }
  };
  for (const t of from) walk(t);
  let positional: string[] | undefined;
  const only = from.length === 1 ? from[0]! : undefined;
  if (only?.kind === 'valuesTable') {
    positional = only.alias?.columns?.length
      ? only.alias.columns.map((c) => c.name)
      : Array.from({ length: only.rows[0]?.length ?? 0 }, (_, i) => `COLUMN${i + 1}`);
  } else if (only?.kind === 'stageRef') {
    positional = st.stageSource ? st.stageSource.columns : STAGED_POSITIONAL;
  } else if (only?.kind === 'table' && tables[0]?.columns) {
    positional = tables[0].columns.map((c) => c.name);
  }
  return { tables, positional };
}

// Scalar subqueries are typed in their own FROM scope (transforms/infer-type).
registerFromScope((from, st) => fromScope(from, st).tables);
