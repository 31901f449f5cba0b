/**
 * @module repl/embedded-backend
 * `mockhaus repl --embedded`: the REPL on an in-process session (the same `openSession` path every
 * transport uses), with no server. Query history is the session's own query records.
 */
import type { Result } from '../engine/types.ts';
import type { QueryRecord, Session } from '../session/types.ts';
import type { HealthInfo, HistoryItem, ReplBackend, SessionInfo, SessionRequest, SessionsOverview } from './backend.ts';

const HISTORY_KEEP = 1000;

export class EmbeddedBackend implements ReplBackend {
  readonly where = 'embedded engine (no server)';
  private readonly records: QueryRecord[] = [];
  private readonly started = Date.now();

  private constructor(private readonly s: Session) {
    s.onQuery((r) => {
      const at = this.records.findIndex((x) => x.queryId === r.queryId);
      if (at >= 0) this.records[at] = r;
      else this.records.push(r);
      if (this.records.length > HISTORY_KEEP) this.records.shift();
    });
  }

  static async open(req: SessionRequest): Promise<EmbeddedBackend> {
    const { openSession } = await import('../session/session.ts');
    const session = await openSession({
      ...(req.id ? { id: req.id } : {}),
      type: req.type,
      ...(req.persistentPath ? { path: req.persistentPath } : {}),
    });
    return new EmbeddedBackend(session);
  }

  execute(sql: string, opts: { signal?: AbortSignal } = {}): Promise<Result[]> {
    return this.s.execute(sql, opts.signal ? { signal: opts.signal } : {});
  }

  async session(): Promise<SessionInfo> {
    return {
      id: this.s.id,
      type: this.s.type,
      createdAt: this.s.createdAt,
      lastAccessed: this.s.lastAccessed,
      ttlSeconds: null,
      expiresAt: null,
      path: this.s.path,
      database: this.s.database,
      schema: this.s.schema,
      queryCount: this.s.queryCount,
      active: true,
    };
  }

  async sessions(): Promise<SessionsOverview> {
    return { sessions: [await this.session()], active: 1, total: null, max: null };
  }

  async health(): Promise<HealthInfo> {
    return { status: 'healthy', version: null, uptimeSeconds: Math.round((Date.now() - this.started) / 1000), details: { mode: 'embedded' } };
  }

  async history(limit: number): Promise<HistoryItem[]> {
    return this.records.slice(-limit).reverse().map((r) => ({
      queryId: r.queryId,
      sql: r.sql,
      status: r.status,
      startTime: r.startTime,
      durationMs: r.durationMs,
      rows: r.rows,
      error: r.errorMessage,
    }));
  }

  async close(): Promise<{ deleted: boolean }> {
    await this.s.close();
    return { deleted: false };
  }
}
