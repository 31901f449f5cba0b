/**
 * `bun bench/driver.ts`: the driver protocol beside the REST API and the in-process engine,
 * measured in the same run (issue 5):
 * - `SELECT 1` round-trip latency (median and p99) through snowflake-sdk, REST and session.execute;
 * - time to fetch a 1,000,000-row result: snowflake-sdk streamRows (chunked), REST, in-process stream.
 * Lead: add `driver` to bench/run.ts's list.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server/app.ts';
import { resolveServerConfig } from '../src/server/config.ts';
import { openSession } from '../src/session/session.ts';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const snowflake: any = require('snowflake-sdk');
snowflake.configure({ logLevel: 'OFF' });

const N = Number(process.env.BENCH_N ?? 300);
const MILLION = `SELECT A.N * 1000 + B.N AS N, 'label-' || (A.N * 1000 + B.N) AS LABEL FROM K A, K B`;
const SEED_K = [
  'CREATE OR REPLACE TABLE K (N NUMBER)',
  `INSERT INTO K VALUES ${Array.from({ length: 1000 }, (_, i) => `(${i})`).join(', ')}`,
];

function stats(ms: number[]): { median: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0 };
}

async function time(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-bench-driver-'));
const server = await startServer(resolveServerConfig({ port: 0, host: '127.0.0.1', dataDir }));
try {
  // --- driver
  const conn = snowflake.createConnection({ account: 'bench', username: 'u', password: 'p', accessUrl: server.url });
  await new Promise((res, rej) => conn.connect((e: unknown) => (e ? rej(e) : res(null))));
  const sdkExec = (sqlText: string) =>
    new Promise((res, rej) => conn.execute({ sqlText, complete: (e: unknown, _s: unknown, rows: unknown) => (e ? rej(e) : res(rows)) }));
  for (const sql of SEED_K) await sdkExec(sql);
  const driver1 = stats(await time(() => sdkExec('SELECT 1'), N));
  const t0 = performance.now();
  const driverRows = await new Promise<number>((res, rej) => {
    let n = 0;
    conn.execute({
      sqlText: MILLION,
      streamResult: true,
      complete: (e: unknown, stmt: any) => {
        if (e) return rej(e);
        stmt.streamRows().on('data', () => n++).on('error', rej).on('end', () => res(n));
      },
    });
  });
  const driverMillion = performance.now() - t0;

  // --- REST
  const created = (await (await fetch(`${server.url}/api/v1/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":"memory"}' })).json()) as any;
  const sessionId: string = created.session_id ?? created.session?.session_id ?? created.id;
  const rest = (sql: string) =>
    fetch(`${server.url}/api/v1/query`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sql, session_id: sessionId }) }).then((r) => r.json());
  for (const sql of SEED_K) await rest(sql);
  const rest1 = stats(await time(() => rest('SELECT 1'), N));
  const t1 = performance.now();
  const restBody = (await rest(MILLION)) as any;
  const restMillion = performance.now() - t1;

  // --- in-process
  const session = await openSession({ threads: 1 });
  for (const sql of SEED_K) await session.execute(sql);
  const engine1 = stats(await time(() => session.execute('SELECT 1'), N));
  const t2 = performance.now();
  let engineRows = 0;
  const [r] = await session.execute(MILLION, { stream: true });
  if (r?.stream) for await (const batch of r.stream) engineRows += batch.length;
  else engineRows = r?.rows.length ?? 0;
  const engineMillion = performance.now() - t2;
  await session.close();
  await new Promise((res) => conn.destroy(res));

  const fmt = (x: number) => x.toFixed(2);
  console.log(`SELECT 1 round trip (n=${N}), ms: median / p99`);
  console.log(`  in-process engine  ${fmt(engine1.median)} / ${fmt(engine1.p99)}`);
  console.log(`  REST /api/v1/query ${fmt(rest1.median)} / ${fmt(rest1.p99)}  (x${fmt(rest1.median / engine1.median)} engine)`);
  console.log(`  snowflake-sdk      ${fmt(driver1.median)} / ${fmt(driver1.p99)}  (x${fmt(driver1.median / engine1.median)} engine)`);
  console.log('1,000,000-row result, ms:');
  console.log(`  in-process stream  ${fmt(engineMillion)} (${engineRows} rows)`);
  console.log(`  REST               ${fmt(restMillion)} (${restBody?.row_count ?? '?'} rows)`);
  console.log(`  snowflake-sdk      ${fmt(driverMillion)} (${driverRows} rows, streamRows over chunks)`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
