/**
 * The wire plugin inside the whole app (`createApp`, REST + wire on one server): a driver login is
 * an ordinary session (listed by `GET /api/v1/sessions`, current database included), the REST auth
 * token does not apply to driver routes (they authenticate with the login password), a leading
 * `//` is collapsed there too, and a wire-closed session disappears from the REST list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { resolveServerConfig } from '../../src/server/config.ts';
import { HistoryStore } from '../../src/history/store.ts';
import { SessionManager } from '../../src/session/manager.ts';

const BASE = 'http://127.0.0.1:9';
let dataDir: string;
let manager: SessionManager;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-wire-app-'));
  const config = resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir, authToken: 'tok' }, {});
  manager = new SessionManager({ ...config, threads: 1 });
  app = createApp({ manager, config, history: new HistoryStore({ limit: 100 }) });
});

afterAll(async () => {
  await manager.shutdown(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await app.handle(
    new Request(BASE + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  );
  expect(res.headers.get('content-type')).toBe('application/json');
  return res.json();
}

async function restSessions(): Promise<any[]> {
  const res = await app.handle(new Request(`${BASE}/api/v1/sessions`, { headers: { Authorization: 'Bearer tok' } }));
  return ((await res.json()) as { sessions: any[] }).sessions;
}

describe('wire plugin in createApp', () => {
  it('lists a driver login as a session of the REST API, and removes it on close', async () => {
    const login = await post('//session/v1/login-request?databaseName=appdb', { data: { LOGIN_NAME: 'u', PASSWORD: 'tok' } });
    expect(login.success).toBe(true);
    const listed = (await restSessions()).filter((s) => s.current_database === 'APPDB');
    expect(listed.length).toBe(1);
    expect(listed[0].type).toBe('memory');

    const token = login.data.token as string;
    const q = await post('/queries/v1/query-request', { sqlText: 'SELECT CURRENT_DATABASE() AS D' }, { Authorization: `Snowflake Token="${token}"` });
    expect(q.data.rowset).toEqual([['APPDB']]);

    expect((await post('/session?delete=true', {}, { Authorization: `Snowflake Token="${token}"` })).success).toBe(true);
    expect((await restSessions()).filter((s) => s.current_database === 'APPDB')).toEqual([]);
  });

  it('checks the login password against the server auth token', async () => {
    expect(await post('/session/v1/login-request', { data: { PASSWORD: 'wrong' } })).toMatchObject({ success: false, code: '390100' });
  });
});
