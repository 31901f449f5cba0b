/**
 * @module session/_statement
 * One statement through the pipeline: parse → translate (with a TranslateContext built from the
 * session) → execute, with cancel/timeout, array binds (one run per row inside a transaction,
 * counts summed), translate-only and describe-only modes, and its QueryRecord.
 */
import type { Database } from '../engine/database.ts';
import { translatedSqlOf } from '../engine/execute.ts';
import type { EngineState } from '../engine/state.ts';
import type { Result } from '../engine/types.ts';
import { EmptySqlStatement, QueryCanceled, SnowflakeError, SqlSyntaxError } from '../errors.ts';
import { parse } from '../sql/index.ts';
import type { ParsedStatement } from '../sql/ast.ts';
import { translate } from '../translate/index.ts';
import type { CatalogFacts, TranslateContext } from '../translate/context.ts';
import type { Plan } from '../translate/plan.ts';
import type { Binds, ExecuteOptions, QueryRecord } from './types.ts';
import type { KeptResults } from './_kept.ts';

/** What a statement needs from its session. */
export interface StatementHost {
  readonly id: string;
  readonly db: Database;
  readonly state: EngineState;
  current: { queryId: string; canceled: boolean } | null;
  readonly kept: KeptResults;
  catalog(): Promise<CatalogFacts>;
  planRan(plan: Plan): void;
  record(r: QueryRecord): void;
}

export interface StatementPiece {
  text: string;
  line: number;
  /** The statement as sent (with its `;`), for CURRENT_STATEMENT(); defaults to `text`. */
  statementText?: string;
}

const DEFAULT_TIMEOUT = 172800;

/** Parse one split statement; syntax-error lines are made relative to the whole script. */
function parseOne(piece: StatementPiece): ParsedStatement {
  let parsed: ParsedStatement[];
  try {
    parsed = parse(piece.text);
  } catch (e) {
    if (e instanceof SqlSyntaxError && piece.line > 1 && e.line !== undefined) {
      const tok = /unexpected '([\s\S]*)'\.$/.exec(e.message)?.[1];
      if (tok !== undefined) throw new SqlSyntaxError(e.line + piece.line - 1, e.pos ?? 0, tok);
    }
    throw e;
  }
  const first = parsed[0];
  if (!first) throw new EmptySqlStatement();
  return first;
}

function contextOf(host: StatementHost, catalog: CatalogFacts, binds: Binds | undefined, statementText?: string): TranslateContext {
  const s = host.state;
  return {
    ...(statementText !== undefined ? { statementText } : {}),
    database: s.database,
    schema: s.schema,
    sessionId: host.id,
    variables: s.variables,
    params: s.params,
    queryIds: host.kept.queryIds,
    user: s.user,
    role: s.role,
    warehouse: s.warehouse,
    ...(binds ? { binds } : {}),
    catalog,
  };
}

function rowsOf(r: Result): number {
  return r.rowsAffected ?? r.rows.length;
}

/** Add the DML counts of `b` into `a` (array binds report one summed count row). */
function sumCounts(a: Result, b: Result): Result {
  if (a.rowsAffected === null || b.rowsAffected === null) return b;
  const row = (a.rows[0] ?? []).map((v, i) => String(BigInt(String(v ?? 0)) + BigInt(String(b.rows[0]?.[i] ?? 0))));
  return { ...b, rows: [row], rowsAffected: a.rowsAffected + b.rowsAffected, elapsedMs: a.elapsedMs + b.elapsedMs };
}

