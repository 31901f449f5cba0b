/**
 * @module translate/functions/semi
 * Semi-structured functions (https://docs.snowflake.com/en/sql-reference/functions-semistructured):
 * PARSE_JSON, TRY_PARSE_JSON, TO_VARIANT, TO_JSON, OBJECT_CONSTRUCT (drops NULL values),
 * OBJECT_CONSTRUCT_KEEP_NULL, ARRAY_CONSTRUCT, ARRAY_CONSTRUCT_COMPACT, ARRAY_SIZE, GET,
 * GET_PATH, ARRAY_CONTAINS, ARRAY_TO_STRING, OBJECT_KEYS, IS_ARRAY/IS_OBJECT, ... over DuckDB JSON.
 */
import { NotSupportedError, SnowflakeError } from '../../errors.ts';
import type { Expr, PathExpr } from '../../sql/ast.ts';
import { printPath, printToVariant } from '../transforms/semi-structured.ts';
import { valueLiteral } from '../transforms/variables.ts';
import type { Call, FnPrinter } from './_call.ts';
import { tpl } from './_call.ts';
import { parseJson, tryParseJson } from './parse-json.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import { RAISE_TAG, raiseErrorSql } from '../../engine/internal-error.ts';
import { inferType } from '../transforms/infer-type.ts';

function variantArgs(c: Call): string[] {
  return c.args.map((a) => printToVariant(a, c.st));
}

/**
 * OBJECT_CONSTRUCT: pairs whose key or value is SQL NULL are omitted; a JSON null value is kept
 * (https://docs.snowflake.com/en/sql-reference/functions/object_construct).
 */
export function objectConstruct(pairs: [string, string][], keepNull = false): string {
  if (pairs.length === 0) return `CAST('{}' AS JSON)`;
  const entries = pairs.map(([k, v]) => `struct_pack(k := CAST(${k} AS VARCHAR), v := ${v})`).join(', ');
  // OBJECT_CONSTRUCT_KEEP_NULL keeps SQL NULL values (as JSON null) but still omits NULL keys.
  const keep = keepNull ? 'e.k IS NOT NULL' : 'e.k IS NOT NULL AND e.v IS NOT NULL';
  return `CAST(to_json(map_from_entries(list_sort(list_filter([${entries}], lambda e: ${keep})))) AS JSON)`;
}

/** Re-order an object's keys (Snowflake keeps OBJECT keys sorted). */
export function sortKeys(j: string): string {
  return `CAST(to_json(map_from_entries(list_sort(map_entries(CAST(${j} AS MAP(VARCHAR, JSON)))))) AS JSON)`;
}

function likeToRegex(p: string): RegExp {
  const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

/**
 * The (key, column) pairs of `*` / `t.*` from the catalog columns of the FROM items it names, with
 * EXCLUDE / ILIKE applied; undefined when a table's columns are not known statically. Two columns
 * with one name raise 100103 (https://docs.snowflake.com/en/sql-reference/functions/object_construct).
 */
function starColumns(c: Call): { key: string; col: Expr }[] | undefined {
  const scope = c.st.tableScopes[c.st.tableScopes.length - 1] ?? [];
  const star = c.args[0]?.kind === 'star' ? c.args[0] : undefined;
  const q = star?.qualifier?.[star.qualifier.length - 1]?.name;
  const tables = q === undefined ? scope : scope.filter((t) => t.name === q);
  if (tables.length === 0 || tables.some((t) => !t.columns)) return undefined;
  const re = star?.ilike !== undefined ? likeToRegex(star.ilike) : undefined;
  const excluded = new Set((star?.exclude ?? []).map((x) => x.name));
  const out: { key: string; col: Expr }[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const col of t.columns!) {
      if (excluded.has(col.name) || (re && !re.test(col.name))) continue;
      if (seen.has(col.name)) throw new SnowflakeError(100103, '22000', `Duplicate field key '${col.name}'`);
      seen.add(col.name);
      out.push({ key: col.name, col: { kind: 'column', parts: [{ kind: 'ident', name: t.name, quoted: true }, { kind: 'ident', name: col.name, quoted: true }] } });
    }
  }
  return out;
}

/**
 * OBJECT_CONSTRUCT[_KEEP_NULL](* | t.* [EXCLUDE ... | ILIKE '...']): the row as an OBJECT, column
 * names as keys (sorted). Built per column from the catalog, so a VARIANT column holding a JSON null
 * (and nulls nested inside values) are kept; only SQL NULLs are dropped (unless KEEP_NULL).
 */
