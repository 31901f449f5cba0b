/**
 * @module translate/functions/array-order
 * Array functions that compare or combine elements of VARIANT arrays (DuckDB JSON[]):
 * ARRAY_SORT, ARRAY_MAX, ARRAY_MIN (https://docs.snowflake.com/en/sql-reference/functions/array_sort,
 * …/array_max, …/array_min), ARRAYS_ZIP (…/arrays_zip) and REDUCE (…/reduce).
 *
 * DuckDB compares JSON values as text (`9` > `10`), so elements are ordered through a key: numbers
 * by value, strings by their text, booleans false < true, other values by their JSON text. An array
 * mixing those kinds fails with 0A000 at run time rather than answering in an order Snowflake
 * might not use. SQL NULL and JSON null elements are both NULL in a DuckDB list, so they are
 * placed together (NULLS FIRST/LAST).
 */
import { NotSupportedError } from '../../errors.ts';
import type { Expr, Lambda, TypeName } from '../../sql/ast.ts';
import { raiseErrorSql } from '../../engine/internal-error.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { inferType } from '../transforms/infer-type.ts';
import { printToVariant } from '../transforms/semi-structured.ts';
import type { Call, FnPrinter } from './_call.ts';

const asList = (j: string): string => `CAST(${j} AS JSON[])`;

/** 0 number, 1 string, 2 boolean, 3 array/object. */
const kindOf = (e: string): string =>
  `(CASE json_type(${e}) WHEN 'BIGINT' THEN 0 WHEN 'UBIGINT' THEN 0 WHEN 'DOUBLE' THEN 0 WHEN 'VARCHAR' THEN 1 WHEN 'BOOLEAN' THEN 2 ELSE 3 END)`;

/** The sort key of element `e` (a struct carrying the element as `v`), NULL for null elements. */
const keyOf = (e: string): string =>
  `(CASE WHEN ${e} IS NULL OR json_type(${e}) = 'NULL' THEN NULL ELSE struct_pack(n := (CASE WHEN ${kindOf(e)} = 0 THEN CAST(json_extract_string(${e}, '$') AS DOUBLE) ELSE 0 END), s := (CASE WHEN ${kindOf(e)} = 1 THEN json_extract_string(${e}, '$') WHEN ${kindOf(e)} = 0 THEN '' ELSE CAST(${e} AS VARCHAR) END), v := ${e}) END)`;

/** `then` unless the non-null elements of list `l` mix kinds (numbers, strings, ...). */
function guardMixed(l: string, then: string, fn: string): string {
  const kinds = `len(list_distinct(list_transform(list_filter(${l}, lambda e: e IS NOT NULL AND json_type(e) <> 'NULL'), lambda e: ${kindOf('e')})))`;
  return `(CASE WHEN ${kinds} > 1 THEN ${raiseErrorSql(2, '0A000', `Unsupported feature '${fn} of an array mixing numbers, strings and other values'.`)} ELSE ${then} END)`;
}

function constBool(c: Call, i: number): boolean | null | undefined {
  const a = c.args[i];
  if (!a) return undefined;
  if (a.kind === 'boolean') return a.value;
  if (a.kind === 'null') return null;
  throw new NotSupportedError(`${c.name} with a non-constant ordering argument`);
}

/** ARRAY_SORT(array [, sort_ascending [, nulls_first]]): nulls_first defaults to NOT sort_ascending. */
function arraySort(c: Call): string {
  c.check(1, 3);
  const asc = constBool(c, 1);
  const nullsFirst = constBool(c, 2);
  if (asc === null || nullsFirst === null) return 'CAST(NULL AS JSON)';
  const up = asc ?? true;
  const nf = nullsFirst ?? !up;
  const l = asList(c.arg(0));
  const sorted = `to_json(list_transform(list_sort(list_transform(${l}, lambda e: ${keyOf('e')}), '${up ? 'ASC' : 'DESC'}', '${nf ? 'NULLS FIRST' : 'NULLS LAST'}'), lambda p: p.v))`;
  return guardMixed(l, sorted, 'ARRAY_SORT');
}

/** ARRAY_MAX / ARRAY_MIN: the largest / smallest non-NULL element as a VARIANT, NULL if none. */
function extreme(fn: 'list_max' | 'list_min'): FnPrinter {
  return (c) => {
    c.check(1);
    const l = asList(c.arg(0));
    return guardMixed(l, `(${fn}(list_transform(${l}, lambda e: ${keyOf('e')}))).v`, c.name);
  };
}

