/**
 * @module translate/transforms/table-functions
 * Table functions in FROM:
 * - FLATTEN (https://docs.snowflake.com/en/sql-reference/functions/flatten): INPUT, PATH, OUTER,
 *   RECURSIVE, MODE → a LATERAL subquery over DuckDB's json_each/json_tree with Snowflake's columns
 *   SEQ, KEY, PATH, INDEX, VALUE, THIS. After other FROM items, transforms/flatten-order wraps
 *   it to keep Snowflake's row order and number the input rows in SEQ; a standalone FLATTEN has
 *   SEQ 1 for a constant input and NULL otherwise (docs/translation.md).
 * - GENERATOR(ROWCOUNT => n) (https://docs.snowflake.com/en/sql-reference/functions/generator) →
 *   `range(n)`; SEQ4()/SEQ8() number its rows.
 * - SPLIT_TO_TABLE (https://docs.snowflake.com/en/sql-reference/functions/split_to_table) and
 *   STRTOK_SPLIT_TO_TABLE (https://docs.snowflake.com/en/sql-reference/functions/strtok_split_to_table):
 *   columns SEQ, INDEX, VALUE; after other FROM items they keep Snowflake's row order the way
 *   FLATTEN does (SEQ numbers the input rows).
 */
import type { Expr, FuncCall, TableRefFunc } from '../../sql/ast.ts';
import { NotSupportedError, SnowflakeError } from '../../errors.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import type { PrintState, ScopeTable } from '../_state.ts';
import type { ColumnHint } from '../plan.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { resultScanTable } from '../../engine/result-scan.ts';
import { Call } from '../functions/_call.ts';
import { lastQueryId } from '../functions/context.ts';
import { userFunction } from '../functions/index.ts';
import { infoSchemaFunction } from '../../catalog/query-history.ts';
import { strtokList } from '../functions/string.ts';
import { isVariant } from './infer-type.ts';
import { printVariantText } from './semi-structured.ts';

/**
 * `[db.]INFORMATION_SCHEMA.QUERY_HISTORY[_BY_SESSION](...)`, served by the catalog from the
 * session's query_history table (https://docs.snowflake.com/en/sql-reference/functions/query_history).
 * Not cached: the session id is part of the SQL.
 */
function queryHistory(t: TableRefFunc, st: PrintState): string | null {
  const parts = t.func.name.map((p) => p.name);
  if (parts.length < 2 || parts[parts.length - 2] !== 'INFORMATION_SCHEMA') return null;
  const name = parts[parts.length - 1]!;
  const database = parts.length >= 3 ? parts[parts.length - 3]! : (st.database() ?? '');
  const args = t.func.args.map((a) =>
    a.kind === 'namedArg' ? { name: a.name, sql: printExpr(a.value, st) } : { sql: printExpr(a, st) },
  );
  const sql = infoSchemaFunction(database, name, args, st.ctx.sessionId);
  if (sql === null) return null;
  st.cacheable = false;
  return `${sql}${alias(t, name)}`;
}

function fnName(f: FuncCall): string {
  return f.name.map((p) => p.name).join('.');
}

/** Arguments by Snowflake parameter name (named or positional in the documented order). */
export function argMap(f: FuncCall, order: string[]): Map<string, Expr> {
  const m = new Map<string, Expr>();
  f.args.forEach((a, i) => {
    if (a.kind === 'namedArg') m.set(a.name.toUpperCase(), a.value);
    else if (order[i]) m.set(order[i]!, a);
  });
  return m;
}

function boolArg(e: Expr | undefined): boolean {
  if (!e) return false;
  if (e.kind === 'boolean') return e.value;
  throw new NotSupportedError('non-constant FLATTEN option');
}

/** True when an expression reads any column (FLATTEN's SEQ is only knowable for constant input). */
function refersToColumns(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  if ((e as { kind?: string }).kind === 'column') return true;
  for (const v of Object.values(e as Record<string, unknown>)) {
    if (Array.isArray(v) ? v.some(refersToColumns) : refersToColumns(v)) return true;
  }
  return false;
}

