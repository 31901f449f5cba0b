/**
 * @module repl/rest-backend
 * The REPL's connection to a Mockhaus server: health check, creating or attaching to a session, one
 * `POST /api/v1/query` per statement (results turned back into the engine's canonical values so
 * rendering is the same as embedded), and deleting a memory session it created when it leaves.
 */
import type { Result, ResultColumn, SnowflakeTypeName, StatementType, Value } from '../engine/types.ts';
import { QueryCanceled, SnowflakeError } from '../errors.ts';
import type { HealthInfo, HistoryItem, ReplBackend, SessionInfo, SessionRequest, SessionsOverview } from './backend.ts';
import { asDate, asNumber, asString, num, obj, pick } from './_json.ts';

/** The server did not answer at all (connection refused, DNS, timeout). */
export class ServerUnreachable extends Error {
  override name = 'ServerUnreachable';
}

/** A Mockhaus API error (not SQL): `code` is the REST `error` field (`SESSION_NOT_FOUND`, ...). */
export class RestApiError extends Error {
  override name = 'RestApiError';
  constructor(
    readonly code: string,
    detail: string,
    readonly status: number,
  ) {
    super(detail);
  }
}

/** The REST API's error body, as an Error (SQL errors become SnowflakeError). */
function apiError(body: Record<string, unknown>, status: number): Error {
  const errno = asString(body.errno);
  const detail = asString(body.detail) ?? asString(body.message) ?? asString(body.error) ?? `HTTP ${status}`;
  if (errno) {
    const err = new SnowflakeError(Number(errno), asString(body.sql_state) ?? '', detail);
    const qid = asString(body.query_id);
    if (qid) err.queryId = qid;
    return err;
  }
  return new RestApiError(asString(body.error) ?? `HTTP_${status}`, detail, status);
}

