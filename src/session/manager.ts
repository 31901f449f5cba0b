/**
 * @module session/manager
 * Owns the server's sessions (issue 4 §3). Each session is one `openSession` (its own DuckDB);
 * statements within a session are serialised by the Session itself, sessions run in parallel.
 * - Memory sessions expire `ttlSeconds` after their last use; at the session limit the least recently
 *   used *idle* memory session is evicted (never one with a running or queued statement).
 * - Persistent sessions are DuckDB files (under the data dir unless the client names a path). They are
 *   recorded in a registry file (`<dataDir>/sessions.json`, written atomically) so that a restarted
 *   server lists them and reopens each on first use, in the database and schema it was last in. An idle
 *   persistent session past its TTL is only closed (unloaded); it stays registered.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { ApiError, SessionLimitReached, SessionNotFound } from '../errors.ts';
import { readRegistry, writeRegistry, type RegistryRecord } from './manager-registry.ts';
import type { OpenSessionOptions, QueryRecord, Session, SessionType } from './types.ts';

export interface SessionManagerConfig {
  maxSessions: number;
  ttlSeconds: number;
  cleanupIntervalSeconds: number;
  dataDir: string;
  memoryLimit?: string | undefined;
  threads?: number | undefined;
  /** Accept any `path` for persistent sessions; otherwise only paths inside `dataDir`. */
  allowAnyPath: boolean;
}

export interface CreateSessionOptions {
  id?: string;
  type?: SessionType;
  ttlSeconds?: number;
  /** DuckDB file of a persistent session (default `<dataDir>/sessions/<id>.duckdb`). */
  path?: string;
  database?: string;
  schema?: string;
}

export interface SessionInfo {
  id: string;
  type: SessionType;
  createdAt: Date;
  lastAccessed: Date;
  expiresAt: Date;
  ttlSeconds: number;
  database: string | null;
  schema: string | null;
  queryCount: number;
  path: string | null;
  /** False for a persistent session that is registered but not open (reopens on first use). */
  loaded: boolean;
  busy: boolean;
}

export interface SessionStats {
  activeSessions: number;
  totalSessions: number;
  memorySessions: number;
  persistentSessions: number;
  maxSessions: number;
  usagePercentage: number;
  defaultTtlSeconds: number;
  cleanupIntervalSeconds: number;
  evictions: number;
  expirations: number;
}

export type QueryListener = (record: QueryRecord, meta: { persistent: boolean }) => void;

