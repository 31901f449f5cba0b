/**
 * @module translate
 * Snowflake AST → Plan (architecture.md "One path for every statement"). Queries and DML are
 * printed as DuckDB SQL by the printer in dialect/duckdb with Snowflake semantics supplied by
 * transforms/*; DDL, SHOW and DESCRIBE go to translate/ddl; USE/SET/ALTER SESSION become commands.
 * Results are cached in a bounded LRU keyed by statement text and the context fields read.
 *
 * @example
 *   const [parsed] = parse('select 1/3');
 *   translate(parsed, ctx); // { kind: 'duckdb', sql: ['SELECT CAST(... AS DECIMAL(38,6)) AS "1/3"'], ... }
 */
import type { ObjectName, ParsedStatement, Query, Expr, Statement } from '../sql/ast.ts';
import { NotSupportedError, assertNever } from '../errors.ts';
import { parse } from '../sql/index.ts';
import { variableValue } from './transforms/variables.ts';
import type { TranslateContext } from './context.ts';
import type { DuckDbPlan, Plan, ResultShape } from './plan.ts';

const ROWS: ResultShape = { kind: 'rows' };
import { translateDdl } from './ddl/index.ts';
import { PrintState } from './_state.ts';
import { TranslationCache } from './_cache.ts';
import { printExpr as printExprSt } from './dialect/duckdb/expr.ts';
import { printQuery as printQuerySt, queryColumnNames } from './dialect/duckdb/query.ts';
import { resolveName, type ResolvedName } from './transforms/names.ts';
import { catalogColumnHints } from './transforms/column-hints.ts';
import { translateDelete, translateInsert, translateInsertMulti, translateMerge, translateUpdate } from './dml.ts';
import { translateCopy, translateGet, translateList, translatePut, translateRemove } from './ingest.ts';
import { translateAlterSession, translateSet, translateTransaction, translateUnset, translateUse } from './session-statements.ts';

const cache = new TranslationCache(512);
let cacheEnabled = true;

/** Turn the translation cache on or off (benchmarks, tests). Turning it off clears it. */
export function setCacheEnabled(on: boolean): void {
  cacheEnabled = on;
  if (!on) cache.clear();
}

/** Translate one parsed statement into a Plan. Throws SnowflakeError / NotSupportedError. */
export function translate(parsed: ParsedStatement, ctx: TranslateContext): Plan {
  if (cacheEnabled) {
    const hit = cache.get(parsed.text, ctx);
    if (hit) return hit;
  }
  const st = new PrintState(ctx);
  const plan = translateStatement(parsed.statement, st, parsed.text);
  // Only a plain query reads its `FROM @stage` items first (translateQuery); anywhere else they would be missing tables.
  if (st.stagedFiles.length && !(plan.kind === 'duckdb' && plan.stagedFiles)) throw new NotSupportedError('querying staged files (FROM @stage) outside a SELECT or COPY');
  if (cacheEnabled && st.cacheable) cache.set(parsed.text, st.deps, plan);
  return plan;
}

function translateQuery(q: Query, st: PrintState): Plan {
  const sql = printQuerySt(q, st);
  const columns = queryColumnNames(q);
  const plan: DuckDbPlan = { kind: 'duckdb', statementType: 'SELECT', sql: [sql], params: st.params, shape: ROWS };
  if (columns) {
    const types = q.kind === 'select' ? st.topTypes : undefined;
    plan.columns = types?.some((t) => t) ? columns.map((c, i) => (types[i] ? { name: c.name, type: { type: types[i]! } } : c)) : columns;
  }
  // Declared catalog types for plain column references and `*` (VARCHAR(n), TIMESTAMP_TZ, ARRAY, ...).
  const hints = q.kind === 'select' ? catalogColumnHints(q, st) : undefined;
  if (hints && plan.columns && hints.length === plan.columns.length) {
    plan.columns = plan.columns.map((c, i) => (c.type || !hints[i]!.type ? c : { name: c.name, type: hints[i]!.type }));
  } else if (hints && !plan.columns && hints.every((h) => h.type)) plan.columns = hints;
  if (st.resultScans.length) plan.resultScans = st.resultScans;
  if (st.stagedFiles.length) plan.stagedFiles = st.stagedFiles;
  return plan;
}

