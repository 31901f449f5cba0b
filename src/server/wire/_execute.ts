/**
 * @module server/wire/_execute
 * Runs one `query-request` through the one path (`session.execute`) and turns its Results into
 * protocol bodies (spec §3.3, §6): single statements stream their rows into inline rowset + chunk
 * files; multi-statement requests (MULTI_STATEMENT_COUNT ≠ 1) produce the parent row with
 * `resultIds`/`resultTypes` and register each child result under its own query id.
 */
import type { Result } from '../../engine/types.ts';
import { toWireString } from '../../engine/values.ts';
import { NotSupportedError, SnowflakeError, StatementCountMismatch } from '../../errors.ts';
import type { Binds, ExecuteOptions } from '../../session/types.ts';
import { splitStatements, tokenize } from '../../sql/index.ts';
import { convertBindings } from './_binds.ts';
import type { ParamValue } from './_connections.ts';
import { toWireError } from './_http.ts';
import type { Outcome, QueryEntry } from './_queries.ts';
import { effectiveParameters, parameterList, rowTypeEntry, scalarParams, textColumn } from './_rowset.ts';
import type { CellEncoder } from './_spill.ts';
import { held, type Authed, type WireState } from './_state.ts';
import { MESSAGES, MULTI_STATEMENT_COLUMN, STATEMENT_TYPE_IDS } from './constants.ts';

export interface QueryRequest {
  sqlText: string;
  bindings: unknown;
  parameters: Record<string, unknown>;
  asyncExec: boolean;
  describeOnly: boolean;
}

export function parseQueryRequest(body: Record<string, unknown>): QueryRequest {
  const params = body.parameters;
  return {
    sqlText: typeof body.sqlText === 'string' ? body.sqlText : '',
    bindings: body.bindings,
    parameters: params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {},
    asyncExec: body.asyncExec === true,
    describeOnly: body.describeOnly === true,
  };
}

/** MULTI_STATEMENT_COUNT for this request: the request's own, else the session's, else 1. */
function desiredCount(req: QueryRequest, clientParams: Record<string, ParamValue>): number {
  const raw = req.parameters.MULTI_STATEMENT_COUNT ?? clientParams.MULTI_STATEMENT_COUNT ?? 1;
  const n = Number(raw);
  return Number.isFinite(n) ? n : 1;
}

/** Bind keys of the placeholders in the text: `?` → '1','2',...; `:1` → '1'; `:name` → 'name'. */
function placeholderKeys(sql: string): string[] {
  const keys = new Set<string>();
  let anonymous = 0;
  for (const t of tokenize(sql, { tolerant: true })) {
    if (t.type !== 'bind') continue;
    keys.add(t.text === '?' ? String(++anonymous) : t.text.replace(/^:/, ''));
  }
  return [...keys];
}

/**
 * describeOnly requests usually carry no bindings, yet a statement with placeholders cannot be
 * translated without values: each unbound placeholder is described as a NULL of type TEXT.
 */
function describeBinds(sql: string, given: Binds | undefined): Binds {
  const binds: Binds = { ...given };
  for (const k of placeholderKeys(sql)) binds[k] ??= { type: 'TEXT', value: null };
  return binds;
}

/** Start a query-request in the background; the returned entry finishes with its response body. */
export function startQuery(state: WireState, authed: Authed, req: QueryRequest, queryId: string): QueryEntry {
  return state.queries.start(queryId, authed.session.id, req.sqlText, (entry) =>
    held(state, authed.session.id, () => runQuery(state, authed, req, entry)),
  );
}

async function runQuery(state: WireState, authed: Authed, req: QueryRequest, entry: QueryEntry): Promise<Outcome> {
  const { session, conn } = authed;
  try {
    const desired = desiredCount(req, conn.params);
    const count = splitStatements(req.sqlText).length;
    // Drivers carry out PUT/GET themselves when the text starts with PUT or GET: they ask for what
    // to transfer (`command: UPLOAD|DOWNLOAD`, stageInfo) and then move the files (ingest/transfer.ts).
    const fileCommand = isFileCommand(req.sqlText);
    if (fileCommand && (desired !== 1 || count > 1 || req.describeOnly)) {
      throw new NotSupportedError('PUT/GET in a multi-statement or describe-only request over the driver protocol');
    }
    const bindOpts = convertBindings(req.bindings);
    const base: ExecuteOptions = { ...bindOpts, signal: entry.controller.signal };
    if (desired !== 1) {
      if (desired !== 0 && count !== desired) throw new StatementCountMismatch(count, desired);
      const results = await session.execute(req.sqlText, { ...base, stream: true });
      return await multiOutcome(state, authed, req, entry, results);
    }
    if (count > 1) throw new StatementCountMismatch(count, 1);
    if (req.describeOnly) base.binds = describeBinds(req.sqlText, base.binds);
    const results = await session.execute(req.sqlText, {
      ...base,
      describeOnly: req.describeOnly,
      stream: !req.describeOnly,
      queryId: entry.id,
      ...(fileCommand ? { fileTransfer: 'client' as const } : {}),
    });
    const result = results[results.length - 1];
    if (!result) throw new SnowflakeError(900, '42000', 'SQL compilation error:\nEmpty SQL statement.');
    if (fileCommand) return transferOutcome(state, authed, result, entry.id);
    return await resultOutcome(state, authed, req, result, entry.id);
  } catch (err) {
    if (err instanceof SnowflakeError && !err.queryId) err.queryId = entry.id;
    const body = toWireError(err);
    const data = body.data as Record<string, unknown> | null;
    if (data && !data.queryId) data.queryId = entry.id;
    return { kind: 'error', body, error: err instanceof SnowflakeError ? err : null };
  }
}