function rowJson(c: Call, keepNull: boolean): string {
  const star = c.args[0]?.kind === 'star' ? c.args[0] : undefined;
  if (star?.rename || star?.replace) throw new NotSupportedError('OBJECT_CONSTRUCT(*) with RENAME or REPLACE');
  const cols = starColumns(c);
  if (cols) {
    if (cols.length === 0) return `CAST('{}' AS JSON)`;
    const ps = cols.map(({ key, col }): [string, string] => [quoteString(key), printToVariant(col, c.st)]);
    if (!keepNull) return objectConstruct(ps);
    return sortKeys(`json_object(${ps.map(([k, v]) => `${k}, ${v}`).join(', ')})`);
  }
  const scope = c.st.tableScopes[c.st.tableScopes.length - 1];
  if (!scope || scope.length !== 1) throw new NotSupportedError('OBJECT_CONSTRUCT(*) over several FROM items without catalog columns');
  if (star?.qualifier?.length) throw new NotSupportedError('OBJECT_CONSTRUCT(t.*) on a FROM item without catalog columns');
  if (star?.ilike !== undefined) throw new NotSupportedError('OBJECT_CONSTRUCT(* ILIKE) on a table without catalog columns');
  if (star?.exclude?.length) throw new NotSupportedError('OBJECT_CONSTRUCT(* EXCLUDE) on a table without catalog columns');
  const j = sortKeys(`to_json(${quoteIdent(scope[0]!.name)})`);
  // Without column types a JSON null cannot be told from a SQL NULL: both are dropped.
  return keepNull ? j : `json_merge_patch(CAST('{}' AS JSON), ${j})`;
}

function pairs(c: Call): [string, string][] {
  if (c.n % 2 !== 0) c.check(c.n + 1);
  const out: [string, string][] = [];
  for (let i = 0; i < c.n; i += 2) out.push([c.arg(i), printToVariant(c.args[i + 1]!, c.st)]);
  return out;
}

const asList = (j: string): string => `CAST(${j} AS JSON[])`;

/**
 * A comparable key for an element of a VARIANT array: numbers by value (5 = 5.00 = 5::DOUBLE),
 * SQL NULL and JSON null as one value (the set functions are NULL-safe), anything else by its JSON
 * text (objects are stored with sorted keys, so equal objects have equal text).
 */
const elemKey = (x: string): string =>
  `(CASE WHEN ${x} IS NULL OR json_type(${x}) = 'NULL' THEN 'null' WHEN json_type(${x}) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN 'n:' || CAST(CAST(${x} AS DOUBLE) AS VARCHAR) ELSE CAST(${x} AS VARCHAR) END)`;

/** How many elements of the list `l` have the key `k`. */
const countKey = (l: string, k: string): string => `len(list_filter(${l}, lambda _y: ${elemKey('_y')} = ${k}))`;

/**
 * ARRAY_INTERSECTION / ARRAY_EXCEPT with Snowflake's multi-set semantics: an element's n-th copy
 * in the first array is kept when the second array holds at least n copies (INTERSECTION) or fewer
 * than n (EXCEPT); NULL-safe; a NULL argument gives NULL
 * (https://docs.snowflake.com/en/sql-reference/functions/array_intersection,
 * https://docs.snowflake.com/en/sql-reference/functions/array_except).
 */
function multisetFilter(a: string, b: string, keep: 'intersection' | 'except'): string {
  const la = asList(a);
  const lb = asList(b);
  const nth = countKey(`list_slice(${la}, 1, _i)`, elemKey('_x'));
  const inB = countKey(lb, elemKey('_x'));
  const cond = keep === 'intersection' ? `${nth} <= ${inB}` : `${nth} > ${inB}`;
  return `(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL ELSE to_json(list_filter(${la}, lambda _x, _i: ${cond})) END)`;
}

/**
 * AS_DECIMAL/AS_NUMBER/AS_NUMERIC(variant [, precision [, scale]]): a VARIANT number as
 * NUMBER(p,s) (default 38,0), NULL for any other value
 * (https://docs.snowflake.com/en/sql-reference/functions/as_decimal-number). A JSON decimal is
 * DuckDB's DOUBLE (TYPEOF calls it DECIMAL too; an exponent form cannot be told apart).
 */
