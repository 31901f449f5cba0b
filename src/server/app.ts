/**
 * @module server/app
 * `createApp` assembles the server: REST API (`/api/v1`), the Snowflake driver protocol (wire
 * plugin), OpenAPI docs (`/docs`, `/docs/json`, `/redoc`). `startServer` wires the session manager,
 * query history and the app together and listens (port 0 = a free port).
 */
import { swagger } from '@elysiajs/swagger';
import { Elysia } from 'elysia';
import { join } from 'node:path';
import { VERSION } from '../cli/_version.ts';
import { HistoryStore } from '../history/store.ts';
import { SessionManager } from '../session/manager.ts';
import { isLoopbackHost, type ServerConfig } from './config.ts';
import { errorResponse, type ErrorLogger } from './rest/_errors.ts';
import { restPlugin } from './rest/index.ts';
import { wirePlugin } from './wire/index.ts';

export interface AppDeps {
  manager: SessionManager;
  config: ServerConfig;
  history: HistoryStore;
  startedAt?: number;
  logError?: ErrorLogger;
}

const REDOC_HTML = `<!doctype html>
<html><head><title>Mockhaus API</title><meta charset="utf-8"/></head>
<body><redoc spec-url="/docs/json"></redoc>
<script src="https://cdn.redoc.ly/redoc/latest/bundles/redoc.standalone.js"></script></body></html>`;

/** The Elysia app with every surface mounted; tests drive it with `app.handle(new Request(...))`. */
export function createApp(deps: AppDeps) {
  const started = new WeakMap<Request, number>();
  const app = new Elysia({ name: 'mockhaus' });
  if (deps.config.debug) {
    // MOCKHAUS_DEBUG: one line per request on stderr.
    app
      .onRequest(({ request }) => {
        started.set(request, performance.now());
      })
      .onAfterResponse(({ request, set }) => {
        const ms = performance.now() - (started.get(request) ?? performance.now());
        console.error(`mockhaus: ${request.method} ${new URL(request.url).pathname} ${set.status ?? 200} ${ms.toFixed(1)}ms`);
      });
  }
  return app
    .use(
      swagger({
        path: '/docs',
        specPath: '/docs/json',
        exclude: ['/redoc'],
        documentation: {
          info: {
            title: 'Mockhaus',
            version: VERSION,
            description:
              'Local Snowflake emulator. REST API under /api/v1; Snowflake drivers connect to the same host and port.',
          },
          tags: [
            { name: 'query', description: 'Run Snowflake SQL' },
            { name: 'sessions', description: 'Session lifecycle' },
            { name: 'history', description: 'Query history' },
            { name: 'health', description: 'Health and server info' },
          ],
        },
      }),
    )
    .get('/redoc', () => new Response(REDOC_HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } }))
    .use(restPlugin(deps))
    .use(wirePlugin(deps))
    .onError(({ code, error, request }) => {
      // Unknown routes anywhere answer in the REST error shape; other errors belong to their plugin.
      if (code === 'NOT_FOUND') return errorResponse(code, error, request, deps.logError);
    });
}

export interface RunningServer {
  url: string;
  port: number;
  hostname: string;
  manager: SessionManager;
  history: HistoryStore;
  /** Stop accepting, let running statements finish (≤ shutdownGraceMs), checkpoint and close sessions. */
  stop(): Promise<void>;
}

/**
 * Start a server: load the session registry and persisted history from the data dir, listen.
 * @example const s = await startServer(resolveServerConfig({ port: 0 })); await fetch(`${s.url}/api/v1/health`)
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const history = new HistoryStore({ limit: config.historyLimit, file: join(config.dataDir, 'history.jsonl') });
  const manager = new SessionManager({
    maxSessions: config.maxSessions,
    ttlSeconds: config.ttlSeconds,
    cleanupIntervalSeconds: config.cleanupIntervalSeconds,
    dataDir: config.dataDir,
    memoryLimit: config.memoryLimit,
    threads: config.threads,
    allowAnyPath: config.allowAnyPath || isLoopbackHost(config.host),
  });
  manager.onQuery((record, meta) => history.add(record, meta.persistent));
  manager.start();
  const app = createApp({ manager, config, history, startedAt: Date.now() });
  try {
    app.listen({
      hostname: config.host,
      port: config.port,
      // Elysia turns SO_REUSEPORT on by default: a second server on a busy port would silently share it.
      reusePort: false,
      // The REST plugin enforces its own 10 MB; driver uploads may be larger.
      maxRequestBodySize: 256 * 1024 * 1024,
    });
  } catch (err) {
    await manager.shutdown(0);
    throw err;
  }
  const server = app.server;
  if (!server) throw new Error(`could not listen on ${config.host}:${config.port}`);
  const port = server.port ?? config.port;
  const hostname = server.hostname ?? config.host;
  const urlHost = hostname.includes(':') ? `[${hostname}]` : hostname;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    hostname,
    manager,
    history,
    stop() {
      stopping ??= (async () => {
        // One grace period for everything: requests in flight, then statements still queued.
        const deadline = Date.now() + config.shutdownGraceMs;
        const closed = server.stop(false);
        await Promise.race([closed, Bun.sleep(config.shutdownGraceMs)]);
        await manager.shutdown(Math.max(0, deadline - Date.now()));
        await server.stop(true);
      })();
      return stopping;
    },
  };
}