async function runBindRows(host: StatementHost, parsed: ParsedStatement, rows: Binds[], catalog: CatalogFacts, queryId: string, sql: string): Promise<{ plan: Plan; result: Result }> {
  // Inside the user's transaction the rows join it; otherwise they get their own.
  const began = !host.db.inTransaction;
  if (began) await host.db.run('BEGIN TRANSACTION');
  try {
    let last: { plan: Plan; result: Result } | null = null;
    for (const binds of rows) {
      const plan = translate(parsed, contextOf(host, catalog, binds, sql));
      const r = await host.db.execute(plan, host.state, { queryId, sql, keptResult: (id) => host.kept.get(id) });
      last = { plan, result: last ? sumCounts(last.result, r) : r };
    }
    if (began) await host.db.run('COMMIT');
    if (!last) throw new EmptySqlStatement();
    return last;
  } catch (e) {
    if (began) await host.db.run('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * Run one statement. When the result streams, `releaseLock` is called once the stream ends
 * (the caller keeps the session lock until then); otherwise the caller releases it.
 */
export async function runStatement(
  host: StatementHost,
  piece: StatementPiece,
  queryId: string,
  options: ExecuteOptions,
  isLast: boolean,
  releaseLock: () => void,
): Promise<Result> {
  const startTime = new Date();
  const t0 = performance.now();
  host.db.interruptRequested = false;
  const current = { queryId, canceled: false };
  host.current = current;
  let plan: Plan | null = null;
  let translatedSql: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = Number(host.state.params.STATEMENT_TIMEOUT_IN_SECONDS ?? DEFAULT_TIMEOUT);
  const finish = (rows: number | null, err: unknown): void => {
    if (timer) clearTimeout(timer);
    if (host.current === current) host.current = null;
    const sfErr = err instanceof SnowflakeError ? err : null;
    host.record({
      queryId, sessionId: host.id, sql: piece.text, translatedSql,
      statementType: plan?.statementType ?? 'UNKNOWN',
      status: err ? 'FAILED_WITH_ERROR' : 'SUCCESS',
      errno: sfErr ? sfErr.code : null,
      sqlState: sfErr ? sfErr.sqlState : null,
      errorMessage: err ? (err instanceof Error ? err.message : String(err)) : null,
      rows, database: host.state.database, schema: host.state.schema,
      startTime, endTime: new Date(), durationMs: performance.now() - t0,
    });
  };
  try {
    const parsed = parseOne(piece);
    const catalog = await host.catalog();
    const arrayBinds = options.bindRows && options.bindRows.length > 0 ? options.bindRows : null;
    let p: Plan = translate(parsed, contextOf(host, catalog, arrayBinds ? arrayBinds[0] : options.binds, piece.statementText ?? piece.text));
    plan = p;
    translatedSql = translatedSqlOf(p);
    if (options.translateOnly) {
      const r = translatedOnly(p, queryId, piece.text, translatedSql, host.state, t0);
      finish(0, null);
      return r;
    }
    host.db.statementStarted();
    // DDL commits the open transaction, then runs in its own (Snowflake docs, Transactions: "DDL").
    if (p.statementType === 'DDL' && host.db.inTransaction && !options.describeOnly) await host.db.run('COMMIT');
    if (timeout > 0 && timeout < DEFAULT_TIMEOUT) {
      timer = setTimeout(() => {
        timedOut = true;
        host.db.interrupt();
      }, timeout * 1000);
    }
    let result: Result;
    if (arrayBinds && !options.describeOnly) {
      ({ plan: p, result } = await runBindRows(host, parsed, arrayBinds, catalog, queryId, piece.text));
      plan = p;
    } else {
      result = await host.db.execute(p, host.state, {
        queryId,
        sql: piece.text,
        stream: isLast && options.stream === true && !options.describeOnly,
        describeOnly: options.describeOnly === true,
        keptResult: (id) => host.kept.get(id),
        ...(options.fileTransfer ? { fileTransfer: options.fileTransfer } : {}),
        onStreamEnd: (rows, err) => {
          finish(rows, err);
          // A stream failing mid-way may have aborted the user's transaction: restore it first.
          if (err && host.db.inTransaction) void host.db.statementFailed().catch(() => null).finally(releaseLock);
          else releaseLock();
        },
      });
    }
    host.db.statementSucceeded();
    host.planRan(p);
    if (!result.stream) finish(rowsOf(result), null);
    if (!options.describeOnly) host.kept.remember(queryId, result);
    return result;
  } catch (e) {
    let err = e;
    if (err instanceof QueryCanceled && timedOut) {
      err = new SnowflakeError(630, '57014', `Statement reached its statement or warehouse timeout of ${timeout} second(s) and was canceled.`);
    }
    if (err instanceof SnowflakeError) err.queryId = queryId;
    if (timer) clearTimeout(timer);
    // Snowflake fails the statement alone; the engine keeps (or restores) the user's transaction.
    const lost = await host.db.statementFailed().catch((e2: unknown) => `restoring it failed: ${e2 instanceof Error ? e2.message : String(e2)}`);
    if (lost !== null && err instanceof Error) err.message = `${err.message}\n${lost}. ROLLBACK to continue.`;
    if (plan) host.planRan(plan);
    finish(null, err);
    host.kept.remember(queryId, null);
    throw err;
  }
}

function translatedOnly(plan: Plan, queryId: string, sql: string, translatedSql: string, state: EngineState, t0: number): Result {
  return {
    queryId, statementType: plan.statementType, columns: [], rows: [], rowsAffected: null, translatedSql, sql,
    database: state.database, schema: state.schema, warnings: [], elapsedMs: performance.now() - t0,
  };
}