function alias(t: TableRefFunc, dflt: string): string {
  const cols = t.alias?.columns?.length ? `(${t.alias.columns.map((c) => quoteIdent(c.name)).join(', ')})` : '';
  return ` AS ${quoteIdent(t.alias?.name.name ?? dflt)}${cols}`;
}

/** FLATTEN's options, read once from its arguments. */
interface FlattenArgs {
  input: Expr;
  path: string;
  outer: boolean;
  recursive: boolean;
  mode: string;
}

function flattenArgs(t: TableRefFunc): FlattenArgs {
  const a = argMap(t.func, ['INPUT', 'PATH', 'OUTER', 'RECURSIVE', 'MODE']);
  const input = a.get('INPUT');
  if (!input) throw new SnowflakeError(1003, '42000', 'SQL compilation error:\nFLATTEN requires an INPUT argument');
  const pathArg = a.get('PATH');
  if (pathArg && pathArg.kind !== 'string') throw new NotSupportedError('non-constant FLATTEN PATH');
  const path = pathArg?.kind === 'string' && pathArg.value !== '' ? `$.${pathArg.value}` : '$';
  const outer = boolArg(a.get('OUTER'));
  const recursive = boolArg(a.get('RECURSIVE'));
  const modeArg = a.get('MODE');
  const mode = modeArg?.kind === 'string' ? modeArg.value.toUpperCase() : 'BOTH';
  return { input, path, outer, recursive, mode };
}

/**
 * The SELECT producing FLATTEN's rows for one input value `inp` (DuckDB SQL), with `seq` as SEQ.
 * With `ord`, a trailing `"_ord"` column carries json_each/json_tree's element id (its document
 * order) so that callers can restore Snowflake's row order.
 */
function flattenBody(f: FlattenArgs, inp: string, seq: string, ord: boolean): string {
  const { path, outer, recursive, mode } = f;
  const root = `CAST(${inp} AS JSON)`;
  const src = `json_extract(${root}, ${quoteString(path)})`;
  const fn = recursive ? 'json_tree' : 'json_each';
  const isArr = `(e.fullkey LIKE '%]')`;
  const conds: string[] = [];
  if (recursive) conds.push(`e.fullkey <> ${quoteString(path)}`);
  if (mode === 'ARRAY') conds.push(isArr);
  else if (mode === 'OBJECT') conds.push(`NOT ${isArr}`);
  const strip = `coalesce(regexp_replace(e.fullkey, '^\\$\\.?', ''), '')`;
  const cols = [
    `CAST(${seq} AS BIGINT) AS "SEQ"`,
    `(CASE WHEN ${isArr} THEN NULL ELSE e.key END) AS "KEY"`,
    `${strip} AS "PATH"`,
    `(CASE WHEN ${isArr} THEN CAST(regexp_extract(e.fullkey, '\\[(\\d+)\\]$', 1) AS BIGINT) END) AS "INDEX"`,
    'CAST(e.value AS JSON) AS "VALUE"',
    recursive ? `json_extract(${root}, regexp_replace(e.fullkey, '(\\.[^.\\[]+|\\[\\d+\\])$', '')) AS "THIS"` : `${src} AS "THIS"`,
  ];
  if (ord) cols.push('e.id AS "_ord"');
  const where = conds.length ? ` WHERE ${conds.join(' AND ')}` : '';
  return outer
    ? `SELECT ${cols.join(', ')} FROM (SELECT 1) AS "_one" LEFT JOIN (SELECT * FROM ${fn}(${root}, ${quoteString(path)})) AS e ON TRUE${where.replace(' WHERE ', ' WHERE e.fullkey IS NULL OR (') + (where ? ')' : '')}`
    : `SELECT ${cols.join(', ')} FROM ${fn}(${root}, ${quoteString(path)}) AS e${where}`;
}

