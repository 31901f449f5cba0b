/**
 * @module translate/functions/aggregate
 * Aggregate functions (https://docs.snowflake.com/en/sql-reference/functions-aggregation):
 * COUNT (multi-argument counts rows where all are non-NULL), COUNT_IF, SUM, AVG (Snowflake's
 * division scale on fixed-point input), LISTAGG ... WITHIN GROUP, ARRAY_AGG (skips NULLs, JSON
 * array), OBJECT_AGG, MEDIAN, MODE, STDDEV/VARIANCE families, BOOLAND/BOOLOR_AGG, BIT*_AGG,
 * PERCENTILE_CONT/DISC, APPROX_COUNT_DISTINCT.
 */
import { NotSupportedError } from '../../errors.ts';
import type { Star } from '../../sql/ast.ts';
import { quoteIdent } from '../_quote.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { divScale, inferType, isVariant } from '../transforms/infer-type.ts';
import { printToVariant } from '../transforms/semi-structured.ts';
import type { Call, FnPrinter } from './_call.ts';
import { rename } from './_call.ts';

/**
 * COUNT(t.*), COUNT(* EXCLUDE ...), COUNT(* ILIKE ...): rows whose selected columns are all non-NULL
 * (https://docs.snowflake.com/en/sql-reference/functions/count). Needs the tables' catalog columns.
 */
function countStar(c: Call, star: Star): string {
  const scope = c.st.tableScopes[c.st.tableScopes.length - 1] ?? [];
  const q = star.qualifier?.[star.qualifier.length - 1]?.name;
  const tables = q === undefined ? scope : scope.filter((t) => t.name === q);
  if (!tables.length || tables.some((t) => !t.columns)) throw new NotSupportedError('COUNT over a star without catalog columns');
  if (star.rename || star.replace) throw new NotSupportedError('COUNT(* RENAME | REPLACE)');
  const re = star.ilike !== undefined ? likeRegex(star.ilike) : undefined;
  const excluded = new Set((star.exclude ?? []).map((e) => e.name));
  const cols: string[] = [];
  for (const t of tables) {
    for (const col of t.columns!) {
      if (excluded.has(col.name) || (re && !re.test(col.name))) continue;
      cols.push(`${quoteIdent(t.name)}.${quoteIdent(col.name)} IS NOT NULL`);
    }
  }
  if (!cols.length) return 'count(*)';
  return `count(CASE WHEN ${cols.join(' AND ')} THEN 1 END)`;
}

