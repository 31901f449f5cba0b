/**
 * @module server/rest/health
 * `GET /api/v1/health` (never behind the auth token) and `GET /api/v1/` (server info).
 */
import { Elysia } from 'elysia';
import { VERSION } from '../../cli/_version.ts';
import type { RestDeps } from './_deps.ts';
import { HealthResponse, InfoResponse, errorResponses } from './schemas.ts';

export const REST_ENDPOINTS = [
  'POST /api/v1/query',
  'POST /api/v1/sessions',
  'GET /api/v1/sessions',
  'GET /api/v1/sessions/{id}',
  'DELETE /api/v1/sessions/{id}',
  'POST /api/v1/sessions/cleanup',
  'GET /api/v1/history',
  'GET /api/v1/history/stats',
  'GET /api/v1/history/{query_id}',
  'DELETE /api/v1/history',
  'GET /api/v1/health',
  'GET /api/v1/',
];

export function healthRoutes(deps: RestDeps) {
  const startedAt = deps.startedAt ?? Date.now();
  const info = () => ({
    name: 'Mockhaus Server',
    version: VERSION,
    description: 'Local Snowflake emulator: Snowflake SQL on DuckDB',
    docs_url: '/docs',
    openapi_url: '/docs/json',
    health_url: '/api/v1/health',
    endpoints: REST_ENDPOINTS,
    driver_endpoint: '/session/v1/login-request',
  });
  const detail = { tags: ['health'], summary: 'Server info' };
  return new Elysia()
    .get(
      '/health',
      () => {
        const st = deps.manager.stats();
        return {
          status: 'healthy',
          version: VERSION,
          uptime: Math.round((Date.now() - startedAt) / 10) / 100,
          sessions: { active: st.activeSessions, total: st.totalSessions, max: st.maxSessions },
        };
      },
      { response: { 200: HealthResponse }, detail: { tags: ['health'], summary: 'Health, version, uptime and session counts' } },
    )
    .get('/', info, { response: { 200: InfoResponse, ...errorResponses }, detail })
    .get('', info, { response: { 200: InfoResponse, ...errorResponses }, detail: { ...detail, hide: true } });
}
