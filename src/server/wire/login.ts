/**
 * @module server/wire/login
 * `POST /session/v1/login-request` (spec §3.1). Any account, user and password is accepted unless
 * the server has an auth token, which the password (or the TOKEN of another authenticator) must
 * then equal (390100 otherwise). The client's databaseName/schemaName/warehouse/roleName (query
 * string first, then body) become the new session's context; the session manager creates a
 * missing database or schema. SESSION_PARAMETERS.MOCKHAUS_PERSISTENT_PATH opens a persistent
 * session at that DuckDB file instead of a memory session.
 */
import { Elysia } from 'elysia';
import type { OpenSessionOptions } from '../../session/types.ts';
import { errorResponse, fail, ok, readJsonBody } from './_http.ts';
import { scalarParams } from './_rowset.ts';
import type { WireState } from './_state.ts';
import { CODE, LOGIN_PARAMETERS, MESSAGES, PERSISTENT_PATH_PARAMETER } from './constants.ts';
import { effectiveParameters, parameterList } from './_rowset.ts';

/** Snowflake identifier folding for connection settings: unquoted → upper case, "quoted" → as is. */
export function foldName(name: string | null | undefined): string | undefined {
  if (name === null || name === undefined || name.trim() === '') return undefined;
  const t = name.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t.toUpperCase();
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function loginRoutes(state: WireState) {
  return new Elysia().post(
    '/session/v1/login-request',
    async ({ request, query }) => {
      try {
        const body = await readJsonBody(request);
        const data = (body.data ?? {}) as Record<string, unknown>;
        const required = state.deps.config.authToken;
        if (required && str(data.PASSWORD) !== required && str(data.TOKEN) !== required) {
          return fail(CODE.BAD_CREDENTIALS, MESSAGES.BAD_CREDENTIALS, { nextAction: null, authnMethod: 'PASSWORD' });
        }
        const q = query as Record<string, string | undefined>;
        const database = foldName(q.databaseName ?? str(data.DATABASE_NAME));
        const schema = foldName(q.schemaName ?? str(data.SCHEMA_NAME));
        const warehouse = foldName(q.warehouse ?? str(data.WAREHOUSE)) ?? null;
        const role = foldName(q.roleName ?? str(data.ROLE_NAME)) ?? null;
        const clientParams = scalarParams((data.SESSION_PARAMETERS ?? {}) as Record<string, unknown>);
        const persistentPath = clientParams[PERSISTENT_PATH_PARAMETER];

        const opts: OpenSessionOptions = { type: 'memory' };
        if (typeof persistentPath === 'string' && persistentPath !== '') {
          opts.type = 'persistent';
          opts.path = persistentPath;
        }
        if (database !== undefined) opts.database = database;
        if (schema !== undefined) opts.schema = schema;
        const session = await state.deps.manager.create(opts);
        const atLogin = scalarParams(session.parameters());
        state.loginParams.set(session.id, atLogin);
        const conn = state.conns.open(session.id, clientParams, warehouse, role);
        const validity = state.conns.validitySeconds();
        const params = { ...LOGIN_PARAMETERS, ...effectiveParameters(atLogin, atLogin, clientParams) };
        return ok({
          token: conn.token,
          masterToken: conn.masterToken,
          validityInSeconds: validity.validity,
          masterValidityInSeconds: validity.master,
          sessionId: conn.numericId,
          displayUserName: str(data.LOGIN_NAME) ?? '',
          serverVersion: 'Mockhaus',
          firstLogin: false,
          remMeToken: null,
          remMeValidityInSeconds: 0,
          healthCheckInterval: 45,
          newClientForUpgrade: null,
          idToken: null,
          idTokenValidityInSeconds: 0,
          mfaToken: null,
          mfaTokenValidityInSeconds: 0,
          responseData: null,
          parameters: parameterList(params),
          sessionInfo: {
            databaseName: session.database,
            schemaName: session.schema,
            warehouseName: warehouse,
            roleName: role,
          },
        });
      } catch (err) {
        return errorResponse(err);
      }
    },
    { parse: 'none' },
  );
}