function likeRegex(p: string): RegExp {
  const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

function count(c: Call): string {
  if (c.f.star) return `count(*)`;
  const a0 = c.args[0];
  if (a0?.kind === 'star' && c.n === 1) return countStar(c, a0);
  if (c.n > 1) {
    if (c.f.distinct) return `count(DISTINCT CASE WHEN ${c.args.map((_, i) => `${c.arg(i)} IS NOT NULL`).join(' AND ')} THEN (${c.all()}) END)`;
    return `count(CASE WHEN ${c.args.map((_, i) => `${c.arg(i)} IS NOT NULL`).join(' AND ')} THEN 1 END)`;
  }
  c.check(1);
  // A VARIANT holding JSON null counts as NULL (https://docs.snowflake.com/en/sql-reference/functions/count).
  if (isVariant(c.args[0]!, c.st)) return c.call('count', `nullif(CAST(${c.arg(0)} AS VARCHAR), 'null')`);
  return c.call('count');
}

function avg(c: Call): string {
  c.check(1);
  const t = inferType(c.args[0]!, c.st);
  if (t?.f === 'text') return c.call('avg', `CAST(${c.arg(0)} AS DOUBLE)`) + c.suffix();
  const call = c.call('avg') + c.suffix();
  // Window AVG of fixed-point input shows scale S+3 in Snowflake's documentation samples.
  if (t?.f === 'fixed') return `CAST(${call} AS DECIMAL(38,${c.f.over ? Math.min((t.s ?? 0) + 3, 37) : divScale(t.s ?? 0)}))`;
  return call;
}

function sum(c: Call): string {
  c.check(1);
  const t = inferType(c.args[0]!, c.st);
  if (t?.f === 'text') return c.call('sum', `CAST(${c.arg(0)} AS DOUBLE)`);
  return c.call('sum');
}

function median(c: Call): string {
  c.check(1);
  const t = inferType(c.args[0]!, c.st);
  const call = c.call('median') + c.suffix();
  if (t?.f === 'fixed') return `CAST(${call} AS DECIMAL(38,${Math.min((t.s ?? 0) + 3, 37)}))`;
  return call;
}

function listagg(c: Call): string {
  c.check(1, 2);
  const sep = c.opt(1, "''");
  const d = c.f.distinct ? 'DISTINCT ' : '';
  return `coalesce(string_agg(${d}CAST(${c.arg(0)} AS VARCHAR), ${sep}${c.withinOrder()})${c.suffix()}, '')`;
}

function arrayAgg(c: Call): string {
  c.check(1);
  const x = c.args[0]!;
  const d = c.f.distinct ? 'DISTINCT ' : '';
  // Scalars aggregate natively (to_json of the list encodes them); only VARIANTs need JSON elements.
  // Native elements also let DISTINCT ... ORDER BY x satisfy DuckDB's argument-list rule.
  const v = isVariant(x, c.st) ? printToVariant(x, c.st) : c.arg(0);
  if (c.f.filter) throw new NotSupportedError('ARRAY_AGG with FILTER');
  const inner = `list(${d}${v}${c.withinOrder()}) FILTER (WHERE ${c.arg(0)} IS NOT NULL)`;
  return `coalesce(to_json(${inner}${c.suffix()}), CAST('[]' AS JSON))`;
}

function percentile(fn: string): FnPrinter {
  return (c) => {
    c.check(1);
    const w = c.f.within;
    if (!w || w.length !== 1) throw new NotSupportedError(`${c.name} without WITHIN GROUP (ORDER BY one expression)`);
    const desc = w[0]!.desc === true;
    const p = desc ? `1 - (${c.arg(0)})` : c.arg(0);
    // PERCENTILE_CONT of NUMBER(p,s) interpolates at scale s+3, as MEDIAN does (doc example:
    // DECIMAL(10,2) input gives 12.50000): DuckDB would round the interpolation to the input scale.
    const t = fn === 'quantile_cont' ? inferType(w[0]!.expr, c.st) : undefined;
    if (t?.f === 'fixed') {
      const dec = `DECIMAL(38,${Math.min((t.s ?? 0) + 3, 37)})`;
      return `CAST(${fn}(CAST(${printOrderExpr(c)} AS ${dec}), ${p})${c.suffix()} AS ${dec})`;
    }
    return `${fn}(${printOrderExpr(c)}, ${p})`;
  };
}

function printOrderExpr(c: Call): string {
  return printExpr(c.f.within![0]!.expr, c.st);
}

function bitAgg(fn: string): FnPrinter {
  return (c) => {
    c.check(1);
    return `${fn}(CAST(${c.arg(0)} AS BIGINT))`;
  };
}

export const AGGREGATE: Record<string, FnPrinter> = {
  COUNT: count,
  COUNT_IF: rename('count_if', 1, 1),
  SUM: sum,
  MIN_BY: rename('arg_min', 2, 2),
  MAX_BY: rename('arg_max', 2, 2),
  AVG: avg,
  MIN: rename('min', 1, 1),
  MAX: rename('max', 1, 1),
  LISTAGG: listagg,
  STRING_AGG: listagg,
  ARRAY_AGG: arrayAgg,
  ARRAYAGG: arrayAgg,
  ARRAY_UNIQUE_AGG: (c) => {
    c.check(1);
    const inner = `list(DISTINCT ${printToVariant(c.args[0]!, c.st)}) FILTER (WHERE ${c.arg(0)} IS NOT NULL)`;
    return `coalesce(to_json(${inner}${c.suffix()}), CAST('[]' AS JSON))`;
  },
  OBJECT_AGG: (c) => {
    c.check(2);
    const entries = `list(struct_pack(k := CAST(${c.arg(0)} AS VARCHAR), v := ${printToVariant(c.args[1]!, c.st)})) FILTER (WHERE ${c.arg(1)} IS NOT NULL)`;
    return `coalesce(CAST(to_json(map_from_entries(${entries}${c.suffix()})) AS JSON), CAST('{}' AS JSON))`;
  },
  MEDIAN: median,
  MODE: rename('mode', 1, 1),
  STDDEV: rename('stddev_samp', 1, 1),
  STDDEV_SAMP: rename('stddev_samp', 1, 1),
  STDDEV_POP: rename('stddev_pop', 1, 1),
  VARIANCE: rename('var_samp', 1, 1),
  VARIANCE_SAMP: rename('var_samp', 1, 1),
  VAR_SAMP: rename('var_samp', 1, 1),
  VARIANCE_POP: rename('var_pop', 1, 1),
  VAR_POP: rename('var_pop', 1, 1),
  ANY_VALUE: rename('any_value', 1, 1),
  APPROX_COUNT_DISTINCT: rename('approx_count_distinct', 1, 1),
  HLL: rename('approx_count_distinct', 1, 1),
  BOOLAND_AGG: (c) => {
    c.check(1);
    const t = inferType(c.args[0]!, c.st);
    return t?.f === 'boolean' ? `bool_and(${c.arg(0)})` : `bool_and((${c.arg(0)}) <> 0)`;
  },
  BOOLOR_AGG: (c) => {
    c.check(1);
    const t = inferType(c.args[0]!, c.st);
    return t?.f === 'boolean' ? `bool_or(${c.arg(0)})` : `bool_or((${c.arg(0)}) <> 0)`;
  },
  BITAND_AGG: bitAgg('bit_and'),
  BITOR_AGG: bitAgg('bit_or'),
  BITXOR_AGG: bitAgg('bit_xor'),
  CORR: rename('corr', 2, 2),
  COVAR_POP: rename('covar_pop', 2, 2),
  COVAR_SAMP: rename('covar_samp', 2, 2),
  REGR_SLOPE: rename('regr_slope', 2, 2),
  REGR_INTERCEPT: rename('regr_intercept', 2, 2),
  REGR_COUNT: rename('regr_count', 2, 2),
  REGR_R2: rename('regr_r2', 2, 2),
  REGR_AVGX: rename('regr_avgx', 2, 2),
  REGR_AVGY: rename('regr_avgy', 2, 2),
  KURTOSIS: rename('kurtosis', 1, 1),
  SKEW: rename('skewness', 1, 1),
  PERCENTILE_CONT: percentile('quantile_cont'),
  PERCENTILE_DISC: percentile('quantile_disc'),
  GROUPING: rename('grouping', 1),
  GROUPING_ID: rename('grouping', 1),
};