interface Entry {
  id: string;
  type: SessionType;
  ttlSeconds: number;
  path: string | null;
  /** The manager chose the path (under the data dir), so deleting the session deletes the file. */
  managedPath: boolean;
  createdAt: Date;
  lastUsed: number;
  session: Session | null;
  opening: Promise<Session> | null;
  /** Requests holding the session between lookup and the end of their statement. */
  leases: number;
  database: string | null;
  schema: string | null;
  queryCountBase: number;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export class SessionManager {
  readonly config: SessionManagerConfig;
  private readonly entries = new Map<string, Entry>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly listeners: QueryListener[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopping = false;
  private evictions = 0;
  private expirations = 0;

  constructor(config: SessionManagerConfig) {
    this.config = { ...config, dataDir: resolve(config.dataDir) };
    this.loadRegistry();
  }

  get registryPath(): string {
    return join(this.config.dataDir, 'sessions.json');
  }

  /** Start the background cleanup (every `cleanupIntervalSeconds`). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.cleanup(), this.config.cleanupIntervalSeconds * 1000);
    this.timer.unref?.();
  }

  /** Every statement of every session, as the session reports it (query history). */
  onQuery(listener: QueryListener): void {
    this.listeners.push(listener);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /**
   * Create a session, or return the existing one when `id` (or a persistent `path`) is already in use
   * (the seed's get-or-create semantics, so a REPL can reattach). Throws SessionLimitReached (429).
   */
  async create(opts: CreateSessionOptions = {}): Promise<Session> {
    if (this.stopping) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down');
    const type = opts.type ?? 'memory';
    if (opts.id !== undefined && !ID_RE.test(opts.id)) {
      throw new ApiError(400, 'INVALID_REQUEST', `session_id '${opts.id}' must be 1-128 letters, digits, '.', '_' or '-'`);
    }
    if (opts.ttlSeconds !== undefined && (!Number.isInteger(opts.ttlSeconds) || opts.ttlSeconds < 1)) {
      throw new ApiError(400, 'INVALID_REQUEST', 'ttl_seconds must be a positive integer');
    }
    const existing = opts.id !== undefined ? this.entries.get(opts.id) : undefined;
    if (existing) {
      if (existing.type !== type) {
        throw new ApiError(409, 'SESSION_EXISTS', `Session '${existing.id}' already exists as a ${existing.type} session`);
      }
      return this.get(existing.id);
    }
    const id = opts.id ?? crypto.randomUUID();
    let path: string | null = null;
    let managedPath = false;
    if (type === 'persistent') {
      if (opts.path !== undefined && opts.path !== '') {
        path = this.checkPath(opts.path);
      } else {
        path = join(this.config.dataDir, 'sessions', `${id}.duckdb`);
        managedPath = true;
      }
      const sameFile = [...this.entries.values()].find((e) => e.path === path);
      if (sameFile) return this.get(sameFile.id);
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        throw new ApiError(400, 'INVALID_STORAGE_PATH', `cannot create the folder of storage.path '${path}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    } else if (opts.path !== undefined) {
      throw new ApiError(400, 'INVALID_REQUEST', "storage is only valid for type 'persistent'");
    }
    this.makeRoom();
    const entry: Entry = {
      id,
      type,
      ttlSeconds: opts.ttlSeconds ?? this.config.ttlSeconds,
      path,
      managedPath,
      createdAt: new Date(),
      lastUsed: Date.now(),
      session: null,
      opening: null,
      leases: 0,
      database: opts.database ?? null,
      schema: opts.schema ?? null,
      queryCountBase: 0,
    };
    this.entries.set(id, entry);
    try {
      const session = await this.open(entry);
      if (type === 'persistent') this.saveRegistry();
      return session;
    } catch (err) {
      this.entries.delete(id);
      // Another process (a second server, `exec --database`) holds the file: a conflict, not a SQL error.
      if (path && /Could not set lock|Conflicting lock/i.test((err as Error).message)) {
        throw new ApiError(409, 'STORAGE_IN_USE', `storage.path '${path}' is in use by another process: ${(err as Error).message}`);
      }
      throw err;
    }
  }

  /** The session with this id, reopened if it is a registered persistent session. Throws SessionNotFound. */
  async get(id: string): Promise<Session> {
    const entry = this.entries.get(id);
    if (!entry) throw new SessionNotFound(id);
    entry.lastUsed = Date.now();
    if (entry.session) {
      entry.session.lastAccessed = new Date();
      return entry.session;
    }
    if (this.stopping) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down');
    if (!entry.opening) this.makeRoom(entry);
    return this.open(entry);
  }

  /**
   * Run `fn` with the session held: it cannot be evicted or expire meanwhile. Afterwards a persistent
   * session's current database and schema are written to the registry when they changed.
   */
  async use<T>(id: string, fn: (session: Session) => Promise<T>): Promise<T> {
    const entry = this.entries.get(id);
    if (!entry) throw new SessionNotFound(id);
    entry.leases++;
    try {
      const session = await this.get(id);
      return await fn(session);
    } finally {
      entry.leases--;
      entry.lastUsed = Date.now();
      this.noteContext(entry);
    }
  }

  /** Info on one session without touching it. Throws SessionNotFound. */
  info(id: string): SessionInfo {
    const entry = this.entries.get(id);
    if (!entry) throw new SessionNotFound(id);
    return this.describe(entry);
  }

  list(): SessionInfo[] {
    return [...this.entries.values()].map((e) => this.describe(e)).sort((a, b) => b.lastAccessed.getTime() - a.lastAccessed.getTime());
  }

  stats(): SessionStats {
    const all = [...this.entries.values()];
    const active = all.filter((e) => e.session || e.opening).length;
    return {
      activeSessions: active,
      totalSessions: all.length,
      memorySessions: all.filter((e) => e.type === 'memory').length,
      persistentSessions: all.filter((e) => e.type === 'persistent').length,
      maxSessions: this.config.maxSessions,
      usagePercentage: Math.round((active / this.config.maxSessions) * 10000) / 100,
      defaultTtlSeconds: this.config.ttlSeconds,
      cleanupIntervalSeconds: this.config.cleanupIntervalSeconds,
      evictions: this.evictions,
      expirations: this.expirations,
    };
  }

  /** Terminate a session (a persistent one leaves the registry; a file the manager chose is deleted). */
  async delete(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) throw new SessionNotFound(id);
    this.entries.delete(id);
    if (entry.type === 'persistent') this.saveRegistry();
    await this.close(entry);
    if (entry.managedPath && entry.path) {
      for (const f of [entry.path, `${entry.path}.wal`]) rmSync(f, { force: true });
    }
  }

  /**
   * Expire idle sessions past their TTL: memory sessions are removed, persistent ones unloaded.
   * Returns how many sessions expired. Busy sessions never expire.
   */
  async cleanup(): Promise<number> {
    const now = Date.now();
    let n = 0;
    for (const entry of [...this.entries.values()]) {
      if (!entry.session || !this.idle(entry)) continue;
      if (now - this.lastUsed(entry) <= entry.ttlSeconds * 1000) continue;
      n++;
      this.expirations++;
      if (entry.type === 'memory') this.entries.delete(entry.id);
      void this.close(entry);
    }
    await Promise.all(this.closing.values());
    return n;
  }

  /**
   * Stop accepting sessions, let running statements finish (at most `graceMs`), then checkpoint and
   * close every session. The registry keeps the persistent ones for the next start.
   */
  async shutdown(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && [...this.entries.values()].some((e) => e.session && !this.idle(e))) {
      await Bun.sleep(20);
    }
    await Promise.all([...this.entries.values()].map((e) => e.opening?.catch(() => undefined)));
    for (const entry of this.entries.values()) void this.close(entry);
    await Promise.all(this.closing.values());
    this.saveRegistry();
  }

  // --- internals -------------------------------------------------------------------------------

  private idle(e: Entry): boolean {
    return e.leases === 0 && !e.opening && !(e.session?.busy ?? false);
  }

  private lastUsed(e: Entry): number {
    return Math.max(e.lastUsed, e.session?.lastAccessed.getTime() ?? 0);
  }

  private describe(e: Entry): SessionInfo {
    const last = this.lastUsed(e);
    return {
      id: e.id,
      type: e.type,
      createdAt: e.createdAt,
      lastAccessed: new Date(last),
      expiresAt: new Date(last + e.ttlSeconds * 1000),
      ttlSeconds: e.ttlSeconds,
      database: e.session ? e.session.database : e.database,
      schema: e.session ? e.session.schema : e.schema,
      queryCount: e.queryCountBase + (e.session?.queryCount ?? 0),
      path: e.path,
      loaded: e.session !== null,
      busy: e.session?.busy ?? false,
    };
  }

  /** The path a client asked for, if the bind allows it. */
  private checkPath(raw: string): string {
    const abs = resolve(raw);
    if (!this.config.allowAnyPath) {
      const rel = relative(this.config.dataDir, abs);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        throw new ApiError(
          403,
          'PATH_NOT_ALLOWED',
          `storage.path '${raw}' is outside the data dir ${this.config.dataDir}; start the server with --allow-any-path to allow it`,
        );
      }
    }
    return abs;
  }

  /** Make room for one more open session (for `forEntry` when reopening it), or throw 429. */
  private makeRoom(forEntry?: Entry): void {
    const open = () => [...this.entries.values()].filter((e) => (e.session || e.opening) && e !== forEntry);
    if (open().length < this.config.maxSessions) return;
    const now = Date.now();
    // Expired first, then the least recently used idle memory session, then unload an idle persistent one.
    const candidates = open()
      .filter((e) => e.session && this.idle(e))
      .sort((a, b) => this.lastUsed(a) - this.lastUsed(b));
    const victim =
      candidates.find((e) => now - this.lastUsed(e) > e.ttlSeconds * 1000) ??
      candidates.find((e) => e.type === 'memory') ??
      candidates.find((e) => e.type === 'persistent');
    if (!victim) throw new SessionLimitReached(this.config.maxSessions);
    this.evictions++;
    if (victim.type === 'memory') this.entries.delete(victim.id);
    void this.close(victim);
  }

  private async open(entry: Entry): Promise<Session> {
    if (entry.session) return entry.session;
    if (entry.opening) return entry.opening;
    const opts: OpenSessionOptions = { id: entry.id, type: entry.type };
    if (entry.path) opts.path = entry.path;
    if (entry.database) opts.database = entry.database;
    if (entry.schema) opts.schema = entry.schema;
    if (this.config.memoryLimit) opts.memoryLimit = this.config.memoryLimit;
    if (this.config.threads) opts.threads = this.config.threads;
    entry.opening = (async () => {
      // A file being closed (evicted/unloaded a moment ago) is still locked by DuckDB until then.
      if (entry.path) await this.closing.get(entry.path);
      // Loaded on first use: the manager (and the REST app) load without the engine until a session opens.
      const { openSession } = await import('./session.ts');
      const session = await openSession(opts);
      session.onQuery((record: QueryRecord) => this.emit(entry, record));
      return session;
    })();
    try {
      const session = await entry.opening;
      entry.session = session;
      entry.lastUsed = Date.now();
      return session;
    } finally {
      entry.opening = null;
    }
  }

  private emit(entry: Entry, record: QueryRecord): void {
    for (const l of this.listeners) {
      try {
        l(record, { persistent: entry.type === 'persistent' });
      } catch (err) {
        console.error(`mockhaus: query listener failed: ${(err as Error).message}`);
      }
    }
    // The session updates its context after the statement; look once the current turn is done.
    if (entry.type === 'persistent') setTimeout(() => this.noteContext(entry), 0);
  }

  private noteContext(entry: Entry): void {
    const s = entry.session;
    if (entry.type !== 'persistent' || !s || !this.entries.has(entry.id)) return;
    if (s.database === entry.database && s.schema === entry.schema) return;
    entry.database = s.database;
    entry.schema = s.schema;
    this.saveRegistry();
  }

  private close(entry: Entry): Promise<void> {
    const s = entry.session;
    if (!s) return Promise.resolve();
    entry.session = null;
    entry.database = s.database;
    entry.schema = s.schema;
    entry.queryCountBase += s.queryCount;
    const key = entry.path ?? `memory:${entry.id}`;
    const p = s
      .close()
      .catch((err) => console.error(`mockhaus: closing session ${entry.id} failed: ${(err as Error).message}`))
      .finally(() => {
        if (this.closing.get(key) === p) this.closing.delete(key);
      });
    this.closing.set(key, p);
    return p;
  }

  private loadRegistry(): void {
    for (const r of readRegistry(this.registryPath)) {
      this.entries.set(r.id, {
        id: r.id,
        type: 'persistent',
        ttlSeconds: r.ttlSeconds,
        path: r.path,
        managedPath: r.managedPath,
        createdAt: new Date(r.createdAt),
        lastUsed: Date.now(),
        session: null,
        opening: null,
        leases: 0,
        database: r.database,
        schema: r.schema,
        queryCountBase: r.queryCount ?? 0,
      });
    }
  }

  private saveRegistry(): void {
    const records: RegistryRecord[] = [...this.entries.values()]
      .filter((e) => e.type === 'persistent' && e.path)
      .map((e) => {
        const d = this.describe(e);
        return {
          id: e.id,
          path: e.path as string,
          managedPath: e.managedPath,
          createdAt: e.createdAt.toISOString(),
          ttlSeconds: e.ttlSeconds,
          database: d.database,
          schema: d.schema,
          queryCount: d.queryCount,
        };
      });
    writeRegistry(this.registryPath, records);
  }
}
