/**
 * @module server/config
 * The server's configuration, resolved once from `mockhaus serve` options and the environment
 * (seed README "Configuration": MOCKHAUS_MAX_SESSIONS, MOCKHAUS_SESSION_TTL, MOCKHAUS_CLEANUP_INTERVAL,
 * MOCKHAUS_DEBUG; issue 4 adds MOCKHAUS_DATA_DIR, MOCKHAUS_AUTH_TOKEN, MOCKHAUS_SESSION_MEMORY_LIMIT).
 * Command-line options win over the environment, which wins over the defaults.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxSessions: number;
  /** Default TTL of a session, measured from its last use. */
  ttlSeconds: number;
  cleanupIntervalSeconds: number;
  /** Persistent sessions, the session registry and persisted history live here. */
  dataDir: string;
  /** When set, every /api/v1 route but health requires `Authorization: Bearer <token>`. */
  authToken: string | null;
  /** DuckDB memory_limit per session (e.g. '512MB'); DuckDB's default when unset. */
  memoryLimit: string | undefined;
  /** DuckDB threads per session; the engine's default when unset. */
  threads: number | undefined;
  /** Accept persistent-session paths outside the data dir on a non-loopback bind. */
  allowAnyPath: boolean;
  debug: boolean;
  /** Query history entries kept in memory (oldest dropped first). */
  historyLimit: number;
  /** Largest accepted REST request body, in bytes (413 above it). */
  maxBodyBytes: number;
  /** How long shutdown waits for running statements before closing sessions. */
  shutdownGraceMs: number;
}

/** Options as `mockhaus serve` parses them (all optional: environment and defaults fill the gaps). */
export interface ServeOptions {
  host?: string;
  port?: number | string;
  maxSessions?: number | string;
  dataDir?: string;
  authToken?: string;
  allowAnyPath?: boolean;
  ttlSeconds?: number | string;
  cleanupIntervalSeconds?: number | string;
  historyLimit?: number | string;
  memoryLimit?: string;
  debug?: boolean;
}

export const DEFAULTS = {
  host: 'localhost',
  port: 8080,
  maxSessions: 100,
  ttlSeconds: 3600,
  cleanupIntervalSeconds: 300,
  historyLimit: 10_000,
  maxBodyBytes: 10 * 1024 * 1024,
  shutdownGraceMs: 10_000,
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(name: string, raw: number | string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = typeof raw === 'number' ? raw : Number(raw.trim());
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer >= ${min} (got '${raw}')`);
  return n;
}

function flag(raw: string | undefined): boolean {
  return raw !== undefined && ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

/** `~/.local/share/mockhaus`, or `$XDG_DATA_HOME/mockhaus` when XDG_DATA_HOME is set. */
export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return xdg ? join(xdg, 'mockhaus') : join(homedir(), '.local', 'share', 'mockhaus');
}

/**
 * Resolve the configuration: options first, then environment, then defaults.
 * @example resolveServerConfig({ port: 0 }, { MOCKHAUS_SESSION_TTL: '60' }).ttlSeconds // 60
 */
export function resolveServerConfig(opts: ServeOptions = {}, env: Record<string, string | undefined> = process.env): ServerConfig {
  const dataDir = resolve(opts.dataDir ?? env.MOCKHAUS_DATA_DIR ?? defaultDataDir(env));
  const token = opts.authToken ?? env.MOCKHAUS_AUTH_TOKEN;
  const threadsRaw = env.MOCKHAUS_SESSION_THREADS;
  return {
    host: opts.host ?? env.MOCKHAUS_HOST ?? DEFAULTS.host,
    port: int('--port', opts.port ?? env.MOCKHAUS_PORT, DEFAULTS.port, 0),
    maxSessions: int('--max-sessions / MOCKHAUS_MAX_SESSIONS', opts.maxSessions ?? env.MOCKHAUS_MAX_SESSIONS, DEFAULTS.maxSessions, 1),
    ttlSeconds: int('MOCKHAUS_SESSION_TTL', opts.ttlSeconds ?? env.MOCKHAUS_SESSION_TTL, DEFAULTS.ttlSeconds, 1),
    cleanupIntervalSeconds: int(
      'MOCKHAUS_CLEANUP_INTERVAL',
      opts.cleanupIntervalSeconds ?? env.MOCKHAUS_CLEANUP_INTERVAL,
      DEFAULTS.cleanupIntervalSeconds,
      1,
    ),
    dataDir,
    authToken: token ? token : null,
    memoryLimit: opts.memoryLimit ?? (env.MOCKHAUS_SESSION_MEMORY_LIMIT || undefined),
    threads: threadsRaw ? int('MOCKHAUS_SESSION_THREADS', threadsRaw, 1, 1) : undefined,
    allowAnyPath: opts.allowAnyPath ?? false,
    debug: opts.debug ?? flag(env.MOCKHAUS_DEBUG),
    historyLimit: int('--history-limit / MOCKHAUS_HISTORY_LIMIT', opts.historyLimit ?? env.MOCKHAUS_HISTORY_LIMIT, DEFAULTS.historyLimit, 1),
    maxBodyBytes: DEFAULTS.maxBodyBytes,
    shutdownGraceMs: DEFAULTS.shutdownGraceMs,
  };
}

/** True for addresses only this machine can reach (`localhost`, 127.0.0.0/8, ::1). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}
