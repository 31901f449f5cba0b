/**
 * @module server/rest/sessions
 * Session lifecycle (seed README "Session Management API"): create (memory or persistent, get-or-
 * create by `session_id`), list with counts and usage against the maximum, info, terminate, and
 * cleanup of expired sessions.
 */
import { Elysia } from 'elysia';
import { ApiError } from '../../errors.ts';
import type { CreateSessionOptions } from '../../session/manager.ts';
import type { RestDeps } from './_deps.ts';
import { restSessionInfo } from './_shape.ts';
import {
  CleanupResponse,
  CreateSessionRequest,
  MessageResponse,
  SessionListResponse,
  SessionResponse,
  errorResponses,
} from './schemas.ts';

export function sessionRoutes(deps: RestDeps) {
  const { manager } = deps;
  return new Elysia()
    .post(
      '/sessions',
      async ({ body }) => {
        const req = body ?? {};
        const opts: CreateSessionOptions = { type: req.type ?? 'memory' };
        if (req.session_id !== undefined) opts.id = req.session_id;
        if (req.ttl_seconds !== undefined) opts.ttlSeconds = req.ttl_seconds;
        if (req.database !== undefined) opts.database = req.database;
        if (req.schema !== undefined) opts.schema = req.schema;
        if (req.storage) {
          const kind = (req.storage.type ?? 'local').toLowerCase();
          if (kind !== 'local') {
            throw new ApiError(400, 'INVALID_REQUEST', `storage.type '${req.storage.type}' is not supported; use 'local'`);
          }
          if (req.storage.path !== undefined) opts.path = req.storage.path;
        }
        const existed = opts.id !== undefined && manager.has(opts.id);
        const before = new Set(manager.list().map((s) => s.id));
        const session = await manager.create(opts);
        const reused = existed || before.has(session.id);
        return {
          success: true as const,
          session_id: session.id,
          session: restSessionInfo(manager.info(session.id)),
          message: reused ? `Attached to existing ${session.type} session ${session.id}` : `Created ${session.type} session ${session.id}`,
        };
      },
      {
        body: CreateSessionRequest,
        response: { 200: SessionResponse, 403: errorResponses[400], 409: errorResponses[400], ...errorResponses },
        detail: {
          tags: ['sessions'],
          summary: 'Create a session',
          description:
            "`{type: 'memory'|'persistent', ttl_seconds?, session_id?, storage?: {type: 'local', path}}`. " +
            'An existing session_id (or the same persistent path) returns that session.',
        },
      },
    )
    .get(
      '/sessions',
      () => {
        const st = manager.stats();
        return {
          success: true as const,
          sessions: manager.list().map((s) => restSessionInfo(s)),
          active_sessions: st.activeSessions,
          total_sessions: st.totalSessions,
          max_sessions: st.maxSessions,
          usage_percentage: st.usagePercentage,
          limits: {
            max_sessions: st.maxSessions,
            active_sessions: st.activeSessions,
            total_sessions: st.totalSessions,
            available_slots: Math.max(0, st.maxSessions - st.activeSessions),
            usage_percentage: st.usagePercentage,
            eviction_policy: 'LRU of idle memory sessions',
          },
          statistics: {
            memory_sessions: st.memorySessions,
            persistent_sessions: st.persistentSessions,
            default_ttl: st.defaultTtlSeconds,
            cleanup_interval: st.cleanupIntervalSeconds,
            evictions: st.evictions,
            expirations: st.expirations,
          },
        };
      },
      { response: { 200: SessionListResponse, ...errorResponses }, detail: { tags: ['sessions'], summary: 'List sessions' } },
    )
    .post(
      '/sessions/cleanup',
      async () => {
        const n = await manager.cleanup();
        return { success: true as const, message: `Cleaned up ${n} expired sessions`, sessions_cleaned: n };
      },
      { response: { 200: CleanupResponse, ...errorResponses }, detail: { tags: ['sessions'], summary: 'Remove expired sessions now' } },
    )
    .get(
      '/sessions/:id',
      ({ params }) => ({
        success: true as const,
        session_id: params.id,
        session: restSessionInfo(manager.info(params.id)),
        message: 'ok',
      }),
      { response: { 200: SessionResponse, ...errorResponses }, detail: { tags: ['sessions'], summary: 'Session info' } },
    )
    .delete(
      '/sessions/:id',
      async ({ params }) => {
        await manager.delete(params.id);
        return { success: true as const, message: `Session ${params.id} terminated successfully` };
      },
      { response: { 200: MessageResponse, ...errorResponses }, detail: { tags: ['sessions'], summary: 'Terminate a session' } },
    );
}
