/**
 * The real snowflake-sdk on the long-running paths: asyncExec + getResultsFromQueryId, a sync
 * statement answered 333333 and then fetched through getResultUrl, a real DuckDB cancel (000604 /
 * 57014), and session-token renewal (on a server whose tokens live 1 s). The server waits only
 * 300 ms before handing off (tunable),
 * and a statement is kept waiting by queueing it behind a long one in the same session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { connect, destroy, exec, execError, startWireServer, type Conn, type TestServer } from './_harness.ts';

let server: TestServer;
let conn: Conn;

/** A cross join that runs until cancelled (2000^4 rows). */
const ENDLESS = 'SELECT COUNT(*) AS C FROM SEED A, SEED B, SEED C, SEED D';

beforeAll(async () => {
  server = await startWireServer({ wire: { syncWaitMs: 300, resultWaitMs: 300 } });
  conn = await connect(server.url);
  await exec(conn, 'CREATE OR REPLACE TABLE SEED (N NUMBER)');
  await exec(conn, 'INSERT INTO SEED (N) VALUES (?)', { binds: Array.from({ length: 2000 }, (_, i) => [i]) });
});

afterAll(async () => {
  await destroy(conn).catch(() => undefined);
  await server.stop();
});

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function startAsync(c: Conn, sqlText: string): Promise<string> {
  return new Promise((resolve, reject) =>
    c.execute({
      sqlText,
      asyncExec: true,
      complete: (err: unknown, stmt: any) => (err ? reject(err) : resolve(stmt.getQueryId())),
    }),
  );
}

function resultsOf(c: Conn, queryId: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    c.getResultsFromQueryId({
      queryId,
      complete: (err: unknown, _stmt: unknown, rows: unknown[]) => (err ? reject(err) : resolve(rows)),
    }).catch(reject);
  });
}

function cancelQuery(c: Conn, queryId: string): Promise<void> {
  return new Promise((resolve, reject) =>
    c.fetchResult({ queryId }).cancel((err: unknown) => (err ? reject(err) : resolve())),
  );
}

describe('asyncExec', () => {
  it('returns a query id at once and the rows through getResultsFromQueryId', async () => {
    const id = await startAsync(conn, 'SELECT SUM(N) AS S FROM SEED');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await resultsOf(conn, id)).toEqual([{ S: 1_999_000 }]);
    expect(await conn.getQueryStatus(id)).toBe('SUCCESS');
  });

  it('reports a failed async statement with its code through getResultsFromQueryId', async () => {
    const id = await startAsync(conn, 'SELECT * FROM MISSING_TABLE');
    const err: any = await resultsOf(conn, id).then(
      () => null,
      (e) => e,
    );
    expect(err?.code).toBe('002003');
    expect(err?.sqlState).toBe('42S02');
  });
});

describe('long statements', () => {
  it('hands a slow sync statement off with 333333 and delivers it through getResultUrl', async () => {
    const blocker = await startAsync(conn, ENDLESS);
    // Queued behind the endless statement: the server answers 333333, the driver polls the result URL.
    const pending = exec(conn, 'SELECT 42 AS ANSWER');
    await sleep(1500);
    expect(await conn.getQueryStatus(blocker)).toBe('RUNNING');
    await cancelQuery(conn, blocker);
    const { rows } = await pending;
    expect(rows).toEqual([{ ANSWER: 42 }]);
    expect(await conn.getQueryStatus(blocker)).toBe('ABORTED');
  });

  it('cancels a running statement for real: it fails with 000604 / 57014', async () => {
    const stmtPromise = new Promise<any>((resolve) => {
      let timer: ReturnType<typeof setInterval> | undefined;
      const stmt = conn.execute({
        sqlText: ENDLESS,
        complete: (err: unknown) => {
          clearInterval(timer);
          resolve(err);
        },
      });
      // Cancel as a user would, again if the first one raced the statement's start.
      timer = setInterval(() => stmt.cancel(() => undefined), 800);
    });
    const err = await stmtPromise;
    expect(err?.code).toBe('000604');
    expect(err?.sqlState).toBe('57014');
    expect(err?.message).toBe('SQL execution canceled');
    // The session is usable again right away.
    expect((await exec(conn, 'SELECT 1 AS ONE')).rows).toEqual([{ ONE: 1 }]);
  }, 30_000);
});

describe('tokens', () => {
  it('renews an expired session token with the master token and replays the request', async () => {
    const shortLived = await startWireServer({ wire: { tokenValiditySeconds: 1 } });
    try {
      const c = await connect(shortLived.url);
      await sleep(1500);
      const { rows } = await exec(c, 'SELECT 7 AS SEVEN');
      expect(rows).toEqual([{ SEVEN: 7 }]);
      await destroy(c);
    } finally {
      await shortLived.stop();
    }
  });

  it('rejects a query on a destroyed connection', async () => {
    const c = await connect(server.url);
    await destroy(c);
    const err = await execError(c, 'SELECT 1');
    expect(err).toBeTruthy();
  });
});
