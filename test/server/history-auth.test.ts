import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { testApp, type TestApp } from './_helpers.ts';

describe('history API', () => {
  let t: TestApp;
  let sid: string;
  beforeAll(async () => {
    t = testApp();
    sid = (await t.call('POST', '/api/v1/sessions', {})).body.session_id;
    await t.call('POST', '/api/v1/query', { sql: 'create table h (a int)', session_id: sid });
    await t.call('POST', '/api/v1/query', { sql: 'insert into h values (1), (2)', session_id: sid });
    await t.call('POST', '/api/v1/query', { sql: 'select a from h', session_id: sid });
    await t.call('POST', '/api/v1/query', { sql: 'select a from missing_table', session_id: sid });
  });
  afterAll(() => t.close());

  it('lists statements newest first with every recorded field', async () => {
    const { status, body } = await t.call('GET', `/api/v1/history?session_id=${sid}`);
    expect(status).toBe(200);
    expect(body.count).toBe(4);
    expect(body.queries.map((q: any) => [q.sql, q.statement_type, q.status])).toEqual([
      ['select a from missing_table', 'SELECT', 'FAILED_WITH_ERROR'],
      ['select a from h', 'SELECT', 'SUCCESS'],
      ['insert into h values (1), (2)', 'INSERT', 'SUCCESS'],
      ['create table h (a int)', 'DDL', 'SUCCESS'],
    ]);
    const failed = body.queries[0];
    expect(failed).toMatchObject({ session_id: sid, errno: '002003', sql_state: '42S02' });
    expect(failed.error_message).toContain('MISSING_TABLE');
    const ok = body.queries[1];
    expect(ok.rows).toBe(2);
    expect(ok.translated_sql.length).toBeGreaterThan(0);
    expect(Date.parse(ok.end_time)).toBeGreaterThanOrEqual(Date.parse(ok.start_time));
    expect(ok.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('filters by text, status, type and limit', async () => {
    const q = async (qs: string) => (await t.call('GET', `/api/v1/history?session_id=${sid}&${qs}`)).body.queries.map((x: any) => x.sql);
    expect(await q('text=FROM%20H')).toEqual(['select a from h']);
    expect(await q('status=error')).toEqual(['select a from missing_table']);
    expect(await q('type=insert')).toEqual(['insert into h values (1), (2)']);
    expect(await q('limit=2')).toHaveLength(2);
    expect(await q(`since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect((await t.call('GET', '/api/v1/history?since=yesterday')).status).toBe(400);
    expect((await t.call('GET', '/api/v1/history?limit=abc')).status).toBe(400);
  });

  it('shows one statement by query id, 404 for an unknown one', async () => {
    const first = (await t.call('GET', `/api/v1/history?session_id=${sid}&limit=1`)).body.queries[0];
    const { status, body } = await t.call('GET', `/api/v1/history/${first.query_id}`);
    expect(status).toBe(200);
    expect(body.query).toEqual(first);
    expect((await t.call('GET', '/api/v1/history/00000000-0000-0000-0000-000000000000')).body.error).toBe('QUERY_NOT_FOUND');
  });

  it('reports stats: counts, error rate, p50/p95 and by type', async () => {
    const { status, body } = await t.call('GET', `/api/v1/history/stats?session_id=${sid}`);
    expect(status).toBe(200);
    expect(body.stats).toMatchObject({ total: 4, succeeded: 3, failed: 1, error_rate: 0.25, sessions: 1 });
    expect(body.stats.by_type.SELECT).toMatchObject({ count: 2, failed: 1 });
    expect(body.stats.by_type.DDL.count).toBe(1);
    expect(body.stats.duration_ms.p95).toBeGreaterThanOrEqual(body.stats.duration_ms.p50);
  });

  it('deletes entries before a time, then all', async () => {
    const bad = await t.call('DELETE', '/api/v1/history?before=not-a-date');
    expect(bad.status).toBe(400);
    const none = await t.call('DELETE', `/api/v1/history?before=${encodeURIComponent('2000-01-01T00:00:00Z')}`);
    expect(none.body).toEqual({ success: true, deleted: 0, message: 'Deleted 0 history entries' });
    const all = await t.call('DELETE', '/api/v1/history');
    expect(all.body.deleted).toBeGreaterThanOrEqual(4);
    expect((await t.call('GET', '/api/v1/history')).body.count).toBe(0);
  });
});

describe('bearer token', () => {
  let t: TestApp;
  beforeAll(() => {
    t = testApp({ authToken: 's3cret' });
  });
  afterAll(() => t.close());

  it('requires the token on every /api/v1 route but health', async () => {
    const auth = { authorization: 'Bearer s3cret' };
    expect((await t.call('GET', '/api/v1/health')).status).toBe(200);
    for (const [m, p, b] of [
      ['GET', '/api/v1/sessions'],
      ['POST', '/api/v1/sessions', {}],
      ['POST', '/api/v1/query', { sql: 'select 1' }],
      ['GET', '/api/v1/history'],
      ['GET', '/api/v1/'],
    ] as const) {
      const denied = await t.call(m, p, b);
      expect(denied.status, `${m} ${p}`).toBe(401);
      expect(denied.body.error).toBe('UNAUTHORIZED');
      expect((await t.call(m, p, b, { authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await t.call(m, p, b, auth)).status, `${m} ${p} with token`).toBe(200);
    }
  });
});
