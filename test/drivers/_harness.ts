/**
 * @module test/drivers/_harness
 * A real Mockhaus server for driver tests: the wire plugin on the real SessionManager (real
 * sessions, real DuckDB) listening on 127.0.0.1 with a random port, and promise wrappers around the
 * real `snowflake-sdk` (it runs under Bun; the streaming test also runs it under Node).
 */
import { Elysia } from 'elysia';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { SessionManager } from '../../src/session/manager.ts';
import { wirePlugin, type WireOptions } from '../../src/server/wire/index.ts';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const snowflake: any = require('snowflake-sdk');
snowflake.configure({ logLevel: 'OFF', disableOCSPChecks: true });

export interface TestServer {
  url: string;
  port: number;
  manager: SessionManager;
  app: Elysia;
  stop(): Promise<void>;
}

export async function startWireServer(opts: { authToken?: string; wire?: WireOptions } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-drivers-'));
  const manager = new SessionManager({
    maxSessions: 50,
    ttlSeconds: 3600,
    cleanupIntervalSeconds: 3600,
    dataDir,
    allowAnyPath: true,
    memoryLimit: '512MB',
    threads: 1,
  });
  const app = new Elysia().use(
    wirePlugin({ manager, config: { authToken: opts.authToken ?? null } }, { spillDir: join(dataDir, 'spill'), ...opts.wire }),
  );
  app.listen({ hostname: '127.0.0.1', port: 0 });
  const port = app.server?.port ?? 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    manager,
    app: app as unknown as Elysia,
    async stop() {
      await app.stop(true);
      await manager.shutdown(1000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// The SDK is callback-based and untyped here; these wrappers keep the tests readable.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Conn = any;
export type Stmt = any;

export function connect(url: string, extra: Record<string, unknown> = {}): Promise<Conn> {
  const conn = snowflake.createConnection({ account: 'test', username: 'test', password: 'test', accessUrl: url, ...extra });
  return new Promise((resolve, reject) => conn.connect((err: unknown) => (err ? reject(err) : resolve(conn))));
}

export function exec(conn: Conn, sqlText: string, opts: Record<string, unknown> = {}): Promise<{ rows: any[]; stmt: Stmt }> {
  return new Promise((resolve, reject) =>
    conn.execute({
      sqlText,
      ...opts,
      complete: (err: any, stmt: Stmt, rows: any[]) => (err ? reject(Object.assign(err, { stmt })) : resolve({ rows, stmt })),
    }),
  );
}

/** The error a statement fails with (rejects if it succeeds). */
export async function execError(conn: Conn, sqlText: string, opts: Record<string, unknown> = {}): Promise<any> {
  try {
    await exec(conn, sqlText, opts);
  } catch (err) {
    return err;
  }
  throw new Error(`expected '${sqlText}' to fail`);
}

export function destroy(conn: Conn): Promise<void> {
  return new Promise((resolve, reject) => conn.destroy((err: unknown) => (err ? reject(err) : resolve())));
}