/**
 * ARRAYS_ZIP(a1, ...): an array of objects {"$1": a1[i], "$2": a2[i], ...} as long as the longest
 * input; shorter inputs give JSON null; any NULL input gives NULL.
 */
function arraysZip(c: Call): string {
  if (c.n < 1) c.check(1, 255);
  const ls = c.args.map((_, i) => asList(c.arg(i)));
  const longest = ls.length === 1 ? `len(${ls[0]})` : `greatest(${ls.map((l) => `len(${l})`).join(', ')})`;
  const obj = `json_object(${ls.map((l, i) => `'$${i + 1}', ${l}[i]`).join(', ')})`;
  const anyNull = ls.map((l) => `${l} IS NULL`).join(' OR ');
  return `(CASE WHEN ${anyNull} THEN NULL ELSE to_json(list_transform(range(1, ${longest} + 1), lambda i: ${obj})) END)`;
}

/**
 * REDUCE(array, init, (acc, value) -> expr): the accumulator keeps init's type (the lambda result
 * is cast to it, as Snowflake's type check requires one type for init, acc and the result); the
 * value is a VARIANT element. An empty array gives init; a NULL array or init gives NULL.
 */
function reduce(c: Call): string {
  c.check(3);
  const f = c.args[2]!;
  if (f.kind !== 'lambda' || f.params.length !== 2) throw new NotSupportedError('REDUCE without a two-parameter lambda');
  const accType = accumulatorType(c.args[1]!, c);
  // The accumulator travels as a VARIANT and is read back as init's type inside the lambda (a typed
  // lambda parameter); the lambda's result is stored as a VARIANT again.
  const body: Expr = { kind: 'cast', expr: { kind: 'cast', expr: f.body, type: accType, try: false, syntax: 'cast' }, type: VARIANT, try: false, syntax: 'cast' };
  // Only the accumulator is typed; an untyped value stays a VARIANT element.
  const paramTypes: TypeName[] = [accType];
  if (f.paramTypes?.[1]) paramTypes.push(f.paramTypes[1]);
  const lam: Lambda = { ...f, body, paramTypes };
  const l = asList(c.arg(0));
  const r = `list_reduce(${l}, ${printExpr(lam, c.st)}, ${printToVariant(c.args[1]!, c.st)})`;
  const out = accType === VARIANT ? r : unwrapAs(r, accType, c);
  return `(CASE WHEN (${c.arg(1)}) IS NULL OR ${l} IS NULL THEN NULL ELSE ${out} END)`;
}

/** A VARIANT expression read as `t` (as `v::t` would). */
function unwrapAs(v: string, t: TypeName, c: Call): string {
  switch (t.name) {
    case 'NUMBER':
      return `CAST(json_extract_string(${v}, '$') AS DECIMAL(38,${t.params[1] ?? 0}))`;
    case 'FLOAT':
      return `CAST(json_extract_string(${v}, '$') AS DOUBLE)`;
    case 'VARCHAR':
      return `json_extract_string(${v}, '$')`;
    case 'BOOLEAN':
      return `CAST(json_extract_string(${v}, '$') AS BOOLEAN)`;
    default:
      throw new NotSupportedError(`REDUCE with a ${t.name} accumulator (${c.name})`);
  }
}

const VARIANT: TypeName = { kind: 'type', name: 'VARIANT', params: [] };

/** The Snowflake type of init, as a type name (VARIANT when it is not known statically). */
function accumulatorType(init: Expr, c: Call): TypeName {
  const t = inferType(init, c.st);
  switch (t?.f) {
    case 'fixed':
      return { kind: 'type', name: 'NUMBER', params: [38, t.s ?? 0] };
    case 'real':
      return { kind: 'type', name: 'FLOAT', params: [] };
    case 'text':
      return { kind: 'type', name: 'VARCHAR', params: [] };
    case 'boolean':
      return { kind: 'type', name: 'BOOLEAN', params: [] };
    default:
      return VARIANT;
  }
}

export const ARRAY_ORDER: Record<string, FnPrinter> = {
  ARRAY_SORT: arraySort,
  ARRAY_MAX: extreme('list_max'),
  ARRAY_MIN: extreme('list_min'),
  ARRAYS_ZIP: arraysZip,
  REDUCE: reduce,
};
