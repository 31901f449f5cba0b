/**
 * @module server/rest
 * The REST API (`/api/v1/...`, issue 4 §2) as one Elysia plugin. The plugin owns its body parsing
 * (JSON whatever the Content-Type, so `curl -d` works; 10 MB limit → 413), the bearer-token check
 * (every route but health, only when a token is configured) and its error responses (`_errors.ts`).
 * The driver protocol (`server/wire`) is a separate plugin with Snowflake's own auth and errors.
 */
import { timingSafeEqual } from 'node:crypto';
import { Elysia } from 'elysia';
import { ApiError } from '../../errors.ts';
import type { RestDeps } from './_deps.ts';
import { InvalidJson, PayloadTooLarge, errorResponse } from './_errors.ts';
import { healthRoutes } from './health.ts';
import { historyRoutes } from './history.ts';
import { queryRoutes } from './query.ts';
import { sessionRoutes } from './sessions.ts';

export type { RestDeps } from './_deps.ts';
export { REST_ENDPOINTS } from './health.ts';

export const REST_PREFIX = '/api/v1';

function tokenMatches(header: string | null, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!m?.[1]) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws 401 unless the request carries the configured token (health is always open). */
function checkAuth(request: Request, token: string | null): void {
  if (!token) return;
  const path = new URL(request.url).pathname;
  if (path === `${REST_PREFIX}/health`) return;
  if (!tokenMatches(request.headers.get('authorization'), token)) {
    throw new ApiError(401, 'UNAUTHORIZED', 'Missing or invalid token: send Authorization: Bearer <token>');
  }
}

async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) throw new PayloadTooLarge(limit);
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InvalidJson((err as Error).message);
  }
}

export function restPlugin(deps: RestDeps) {
  const token = deps.config.authToken;
  return new Elysia({ name: 'mockhaus-rest', prefix: REST_PREFIX })
    .onParse(async ({ request }) => {
      checkAuth(request, token);
      return readJsonBody(request, deps.config.maxBodyBytes);
    })
    // Transform runs before validation, so an unauthenticated request gets 401, not a schema error.
    .onTransform(({ request }) => checkAuth(request, token))
    .onError(({ code, error, request }) => errorResponse(code, error, request, deps.logError))
    .use(queryRoutes(deps))
    .use(sessionRoutes(deps))
    .use(historyRoutes(deps))
    .use(healthRoutes(deps));
}