function flatten(t: TableRefFunc, st: PrintState): string {
  const f = flattenArgs(t);
  const body = flattenBody(f, printExpr(f.input, st), refersToColumns(f.input) ? 'NULL' : '1', false);
  return `LATERAL (${body})${alias(t, 'FLATTEN')}`;
}

/** The table functions whose row order the FROM printer restores (transforms/flatten-order). */
const ORDERED = new Set(['FLATTEN', 'SPLIT_TO_TABLE', 'STRTOK_SPLIT_TO_TABLE']);

export function isOrderedTableFunc(t: TableRefFunc): boolean {
  return ORDERED.has(fnName(t.func));
}

/** The parts of an order-keeping table function over preceding FROM items (transforms/flatten-order). */
export interface OrderedParts {
  /** The printed input expression. */
  input: string;
  /** The lateral body over `"_x"."_in"`, SEQ = `"_x"."_rn"`, with a trailing `"_ord"` column. */
  body: string;
  /** ` AS "alias"[(cols)]` of its output. */
  alias: string;
  /** The output columns, in order. */
  columns: string[];
}

export function orderedParts(t: TableRefFunc, st: PrintState): OrderedParts {
  if (fnName(t.func) === 'FLATTEN') {
    const f = flattenArgs(t);
    const input = printExpr(f.input, st);
    return { input, body: flattenBody(f, '"_x"."_in"', '"_x"."_rn"', true), alias: alias(t, 'FLATTEN'), columns: FLATTEN_COLUMNS.map((c) => c.name) };
  }
  const sp = splitArgs(t, st);
  return { input: sp.input, body: splitBody(sp.list('"_x"."_in"'), '"_x"."_rn"', true), alias: alias(t, sp.name), columns: SPLIT_COLUMNS.map((c) => c.name) };
}

/** SPLIT_TO_TABLE / STRTOK_SPLIT_TO_TABLE: the input string and its element list (DuckDB VARCHAR[]). */
function splitArgs(t: TableRefFunc, st: PrintState): { name: string; input: string; list: (s: string) => string } {
  const name = fnName(t.func);
  const [s, d, ...more] = t.func.args;
  const bad = (): SnowflakeError => new SnowflakeError(1044, '42P13', `SQL compilation error:\nInvalid argument types for function '${name}'`);
  if (!s || more.length || s.kind === 'namedArg' || d?.kind === 'namedArg') throw bad();
  // A VARIANT input is split as its string value (no JSON quotes).
  const input = isVariant(s, st) ? printVariantText(s, st) : printExpr(s, st);
  if (name === 'SPLIT_TO_TABLE') {
    if (!d) throw bad();
    const delim = printExpr(d, st);
    return { name, input, list: (x) => `string_split(${x}, ${delim})` };
  }
  if (d && d.kind !== 'string') throw new NotSupportedError('STRTOK_SPLIT_TO_TABLE with a non-constant delimiter list');
  const delims = d?.kind === 'string' ? d.value : ' ';
  return { name, input, list: (x) => strtokList(x, delims) };
}

/** The rows of one split: SEQ = `seq`, INDEX 1-based, VALUE; a NULL input gives no rows. */
function splitBody(list: string, seq: string, ord: boolean): string {
  const cols = [`CAST(${seq} AS BIGINT) AS "SEQ"`, 'CAST("_i" AS BIGINT) AS "INDEX"', '"_v" AS "VALUE"'];
  if (ord) cols.push('"_i" AS "_ord"');
  return `SELECT ${cols.join(', ')} FROM (SELECT unnest("_l") AS "_v", generate_subscripts("_l", 1) AS "_i" FROM (SELECT ${list} AS "_l") AS "_s") AS "_e"`;
}

