/**
 * SQL API v2 over a real server with `fetch`: sync statements with bindings and context, jsonv2
 * cells, async (202 + statementStatusUrl polling), partitions, failures (422) and cancel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { startWireServer, type TestServer } from './_harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startWireServer({ authToken: 'tok', wire: { inlineBytes: 300, chunkBytes: 3000 } });
});

afterAll(async () => {
  await server.stop();
});

async function api(path: string, body?: unknown, token = 'tok'): Promise<{ status: number; json: any }> {
  const res = await fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function poll(url: string): Promise<{ status: number; json: any }> {
  for (;;) {
    const r = await api(url);
    if (r.status !== 202) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
}

describe('SQL API v2', () => {
  it('runs a statement synchronously with bindings, database and schema', async () => {
    const { status, json } = await api('/api/v2/statements', {
      statement: 'SELECT ?::NUMBER AS N, ? AS S, TRUE AS B, CURRENT_DATABASE() AS D',
      bindings: { '1': { type: 'FIXED', value: '42' }, '2': { type: 'TEXT', value: 'hi' } },
      database: 'mockhaus',
      schema: 'public',
    });
    expect(status).toBe(200);
    expect(json.code).toBe('090001');
    expect(json.sqlState).toBe('00000');
    expect(json.data).toEqual([['42', 'hi', 'true', 'MOCKHAUS']]);
    expect(json.resultSetMetaData.format).toBe('jsonv2');
    expect(json.resultSetMetaData.numRows).toBe(1);
    expect(json.resultSetMetaData.rowType.map((c: any) => [c.name, c.type])).toEqual([
      ['N', 'fixed'],
      ['S', 'text'],
      ['B', 'boolean'],
      ['D', 'text'],
    ]);
    expect(json.statementStatusUrl).toBe(`/api/v2/statements/${json.statementHandle}`);
  });

  it('keeps tables between requests of the same caller', async () => {
    expect((await api('/api/v2/statements', { statement: 'CREATE OR REPLACE TABLE T (N NUMBER)' })).status).toBe(200);
    const ins = await api('/api/v2/statements', {
      statement: 'INSERT INTO T VALUES (?)',
      bindings: { '1': { type: 'FIXED', value: Array.from({ length: 300 }, (_, i) => String(i)) } },
    });
    expect(ins.json.data).toEqual([['300']]);
    expect(ins.json.stats).toEqual({ numRowsInserted: 300 });
  });

  it('pages a large result into partitions', async () => {
    const { json } = await api('/api/v2/statements', { statement: 'SELECT N FROM T ORDER BY N' });
    const parts = json.resultSetMetaData.partitionInfo;
    expect(parts.length).toBeGreaterThan(1);
    const rows: string[][] = [...json.data];
    for (let p = 1; p < parts.length; p++) {
      const page = await api(`${json.statementStatusUrl}?partition=${p}`);
      expect(page.status).toBe(200);
      expect(page.json.data.length).toBe(parts[p].rowCount);
      rows.push(...page.json.data);
    }
    expect(rows).toEqual(Array.from({ length: 300 }, (_, i) => [String(i)]));
  });

  it('runs asynchronously: 202 with a status URL, then 200 with the rows', async () => {
    const { status, json } = await api('/api/v2/statements?async=true', { statement: 'SELECT COUNT(*) AS C FROM T' });
    expect(status).toBe(202);
    expect(json.code).toBe('333334');
    const done = await poll(json.statementStatusUrl);
    expect(done.status).toBe(200);
    expect(done.json.data).toEqual([['300']]);
  });

  it('reports a failing statement as 422 with code and sqlState', async () => {
    const { status, json } = await api('/api/v2/statements', { statement: 'SELECT * FROM NOPE' });
    expect(status).toBe(422);
    expect(json).toMatchObject({ code: '002003', sqlState: '42S02' });
    expect(json.message).toBe("SQL compilation error:\nObject 'NOPE' does not exist or not authorized.");
  });

  it('cancels a running statement', async () => {
    const start = await api('/api/v2/statements?async=true', { statement: 'SELECT COUNT(*) FROM T A, T B, T C, T D, T E' });
    await new Promise((res) => setTimeout(res, 300));
    const cancel = await api(`${start.json.statementStatusUrl}/cancel`, {});
    expect(cancel.status).toBe(200);
    const after = await poll(start.json.statementStatusUrl);
    expect(after.status).toBe(422);
    expect(after.json).toMatchObject({ code: '000604', sqlState: '57014' });
  });

  it('sends NULL as "null" with nullable=false and runs a resubmitted requestId once', async () => {
    const plain = await api('/api/v2/statements', { statement: 'SELECT NULL::NUMBER AS N' });
    expect(plain.json.data).toEqual([[null]]);
    const strict = await api('/api/v2/statements?nullable=false', { statement: 'SELECT NULL::NUMBER AS N' });
    expect(strict.json.data).toEqual([['null']]);
    const rid = crypto.randomUUID();
    const a = await api(`/api/v2/statements?requestId=${rid}`, { statement: 'INSERT INTO T VALUES (1000)' });
    const b = await api(`/api/v2/statements?requestId=${rid}&retry=true`, { statement: 'INSERT INTO T VALUES (1000)' });
    expect(b.json.statementHandle).toBe(a.json.statementHandle);
    expect((await api('/api/v2/statements', { statement: 'SELECT COUNT(*) FROM T WHERE N = 1000' })).json.data).toEqual([['1']]);
  });

  it('refuses a wrong bearer token when the server has one', async () => {
    const { status } = await api('/api/v2/statements', { statement: 'SELECT 1' }, 'wrong');
    expect(status).toBe(401);
  });
});
