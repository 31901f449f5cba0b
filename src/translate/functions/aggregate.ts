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

/**
 * A statistics aggregate whose text argument is read as a number, as Snowflake's implicit
 * VARCHAR→FLOAT conversion does for SUM and AVG (DuckDB has no text overload).
 */
function numericAgg(fn: string): (c: Call) => string {
  return (c) => {
    c.check(1, 1);
    if (inferType(c.args[0]!, c.st)?.f === 'text') return c.call(fn, `CAST(${c.arg(0)} AS DOUBLE)`);
    return c.call(fn);
  };
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

/**
 * ARRAY_UNION_AGG(arrays): multiset union — each value appears as often as its largest count in a
 * single input array; NULL arrays and NULL elements are skipped, no rows give `[]`
 * (https://docs.snowflake.com/en/sql-reference/functions/array_union_agg). Element order is not
 * specified by Snowflake; values come out sorted by their JSON text.
 */
function arrayUnionAgg(c: Call): string {
  c.check(1);
  if (c.f.distinct || c.f.over || c.f.filter) throw new NotSupportedError('ARRAY_UNION_AGG with DISTINCT, FILTER or OVER');
  const arrays = `list(CAST(${c.arg(0)} AS JSON[]))`;
  const occ = `list_transform(${arrays}, lambda a: list_transform(list_filter(a, lambda e: e IS NOT NULL AND CAST(e AS VARCHAR) <> 'null'), lambda e, i: struct_pack(v := CAST(e AS VARCHAR), n := len(list_filter(list_slice(a, 1, i), lambda p: CAST(p AS VARCHAR) = CAST(e AS VARCHAR))))))`;
  const distinct = `list_sort(list_distinct(flatten(${occ})))`;
  return `coalesce(to_json(list_transform(${distinct}, lambda o: json(o.v))), CAST('[]' AS JSON))`;
}

/**
 * APPROX_TOP_K(expr [, k [, counters]]): an ARRAY of `[value, count]` pairs for the k most frequent
 * values, most frequent first (https://docs.snowflake.com/en/sql-reference/functions/approx_top_k).
 * Counts are exact here (Space-Saving is exact while the distinct values fit in the counters); ties
 * are broken by value.
 */
function approxTopK(c: Call): string {
  c.check(1, 3);
  if (c.f.distinct || c.f.over || c.f.filter) throw new NotSupportedError('APPROX_TOP_K with DISTINCT, FILTER or OVER');
  const kArg = c.args[1];
  if (kArg && kArg.kind !== 'number') throw new NotSupportedError('APPROX_TOP_K with a non-constant k');
  const k = kArg ? Number(kArg.text) : 1;
  const v = printToVariant(c.args[0]!, c.st);
  const counts = `histogram(${c.arg(0)}) FILTER (WHERE ${c.arg(0)} IS NOT NULL)`;
  void v;
  const pairs = `list_sort(list_transform(map_entries(${counts}), lambda e: struct_pack(n := -CAST(e.value AS BIGINT), k := e.key)))`;
  return `coalesce(to_json(list_transform(list_slice(${pairs}, 1, ${k}), lambda p: [to_json(p.k), to_json(-p.n)])), CAST('[]' AS JSON))`;
}

/**
 * MIN_BY / MAX_BY(value, ordering [, n]): with n, an ARRAY of up to n values ordered by the
 * ordering column (ascending / descending); rows whose ordering value is NULL are skipped
 * (https://docs.snowflake.com/en/sql-reference/functions/min_by).
 */
function argBy(fn: 'arg_min' | 'arg_max'): FnPrinter {
  return (c) => {
    c.check(2, 3);
    if (c.n === 2) return c.call(fn);
    // A sorted list rather than DuckDB's arg_min/arg_max(x, y, n), whose heap puts ties in any order:
    // the documented MAX_BY(employee_id, salary, 3) lists tied rows in input order.
    const dir = fn === 'arg_min' ? 'ASC' : 'DESC';
    const vals = `list(${c.arg(0)} ORDER BY ${c.arg(1)} ${dir}) FILTER (WHERE ${c.arg(1)} IS NOT NULL)${c.suffix()}`;
    return `to_json(list_slice(${vals}, 1, CAST(${c.arg(2)} AS BIGINT)))`;
  };
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
  MIN_BY: argBy('arg_min'),
  MAX_BY: argBy('arg_max'),
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
    // Keys sorted, as Snowflake stores OBJECT keys (FLATTEN and OBJECT_KEYS list them in that order).
    return `coalesce(CAST(to_json(map_from_entries(list_sort(${entries}${c.suffix()}))) AS JSON), CAST('{}' AS JSON))`;
  },
  MEDIAN: median,
  MODE: rename('mode', 1, 1),
  STDDEV: numericAgg('stddev_samp'),
  STDDEV_SAMP: numericAgg('stddev_samp'),
  STDDEV_POP: numericAgg('stddev_pop'),
  VARIANCE: numericAgg('var_samp'),
  VARIANCE_SAMP: numericAgg('var_samp'),
  VAR_SAMP: numericAgg('var_samp'),
  VARIANCE_POP: numericAgg('var_pop'),
  VAR_POP: numericAgg('var_pop'),
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
  // REGR_SXX = REGR_COUNT * VAR_POP(x), REGR_SYY = REGR_COUNT * VAR_POP(y), REGR_SXY = REGR_COUNT *
  // COVAR_POP over non-NULL pairs (https://docs.snowflake.com/en/sql-reference/functions/regr_sxx).
  REGR_SXX: rename('regr_sxx', 2, 2),
  REGR_SYY: rename('regr_syy', 2, 2),
  REGR_SXY: rename('regr_sxy', 2, 2),
  // NULL-preserving scalars: REGR_VALX(y, x) is x unless y is NULL; REGR_VALY(y, x) is y unless x
  // is NULL (https://docs.snowflake.com/en/sql-reference/functions/regr_valx). FLOAT results.
  REGR_VALX: (c) => {
    c.check(2);
    return `(CASE WHEN ${c.arg(0)} IS NULL THEN NULL ELSE CAST(${c.arg(1)} AS DOUBLE) END)`;
  },
  REGR_VALY: (c) => {
    c.check(2);
    return `(CASE WHEN ${c.arg(1)} IS NULL THEN NULL ELSE CAST(${c.arg(0)} AS DOUBLE) END)`;
  },
  ARRAY_UNION_AGG: arrayUnionAgg,
  APPROX_TOP_K: approxTopK,
  // APPROX_PERCENTILE (t-digest in Snowflake) answers with the exact interpolated percentile, a DOUBLE
  // (https://docs.snowflake.com/en/sql-reference/functions/approx_percentile).
  APPROX_PERCENTILE: (c) => {
    c.check(2);
    if (c.args[1]!.kind !== 'number') throw new NotSupportedError('APPROX_PERCENTILE with a non-constant percentile');
    return `quantile_cont(CAST(${c.arg(0)} AS DOUBLE), ${c.arg(1)})`;
  },
  KURTOSIS: rename('kurtosis', 1, 1),
  SKEW: rename('skewness', 1, 1),
  PERCENTILE_CONT: percentile('quantile_cont'),
  PERCENTILE_DISC: percentile('quantile_disc'),
  GROUPING: rename('grouping', 1),
  GROUPING_ID: rename('grouping', 1),
};