/** A REST JSON value back to the engine's canonical form for its column type (engine/types.ts). */
export function canonicalValue(value: unknown, column: Pick<ResultColumn, 'type' | 'scale'>): Value {
  if (value === null || value === undefined) return null;
  const type = column.type;
  switch (type) {
    case 'fixed': {
      // REST sends exact decimals as JSON numbers (`2300.5` for 2300.50): restore the scale's digits.
      const scale = column.scale ?? 0;
      return typeof value === 'number' && scale > 0 && Math.abs(value) < 1e21 ? value.toFixed(scale) : String(value);
    }
    case 'real':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value).toLowerCase() === 'true';
    case 'variant':
    case 'object':
    case 'array':
      return typeof value === 'string' && type !== 'variant' ? value : JSON.stringify(value);
    case 'binary':
      return typeof value === 'string' ? new Uint8Array(Buffer.from(value, 'hex')) : null;
    case 'timestamp_ntz':
      return String(value).replace('T', ' ');
    case 'timestamp_ltz':
    case 'timestamp_tz':
      // REST sends `2024-01-15T10:00:00.000+05:00`; canonical keeps a space before the offset.
      return String(value).replace('T', ' ').replace(/(\d)([+-]\d\d:?\d\d|Z)$/, (_, d: string, off: string) => `${d} ${off === 'Z' ? '+00:00' : off}`);
    case 'text':
    case 'date':
    case 'time':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export function parseSession(raw: unknown): SessionInfo {
  const s = obj(obj(raw).session ?? raw);
  const storage = obj(s.storage);
  const active = pick(s, 'is_active', 'active');
  const status = asString(s.status);
  return {
    id: asString(pick(s, 'session_id', 'id')) ?? '',
    type: asString(pick(s, 'type', 'session_type')) ?? 'memory',
    createdAt: asDate(pick(s, 'created_at', 'created')),
    lastAccessed: asDate(pick(s, 'last_accessed', 'last_accessed_at')),
    ttlSeconds: asNumber(pick(s, 'ttl_seconds', 'ttl')),
    expiresAt: asDate(s.expires_at),
    path: asString(pick(storage, 'path') ?? pick(s, 'path', 'storage_path')),
    database: asString(pick(s, 'current_database', 'database')),
    schema: asString(pick(s, 'current_schema', 'schema')),
    queryCount: asNumber(pick(s, 'query_count', 'queries')),
    // `is_active` on the Mockhaus server means "loaded in memory"; expiry is what a user cares about.
    active: typeof s.is_expired === 'boolean' ? !s.is_expired : typeof active === 'boolean' ? active : status ? status.toLowerCase() === 'active' : null,
  };
}

export class RestBackend implements ReplBackend {
  readonly where: string;
  private readonly base: string;
  private readonly headers: Record<string, string> = { 'Content-Type': 'application/json' };
  private sessionId = '';
  private created = false;
  private type: 'memory' | 'persistent' = 'memory';

  constructor(serverUrl: string) {
    this.base = serverUrl.replace(/\/+$/, '');
    this.where = `server at ${this.base}`;
    const token = process.env.MOCKHAUS_AUTH_TOKEN;
    if (token) this.headers.Authorization = `Bearer ${token}`;
  }

  get id(): string {
    return this.sessionId;
  }

  private async call(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: this.headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (err) {
      if (signal?.aborted) throw new QueryCanceled();
      throw new ServerUnreachable(`no Mockhaus server answers at ${this.base} (${(err as Error).message})`);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${res.status} from ${path}: ${text.slice(0, 200)}`);
    }
    const json = obj(parsed);
    if (!res.ok || json.success === false) throw apiError(json, res.status);
    return Array.isArray(parsed) ? { items: parsed } : json;
  }

  /** Attach to `req.id` if the server has it, otherwise create the session. Returns its info. */
  async connect(req: SessionRequest): Promise<{ info: SessionInfo; created: boolean }> {
    await this.health();
    if (req.id) {
      try {
        const info = parseSession(await this.call('GET', `/api/v1/sessions/${encodeURIComponent(req.id)}`));
        this.sessionId = info.id || req.id;
        this.type = info.type === 'persistent' ? 'persistent' : 'memory';
        return { info, created: false };
      } catch (err) {
        if (err instanceof ServerUnreachable) throw err;
      }
    }
    const body: Record<string, unknown> = { type: req.type };
    if (req.ttlSeconds !== undefined) body.ttl_seconds = req.ttlSeconds;
    if (req.id) body.session_id = req.id;
    if (req.persistentPath) body.storage = { type: 'local', path: req.persistentPath };
    const info = parseSession(await this.call('POST', '/api/v1/sessions', body));
    this.sessionId = info.id;
    this.created = true;
    this.type = req.type;
    return { info, created: true };
  }

  async execute(sql: string, opts: { signal?: AbortSignal } = {}): Promise<Result[]> {
    const started = performance.now();
    const body = await this.call('POST', '/api/v1/query', { sql, session_id: this.sessionId }, opts.signal);
    const elapsedMs = performance.now() - started;
    const columns: ResultColumn[] = (Array.isArray(body.columns) ? body.columns : []).map((c) => {
      const col = obj(c);
      return {
        name: asString(col.name) ?? '',
        type: (asString(col.type) ?? 'text').toLowerCase() as SnowflakeTypeName,
        precision: asNumber(col.precision),
        scale: asNumber(col.scale),
        length: asNumber(col.length),
        byteLength: null,
        nullable: col.nullable !== false,
      };
    });
    const data = Array.isArray(body.data) ? body.data : [];
    const rows = data.map((r) => {
      if (Array.isArray(r)) return columns.map((c, i) => canonicalValue(r[i], c));
      const o = obj(r);
      return columns.map((c) => canonicalValue(o[c.name], c));
    });
    const message = asString(body.message);
    return [
      {
        queryId: asString(body.query_id) ?? '',
        statementType: (asString(body.statement_type) ?? 'OTHER') as StatementType,
        columns,
        rows,
        rowsAffected: asNumber(body.rows_affected),
        ...(message ? { message } : {}),
        translatedSql: asString(body.translated_sql) ?? '',
        sql,
        database: asString(body.current_database),
        schema: asString(body.current_schema),
        warnings: [],
        elapsedMs,
      },
    ];
  }

  async session(): Promise<SessionInfo> {
    return parseSession(await this.call('GET', `/api/v1/sessions/${encodeURIComponent(this.sessionId)}`));
  }

  async sessions(): Promise<SessionsOverview> {
    const body = await this.call('GET', '/api/v1/sessions');
    const list = (pick(body, 'sessions', 'items', 'data') ?? []) as unknown[];
    const sessions = Array.isArray(list) ? list.map(parseSession) : [];
    const limits = obj(pick(body, 'limits', 'stats'));
    const first = (...keys: string[]) => num(pick(body, ...keys)) ?? num(pick(limits, ...keys));
    return {
      sessions,
      active: first('active_sessions', 'active') ?? sessions.length,
      total: first('total_sessions', 'total'),
      max: first('max_sessions', 'max'),
    };
  }

  async health(): Promise<HealthInfo> {
    const body = await this.call('GET', '/api/v1/health');
    const { status, version, uptime, uptime_seconds, success, ...rest } = body;
    void success;
    return {
      status: asString(status) ?? 'unknown',
      version: asString(version),
      uptimeSeconds: asNumber(uptime_seconds ?? uptime),
      details: rest,
    };
  }

  async history(limit: number): Promise<HistoryItem[]> {
    const q = new URLSearchParams({ limit: String(limit), session_id: this.sessionId });
    const body = await this.call('GET', `/api/v1/history?${q}`);
    const list = pick(body, 'queries', 'history', 'items', 'data', 'records');
    return (Array.isArray(list) ? list : []).map((raw) => {
      const h = obj(raw);
      return {
        queryId: asString(pick(h, 'query_id', 'queryId', 'id')) ?? '',
        sql: asString(pick(h, 'sql', 'query_text', 'query')) ?? '',
        status: asString(pick(h, 'status', 'execution_status')) ?? '',
        startTime: asDate(pick(h, 'start_time', 'timestamp', 'started_at', 'startTime')),
        durationMs: asNumber(pick(h, 'duration_ms', 'durationMs', 'total_elapsed_time')),
        rows: asNumber(pick(h, 'rows', 'row_count', 'rows_produced')),
        error: asString(pick(h, 'error_message', 'error', 'errorMessage')),
      };
    });
  }

  async close(): Promise<{ deleted: boolean }> {
    if (!this.created || this.type !== 'memory' || !this.sessionId) return { deleted: false };
    try {
      await this.call('DELETE', `/api/v1/sessions/${encodeURIComponent(this.sessionId)}`);
    } catch (err) {
      // Already gone (expired or deleted elsewhere): nothing left to clean up.
      if (!(err instanceof RestApiError && err.status === 404)) throw err;
    }
    return { deleted: true };
  }
}
