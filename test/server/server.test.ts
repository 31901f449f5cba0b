import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { rmSync } from 'node:fs';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import { resolveServerConfig } from '../../src/server/config.ts';
import { tempDir } from './_helpers.ts';
import { post } from './_spawn.ts';

let server: RunningServer;
const dataDir = tempDir('mh-real-');
beforeAll(async () => {
  server = await startServer({ ...resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir }, {}), threads: 1 });
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('real server on a random port', () => {
  it('listens on the port it reports', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it('refuses a port another server already listens on (no silent SO_REUSEPORT sharing)', async () => {
    const cfg = { ...resolveServerConfig({ host: '127.0.0.1', port: server.port, dataDir: tempDir('mh-busy-') }, {}), threads: 1 };
    await expect(startServer(cfg)).rejects.toThrow(/in use/);
  });

  it('runs 16 sessions × 200 statements in parallel with every result correct', async () => {
    const SESSIONS = 16;
    const STATEMENTS = 200;
    const run = async (k: number) => {
      const sid = (await post(`${server.url}/api/v1/sessions`, {})).body.session_id as string;
      const q = (sql: string) => post(`${server.url}/api/v1/query`, { sql, session_id: sid });
      const bad: string[] = [];
      expect((await q('create table w (i int, k int)')).status).toBe(200);
      for (let i = 1; i <= STATEMENTS - 3; i++) {
        if (i % 2 === 0) {
          const r = await q(`insert into w values (${i}, ${k})`);
          if (r.status !== 200 || r.body.rows_affected !== 1) bad.push(`insert ${i}: ${JSON.stringify(r.body)}`);
        } else {
          const r = await q(`select ${i} * ${k} as v`);
          if (r.status !== 200 || r.body.data[0]?.V !== i * k) bad.push(`select ${i}: ${JSON.stringify(r.body)}`);
        }
      }
      const inserted = Array.from({ length: STATEMENTS - 3 }, (_, j) => j + 1).filter((i) => i % 2 === 0);
      const agg = await q('select count(*) as n, sum(i) as s, min(k) as kmin, max(k) as kmax from w');
      expect(agg.body.data).toEqual([{ N: inserted.length, S: inserted.reduce((a, b) => a + b, 0), KMIN: k, KMAX: k }]);
      expect((await q('drop table w')).status).toBe(200);
      return { sid, bad };
    };
    const results = await Promise.all(Array.from({ length: SESSIONS }, (_, k) => run(k + 1)));
    expect(results.flatMap((r) => r.bad)).toEqual([]);
    const hist = (await (await fetch(`${server.url}/api/v1/history/stats?session_id=${results[0]!.sid}`)).json()) as any;
    expect(hist.stats.total).toBe(STATEMENTS);
    expect(hist.stats.failed).toBe(0);
  }, 120_000);

  it('queues statements sent to one session at once and runs each exactly once', async () => {
    const sid = (await post(`${server.url}/api/v1/sessions`, {})).body.session_id;
    await post(`${server.url}/api/v1/query`, { sql: 'create table c (i int)', session_id: sid });
    const rs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(`${server.url}/api/v1/query`, { sql: `insert into c values (${i})`, session_id: sid })),
    );
    expect(rs.every((r) => r.status === 200)).toBe(true);
    const agg = await post(`${server.url}/api/v1/query`, { sql: 'select count(*) as n, count(distinct i) as d from c', session_id: sid });
    expect(agg.body.data).toEqual([{ N: 40, D: 40 }]);
  });
});
