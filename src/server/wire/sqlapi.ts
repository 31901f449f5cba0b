/**
 * @module server/wire/sqlapi
 * Snowflake SQL API v2 (docs.snowflake.com/en/developer-guide/sql-api/reference,
 * .../sql-api/handling-responses): `POST /api/v2/statements[?async=true]`,
 * `GET /api/v2/statements/<handle>[?partition=N]`, `POST /api/v2/statements/<handle>/cancel`.
 * 200 = ResultSet (`resultSetMetaData` with jsonv2 rowType and partitionInfo, partition 0 inline in
 * `data`), 202 = still running (333334 with `statementStatusUrl`), 422 = failed statement.
 * The API is stateless per request in Snowflake; here every caller (bearer token) gets one shared
 * server session so that tables created by one request are visible to the next.
 */
import { Elysia } from 'elysia';
import { readFile } from 'node:fs/promises';
import { ApiError, StatementNotFound } from '../../errors.ts';
import { quoteIdent } from '../../catalog/names.ts';
import type { Session } from '../../session/types.ts';
import { jsonResponse, readJsonBody, toWireError } from './_http.ts';
import type { QueryEntry } from './_queries.ts';
import { runSqlApiStatement, type SqlApiRequest } from './_sqlapi_exec.ts';
import type { WireState } from './_state.ts';
import { SQL_API } from './constants.ts';
import { foldName } from './login.ts';
import { cancelEntry } from './query.ts';

function statusUrl(handle: string): string {
  return `/api/v2/statements/${handle}`;
}

function running(entry: QueryEntry): Response {
  return jsonResponse(
    {
      code: SQL_API.ASYNC_CODE,
      message: 'Asynchronous execution in progress. Use provided query id to perform query monitoring and management.',
      statementHandle: entry.id,
      statementStatusUrl: statusUrl(entry.id),
    },
    202,
  );
}

/** Failure body (422, or 404 for an unknown handle): code, message, sqlState, statementHandle. */
function failed(err: unknown, handle: string | null, status = 422): Response {
  const body = toWireError(err);
  const data = (body.data ?? {}) as Record<string, unknown>;
  return jsonResponse(
    {
      code: body.code,
      message: body.message,
      sqlState: data.sqlState ?? null,
      statementHandle: handle ?? data.queryId ?? null,
      statementStatusUrl: handle ? statusUrl(handle) : null,
    },
    status,
  );
}

async function finished(state: WireState, entry: QueryEntry, partition: number): Promise<Response> {
  const outcome = entry.outcome;
  if (!outcome) return running(entry);
  if (outcome.kind === 'error') {
    const data = (outcome.body.data ?? {}) as Record<string, unknown>;
    return jsonResponse(
      { code: outcome.body.code, message: outcome.body.message, sqlState: data.sqlState ?? null, statementHandle: entry.id, statementStatusUrl: statusUrl(entry.id) },
      422,
    );
  }
  if (partition === 0) return jsonResponse(outcome.data);
  const path = outcome.chunkSetId ? state.spill.chunkPath(outcome.chunkSetId, partition - 1) : null;
  if (!path) return failed(new ApiError(422, '000709', `Partition ${partition} does not exist.`), entry.id);
  return new Response(`{"data":[${await readFile(path, 'utf8')}]}`, { headers: { 'Content-Type': 'application/json' } });
}

export function sqlApiRoutes(state: WireState) {
  /** Bearer token → the caller's shared session id. */
  const sessions = new Map<string, string>();
  /** requestId → statement handle (bounded). */
  const requests = new Map<string, string>();
  const rememberRequest = (requestId: string, handle: string): void => {
    requests.set(requestId, handle);
    const oldest = requests.size > 1000 ? requests.keys().next().value : undefined;
    if (oldest !== undefined) requests.delete(oldest);
  };

  async function sessionFor(request: Request): Promise<Session | Response> {
    const auth = request.headers.get('authorization') ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? '';
    const required = state.deps.config.authToken;
    if (required && bearer !== required) {
      return jsonResponse({ code: '390303', message: 'Invalid OAuth access token. ' }, 401);
    }
    const known = sessions.get(bearer);
    if (known) {
      try {
        return await state.deps.manager.get(known);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 404)) throw err;
      }
    }
    const session = await state.deps.manager.create({ type: 'memory' });
    sessions.set(bearer, session.id);
    return session;
  }

  return new Elysia()
    .post(
      '/api/v2/statements',
      async ({ request, query }) => {
        let session: Session | Response;
        try {
          session = await sessionFor(request);
          if (session instanceof Response) return session;
          const q = query as Record<string, string | undefined>;
          const body = await readJsonBody(request);
          const req: SqlApiRequest = {
            statement: typeof body.statement === 'string' ? body.statement : '',
            bindings: body.bindings,
            parameters: (body.parameters ?? {}) as Record<string, unknown>,
            database: foldName(typeof body.database === 'string' ? body.database : null) ?? null,
            schema: foldName(typeof body.schema === 'string' ? body.schema : null) ?? null,
            nullable: q.nullable !== 'false',
          };
          // requestId makes a resubmission idempotent (SQL API: "Resubmitting a request").
          const known = q.requestId ? requests.get(q.requestId) : undefined;
          let entry = known ? state.queries.get(known) : undefined;
          if (!entry || entry.sessionId !== session.id) {
            entry = runSqlApiStatement(state, session, req, crypto.randomUUID(), useStatements(req));
            if (q.requestId) rememberRequest(q.requestId, entry.id);
          }
          if (q.async === 'true') return running(entry);
          await state.queries.wait(entry, state.syncWaitMs);
          return await finished(state, entry, 0);
        } catch (err) {
          return failed(err, null);
        }
      },
      { parse: 'none' },
    )
    .get('/api/v2/statements/:handle', async ({ request, params, query }) => {
      try {
        const session = await sessionFor(request);
        if (session instanceof Response) return session;
        const entry = state.queries.get(params.handle);
        if (!entry || entry.sessionId !== session.id) return failed(new StatementNotFound(params.handle), params.handle, 404);
        const partition = Number((query as Record<string, string | undefined>).partition ?? '0');
        return await finished(state, entry, Number.isInteger(partition) && partition >= 0 ? partition : 0);
      } catch (err) {
        return failed(err, params.handle);
      }
    })
    .post(
      '/api/v2/statements/:handle/cancel',
      async ({ request, params }) => {
        try {
          const session = await sessionFor(request);
          if (session instanceof Response) return session;
          const entry = state.queries.get(params.handle);
          if (!entry || entry.sessionId !== session.id) return failed(new StatementNotFound(params.handle), params.handle, 404);
          if (entry.status === 'RUNNING') cancelEntry(session, entry);
          return jsonResponse({
            code: '000604',
            sqlState: '57014',
            message: SQL_API.CANCELED_MESSAGE,
            statementHandle: entry.id,
            statementStatusUrl: statusUrl(entry.id),
          });
        } catch (err) {
          return failed(err, params.handle);
        }
      },
      { parse: 'none' },
    );
}

/** `USE` statements that put the shared session in the request's database/schema first. */
function useStatements(req: SqlApiRequest): string[] {
  const out: string[] = [];
  if (req.database) out.push(`USE DATABASE ${quoteIdent(req.database)}`);
  if (req.schema) out.push(`USE SCHEMA ${quoteIdent(req.schema)}`);
  return out;
}