/** The driver's own test (snowflake-sdk util.js isPutCommand/isGetCommand): the first three characters. */
function isFileCommand(sql: string): boolean {
  const head = sql.trim().slice(0, 3).toUpperCase();
  return head === 'PUT' || head === 'GET';
}

/**
 * The answer to a PUT/GET the driver transfers itself: the transfer description at the top of
 * `data` (snowflake-sdk file_transfer_agent.js parseCommand reads `command`, `src_locations`,
 * `stageInfo`, `autoCompress`, `sourceCompression`, `overwrite`, `parallel`, `localLocation`).
 * The driver replaces rowtype/rowset with the rows it builds after the transfer.
 */
function transferOutcome(state: WireState, authed: Authed, result: Result, queryId: string): Outcome {
  if (!result.fileTransfer) throw new NotSupportedError('this statement as a PUT/GET over the driver protocol');
  return {
    kind: 'ok',
    data: {
      ...commonData(state, authed, result.database, result.schema),
      ...result.fileTransfer,
      rowtype: [],
      rowset: [],
      total: 0,
      returned: 0,
      queryId,
      statementTypeId: STATEMENT_TYPE_IDS[result.statementType],
    },
    chunkSetId: null,
    chunks: [],
    inlineBytes: 1024,
  };
}

const wireCell: CellEncoder = (v, col) => toWireString(v, col);

/** Encode one Result into a finished outcome (rows spilled to chunks past the inline budget). */
async function resultOutcome(
  state: WireState,
  authed: Authed,
  req: QueryRequest,
  result: Result,
  queryId: string,
): Promise<Outcome> {
  const enc = await state.spill.encode(result, authed.session.id, wireCell);
  const data: Record<string, unknown> = {
    ...commonData(state, authed, result.database, result.schema),
    rowtype: result.columns.map((c) => rowTypeEntry(c)),
    rowset: enc.rowset,
    total: enc.total,
    returned: enc.total,
    queryId,
    statementTypeId: STATEMENT_TYPE_IDS[result.statementType],
  };
  if (req.describeOnly) data.numberOfBinds = placeholderKeys(req.sqlText).length;
  return {
    kind: 'ok',
    data,
    chunkSetId: enc.chunkSetId,
    chunks: enc.chunks.map((c) => ({ rowCount: c.rowCount, uncompressedSize: c.uncompressedSize })),
    inlineBytes: enc.inlineSize,
  };
}

async function multiOutcome(
  state: WireState,
  authed: Authed,
  req: QueryRequest,
  entry: QueryEntry,
  results: Result[],
): Promise<Outcome> {
  for (const r of results) {
    const child = await resultOutcome(state, authed, { ...req, describeOnly: false }, r, r.queryId);
    state.queries.finished(r.queryId, authed.session.id, r.sql, child);
  }
  const last = results[results.length - 1];
  return {
    kind: 'ok',
    data: {
      ...commonData(state, authed, last?.database ?? authed.session.database, last?.schema ?? authed.session.schema),
      rowtype: [rowTypeEntry(textColumn(MULTI_STATEMENT_COLUMN))],
      rowset: [[MESSAGES.MULTI_OK]],
      total: 1,
      returned: 1,
      queryId: entry.id,
      statementTypeId: STATEMENT_TYPE_IDS.SELECT,
      resultIds: results.map((r) => r.queryId).join(','),
      resultTypes: results.map((r) => String(STATEMENT_TYPE_IDS[r.statementType])).join(','),
    },
    chunkSetId: null,
    chunks: [],
    inlineBytes: 256,
  };
}

/** Fields every successful query response carries. */
function commonData(state: WireState, authed: Authed, database: string | null, schema: string | null): Record<string, unknown> {
  const sessionNow = scalarParams(authed.session.parameters());
  const atLogin = state.loginParams.get(authed.session.id) ?? sessionNow;
  return {
    parameters: parameterList(effectiveParameters(sessionNow, atLogin, authed.conn.params)),
    queryResultFormat: 'json',
    version: 1,
    finalDatabaseName: database,
    finalSchemaName: schema,
    finalWarehouseName: authed.conn.warehouse,
    finalRoleName: authed.conn.role,
    databaseProvider: null,
    arrayBindSupported: true,
    queryContext: null,
    sendResultTime: Date.now(),
  };
}
