/**
 * @module translate/transforms/merge-by-name
 * MERGE's `WHEN MATCHED THEN UPDATE ALL BY NAME` and `WHEN NOT MATCHED THEN INSERT ALL BY NAME`
 * (https://docs.snowflake.com/en/sql-reference/sql/merge#perform-a-merge-by-using-all-by-name):
 * each target column takes the value of the source column with the same name; the column order may
 * differ. The clauses are expanded into explicit `UPDATE SET` / `INSERT (...) VALUES (...)` lists
 * from the target's catalog columns and the source's output columns, so DuckDB sees a plain MERGE.
 */
import type { Expr, Ident, Merge, MergeClause, TableRef } from '../../sql/ast.ts';
import { NotSupportedError, assertNever } from '../../errors.ts';
import type { PrintState } from '../_state.ts';
import { queryColumnNames } from '../dialect/duckdb/query.ts';
import { resolveName } from './names.ts';

const ident = (name: string): Ident => ({ kind: 'ident', name, quoted: true });

/** The source's qualifier and output column names, or undefined when they cannot be known statically. */
function sourceColumns(src: TableRef, st: PrintState): { qualifier: string; names: string[] } | undefined {
  switch (src.kind) {
    case 'table': {
      const r = resolveName(src.name, st);
      const cols = st.columns(r.database, r.schema, r.name);
      if (!cols) return undefined;
      const names = src.alias?.columns?.map((c) => c.name) ?? cols.map((c) => c.name);
      return { qualifier: src.alias?.name.name ?? r.name, names };
    }
    case 'derived': {
      if (!src.alias) return undefined;
      const names = src.alias.columns?.map((c) => c.name) ?? queryColumnNames(src.query)?.map((c) => c.name);
      return names ? { qualifier: src.alias.name.name, names } : undefined;
    }
    case 'valuesTable':
      return src.alias?.columns ? { qualifier: src.alias.name.name, names: src.alias.columns.map((c) => c.name) } : undefined;
    case 'stageRef':
    case 'tableFunc':
    case 'join':
    case 'pivot':
    case 'unpivot':
      return undefined;
    default:
      return assertNever(src, 'table ref');
  }
}

/** Expands ALL BY NAME clauses; returns the MERGE unchanged when it has none. */
export function expandMergeByName(m: Merge, st: PrintState): Merge {
  if (!m.clauses.some((c) => c.kind === 'whenMatchedUpdateAll' || c.kind === 'whenNotMatchedInsertAll')) return m;
  const t = resolveName(m.target, st);
  const targetCols = st.columns(t.database, t.schema, t.name)?.map((c) => c.name);
  const src = sourceColumns(m.source, st);
  if (!targetCols || !src) throw new NotSupportedError('MERGE ... ALL BY NAME whose source or target columns are not known statically');
  // The doc requires the same number of columns and the same names (any order).
  const same = targetCols.length === src.names.length && targetCols.every((n) => src.names.includes(n));
  if (!same) throw new NotSupportedError('MERGE ... ALL BY NAME with source and target columns that differ');
  const value = (name: string): Expr => ({ kind: 'column', parts: [ident(src.qualifier), ident(name)] });
  const clauses = m.clauses.map((c): MergeClause => {
    const cond = c.condition ? { condition: c.condition } : {};
    switch (c.kind) {
      case 'whenMatchedUpdateAll':
        return { kind: 'whenMatchedUpdate', ...cond, set: targetCols.map((n) => ({ column: [ident(n)], value: value(n) })) };
      case 'whenNotMatchedInsertAll':
        return { kind: 'whenNotMatchedInsert', ...cond, columns: targetCols.map(ident), values: targetCols.map(value) };
      case 'whenMatchedUpdate':
      case 'whenMatchedDelete':
      case 'whenNotMatchedInsert':
        return c;
      default:
        return assertNever(c, 'merge clause');
    }
  });
  return { ...m, clauses };
}
