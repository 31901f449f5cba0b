/**
 * Driver-protocol pitfalls checked at the HTTP level with `app.handle` (no port): the exact
 * Content-Type, string codes, the `returned` field, the parameters array, leading `//`, token
 * failures, describeOnly, named binds, requestId idempotency and chunked results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { Elysia } from 'elysia';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionManager } from '../../src/session/manager.ts';
import { wirePlugin } from '../../src/server/wire/index.ts';

const BASE = 'http://127.0.0.1:9';
let dataDir: string;
let manager: SessionManager;
let app: { handle(r: Request): Promise<Response> };

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-wire-routes-'));
  manager = new SessionManager({ maxSessions: 20, ttlSeconds: 3600, cleanupIntervalSeconds: 3600, dataDir, allowAnyPath: true, threads: 1 });
  app = new Elysia().use(
    wirePlugin({ manager, config: { authToken: 'sekret' } }, { inlineBytes: 200, chunkBytes: 2000, spillDir: join(dataDir, 'spill') }),
  );
});

afterAll(async () => {
  await manager.shutdown(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(path: string, body?: unknown, token?: string): Promise<{ res: Response; json: any }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Snowflake Token="${token}"`;
  const res = await app.handle(
    new Request(BASE + path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
  return { res, json: await res.json() };
}

async function login(query = ''): Promise<any> {
  const { json } = await call(`/session/v1/login-request?requestId=${crypto.randomUUID()}${query}`, {
    data: { ACCOUNT_NAME: 'test', LOGIN_NAME: 'u', PASSWORD: 'sekret', CLIENT_APP_ID: 'JavaScript', SESSION_PARAMETERS: { JS_TREAT_INTEGER_AS_BIGINT: true } },
  });
  return json;
}

async function query(token: string, sqlText: string, extra: Record<string, unknown> = {}, requestId = crypto.randomUUID()) {
  return call(`/queries/v1/query-request?requestId=${requestId}`, { sqlText, ...extra }, token);
}

describe('login', () => {
  it('answers 200 with exactly application/json and the full login data', async () => {
    const { res, json } = await call('/session/v1/login-request?databaseName=rdb&schemaName=rs&warehouse=wh', {
      data: { LOGIN_NAME: 'u', PASSWORD: 'sekret' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(json.success).toBe(true);
    expect(json.code).toBeNull();
    expect(typeof json.data.token).toBe('string');
    expect(typeof json.data.masterToken).toBe('string');
    expect(json.data.validityInSeconds).toBe(3600);
    expect(typeof json.data.sessionId).toBe('number');
    expect(Array.isArray(json.data.parameters)).toBe(true);
    expect(json.data.parameters).toContainEqual({ name: 'CLIENT_STAGE_ARRAY_BINDING_THRESHOLD', value: 65280 });
    expect(json.data.sessionInfo).toEqual({ databaseName: 'RDB', schemaName: 'RS', warehouseName: 'WH', roleName: null });
  });

  it('refuses a wrong password with string code 390100 and HTTP 200', async () => {
    const { res, json } = await call('/session/v1/login-request', { data: { LOGIN_NAME: 'u', PASSWORD: 'nope' } });
    expect(res.status).toBe(200);
    expect(json).toMatchObject({ success: false, code: '390100', message: 'Incorrect username or password was specified.' });
  });

  it('collapses a leading // (accessUrl with a trailing slash)', async () => {
    const { json } = await call('//session/v1/login-request', { data: { PASSWORD: 'sekret' } });
    expect(json.success).toBe(true);
  });

  it('opens a persistent session when MOCKHAUS_PERSISTENT_PATH is set', async () => {
    const path = join(dataDir, 'persist.duckdb');
    const { json } = await call('/session/v1/login-request', {
      data: { PASSWORD: 'sekret', SESSION_PARAMETERS: { MOCKHAUS_PERSISTENT_PATH: path } },
    });
    expect(json.success).toBe(true);
    expect(manager.list().find((s) => s.path === path)?.type).toBe('persistent');
  });

  it('echoes the client session parameters at login', async () => {
    const json = await login();
    expect(json.data.parameters).toContainEqual({ name: 'JS_TREAT_INTEGER_AS_BIGINT', value: true });
  });
});

describe('query-request', () => {
  let token: string;
  beforeAll(async () => {
    token = (await login()).data.token;
  });

  it('returns rowtype, string rowset, returned/total, version 1 and the parameters array', async () => {
    const { res, json } = await query(token, "SELECT 1 AS N, 'x' AS S, NULL::DATE AS D");
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(json.success).toBe(true);
    const d = json.data;
    expect(d.rowset).toEqual([['1', 'x', null]]);
    expect(d.returned).toBe(1);
    expect(d.total).toBe(1);
    expect(d.version).toBe(1);
    expect(d.queryResultFormat).toBe('json');
    expect(d.statementTypeId).toBe(4096);
    expect(d.queryId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(d.rowtype.map((c: any) => [c.name, c.type, c.scale])).toEqual([
      ['N', 'fixed', 0],
      ['S', 'text', null],
      ['D', 'date', null],
    ]);
    const names = d.parameters.map((p: any) => p.name);
    for (const p of ['TIMEZONE', 'DATE_OUTPUT_FORMAT', 'TIME_OUTPUT_FORMAT', 'TIMESTAMP_OUTPUT_FORMAT', 'TIMESTAMP_NTZ_OUTPUT_FORMAT', 'BINARY_OUTPUT_FORMAT', 'JS_TREAT_INTEGER_AS_BIGINT']) {
      expect(names).toContain(p);
    }
    expect(d.finalDatabaseName).toBe('MOCKHAUS');
    expect(d.finalSchemaName).toBe('PUBLIC');
  });

  it('reads a gzip-compressed request body whatever the headers say', async () => {
    const body = Bun.gzipSync(new TextEncoder().encode(JSON.stringify({ sqlText: 'SELECT 7 AS N' })));
    const res = await app.handle(
      new Request(`${BASE}/queries/v1/query-request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Snowflake Token="${token}"` },
        body,
      }),
    );
    expect(((await res.json()) as any).data.rowset).toEqual([['7']]);
  });

  it('fails with a string code, sqlState and query id in data', async () => {
    const { res, json } = await query(token, 'SELECT * FROM NOPE');
    expect(res.status).toBe(200);
    expect(json.success).toBe(false);
    expect(json.code).toBe('002003');
    expect(json.data.sqlState).toBe('42S02');
    expect(json.data.errorCode).toBe('002003');
    expect(typeof json.data.queryId).toBe('string');
  });

  it('answers PUT and GET with a LOCAL_FS transfer description (drivers move the files) while LIST runs', async () => {
    const local = mkdtempSync(join(tmpdir(), 'mockhaus-routes-put-'));
    try {
      writeFileSync(join(local, 'x.csv'), '1\n');
      const put = (await query(token, `PUT file://${local}/x.csv @~`)).json;
      expect([put.success, put.data.command, put.data.src_locations, put.data.autoCompress, put.data.sourceCompression, put.data.overwrite])
        .toEqual([true, 'UPLOAD', [`${local}/x.csv`], true, 'auto_detect', false]);
      expect(put.data.stageInfo.locationType).toBe('LOCAL_FS');
      const get = (await query(token, `GET @~ file://${local}/out/`)).json;
      expect([get.success, get.data.command, get.data.src_locations, get.data.localLocation]).toEqual([true, 'DOWNLOAD', [], `${local}/out/`]);
      const missing = (await query(token, `PUT file://${local}/nope.csv @~`)).json;
      expect([missing.success, missing.code]).toEqual([false, '253006']);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
    const { json } = await query(token, 'LIST @~');
    expect([json.success, json.data.rowtype.map((c: { name: string }) => c.name)]).toEqual([true, ['name', 'size', 'md5', 'last_modified']]);
  });

  it('describes without running (describeOnly)', async () => {
    const { json } = await query(token, 'SELECT ?::NUMBER AS A, ?::VARCHAR AS B', { describeOnly: true });
    expect(json.data.rowset).toEqual([]);
    expect(json.data.returned).toBe(0);
    expect(json.data.numberOfBinds).toBe(2);
    expect(json.data.rowtype.map((c: any) => c.name)).toEqual(['A', 'B']);
  });

  it('binds named :name placeholders', async () => {
    const { json } = await query(token, 'SELECT :who::VARCHAR AS W, :n::NUMBER + 1 AS N', {
      bindings: { who: { type: 'TEXT', value: 'me' }, n: { type: 'FIXED', value: '41' } },
    });
    expect(json.data.rowset).toEqual([['me', '42']]);
  });

  it('runs a request once however often its requestId is retried', async () => {
    await query(token, 'CREATE OR REPLACE TABLE IDEM (N NUMBER)');
    const rid = crypto.randomUUID();
    const a = await query(token, 'INSERT INTO IDEM VALUES (1)', {}, rid);
    const b = await query(token, 'INSERT INTO IDEM VALUES (1)', {}, rid);
    expect(b.json.data.queryId).toBe(a.json.data.queryId);
    expect((await query(token, 'SELECT COUNT(*) AS C FROM IDEM')).json.data.rowset).toEqual([['1']]);
  });

  it('refuses a statement-count mismatch with 000008', async () => {
    const { json } = await query(token, 'SELECT 1; SELECT 2; SELECT 3', { parameters: { MULTI_STATEMENT_COUNT: 2 } });
    expect(json).toMatchObject({ success: false, code: '000008' });
    expect(json.message).toBe('Actual statement count 3 did not match the desired statement count 2.');
  });

  it('returns the multi-statement parent row with resultIds and fetchable children', async () => {
    const { json } = await query(token, 'SELECT 1 AS X; SELECT 2 AS X', { parameters: { MULTI_STATEMENT_COUNT: 0 } });
    expect(json.data.rowset).toEqual([['Multiple statements executed successfully.']]);
    const ids = json.data.resultIds.split(',');
    expect(ids.length).toBe(2);
    expect(json.data.resultTypes).toBe('4096,4096');
    const second = await call(`/queries/${ids[1]}/result`, undefined, token);
    expect(second.json.data.rowset).toEqual([['2']]);
  });

  it('splits a large result into chunks the server serves without a token', async () => {
    await query(token, 'CREATE OR REPLACE TABLE BIG (N NUMBER)');
    const values = Array.from({ length: 500 }, (_, i) => String(i));
    await query(token, 'INSERT INTO BIG VALUES (?)', { bindings: { '1': { type: 'FIXED', value: values } } });
    const { json } = await query(token, 'SELECT N FROM BIG ORDER BY N');
    const d = json.data;
    expect(d.returned).toBe(500);
    expect(d.chunks.length).toBeGreaterThan(1);
    const rows: string[][] = [...d.rowset];
    for (const c of d.chunks) {
      expect(c.url.startsWith(`${BASE}/wire/chunks/`)).toBe(true);
      const res = await app.handle(new Request(c.url));
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.startsWith('[')).toBe(true);
      const part = JSON.parse(`[${text}]`) as string[][];
      expect(part.length).toBe(c.rowCount);
      rows.push(...part);
    }
    expect(rows).toEqual(values.map((v) => [v]));
  });

  it('answers unknown query ids: empty monitoring list, 000709 result', async () => {
    const id = crypto.randomUUID();
    expect((await call(`/monitoring/queries/${id}`, undefined, token)).json).toMatchObject({ success: true, data: { queries: [] } });
    expect((await call(`/queries/${id}/result`, undefined, token)).json).toMatchObject({ success: false, code: '000709' });
  });

  it('cancels a request whose abort arrived before it (000604 / 57014)', async () => {
    const rid = crypto.randomUUID();
    expect((await call('/queries/v1/abort-request', { requestId: rid }, token)).json.success).toBe(true);
    const { json } = await query(token, 'SELECT 1', {}, rid);
    expect(json).toMatchObject({ success: false, code: '000604', message: 'SQL execution canceled', data: { sqlState: '57014' } });
  });

  it('accepts telemetry', async () => {
    expect((await call('/telemetry/send', { logs: [] }, token)).json.success).toBe(true);
  });
});

describe('tokens and close', () => {
  it('rejects an unknown token with 390104', async () => {
    const { json } = await query('not-a-token', 'SELECT 1');
    expect(json).toMatchObject({ success: false, code: '390104' });
  });

  it('renews a session token with the master token', async () => {
    const login1 = (await login()).data;
    const { json } = await call('/session/token-request', { requestType: 'RENEW', oldSessionToken: login1.token }, login1.masterToken);
    expect(json.success).toBe(true);
    expect(json.data.masterToken).toBe(login1.masterToken);
    expect(json.data.sessionToken).not.toBe(login1.token);
    expect((await query(json.data.sessionToken, 'SELECT 1 AS ONE')).json.data.rowset).toEqual([['1']]);
    expect((await query(login1.token, 'SELECT 1')).json.code).toBe('390104');
  });

  it('closes the server session on POST /session?delete=true', async () => {
    const d = (await login()).data;
    const before = manager.list().length;
    const { json } = await call('/session?delete=true', {}, d.token);
    expect(json.success).toBe(true);
    expect(manager.list().length).toBe(before - 1);
    expect((await query(d.token, 'SELECT 1')).json.code).toBe('390104');
  });
});
