/**
 * @module translate/transforms/pivot
 * PIVOT / UNPIVOT (https://docs.snowflake.com/en/sql-reference/constructs/pivot,
 * https://docs.snowflake.com/en/sql-reference/constructs/unpivot) → DuckDB's SQL-standard PIVOT
 * and UNPIVOT in FROM. Snowflake names a pivoted column after the value as a literal, so string
 * values become `'JAN'` (quotes included); each IN value gets that alias.
 */
import type { Expr, Pivot, Unpivot } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import { inferType } from './infer-type.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printAlias } from '../dialect/duckdb/from.ts';
import { printQuery } from '../dialect/duckdb/query.ts';
import { printFunc } from '../functions/index.ts';

export function printPivot(p: Pivot, st: PrintState, source: string): string {
  if (p.values.kind !== 'list' || p.defaultOnNull) return printDynamicPivot(p, st, source);
  const aliases = p.values.aliases;
  const suffix = p.aggAlias ? `_${p.aggAlias.name}` : '';
  const vals = p.values.items.map((v, i) => {
    const own = aliases?.[i];
    const name = own
      ? own.name
      : v.kind === 'string' ? `'${v.value.replace(/'/g, "''")}${suffix}'` : v.kind === 'number' ? `${v.text}${suffix}` : undefined;
    return name === undefined ? printExpr(v, st) : `${printExpr(v, st)} AS ${quoteIdent(name)}`;
  });
  return `${source} PIVOT (${printFunc(p.agg, st)} FOR ${printExpr(p.pivotColumn, st)} IN (${vals.join(', ')}))${printAlias(p.alias)}`;
}

/**
 * `IN (ANY [ORDER BY ...])`, `IN (subquery)` and `DEFAULT ON NULL`: DuckDB's PIVOT statement, which
 * finds the values itself (ANY: columns in ascending value order) or takes them from an IN subquery
 * in the subquery's order (a column per value, also for values absent from the data), and accepts
 * any aggregate expression in USING. The ON expression quotes text values so the columns are named
 * `'VALUE'` as in Snowflake. `ANY ORDER BY <pivot column> DESC` becomes the subquery of the
 * distinct values in that order.
 */
function printDynamicPivot(p: Pivot, st: PrintState, source: string): string {
  const col = printExpr(p.pivotColumn, st);
  const isNum = ['fixed', 'real'].includes(inferType(p.pivotColumn, st)?.f ?? '');
  const suffix = p.aggAlias ? quoteString(`_${p.aggAlias.name}`) : undefined;
  const named = (v: string): string => (isNum
    ? `CAST(${v} AS VARCHAR)${suffix ? ` || ${suffix}` : ''}`
    : `('''' || ${v}${suffix ? ` || ${suffix}` : ''} || '''')`);
  const on = named(col);
  const fromValues = (query: string): string =>
    ` IN (SELECT ${named('"_mh_v"')} FROM (${query}) AS "_mh_pivot_values"("_mh_v"))`;
  let inList = '';
  if (p.values.kind === 'query') inList = fromValues(printQuery(p.values.query, st));
  if (p.values.kind === 'any' && p.values.orderBy?.some((o) => o.desc)) {
    const order = p.values.orderBy;
    const name = (e: Expr): string | undefined => (e.kind === 'column' ? e.parts.map((x) => x.name).join('.') : undefined);
    const sameCol = (e: Expr): boolean => name(e) !== undefined && name(e) === name(p.pivotColumn);
    if (order.length !== 1 || !sameCol(order[0]!.expr)) throw new NotSupportedError('PIVOT ... IN (ANY ORDER BY ... DESC) on other than the pivot column');
    const nulls = order[0]!.nulls === 'LAST' ? 'NULLS LAST' : 'NULLS FIRST';
    inList = fromValues(`SELECT DISTINCT ${col} AS "_mh_v" FROM ${source} ORDER BY "_mh_v" DESC ${nulls}`);
  }
  if (p.values.kind === 'list') {
    if (p.values.aliases?.some((a) => a)) throw new NotSupportedError('PIVOT DEFAULT ON NULL with value aliases');
    const sfx = p.aggAlias ? `_${p.aggAlias.name}` : '';
    const names = p.values.items.map((v) => {
      if (v.kind === 'string') return quoteString(`'${v.value}${sfx}'`);
      if (v.kind === 'number') return quoteString(`${v.text}${sfx}`);
      throw new NotSupportedError('PIVOT DEFAULT ON NULL with non-literal values');
    });
    inList = ` IN (${names.join(', ')})`;
  }
  const agg = printFunc(p.agg, st);
  const using = p.defaultOnNull ? `coalesce(${agg}, ${printExpr(p.defaultOnNull, st)})` : agg;
  return `(PIVOT (SELECT * FROM ${source}) ON ${on}${inList} USING ${using})${printAlias(p.alias)}`;
}

export function printUnpivot(u: Unpivot, st: PrintState, source: string): string {
  void st;
  const cols = u.columns.map((c) => quoteIdent(c.name)).join(', ');
  return `${source} UNPIVOT${u.includeNulls ? ' INCLUDE NULLS' : ''} (${quoteIdent(u.valueColumn.name)} FOR ${quoteIdent(u.nameColumn.name)} IN (${cols}))${printAlias(u.alias)}`;
}
