/**
 * @module translate/transforms/infer-type
 * A light static type inference over expressions, enough for the Snowflake rules that depend on
 * operand types: the scale of `/` and AVG (https://docs.snowflake.com/en/sql-reference/operators-arithmetic),
 * and whether an operand is a VARIANT (so casts and comparisons unwrap JSON). Column types come from
 * the catalog facts of the FROM tables in scope; anything unknown is `undefined` and callers fall
 * back to DuckDB's own typing.
 */
import type { Expr } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { fixedParams, typeFamily, type TypeFamily } from '../dialect/duckdb/types.ts';
import { lambdaParam } from './columns.ts';
import type { TableRef } from '../../sql/ast.ts';
import type { ScopeTable } from '../_state.ts';

/**
 * The FROM-scope builder of dialect/duckdb/from.ts, registered by that module: importing it here
 * would close an import cycle that breaks module initialisation.
 */
let scopeOf: ((from: TableRef[], st: PrintState) => ScopeTable[]) | undefined;
export function registerFromScope(f: (from: TableRef[], st: PrintState) => ScopeTable[]): void {
  scopeOf = f;
}

export interface Inferred {
  f: TypeFamily;
  /** fixed: scale */
  s?: number;
}

const VARIANT_FUNCS = new Set([
  'PARSE_JSON', 'TRY_PARSE_JSON', 'TO_VARIANT', 'OBJECT_CONSTRUCT', 'OBJECT_CONSTRUCT_KEEP_NULL', 'ARRAY_CONSTRUCT',
  'ARRAY_CONSTRUCT_COMPACT', 'GET', 'GET_PATH', 'GET_IGNORE_CASE', 'ARRAY_AGG', 'OBJECT_AGG', 'TO_ARRAY', 'TO_OBJECT',
  'OBJECT_INSERT', 'OBJECT_DELETE', 'OBJECT_PICK', 'ARRAY_APPEND', 'ARRAY_PREPEND', 'ARRAY_CAT', 'ARRAY_SLICE',
  'ARRAY_DISTINCT', 'ARRAY_COMPACT', 'OBJECT_KEYS', 'SPLIT', 'STRTOK_TO_ARRAY', 'ARRAYAGG', 'ARRAY_UNIQUE_AGG',
  'ARRAY_INTERSECTION', 'ARRAY_EXCEPT', 'ARRAY_SORT', 'ARRAY_REMOVE', 'ARRAY_FLATTEN', 'ARRAY_GENERATE_RANGE',
  'ARRAY_REVERSE', 'REGEXP_SUBSTR_ALL', 'ARRAY_INSERT', 'ARRAYS_TO_OBJECT', 'PARSE_URL', 'ARRAY_REMOVE_AT',
]);

const OBJECT_FUNCS = new Set(['PARSE_URL', 'OBJECT_CONSTRUCT', 'OBJECT_CONSTRUCT_KEEP_NULL', 'OBJECT_AGG', 'OBJECT_INSERT', 'OBJECT_DELETE', 'OBJECT_PICK', 'TO_OBJECT', 'ARRAYS_TO_OBJECT']);
const ARRAY_FUNCS = new Set([
  'ARRAY_CONSTRUCT', 'ARRAY_CONSTRUCT_COMPACT', 'ARRAY_AGG', 'ARRAYAGG', 'ARRAY_UNIQUE_AGG', 'SPLIT', 'STRTOK_TO_ARRAY', 'TO_ARRAY',
  'ARRAY_APPEND', 'ARRAY_PREPEND', 'ARRAY_CAT', 'ARRAY_SLICE', 'ARRAY_DISTINCT', 'ARRAY_COMPACT', 'ARRAY_INTERSECTION', 'ARRAY_EXCEPT',
  'ARRAY_REMOVE', 'ARRAY_FLATTEN', 'ARRAY_GENERATE_RANGE', 'OBJECT_KEYS', 'TRANSFORM', 'FILTER', 'ARRAY_REVERSE', 'REGEXP_SUBSTR_ALL', 'ARRAY_INSERT', 'ARRAY_REMOVE_AT',
]);