/** Column types the FLATTEN output carries (so `f.value::string` unwraps JSON). */
export const FLATTEN_COLUMNS: ColumnHint[] = [
  { name: 'SEQ', type: { type: 'fixed', scale: 0 } },
  { name: 'KEY', type: { type: 'text' } },
  { name: 'PATH', type: { type: 'text' } },
  { name: 'INDEX', type: { type: 'fixed', scale: 0 } },
  { name: 'VALUE', type: { type: 'variant' } },
  { name: 'THIS', type: { type: 'variant' } },
];

/** Columns of SPLIT_TO_TABLE / STRTOK_SPLIT_TO_TABLE. */
export const SPLIT_COLUMNS: ColumnHint[] = [
  { name: 'SEQ', type: { type: 'fixed', scale: 0 } },
  { name: 'INDEX', type: { type: 'fixed', scale: 0 } },
  { name: 'VALUE', type: { type: 'text' } },
];

/** The scope entry a table function contributes (name and typed columns), if known. */
export function tableFuncScope(t: TableRefFunc): ScopeTable | undefined {
  const n = fnName(t.func);
  if (n === 'FLATTEN') return { name: t.alias?.name.name ?? 'FLATTEN', columns: FLATTEN_COLUMNS };
  if (n === 'SPLIT_TO_TABLE' || n === 'STRTOK_SPLIT_TO_TABLE') return { name: t.alias?.name.name ?? n, columns: SPLIT_COLUMNS };
  return undefined;
}

export function printTableFunc(t: TableRefFunc, st: PrintState): string {
  const n = fnName(t.func);
  switch (n) {
    case 'FLATTEN':
      return flatten(t, st);
    case 'GENERATOR': {
      const a = argMap(t.func, []);
      const rc = a.get('ROWCOUNT');
      if (!rc) throw new NotSupportedError('GENERATOR without ROWCOUNT');
      return `(SELECT range AS "_GEN" FROM range(CAST(${printExpr(rc, st)} AS BIGINT)))${alias(t, 'GENERATOR')}`;
    }
    case 'SPLIT_TO_TABLE':
    case 'STRTOK_SPLIT_TO_TABLE': {
      // Alone (or where the order-keeping rewrite does not apply): SEQ is 1 for a constant input.
      const sp = splitArgs(t, st);
      const seq = refersToColumns(t.func.args[0]) ? 'NULL' : '1';
      return `LATERAL (${splitBody(sp.list(sp.input), seq, false)})${alias(t, n)}`;
    }
    case 'RESULT_SCAN': {
      // https://docs.snowflake.com/en/sql-reference/functions/result_scan: the engine loads the kept
      // result of that query into resultScanTable(id) before running the plan.
      const a = t.func.args[0];
      let id: string | null;
      const index = a === undefined ? -1 : a.kind === 'number' ? Number(a.text) : a.kind === 'unary' && a.op === '-' && a.operand.kind === 'number' ? -Number(a.operand.text) : undefined;
      if (index !== undefined) {
        // A query index: 1-based from the session's first query, negative from the latest; no argument is -1.
        if (!Number.isInteger(index) || index === 0) throw new NotSupportedError('RESULT_SCAN with a query index of 0 or a fraction');
        id = st.queryId(index);
      } else if (a?.kind === 'string') id = a.value;
      else if (a?.kind === 'func' && a.name.length === 1 && a.name[0]!.name === 'LAST_QUERY_ID') id = lastQueryId(new Call(a, st, 'LAST_QUERY_ID'));
      else throw new NotSupportedError('RESULT_SCAN of a non-constant query id');
      if (id === null) throw new SnowflakeError(709, '02000', 'Statement  not found');
      if (!st.resultScans.includes(id)) st.resultScans.push(id);
      return `${resultScanTable(id)}${alias(t, 'RESULT_SCAN')}`;
    }
    default: {
      const history = queryHistory(t, st);
      if (history !== null) return history;
      const udf = userFunction(t.func, st);
      if (udf !== null) return `${t.lateral ? 'LATERAL ' : ''}${udf}${alias(t, t.func.name[t.func.name.length - 1]!.name)}`;
      throw new NotSupportedError(`table function ${n}`);
    }
  }
}
