/**
 * @module server/wire/_render
 * Finished and unfinished statements as driver responses: the stored body of a finished statement
 * (with absolute chunk URLs for the host the client used, spec §3.8), or the in-progress envelope
 * with `getResultUrl` (333333 sync / 333334 async, spec §6).
 */
import { ok, jsonResponse } from './_http.ts';
import type { QueryEntry } from './_queries.ts';
import { CODE, MESSAGES } from './constants.ts';

export function chunkUrl(origin: string, setId: string, n: number): string {
  return `${origin}/wire/chunks/${setId}/${n}`;
}

export function renderFinished(entry: QueryEntry, origin: string): Response {
  const outcome = entry.outcome;
  if (!outcome) return inProgress(entry, false);
  if (outcome.kind === 'error') return jsonResponse(outcome.body);
  const data = { ...outcome.data };
  if (outcome.chunkSetId !== null && outcome.chunks.length > 0) {
    const setId = outcome.chunkSetId;
    data.chunks = outcome.chunks.map((c, n) => ({
      url: chunkUrl(origin, setId, n),
      rowCount: c.rowCount,
      uncompressedSize: c.uncompressedSize,
      compressedSize: c.uncompressedSize,
    }));
  }
  return ok(data);
}

export function inProgress(entry: QueryEntry, async: boolean): Response {
  return ok(
    { queryId: entry.id, getResultUrl: `/queries/${entry.id}/result`, queryAbortsAfterSecs: 300, progressDesc: null },
    async ? CODE.QUERY_IN_PROGRESS_ASYNC : CODE.QUERY_IN_PROGRESS,
    async ? MESSAGES.QUERY_IN_PROGRESS_ASYNC : MESSAGES.QUERY_IN_PROGRESS,
  );
}
