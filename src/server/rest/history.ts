/**
 * @module server/rest/history
 * Query history over REST (issue 4 §4): list with filters, one entry, statistics, delete.
 */
import { Elysia, t } from 'elysia';
import { ApiError } from '../../errors.ts';
import type { HistoryFilter } from '../../history/store.ts';
import type { RestDeps } from './_deps.ts';
import {
  HistoryDeleteResponse,
  HistoryEntryResponse,
  HistoryListResponse,
  HistoryQuery,
  HistoryStatsResponse,
  errorResponses,
} from './schemas.ts';

function parseTime(name: string, raw: string): Date {
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new ApiError(400, 'INVALID_REQUEST', `Invalid request query: '${name}' is not a date/time: '${raw}'`);
  return d;
}

function filterFrom(q: { text?: string; status?: string; type?: string; session_id?: string; since?: string; limit?: number }): HistoryFilter {
  const f: HistoryFilter = {};
  if (q.text) f.text = q.text;
  if (q.status) f.status = q.status;
  if (q.type) f.type = q.type;
  if (q.session_id) f.sessionId = q.session_id;
  if (q.since) f.since = parseTime('since', q.since);
  if (q.limit !== undefined) f.limit = q.limit;
  return f;
}

export function historyRoutes(deps: RestDeps) {
  const { history } = deps;
  return new Elysia()
    .get(
      '/history',
      ({ query }) => {
        const queries = history.list(filterFrom(query));
        return { success: true as const, count: queries.length, total: history.size, queries };
      },
      {
        query: HistoryQuery,
        response: { 200: HistoryListResponse, ...errorResponses },
        detail: { tags: ['history'], summary: 'Recent statements, newest first (filters: text, status, type, session_id, since, limit)' },
      },
    )
    .get(
      '/history/stats',
      ({ query }) => {
        const { limit: _ignored, ...rest } = filterFrom(query);
        return { success: true as const, stats: history.stats(rest) };
      },
      {
        query: HistoryQuery,
        response: { 200: HistoryStatsResponse, ...errorResponses },
        detail: { tags: ['history'], summary: 'Counts, error rate, p50/p95 duration, by statement type' },
      },
    )
    .get(
      '/history/:query_id',
      ({ params }) => {
        const entry = history.get(params.query_id);
        if (!entry) throw new ApiError(404, 'QUERY_NOT_FOUND', `Query '${params.query_id}' not found in history`);
        return { success: true as const, query: entry };
      },
      { response: { 200: HistoryEntryResponse, ...errorResponses }, detail: { tags: ['history'], summary: 'One statement' } },
    )
    .delete(
      '/history',
      ({ query }) => {
        const before = query.before ? parseTime('before', query.before) : undefined;
        const deleted = history.clear(before);
        return { success: true as const, deleted, message: `Deleted ${deleted} history entries` };
      },
      {
        query: t.Object({ before: t.Optional(t.String({ description: 'ISO time; all entries when omitted' })) }),
        response: { 200: HistoryDeleteResponse, ...errorResponses },
        detail: { tags: ['history'], summary: 'Delete entries started before a time' },
      },
    );
}
