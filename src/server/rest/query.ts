/**
 * @module server/rest/query
 * `POST /api/v1/query` (seed README "Query Execution"): runs every statement of `sql` in one session
 * through `session.execute` (the one path) and answers with the last statement's result. Without
 * `session_id` a new memory session is created and its id returned.
 */
import { Elysia } from 'elysia';
import { ApiError, SnowflakeError } from '../../errors.ts';
import type { Session } from '../../session/types.ts';
import type { RestDeps } from './_deps.ts';
import { queryResponse } from './_shape.ts';
import { QueryRequest, QueryResponse, errorResponses } from './schemas.ts';

/** `USE DATABASE` text for a name given in the request (unquoted when it is a plain identifier). */
export function useDatabaseSql(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name);
  return `USE DATABASE ${plain ? name : `"${name.replace(/"/g, '""')}"`}`;
}

function sameDatabase(requested: string, current: string | null): boolean {
  if (current === null) return false;
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(requested) ? requested.toUpperCase() === current : requested === current;
}

export function queryRoutes(deps: RestDeps) {
  const { manager } = deps;
  return new Elysia().post(
    '/query',
    async ({ body, request, status }) => {
      let sessionId = body.session_id;
      if (sessionId === undefined || sessionId === '') {
        const created = await manager.create(body.database ? { database: body.database } : {});
        sessionId = created.id;
      } else if (!manager.has(sessionId)) {
        manager.info(sessionId); // throws SessionNotFound (404)
      }
      const id = sessionId;
      const started = performance.now();
      try {
        const { results, session } = await manager.use(id, async (s: Session) => {
          if (body.session_id && body.database && !sameDatabase(body.database, s.database)) {
            await s.execute(useDatabaseSql(body.database), { signal: request.signal });
          }
          return { results: await s.execute(body.sql, { signal: request.signal }), session: s };
        });
        const seconds = (performance.now() - started) / 1000;
        return queryResponse(results, id, seconds, { database: session.database, schema: session.schema });
      } catch (err) {
        // The id matters most when the session was created for this very request.
        if (err instanceof SnowflakeError) return status(400, { ...err.toRestBody(), session_id: id });
        // A bug: the 500 handler logs the SQL with the error (STYLE.md convention 8).
        if (err instanceof Error && !(err instanceof ApiError)) Object.assign(err, { sql: body.sql });
        throw err;
      }
    },
    {
      body: QueryRequest,
      response: { 200: QueryResponse, ...errorResponses },
      detail: {
        tags: ['query'],
        summary: 'Execute Snowflake SQL',
        description:
          'Runs every statement of `sql` in order in one session and returns the result of the last one. ' +
          'A failing statement stops the run: 400 with Snowflake\'s errno and sql_state.',
      },
    },
  );
}