const asDecimal: FnPrinter = (c) => {
  c.check(1, 3);
  const lit = (i: number, dflt: number): number => {
    const a = c.args[i];
    if (a === undefined) return dflt;
    if (a.kind !== 'number' || !/^\d+$/.test(a.text)) throw new NotSupportedError(`${c.name} with a non-constant precision or scale`);
    return Number(a.text);
  };
  const p = lit(1, 38);
  const sc = lit(2, 0);
  const v = c.arg(0);
  return `(CASE WHEN json_type(${v}) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string(${v}, '$') AS DECIMAL(${p},${sc})) END)`;
};

export const SEMI: Record<string, FnPrinter> = {
  PARSE_JSON: parseJson,
  TRY_PARSE_JSON: tryParseJson,
  TO_VARIANT: (c) => {
    c.check(1);
    return printToVariant(c.args[0]!, c.st);
  },
  TO_JSON: (c) => {
    c.check(1);
    return `CAST(${printToVariant(c.args[0]!, c.st)} AS VARCHAR)`;
  },
  OBJECT_CONSTRUCT: (c) => (c.f.star || c.args[0]?.kind === 'star' ? rowJson(c, false) : objectConstruct(pairs(c))),
  OBJECT_CONSTRUCT_KEEP_NULL: (c) => {
    if (c.f.star || c.args[0]?.kind === 'star') return rowJson(c, true);
    return objectConstruct(pairs(c), true);
  },
  ARRAY_CONSTRUCT: (c) => (c.n === 0 ? `CAST('[]' AS JSON)` : `json_array(${variantArgs(c).join(', ')})`),
  ARRAY_CONSTRUCT_COMPACT: (c) =>
    c.n === 0 ? `CAST('[]' AS JSON)` : `to_json(list_filter(${asList(`json_array(${variantArgs(c).join(', ')})`)}, lambda x: x IS NOT NULL AND CAST(x AS VARCHAR) <> 'null'))`,
  ARRAY_SIZE: tpl(1, 1, ([a]) => `(CASE WHEN json_type(${a}) = 'ARRAY' THEN CAST(json_array_length(${a}) AS BIGINT) END)`),
  GET: (c) => {
    c.check(2);
    const p: PathExpr = { kind: 'path', base: c.args[0]!, steps: [{ kind: 'index', expr: c.args[1]! }] };
    return printPath(p, c.st);
  },
  GET_PATH: (c) => {
    c.check(2);
    const p = c.args[1]!;
    if (p.kind !== 'string') return `json_extract(${c.arg(0)}, '$.' || ${c.arg(1)})`;
    const path = p.value.startsWith('[') ? `$${p.value}` : `$.${p.value}`;
    return `json_extract(${c.arg(0)}, '${path.replace(/'/g, "''")}')`;
  },
  // JSON_EXTRACT_PATH_TEXT(string, path): GET_PATH on the parsed string, as text (no JSON quotes).
  JSON_EXTRACT_PATH_TEXT: (c) => {
    c.check(2);
    const p = c.args[1]!;
    const path = p.kind !== 'string' ? `'$.' || ${c.arg(1)}` : quoteString(p.value.startsWith('[') ? `$${p.value}` : `$.${p.value}`);
    return `json_extract_string(json(${c.arg(0)}), ${path})`;
  },
  ARRAY_CONTAINS: (c) => {
    c.check(2);
    return `list_contains(${asList(c.arg(1))}, ${printToVariant(c.args[0]!, c.st)})`;
  },
  ARRAY_TO_STRING: tpl(2, 2, ([a, sep]) => `array_to_string(list_transform(${asList(a)}, lambda x: coalesce(json_extract_string(x, '$'), '')), ${sep})`),
  ARRAY_APPEND: (c) => {
    c.check(2);
    return `to_json(list_append(${asList(c.arg(0))}, ${printToVariant(c.args[1]!, c.st)}))`;
  },
  ARRAY_PREPEND: (c) => {
    c.check(2);
    return `to_json(list_prepend(${printToVariant(c.args[1]!, c.st)}, ${asList(c.arg(0))}))`;
  },
  ARRAY_CAT: tpl(2, 2, ([a, b]) => `to_json(list_concat(${asList(a)}, ${asList(b)}))`),
  ARRAY_SLICE: tpl(3, 3, ([a, f, t]) => {
    const l = asList(a);
    const from = `(CASE WHEN ${f} < 0 THEN greatest(len(${l}) + ${f}, 0) ELSE ${f} END)`;
    const to = `(CASE WHEN ${t} < 0 THEN len(${l}) + ${t} ELSE ${t} END)`;
    return `to_json(list_slice(${l}, CAST(${from} + 1 AS BIGINT), CAST(${to} AS BIGINT)))`;
  }),
  // ARRAY_POSITION compares numbers by value (2.0 finds 2), like the other array functions.
  ARRAY_POSITION: (c) => {
    c.check(2);
    const v = printToVariant(c.args[0]!, c.st);
    return `(list_position(list_transform(${asList(c.arg(1))}, lambda _x: ${elemKey('_x')}), (CASE WHEN ${v} IS NOT NULL THEN ${elemKey(v)} END)) - 1)`;
  },
  ARRAY_DISTINCT: tpl(1, 1, ([a]) => `to_json(list_filter(${asList(a)}, lambda x, i: list_position(${asList(a)}, x) = i))`),
  ARRAY_COMPACT: tpl(1, 1, ([a]) => `to_json(list_filter(${asList(a)}, lambda x: x IS NOT NULL AND CAST(x AS VARCHAR) <> 'null'))`),
  // ARRAYS_OVERLAP is NULL-safe: a NULL element in both arrays is an overlap.
  ARRAYS_OVERLAP: tpl(2, 2, ([a, b]) => `(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL ELSE len(list_filter(${asList(a)}, lambda _x: ${countKey(asList(b), elemKey('_x'))} > 0)) > 0 END)`),
  ARRAY_INTERSECTION: tpl(2, 2, ([a, b]) => multisetFilter(a, b, 'intersection')),
  ARRAY_EXCEPT: tpl(2, 2, ([a, b]) => multisetFilter(a, b, 'except')),
  OBJECT_DELETE: (c) => {
    if (c.n < 2) c.check(2);
    const keys = c.args.slice(1).map((_, i) => c.arg(i + 1));
    return `json_merge_patch(${c.arg(0)}, json_object(${keys.map((k) => `${k}, NULL`).join(', ')}))`;
  },
  STRIP_NULL_VALUE: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'NULL' THEN NULL ELSE ${v} END)`),
  AS_VARCHAR: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'VARCHAR' THEN json_extract_string(${v}, '$') END)`),
  AS_CHAR: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'VARCHAR' THEN json_extract_string(${v}, '$') END)`),
  AS_INTEGER: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) IN ('BIGINT', 'UBIGINT') THEN CAST(json_extract_string(${v}, '$') AS DECIMAL(38,0)) END)`),
  AS_NUMBER: asDecimal,
  AS_DECIMAL: asDecimal,
  AS_NUMERIC: asDecimal,
  AS_DOUBLE: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string(${v}, '$') AS DOUBLE) END)`),
  AS_BOOLEAN: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'BOOLEAN' THEN CAST(json_extract_string(${v}, '$') AS BOOLEAN) END)`),
  AS_ARRAY: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'ARRAY' THEN ${v} END)`),
  AS_OBJECT: tpl(1, 1, ([v]) => `(CASE WHEN json_type(${v}) = 'OBJECT' THEN ${v} END)`),
  TYPEOF: tpl(1, 1, ([v]) => `(CASE json_type(${v}) WHEN 'BIGINT' THEN 'INTEGER' WHEN 'UBIGINT' THEN 'INTEGER' WHEN 'DOUBLE' THEN 'DECIMAL' WHEN 'VARCHAR' THEN 'VARCHAR' WHEN 'BOOLEAN' THEN 'BOOLEAN' WHEN 'ARRAY' THEN 'ARRAY' WHEN 'OBJECT' THEN 'OBJECT' WHEN 'NULL' THEN 'NULL_VALUE' END)`),
  ARRAY_GENERATE_RANGE: tpl(2, 3, ([a, b, st]) => `to_json(range(CAST(${a} AS BIGINT), CAST(${b} AS BIGINT)${st ? `, CAST(${st} AS BIGINT)` : ''}))`),
  // ARRAY_REMOVE(array, value): every element equal to value (numbers by value: 5 = 5.00 = 5::DOUBLE);
  // a NULL value gives NULL (https://docs.snowflake.com/en/sql-reference/functions/array_remove).
  ARRAY_REMOVE: (c) => {
    c.check(2);
    const v = printToVariant(c.args[1]!, c.st);
    return `(CASE WHEN ${v} IS NULL THEN NULL ELSE to_json(list_filter(${asList(c.arg(0))}, lambda _x: _x IS NULL OR ${elemKey('_x')} <> ${elemKey(v)})) END)`;
  },
  // ARRAY_REMOVE_AT(array, pos): 0-based, negative counts from the end, out of range leaves the
  // array as it is (https://docs.snowflake.com/en/sql-reference/functions/array_remove_at).
  ARRAY_REMOVE_AT: tpl(2, 2, ([a, p]) => {
    const l = asList(a);
    const pos = `(CASE WHEN CAST(${p} AS BIGINT) < 0 THEN len(${l}) + CAST(${p} AS BIGINT) ELSE CAST(${p} AS BIGINT) END)`;
    return `to_json(list_filter(${l}, lambda _x, _i: _i - 1 <> ${pos}))`;
  }),
  ARRAY_FLATTEN: tpl(1, 1, ([a]) => `to_json(flatten(CAST(${a} AS JSON[][])))`),
  // OBJECT_PICK(object, key1 [, key2 ...]) or OBJECT_PICK(object, array_of_keys); keys missing from
  // the object are left out (https://docs.snowflake.com/en/sql-reference/functions/object_pick).
  OBJECT_PICK: (c) => {
    if (c.n < 2) c.check(2);
    const o = c.arg(0);
    const second = c.args[1]!;
    if (c.n === 2 && inferType(second, c.st)?.f === 'array') {
      const keys = `list_transform(${asList(c.arg(1))}, lambda _k: json_extract_string(_k, '$'))`;
      const entries = `list_transform(list_filter(${keys}, lambda _k: list_contains(json_keys(${o}), _k)), lambda _k: struct_pack(k := _k, v := json_extract(${o}, '$."' || replace(_k, '"', '\\"') || '"')))`;
      return `(CASE WHEN ${o} IS NULL THEN NULL ELSE CAST(to_json(map_from_entries(list_sort(list_distinct(${entries})))) AS JSON) END)`;
    }
    const keys = c.args.slice(1).map((_, i) => c.arg(i + 1));
    return `json_merge_patch(CAST('{}' AS JSON), json_object(${keys.map((k) => `${k}, json_extract(${o}, '$."' || ${k} || '"')`).join(', ')}))`;
  },
  TRANSFORM: (c) => {
    c.check(2);
    const out = `to_json(list_transform(${asList(c.arg(0))}, ${c.arg(1)}))`;
    // DuckDB writes DOUBLE results as 2.0; Snowflake numbers print without a trailing .0.
    return `json(regexp_replace(CAST(${out} AS VARCHAR), '(\\d)\\.0([,\\]])', '\\1\\2', 'g'))`;
  },
  FILTER: (c) => {
    c.check(2);
    return `to_json(list_filter(${asList(c.arg(0))}, ${c.arg(1)}))`;
  },
  GETVARIABLE: (c) => {
    c.check(1);
    const a = c.args[0]!;
    if (a.kind !== 'string') throw new NotSupportedError('GETVARIABLE with a non-constant name');
    const v = c.st.variable(a.value);
    return v ? valueLiteral(v.value, v.type) : 'NULL';
  },
  OBJECT_KEYS: tpl(1, 1, ([o]) => `to_json(json_keys(${o}))`),
  // Without updateFlag = TRUE an existing key is an error
  // (https://docs.snowflake.com/en/sql-reference/functions/object_insert).
  OBJECT_INSERT: (c) => {
    c.check(3, 4);
    const o = c.arg(0);
    const k = c.arg(1);
    const v = printToVariant(c.args[2]!, c.st);
    // A JSON null value is inserted as a key with a null value (json_merge_patch would delete the
    // key); a SQL NULL value inserts nothing.
    const kept = `list_filter(map_entries(CAST(${o} AS MAP(VARCHAR, JSON))), lambda _e: _e.key <> ${k})`;
    const withNew = `CAST(to_json(map_from_entries(list_sort(list_append(${kept}, struct_pack(key := CAST(${k} AS VARCHAR), value := ${v}))))) AS JSON)`;
    const merged = `(CASE WHEN ${v} IS NULL THEN json_merge_patch(${o}, json_object(${k}, NULL)) ELSE ${withNew} END)`;
    const upd = c.args[3];
    if (upd && upd.kind === 'boolean' && upd.value) return merged;
    const dup = `list_contains(json_keys(${o}), ${k})`;
    const check = upd ? `NOT coalesce(CAST(${c.arg(3)} AS BOOLEAN), false) AND ${dup}` : dup;
    return `(CASE WHEN ${check} THEN error('${RAISE_TAG}|100103|22000|Duplicate field key ''' || ${k} || '''') ELSE ${merged} END)`;
  },
  // IS_<type> of a VARIANT (https://docs.snowflake.com/en/sql-reference/functions-semistructured):
  // IS_DECIMAL/IS_DOUBLE/IS_REAL also hold for integers; a JSON decimal is DuckDB's DOUBLE.
  IS_INTEGER: tpl(1, 1, ([v]) => `(json_type(${v}) IN ('BIGINT', 'UBIGINT'))`),
  IS_DECIMAL: tpl(1, 1, ([v]) => `(json_type(${v}) IN ('BIGINT', 'UBIGINT', 'DOUBLE'))`),
  IS_DOUBLE: tpl(1, 1, ([v]) => `(json_type(${v}) IN ('BIGINT', 'UBIGINT', 'DOUBLE'))`),
  IS_REAL: tpl(1, 1, ([v]) => `(json_type(${v}) IN ('BIGINT', 'UBIGINT', 'DOUBLE'))`),
  IS_VARCHAR: tpl(1, 1, ([v]) => `(json_type(${v}) = 'VARCHAR')`),
  IS_CHAR: tpl(1, 1, ([v]) => `(json_type(${v}) = 'VARCHAR')`),
  IS_BOOLEAN: tpl(1, 1, ([v]) => `(json_type(${v}) = 'BOOLEAN')`),
  // GET_IGNORE_CASE: an exact key first, else the first key equal ignoring case.
  GET_IGNORE_CASE: tpl(2, 2, ([o, k]) => {
    const keys = `json_keys(${o})`;
    const key = `coalesce(list_filter(${keys}, lambda x: x = ${k})[1], list_filter(${keys}, lambda x: lower(x) = lower(${k}))[1])`;
    return `(CASE WHEN json_type(${o}) = 'OBJECT' THEN json_extract(${o}, '$."' || replace(${key}, '"', '\\"') || '"') END)`;
  }),
  ARRAY_REVERSE: tpl(1, 1, ([a]) => `to_json(list_reverse(${asList(a)}))`),
  // ARRAY_INSERT(array, pos, element): 0-based, negative counts from the end
  // (https://docs.snowflake.com/en/sql-reference/functions/array_insert). Padding past the end with
  // undefined elements is not emulated and fails instead of answering differently.
  ARRAY_INSERT: (c) => {
    c.check(3);
    const l = asList(c.arg(0));
    const pos = `CAST(${c.arg(1)} AS BIGINT)`;
    const p = `(CASE WHEN ${pos} < 0 THEN len(${l}) + ${pos} ELSE ${pos} END)`;
    const el = printToVariant(c.args[2]!, c.st);
    return `(CASE WHEN ${p} > len(${l}) OR ${p} < 0 THEN ${raiseErrorSql(2, '0A000', "Unsupported feature 'ARRAY_INSERT past the end of the array'.")} ELSE to_json(list_concat(list_slice(${l}, 1, ${p}), [${el}], list_slice(${l}, ${p} + 1, len(${l})))) END)`;
  },
  // ARRAYS_TO_OBJECT(keys, values): pairs with a NULL key are omitted.
  ARRAYS_TO_OBJECT: tpl(2, 2, ([k, v]) => {
    const keys = asList(k);
    const vals = asList(v);
    const entries = `list_transform(range(1, len(${keys}) + 1), lambda i: struct_pack(k := json_extract_string(${keys}[i], '$'), v := ${vals}[i]))`;
    return `(CASE WHEN len(${keys}) <> len(${vals}) THEN ${raiseErrorSql(100_000, '22000', 'ARRAYS_TO_OBJECT: the key and value arrays differ in size')} ELSE CAST(to_json(map_from_entries(list_filter(${entries}, lambda e: e.k IS NOT NULL))) AS JSON) END)`;
  }),
  IS_ARRAY: tpl(1, 1, ([v]) => `(json_type(${v}) = 'ARRAY')`),
  IS_OBJECT: tpl(1, 1, ([v]) => `(json_type(${v}) = 'OBJECT')`),
  IS_NULL_VALUE: tpl(1, 1, ([v]) => `(json_type(${v}) = 'NULL')`),
  TO_ARRAY: tpl(1, 1, ([v]) => `(CASE WHEN ${v} IS NULL THEN NULL WHEN json_type(to_json(${v})) = 'ARRAY' THEN to_json(${v}) ELSE json_array(${v}) END)`),
  TO_OBJECT: tpl(1, 1, ([v]) => `json(${v})`),
};