const FUNC_FAMILY: Record<string, TypeFamily> = {
  TO_DATE: 'date', DATE: 'date', TRY_TO_DATE: 'date', DATE_FROM_PARTS: 'date', DATEFROMPARTS: 'date', LAST_DAY: 'date',
  CURRENT_DATE: 'date', NEXT_DAY: 'date', PREVIOUS_DAY: 'date',
  TO_TIMESTAMP: 'timestamp_ntz', TO_TIMESTAMP_NTZ: 'timestamp_ntz', TRY_TO_TIMESTAMP: 'timestamp_ntz', TRY_TO_TIMESTAMP_NTZ: 'timestamp_ntz',
  TIMESTAMP_FROM_PARTS: 'timestamp_ntz', TIMESTAMP_NTZ_FROM_PARTS: 'timestamp_ntz', SYSDATE: 'timestamp_ntz',
  TO_TIMESTAMP_LTZ: 'timestamp_ltz', TO_TIMESTAMP_TZ: 'timestamp_tz', CURRENT_TIMESTAMP: 'timestamp_ltz', GETDATE: 'timestamp_ltz',
  TO_TIME: 'time', TIME: 'time', TRY_TO_TIME: 'time', TIME_FROM_PARTS: 'time', CURRENT_TIME: 'time',
  TO_DOUBLE: 'real', TRY_TO_DOUBLE: 'real', SQRT: 'real', LN: 'real', LOG: 'real', EXP: 'real', POWER: 'real', POW: 'real', RANDOM: 'fixed',
  TO_VARCHAR: 'text', TO_CHAR: 'text', CONCAT: 'text', CONCAT_WS: 'text', UPPER: 'text', LOWER: 'text', SUBSTR: 'text', SUBSTRING: 'text',
  TRIM: 'text', LTRIM: 'text', RTRIM: 'text', LPAD: 'text', RPAD: 'text', REPLACE: 'text', LEFT: 'text', RIGHT: 'text', INITCAP: 'text',
  SPLIT_PART: 'text', MONTHNAME: 'text', DAYNAME: 'text', LISTAGG: 'text', REVERSE: 'text', REPEAT: 'text', TRANSLATE: 'text',
  TO_BOOLEAN: 'boolean', TRY_TO_BOOLEAN: 'boolean', CONTAINS: 'boolean', STARTSWITH: 'boolean', ENDSWITH: 'boolean', REGEXP_LIKE: 'boolean',
  IS_ARRAY: 'boolean', IS_OBJECT: 'boolean', BOOLAND_AGG: 'boolean', BOOLOR_AGG: 'boolean', EQUAL_NULL: 'boolean',
  TO_BINARY: 'binary', TRY_TO_BINARY: 'binary', SHA1_BINARY: 'binary', SHA2_BINARY: 'binary', MD5_BINARY: 'binary',
  HEX_DECODE_BINARY: 'binary', TRY_HEX_DECODE_BINARY: 'binary', BASE64_DECODE_BINARY: 'binary', TRY_BASE64_DECODE_BINARY: 'binary',
  MD5: 'text', MD5_HEX: 'text', SHA1: 'text', SHA1_HEX: 'text', SHA2: 'text', SHA2_HEX: 'text', HEX_ENCODE: 'text', BASE64_ENCODE: 'text',
  HEX_DECODE_STRING: 'text', BASE64_DECODE_STRING: 'text', SOUNDEX: 'text', SOUNDEX_P123: 'text',
};

