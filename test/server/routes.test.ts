import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { testApp, type TestApp } from './_helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
beforeAll(() => {
  t = testApp({ maxSessions: 50 });
});
afterAll(() => t.close());

describe('POST /api/v1/query', () => {
  it('creates a memory session when none is given and answers with the seed shape', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', { sql: "select 1 as x, 'a' as y" });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      success: true,
      data: [{ X: 1, Y: 'a' }],
      row_count: 1,
      statement_type: 'SELECT',
      statements: 1,
      message: null,
      current_database: 'MOCKHAUS',
      current_schema: 'PUBLIC',
    });
    expect(body.columns.map((c: any) => [c.name, c.type, c.scale])).toEqual([
      ['X', 'fixed', 0],
      ['Y', 'text', null],
    ]);
    expect(typeof body.execution_time).toBe('number');
    expect(body.translated_sql.length).toBeGreaterThan(0);
    expect(body.query_id).toMatch(UUID);
    expect(t.manager.has(body.session_id)).toBe(true);
  });

  it('gives each Snowflake type its JSON form in data rows', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', {
      sql:
        "select parse_json('{\"a\":[1,2]}') as v, 1.50::number(10,2) as d, 12345678901234567890::number(38,0) as big, " +
        "'2024-01-02'::date as dt, to_timestamp_ntz('2024-01-02 03:04:05.123') as ts, to_binary('ABCD', 'HEX') as b, true as t, null as n",
    });
    expect(status).toBe(200);
    expect(body.data).toEqual([
      { V: { a: [1, 2] }, D: 1.5, BIG: '12345678901234567890', DT: '2024-01-02', TS: '2024-01-02T03:04:05.123000000', B: 'ABCD', T: true, N: null },
    ]);
    expect(body.columns.find((c: any) => c.name === 'D')).toEqual({ name: 'D', type: 'fixed', precision: 10, scale: 2, length: null, nullable: true });
  });

  it('reports rows_affected for DML and the empty-statement error for comment-only SQL', async () => {
    const dml = await t.call('POST', '/api/v1/query', { sql: 'create table dml (a int); insert into dml values (1), (2)' });
    expect(dml.body).toMatchObject({ statement_type: 'INSERT', rows_affected: 2, data: [{ 'number of rows inserted': 2 }] });
    const empty = await t.call('POST', '/api/v1/query', { sql: '-- nothing to run' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ errno: '000900', sql_state: '42000', detail: 'SQL compilation error:\nEmpty SQL statement.' });
  });

  it('runs every statement in order and describes the last one', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', {
      sql: 'create table t (a int, b varchar); insert into t values (2, null), (1, \'one\'); select a, b from t order by a',
    });
    expect(status).toBe(200);
    expect(body.statements).toBe(3);
    expect(body.data).toEqual([
      { A: 1, B: 'one' },
      { A: 2, B: null },
    ]);
    expect(body.row_count).toBe(2);
  });

  it('keeps state within a session and isolates sessions from each other', async () => {
    const a = (await t.call('POST', '/api/v1/sessions', { type: 'memory' })).body.session_id;
    const b = (await t.call('POST', '/api/v1/sessions', {})).body.session_id;
    expect((await t.call('POST', '/api/v1/query', { sql: 'create table only_in_a (x int)', session_id: a })).status).toBe(200);
    expect((await t.call('POST', '/api/v1/query', { sql: 'insert into only_in_a values (7)', session_id: a })).body.rows_affected).toBe(1);
    const inA = await t.call('POST', '/api/v1/query', { sql: 'select x from only_in_a', session_id: a });
    expect(inA.body.data).toEqual([{ X: 7 }]);
    const inB = await t.call('POST', '/api/v1/query', { sql: 'select x from only_in_a', session_id: b });
    expect(inB.status).toBe(400);
    expect(inB.body).toMatchObject({ success: false, error: 'SQL_ERROR', errno: '002003', sql_state: '42S02', session_id: b });
    expect(inB.body.detail).toContain('ONLY_IN_A');
    expect(inB.body.query_id).toMatch(UUID);
  });

  it('answers a SQL error with 400, Snowflake errno and sql_state, and the session id', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', { sql: 'select * from no_such_table' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ success: false, error: 'SQL_ERROR', errno: '002003', sql_state: '42S02' });
    expect(t.manager.has(body.session_id)).toBe(true);
  });

  it('answers a syntax error with 001003 / 42000', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', { sql: 'selec 1' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'SQL_ERROR', errno: '001003', sql_state: '42000' });
  });

  it('uses `database` for a new session and switches an existing one', async () => {
    const r1 = await t.call('POST', '/api/v1/query', { sql: 'select current_database() as d', database: 'SALES' });
    expect(r1.status).toBe(200);
    expect(r1.body.data).toEqual([{ D: 'SALES' }]);
    expect(r1.body.current_database).toBe('SALES');
    const sid = r1.body.session_id;
    await t.call('POST', '/api/v1/query', { sql: 'create database other', session_id: sid });
    await t.call('POST', '/api/v1/query', { sql: 'use database sales', session_id: sid });
    const r2 = await t.call('POST', '/api/v1/query', { sql: 'select current_database() as d', session_id: sid, database: 'other' });
    expect(r2.body.data).toEqual([{ D: 'OTHER' }]);
  });

  it('404s an unknown session', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', { sql: 'select 1', session_id: 'nope' });
    expect(status).toBe(404);
    expect(body).toEqual({ success: false, error: 'SESSION_NOT_FOUND', detail: "Session 'nope' not found" });
  });

  it('400s malformed JSON', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', '{"sql": "select 1"');
    expect(status).toBe(400);
    expect(body.error).toBe('INVALID_JSON');
    expect(body.success).toBe(false);
  });

  it('400s a missing or mistyped field and names it', async () => {
    const missing = await t.call('POST', '/api/v1/query', { session_id: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('INVALID_REQUEST');
    expect(missing.body.detail).toContain("'sql'");
    const typed = await t.call('POST', '/api/v1/query', { sql: 42 });
    expect(typed.status).toBe(400);
    expect(typed.body.detail).toContain("'sql'");
    const nested = await t.call('POST', '/api/v1/sessions', { type: 'persistent', storage: { path: 5 } });
    expect(nested.status).toBe(400);
    expect(nested.body.detail).toContain("'storage.path'");
  });

  it('parses JSON whatever the Content-Type (curl -d without -H)', async () => {
    const { status, body } = await t.call('POST', '/api/v1/query', '{"sql":"select 2 as n"}', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(status).toBe(200);
    expect(body.data).toEqual([{ N: 2 }]);
  });

  it('413s a body over 10 MB', async () => {
    const big = JSON.stringify({ sql: `select '${'x'.repeat(10 * 1024 * 1024)}'` });
    const { status, body } = await t.call('POST', '/api/v1/query', big);
    expect(status).toBe(413);
    expect(body).toMatchObject({ success: false, error: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('sessions API', () => {
  it('creates, shows, lists and deletes a session', async () => {
    const created = await t.call('POST', '/api/v1/sessions', { type: 'memory', ttl_seconds: 1800 });
    expect(created.status).toBe(200);
    const id = created.body.session_id;
    expect(id).toMatch(UUID);
    expect(created.body.message).toBe(`Created memory session ${id}`);
    expect(created.body.session).toMatchObject({
      session_id: id,
      id,
      type: 'memory',
      ttl_seconds: 1800,
      current_database: 'MOCKHAUS',
      current_schema: 'PUBLIC',
      query_count: 0,
      storage: null,
      is_active: true,
      is_expired: false,
      busy: false,
    });
    const s = created.body.session;
    expect(Date.parse(s.expires_at) - Date.parse(s.last_accessed)).toBe(1800 * 1000);

    await t.call('POST', '/api/v1/query', { sql: 'select 1', session_id: id });
    const shown = await t.call('GET', `/api/v1/sessions/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.session.query_count).toBe(1);

    const list = await t.call('GET', '/api/v1/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions.map((x: any) => x.session_id)).toContain(id);
    expect(list.body.max_sessions).toBe(50);
    expect(list.body.limits).toMatchObject({ max_sessions: 50, active_sessions: list.body.active_sessions });
    expect(list.body.limits.available_slots).toBe(50 - list.body.active_sessions);

    const del = await t.call('DELETE', `/api/v1/sessions/${id}`);
    expect(del).toEqual({ status: 200, body: { success: true, message: `Session ${id} terminated successfully` } });
    expect((await t.call('DELETE', `/api/v1/sessions/${id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/v1/sessions/${id}`)).status).toBe(404);
  });

  it('returns the existing session for a known session_id (get-or-create)', async () => {
    const a = await t.call('POST', '/api/v1/sessions', { session_id: 'my-session-123' });
    expect(a.body.message).toBe('Created memory session my-session-123');
    await t.call('POST', '/api/v1/query', { sql: 'create table keep (a int)', session_id: 'my-session-123' });
    const b = await t.call('POST', '/api/v1/sessions', { session_id: 'my-session-123' });
    expect(b.body.message).toBe('Attached to existing memory session my-session-123');
    expect((await t.call('POST', '/api/v1/query', { sql: 'select count(*) as n from keep', session_id: 'my-session-123' })).body.data).toEqual([
      { N: 0 },
    ]);
    const clash = await t.call('POST', '/api/v1/sessions', { session_id: 'my-session-123', type: 'persistent' });
    expect(clash.status).toBe(409);
  });

  it('rejects a bad session id, TTL and storage type', async () => {
    expect((await t.call('POST', '/api/v1/sessions', { session_id: '../etc' })).status).toBe(400);
    expect((await t.call('POST', '/api/v1/sessions', { ttl_seconds: 0 })).body.detail).toContain("'ttl_seconds'");
    const s3 = await t.call('POST', '/api/v1/sessions', { type: 'persistent', storage: { type: 's3', path: 'x' } });
    expect(s3.status).toBe(400);
    expect(s3.body.detail).toContain("'s3'");
  });

  it('creates a persistent session under the data dir by default', async () => {
    const { status, body } = await t.call('POST', '/api/v1/sessions', { type: 'persistent' });
    expect(status).toBe(200);
    expect(body.session.storage).toEqual({ type: 'local', path: `${t.dataDir}/sessions/${body.session_id}.duckdb` });
    await t.call('DELETE', `/api/v1/sessions/${body.session_id}`);
  });

  it('answers 409 for a DuckDB file another process holds, 400 for a path that cannot exist', async () => {
    const file = `${t.dataDir}/locked.duckdb`;
    const holder = Bun.spawn(
      [process.execPath, '-e', `import { DuckDBInstance } from '@duckdb/node-api'; await DuckDBInstance.create(${JSON.stringify(file)}); console.log('ready'); await Bun.sleep(20000);`],
      { stdout: 'pipe', cwd: `${import.meta.dir}/../..` },
    );
    try {
      await (holder.stdout as ReadableStream<Uint8Array>).getReader().read();
      const locked = await t.call('POST', '/api/v1/sessions', { type: 'persistent', storage: { type: 'local', path: file } });
      expect(locked.status).toBe(409);
      expect(locked.body.error).toBe('STORAGE_IN_USE');
    } finally {
      holder.kill();
      await holder.exited;
    }
    const bad = await t.call('POST', '/api/v1/sessions', { type: 'persistent', storage: { path: '/proc/no-such-dir/x.duckdb' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('INVALID_STORAGE_PATH');
  });

  it('POST /sessions/cleanup reports how many expired', async () => {
    const { status, body } = await t.call('POST', '/api/v1/sessions/cleanup');
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, message: `Cleaned up ${body.sessions_cleaned} expired sessions`, sessions_cleaned: body.sessions_cleaned });
  });
});

describe('health, info, docs, unknown routes', () => {
  it('GET /api/v1/health gives status, version, uptime and session counts', async () => {
    const { status, body } = await t.call('GET', '/api/v1/health');
    expect(status).toBe(200);
    expect(body.status).toBe('healthy');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.uptime).toBeGreaterThanOrEqual(0);
    expect(body.sessions.max).toBe(50);
  });

  it('GET /api/v1/ gives server info', async () => {
    const { status, body } = await t.call('GET', '/api/v1/');
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Mockhaus Server', docs_url: '/docs', health_url: '/api/v1/health' });
  });

  it('serves /docs, /redoc and a complete OpenAPI document at /docs/json', async () => {
    const docs = await t.call('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('<html');
    expect((await t.call('GET', '/redoc')).status).toBe(200);
    const spec = (await t.call('GET', '/docs/json')).body;
    for (const [path, method] of [
      ['/api/v1/query', 'post'],
      ['/api/v1/sessions', 'post'],
      ['/api/v1/sessions', 'get'],
      ['/api/v1/sessions/{id}', 'get'],
      ['/api/v1/sessions/{id}', 'delete'],
      ['/api/v1/sessions/cleanup', 'post'],
      ['/api/v1/history', 'get'],
      ['/api/v1/history', 'delete'],
      ['/api/v1/history/stats', 'get'],
      ['/api/v1/history/{query_id}', 'get'],
      ['/api/v1/health', 'get'],
    ] as const) {
      const op = spec.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.responses['200'], `${method} ${path} 200`).toBeDefined();
    }
    const q = spec.paths['/api/v1/query'].post;
    expect(JSON.stringify(q.requestBody)).toContain('session_id');
    expect(JSON.stringify(q.responses['200'])).toContain('translated_sql');
    expect(q.responses['400']).toBeDefined();
  });

  it('answers an unknown route with a JSON 404', async () => {
    const { status, body } = await t.call('GET', '/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(body).toMatchObject({ success: false, error: 'NOT_FOUND' });
  });
});
