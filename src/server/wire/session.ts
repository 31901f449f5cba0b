/**
 * @module server/wire/session
 * Session endpoints (spec §3.2, §3.7, §3.8): close (`POST /session?delete=true` closes the server
 * session), heartbeat, token renewal with the master token (390114 when it has expired too),
 * telemetry (accepted and dropped), and the chunk downloads, which carry no Authorization header
 * and are found by their unguessable chunk-set id.
 */
import { Elysia } from 'elysia';
import { errorResponse, fail, ok, readJsonBody, snowflakeToken } from './_http.ts';
import { authenticate, forgetSession, type WireState } from './_state.ts';
import { CHUNK_CONTENT_TYPE, CODE, MESSAGES } from './constants.ts';

export function sessionRoutes(state: WireState) {
  return new Elysia()
    .post(
      '/session',
      async ({ request, query }) => {
        try {
          if ((query as Record<string, string | undefined>).delete !== 'true') return ok(null);
          const authed = await authenticate(state, request);
          if (authed instanceof Response) return authed;
          forgetSession(state, authed.session.id);
          await state.deps.manager.delete(authed.session.id);
          return ok(null);
        } catch (err) {
          return errorResponse(err);
        }
      },
      { parse: 'none' },
    )
    .post(
      '/session/heartbeat',
      async ({ request }) => {
        try {
          const authed = await authenticate(state, request);
          if (authed instanceof Response) return authed;
          authed.session.lastAccessed = new Date();
          return ok({});
        } catch (err) {
          return errorResponse(err);
        }
      },
      { parse: 'none' },
    )
    .post(
      '/session/token-request',
      async ({ request }) => {
        try {
          const found = state.conns.byMasterToken(snowflakeToken(request));
          if (found.kind === 'unknown') return fail(CODE.TOKEN_INVALID, MESSAGES.TOKEN_INVALID);
          if (found.kind === 'expired') return fail(CODE.MASTER_TOKEN_EXPIRED, MESSAGES.MASTER_TOKEN_EXPIRED);
          const body = await readJsonBody(request);
          if (body.requestType !== undefined && body.requestType !== 'RENEW') {
            return fail(CODE.TOKEN_INVALID, `Unsupported token request type '${String(body.requestType)}'.`);
          }
          const conn = state.conns.renew(found.conn);
          const validity = state.conns.validitySeconds();
          return ok({
            sessionToken: conn.token,
            token: conn.token,
            validityInSeconds: validity.validity,
            masterToken: conn.masterToken,
            masterValidityInSeconds: Math.max(0, Math.round((conn.masterExpiresAt - Date.now()) / 1000)),
            sessionId: conn.numericId,
          });
        } catch (err) {
          return errorResponse(err);
        }
      },
      { parse: 'none' },
    )
    .post('/telemetry/send', () => ok(null), { parse: 'none' })
    .get('/wire/chunks/:set/:n', ({ params }) => {
      const path = /^\d+$/.test(params.n) ? state.spill.chunkPath(params.set, Number(params.n)) : null;
      if (!path) return new Response('chunk not found', { status: 404 });
      return new Response(Bun.file(path), { headers: { 'Content-Type': CHUNK_CONTENT_TYPE } });
    });
}
