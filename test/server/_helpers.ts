/**
 * Shared helpers for the server tests: an app over a real SessionManager and HistoryStore in a fresh
 * data dir, and a JSON request helper for `app.handle`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryStore } from '../../src/history/store.ts';
import { createApp } from '../../src/server/app.ts';
import { isLoopbackHost, resolveServerConfig, type ServeOptions, type ServerConfig } from '../../src/server/config.ts';
import { SessionManager } from '../../src/session/manager.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  manager: SessionManager;
  history: HistoryStore;
  config: ServerConfig;
  dataDir: string;
  /** JSON request; returns status and parsed body. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'mh-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testApp(opts: ServeOptions = {}, overrides: Partial<ServerConfig> = {}): TestApp {
  const dataDir = tempDir();
  const config = { ...resolveServerConfig({ port: 0, dataDir, ...opts }, {}), ...overrides };
  const history = new HistoryStore({ limit: config.historyLimit, file: join(dataDir, 'history.jsonl') });
  const manager = new SessionManager({
    maxSessions: config.maxSessions,
    ttlSeconds: config.ttlSeconds,
    cleanupIntervalSeconds: config.cleanupIntervalSeconds,
    dataDir,
    allowAnyPath: config.allowAnyPath || isLoopbackHost(config.host),
    threads: 1,
  });
  manager.onQuery((r, meta) => history.add(r, meta.persistent));
  const app = createApp({ manager, config, history, logError: () => {} });
  return {
    app,
    manager,
    history,
    config,
    dataDir,
    async call(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      const res = await app.handle(new Request(`http://localhost${path}`, init));
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // HTML (docs) stays text
      }
      return { status: res.status, body: parsed };
    },
    async close() {
      await manager.shutdown(1000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
