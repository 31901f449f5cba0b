/**
 * @module server/wire/query
 * Statement endpoints (spec §3.3-§3.6, §6): `POST /queries/v1/query-request` (sync with a
 * 333333 hand-off for long statements, asyncExec with 333334, requestId idempotency),
 * `GET /queries/<id>/result` (blocks up to the result wait), `GET /monitoring/queries/<id>`, and
 * both abort forms, which cancel the running DuckDB statement for real (it then fails 000604/57014).
 */
import { Elysia } from 'elysia';
import { QueryCanceled, StatementNotFound } from '../../errors.ts';
import type { Session } from '../../session/types.ts';
import { parseQueryRequest, startQuery } from './_execute.ts';
import { errorResponse, fail, ok, originOf, readJsonBody } from './_http.ts';
import type { QueryEntry } from './_queries.ts';
import { inProgress, renderFinished } from './_render.ts';
import { authenticate, type Authed, type WireState } from './_state.ts';
import { CODE, MESSAGES } from './constants.ts';

/** Abort a running statement: the signal reaches the session queue, `cancel` the DuckDB query. */
function abortEntry(authed: Authed, entry: QueryEntry): Response {
  if (entry.status !== 'RUNNING') return fail(CODE.NOT_EXECUTING, MESSAGES.NOT_EXECUTING);
  cancelEntry(authed.session, entry);
  return ok(null);
}

/**
 * Cancel a statement: abort its signal and interrupt it in DuckDB. A statement still queued behind
 * another one in its session is not current yet, so the interrupt is retried until it has run.
 */
export function cancelEntry(session: Session, entry: QueryEntry): void {
  entry.controller.abort(new QueryCanceled());
  if (session.cancel(entry.id)) return;
  const retry = setInterval(() => {
    if (entry.status !== 'RUNNING' || session.cancel(entry.id)) clearInterval(retry);
  }, 50);
  void entry.done.then(() => clearInterval(retry));
}

export function queryRoutes(state: WireState) {
  return new Elysia()
    .post(
      '/queries/v1/query-request',
      async ({ request, query }) => {
        try {
          const authed = await authenticate(state, request);
          if (authed instanceof Response) return authed;
          const req = parseQueryRequest(await readJsonBody(request));
          const requestId = (query as Record<string, string | undefined>).requestId;
          const knownId = requestId ? authed.conn.requests.get(requestId) : undefined;
          let entry = knownId ? state.queries.get(knownId) : undefined;
          if (!entry && requestId && authed.conn.abortedEarly.delete(requestId)) {
            return errorResponse(new QueryCanceled());
          }
          if (!entry) {
            entry = startQuery(state, authed, req, crypto.randomUUID());
            if (requestId) state.conns.remember(authed.conn, requestId, entry.id);
          }
          if (req.asyncExec) return inProgress(entry, true);
          await state.queries.wait(entry, state.syncWaitMs);
          return renderFinished(entry, originOf(request));
        } catch (err) {
          return errorResponse(err);
        }
      },
      { parse: 'none' },
    )
    .get('/queries/:id/result', async ({ request, params }) => {
      try {
        const authed = await authenticate(state, request);
        if (authed instanceof Response) return authed;
        const entry = state.queries.get(params.id);
        if (!entry || entry.sessionId !== authed.session.id) return errorResponse(new StatementNotFound(params.id));
        await state.queries.wait(entry, state.resultWaitMs);
        return renderFinished(entry, originOf(request));
      } catch (err) {
        return errorResponse(err);
      }
    })
    .get('/monitoring/queries/:id', async ({ request, params }) => {
      try {
        const authed = await authenticate(state, request);
        if (authed instanceof Response) return authed;
        const entry = state.queries.get(params.id);
        if (!entry || entry.sessionId !== authed.session.id) return ok({ queries: [] });
        return monitoring(entry);
      } catch (err) {
        return errorResponse(err);
      }
    })
    .post(
      '/queries/:id/abort-request',
      async ({ request, params }) => {
        try {
          const authed = await authenticate(state, request);
          if (authed instanceof Response) return authed;
          if (params.id === 'v1') {
            // `POST /queries/v1/abort-request` with {requestId}: the statement has no query id yet.
            const body = await readJsonBody(request);
            const requestId = typeof body.requestId === 'string' ? body.requestId : '';
            const queryId = authed.conn.requests.get(requestId);
            const entry = queryId ? state.queries.get(queryId) : undefined;
            if (entry) return abortEntry(authed, entry);
            if (!requestId) return fail(CODE.NOT_EXECUTING, MESSAGES.NOT_EXECUTING);
            // The abort overtook its query-request (the driver sends both at once): cancel on arrival.
            if (authed.conn.abortedEarly.size < 1000) authed.conn.abortedEarly.add(requestId);
            return ok(null);
          }
          const entry = state.queries.get(params.id);
          if (!entry || entry.sessionId !== authed.session.id) return fail(CODE.NOT_EXECUTING, MESSAGES.NOT_EXECUTING);
          return abortEntry(authed, entry);
        } catch (err) {
          return errorResponse(err);
        }
      },
      { parse: 'none' },
    );
}

/**
 * `/monitoring/queries/<id>` body. On failure the driver builds its error from `code`,
 * `message + queries[0].errorMessage` and `data.sqlState` (snowflake-sdk connection.js
 * getQueryStatusThrowIfError), so those carry the statement's error.
 */
function monitoring(entry: QueryEntry): Response {
  const err = entry.outcome?.kind === 'error' ? entry.outcome : null;
  const errData = (err?.body.data ?? null) as Record<string, unknown> | null;
  const q = {
    id: entry.id,
    status: entry.status,
    sqlText: entry.sql,
    startTime: entry.startTime,
    endTime: entry.endTime ?? 0,
    totalDuration: (entry.endTime ?? Date.now()) - entry.startTime,
    errorCode: err ? (err.body.code ?? null) : null,
    errorMessage: err ? (err.body.message ?? null) : null,
  };
  return ok(
    { queries: [q], sqlState: errData?.sqlState ?? null },
    err ? String(err.body.code ?? '') || null : null,
    err ? '' : null,
  );
}