function translateStatement(s: Statement, st: PrintState, text: string): Plan {
  switch (s.kind) {
    case 'query':
      return translateQuery(s.query, st);
    case 'insert':
      return translateInsert(s, st);
    case 'insertMulti':
      return translateInsertMulti(s, st);
    case 'update':
      return translateUpdate(s, st);
    case 'delete':
      return translateDelete(s, st);
    case 'merge':
      return translateMerge(s, st);
    case 'use':
      return translateUse(s, st);
    case 'set':
      return translateSet(s, st);
    case 'unset':
      return translateUnset(s);
    case 'alterSession':
      return translateAlterSession(s);
    case 'transaction':
      return translateTransaction(s);
    case 'truncate':
    case 'createTable':
    case 'createView':
    case 'createDatabase':
    case 'createSchema':
    case 'createSequence':
    case 'createStage':
    case 'createFileFormat':
    case 'createRoutine':
    case 'accountObject':
    case 'drop':
    case 'undrop':
    case 'alterTable':
    case 'alterObject':
    case 'show':
    case 'describe':
    case 'grant':
    case 'revoke':
    case 'commentOn':
      st.cacheable = false;
      return translateDdl(s, st.ctx, text);
    case 'copyInto':
      return translateCopy(s, st);
    case 'put':
      return translatePut(s, st);
    case 'get':
      return translateGet(s, st);
    case 'list':
      return translateList(s, st);
    case 'remove':
      return translateRemove(s, st);
    case 'call':
      throw new NotSupportedError('CALL (stored procedures)');
    case 'executeImmediate':
      return translateExecuteImmediate(s, st);
    case 'scriptBlock':
      throw new NotSupportedError('Snowflake Scripting blocks');
    case 'explain':
      throw new NotSupportedError('EXPLAIN');
    default:
      return assertNever(s, 'statement');
  }
}

/**
 * EXECUTE IMMEDIATE of a string or `$$...$$` holding one plain statement
 * (https://docs.snowflake.com/en/sql-reference/sql/execute-immediate) runs that statement; a
 * session variable as the body is read from ctx. Scripting blocks and USING binds are NotSupported.
 */
function translateExecuteImmediate(s: Extract<Statement, { kind: 'executeImmediate' }>, st: PrintState): Plan {
  if (s.using.length) throw new NotSupportedError('EXECUTE IMMEDIATE ... USING');
  let body: string;
  if (s.body.kind === 'string') body = s.body.value;
  else if (s.body.kind === 'variable') {
    const v = variableValue(s.body.name, st);
    if (typeof v !== 'string') throw new NotSupportedError('EXECUTE IMMEDIATE of a non-string variable');
    body = v;
  } else throw new NotSupportedError('EXECUTE IMMEDIATE of an expression');
  const inner = parse(body);
  if (inner.length !== 1) throw new NotSupportedError('EXECUTE IMMEDIATE of several statements');
  const stmt = inner[0]!.statement;
  if (stmt.kind === 'scriptBlock' || stmt.kind === 'executeImmediate') throw new NotSupportedError('Snowflake Scripting in EXECUTE IMMEDIATE');
  return translateStatement(stmt, st, inner[0]!.text);
}

/** Print one expression as DuckDB SQL in the given context. */
export function printExpr(e: Expr, ctx: TranslateContext): string {
  return printExprSt(e, new PrintState(ctx));
}

/** Print one query as DuckDB SQL in the given context. */
export function printQuery(q: Query, ctx: TranslateContext): string {
  return printQuerySt(q, new PrintState(ctx));
}

/** Resolve a 1-3 part object name against ctx's current database and schema. */
export function resolveTableName(name: ObjectName, ctx: TranslateContext): ResolvedName {
  return resolveName(name, new PrintState(ctx));
}

export { duckType, typeFamily } from './dialect/duckdb/types.ts';
export { supportedFunctions } from './functions/index.ts';
export { translateSetupSql } from './macros.ts';
