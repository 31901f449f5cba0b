/**
 * @module translate/transforms/pivot
 * PIVOT / UNPIVOT (https://docs.snowflake.com/en/sql-reference/constructs/pivot,
 * https://docs.snowflake.com/en/sql-reference/constructs/unpivot) → DuckDB's SQL-standard PIVOT
 * and UNPIVOT in FROM. Snowflake names a pivoted column after the value as a literal, so string
 * values become `'JAN'` (quotes included); each IN value gets that alias.
 */
import type { Pivot, Unpivot } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteIdent } from '../../catalog/names.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printAlias } from '../dialect/duckdb/from.ts';
import { printFunc } from '../functions/index.ts';

export function printPivot(p: Pivot, st: PrintState, source: string): string {
  if (p.values.kind !== 'list') throw new NotSupportedError(`PIVOT ... IN (${p.values.kind === 'any' ? 'ANY' : 'subquery'})`);
  if (p.defaultOnNull) throw new NotSupportedError('PIVOT DEFAULT ON NULL');
  const vals = p.values.items.map((v) => {
    const name = v.kind === 'string' ? `'${v.value.replace(/'/g, "''")}'` : v.kind === 'number' ? v.text : undefined;
    return name === undefined ? printExpr(v, st) : `${printExpr(v, st)} AS ${quoteIdent(name)}`;
  });
  return `${source} PIVOT (${printFunc(p.agg, st)} FOR ${printExpr(p.pivotColumn, st)} IN (${vals.join(', ')}))${printAlias(p.alias)}`;
}

export function printUnpivot(u: Unpivot, st: PrintState, source: string): string {
  void st;
  const cols = u.columns.map((c) => quoteIdent(c.name)).join(', ');
  return `${source} UNPIVOT${u.includeNulls ? ' INCLUDE NULLS' : ''} (${quoteIdent(u.valueColumn.name)} FOR ${quoteIdent(u.nameColumn.name)} IN (${cols}))${printAlias(u.alias)}`;
}