const INT_FUNCS = new Set(['COUNT', 'COUNT_IF', 'LENGTH', 'LEN', 'ROW_NUMBER', 'RANK', 'DENSE_RANK', 'NTILE', 'YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'DAYOFWEEK', 'DAYOFYEAR', 'WEEK', 'QUARTER', 'DATEDIFF', 'TIMESTAMPDIFF', 'ARRAY_SIZE', 'CHARINDEX', 'POSITION', 'APPROX_COUNT_DISTINCT', 'DATE_PART', 'EXTRACT', 'SIGN']);

/** The inferred Snowflake type of `e`, or undefined when it cannot be known statically. */
export function inferType(e: Expr, st: PrintState): Inferred | undefined {
  switch (e.kind) {
    case 'number': {
      if (/[eE]/.test(e.text)) return { f: 'real' };
      const dot = e.text.indexOf('.');
      return { f: 'fixed', s: dot < 0 ? 0 : e.text.length - dot - 1 };
    }
    case 'string':
      return { f: 'text' };
    case 'boolean':
      return { f: 'boolean' };
    case 'typedLiteral':
      return castType(e.type, st);
    case 'case': {
      for (const w of e.whens) {
        const t = inferType(w.then, st);
        if (t) return t;
      }
      return e.else ? inferType(e.else, st) : undefined;
    }
    case 'paren':
      return inferType(e.expr, st);
    case 'cast':
      return castType(e.type, st);
    case 'path':
      return { f: 'variant' };
    case 'arrayLit':
      return { f: 'array' };
    case 'objectLit':
      return { f: 'object' };
    case 'unary':
      return e.op === 'NOT' ? { f: 'boolean' } : inferType(e.operand, st);
    case 'binary':
      return binaryType(e.op, e.left, e.right, st);
    case 'column':
      return columnType(e.parts.map((p) => p.name), st);
    case 'variable': {
      const v = st.ctx.variables.get(e.name);
      if (!v) return undefined;
      if (v.type === 'fixed') {
        const t = String(v.value);
        const dot = t.indexOf('.');
        return { f: 'fixed', s: dot < 0 ? 0 : t.length - dot - 1 };
      }
      return { f: v.type };
    }
    case 'func': {
      const name = e.name[e.name.length - 1]!.name;
      if (e.name.length !== 1) return undefined;
      if (OBJECT_FUNCS.has(name)) return { f: 'object' };
      if (ARRAY_FUNCS.has(name)) return { f: 'array' };
      // MIN_BY / MAX_BY with a count answer an ARRAY of values.
      if ((name === 'MIN_BY' || name === 'MAX_BY') && e.args.length === 3) return { f: 'array' };
      if (VARIANT_FUNCS.has(name)) return { f: 'variant' };
      const fam = FUNC_FAMILY[name];
      if (fam) return { f: fam };
      if (name === 'DATEADD' || name === 'TIMEADD' || name === 'TIMESTAMPADD' || name === 'ADD_MONTHS' || name === 'DATE_TRUNC' || name === 'TRUNC') {
        const a = e.args[name === 'ADD_MONTHS' ? 0 : name === 'TRUNC' ? 0 : e.args.length - 1];
        return a ? inferType(a, st) : undefined;
      }
      if (INT_FUNCS.has(name)) return { f: 'fixed', s: 0 };
      if (name === 'SUM' || name === 'MIN' || name === 'MAX' || name === 'ABS' || name === 'ANY_VALUE') {
        const a = e.args[0];
        return a ? inferType(a, st) : undefined;
      }
      if (name === 'AVG') {
        const a = e.args[0] ? inferType(e.args[0], st) : undefined;
        if (a?.f === 'fixed') return { f: 'fixed', s: divScale(a.s ?? 0) };
        return a?.f === 'real' ? a : undefined;
      }
      return undefined;
    }
    case 'is':
    case 'isDistinctFrom':
    case 'between':
    case 'inList':
    case 'inSubquery':
    case 'like':
    case 'exists':
      return { f: 'boolean' };
    case 'subquery': {
      // A scalar subquery has the type of its one select item, read in the subquery's own FROM
      // scope (outer scopes stay visible for correlated references): `(SELECT COUNT(*) FROM t) / 2`
      // is a NUMBER quotient with scale 6, as in Snowflake.
      let q = e.query;
      while (q.kind === 'parenQuery' && !q.with && !q.limit && !q.offset) q = q.query;
      if (!scopeOf || q.kind !== 'select' || q.with || q.items.length !== 1 || q.items[0]!.expr.kind === 'star') return undefined;
      st.tableScopes.push(scopeOf(q.from, st));
      try {
        return inferType(q.items[0]!.expr, st);
      } finally {
        st.tableScopes.pop();
      }
    }
    default:
      return undefined;
  }
}

/** Snowflake's scale for a quotient whose dividend has scale `s1`: max(S1, min(S1+6, 12)). */
export function divScale(s1: number): number {
  return Math.max(s1, Math.min(s1 + 6, 12));
}

function castType(t: Parameters<typeof typeFamily>[0], st: PrintState): Inferred {
  const mapping = String(st.param('TIMESTAMP_TYPE_MAPPING') ?? 'TIMESTAMP_NTZ').toUpperCase();
  const f = typeFamily(t, mapping);
  if (f === 'fixed') return { f, s: fixedParams(t)[1] };
  return { f };
}

function binaryType(op: string, l: Expr, r: Expr, st: PrintState): Inferred | undefined {
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '%':
    case '/': {
      const a = inferType(l, st);
      const b = inferType(r, st);
      if (!a || !b) return undefined;
      if (a.f === 'real' || b.f === 'real') return { f: 'real' };
      if (a.f !== 'fixed' || b.f !== 'fixed') return undefined;
      const s1 = a.s ?? 0;
      const s2 = b.s ?? 0;
      if (op === '/') return { f: 'fixed', s: divScale(s1) };
      if (op === '*') return { f: 'fixed', s: Math.min(s1 + s2, Math.max(s1, s2, 12)) };
      return { f: 'fixed', s: Math.max(s1, s2) };
    }
    case '||':
      return { f: 'text' };
    default:
      return { f: 'boolean' };
  }
}

function columnType(parts: string[], st: PrintState): Inferred | undefined {
  const col = parts[parts.length - 1]!;
  if (parts.length === 1) {
    const lp = lambdaParam(col, st);
    if (lp) return lp.type ? castType(lp.type, st) : { f: 'variant' };
  }
  const qual = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  for (let i = st.tableScopes.length - 1; i >= 0; i--) {
    for (const t of st.tableScopes[i]!) {
      if (qual !== undefined && t.name !== qual) continue;
      const hit = t.columns?.find((c) => c.name === col);
      if (hit?.type) {
        const f = hit.type.type;
        if (f === 'fixed') return { f, s: hit.type.scale ?? 0 };
        return { f };
      }
    }
  }
  if (qual === undefined) {
    const m = st.selectAliases[st.selectAliases.length - 1];
    const e = m?.get(col);
    if (m && e) {
      m.delete(col);
      try {
        return inferType(e, st);
      } finally {
        m.set(col, e);
      }
    }
  }
  return undefined;
}

/** True when `e` is statically known to be a VARIANT/OBJECT/ARRAY (JSON in DuckDB). */
export function isVariant(e: Expr, st: PrintState): boolean {
  const t = inferType(e, st);
  return t !== undefined && (t.f === 'variant' || t.f === 'object' || t.f === 'array');
}
