/**
 * @module repl/backend
 * What the REPL needs from whatever runs its SQL: a Mockhaus server over the REST API
 * (`rest-backend.ts`), or an in-process session for `--embedded` (`embedded-backend.ts`). The REPL
 * itself only talks to this interface.
 */
import type { Result } from '../engine/types.ts';

export interface SessionInfo {
  id: string;
  type: string;
  createdAt: Date | null;
  lastAccessed: Date | null;
  ttlSeconds: number | null;
  expiresAt: Date | null;
  /** DuckDB file of a persistent session. */
  path: string | null;
  database: string | null;
  schema: string | null;
  queryCount: number | null;
  active: boolean | null;
}

export interface SessionsOverview {
  sessions: SessionInfo[];
  active: number;
  total: number | null;
  max: number | null;
}

export interface HealthInfo {
  status: string;
  version: string | null;
  uptimeSeconds: number | null;
  /** Everything else the server reported, shown as `key: value`. */
  details: Record<string, unknown>;
}

export interface HistoryItem {
  queryId: string;
  sql: string;
  status: string;
  startTime: Date | null;
  durationMs: number | null;
  rows: number | null;
  error: string | null;
}

export interface ReplBackend {
  /** `server http://...` or `embedded engine`, for the banner. */
  readonly where: string;
  /** Run one statement; rejects with a SnowflakeError for SQL errors (QueryCanceled when aborted). */
  execute(sql: string, opts?: { signal?: AbortSignal }): Promise<Result[]>;
  session(): Promise<SessionInfo>;
  sessions(): Promise<SessionsOverview>;
  health(): Promise<HealthInfo>;
  history(limit: number): Promise<HistoryItem[]>;
  /** Leave the session: delete it when the REPL created it as a memory session, keep it otherwise. */
  close(): Promise<{ deleted: boolean }>;
}

export interface SessionRequest {
  type: 'memory' | 'persistent';
  id?: string;
  ttlSeconds?: number;
  persistentPath?: string;
}

/** Seconds until `expiresAt`, or from created/last-access + TTL. */
export function secondsLeft(s: SessionInfo, now = new Date()): number | null {
  const end =
    s.expiresAt ??
    (s.ttlSeconds !== null && (s.lastAccessed ?? s.createdAt)
      ? new Date(((s.lastAccessed ?? s.createdAt) as Date).getTime() + s.ttlSeconds * 1000)
      : null);
  return end ? Math.max(0, Math.round((end.getTime() - now.getTime()) / 1000)) : null;
}

/** `59m`, `1h 59m`, `45s`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const d = Math.floor(h / 24);
  if (d > 0) return `${d}d ${h % 24}h`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}
