/**
 * REST benchmark (issue 4): median and p99 latency of `SELECT 1` and of a 1,000-row query over
 * `POST /api/v1/query` on a real server (127.0.0.1, random port, keep-alive fetch), beside the same
 * statements run in-process through `session.execute`, measured in the same run; prints the ratios.
 * Figures only; never a test. `BENCH_RUNS` sets the iterations (default 1000 / 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server/app.ts';
import { resolveServerConfig } from '../src/server/config.ts';
import { openSession } from '../src/session/session.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const ROWS_RUNS = Math.max(20, Math.floor(RUNS / 5));
const WARMUP = 50;

const dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-bench-rest-'));
const server = await startServer({ ...resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir }, {}), threads: 1 });
const local = await openSession({ type: 'memory', threads: 1 });

const setup = [
  'create table bench_rows (id int, name varchar, amount number(12,2), created date)',
  `insert into bench_rows values ${Array.from({ length: 1000 }, (_, i) => `(${i}, 'name ${i}', ${i}.25, '2024-01-${String((i % 28) + 1).padStart(2, '0')}')`).join(', ')}`,
];
const ROWS_SQL = 'select id, name, amount, created from bench_rows order by id';

async function rest(sessionId: string, sql: string): Promise<unknown> {
  const res = await fetch(`${server.url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sql, session_id: sessionId }),
  });
  const body = (await res.json()) as { success: boolean; row_count: number; detail?: string };
  if (!body.success) throw new Error(`REST failed: ${body.detail}`);
  return body;
}

const created = (await (
  await fetch(`${server.url}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
).json()) as { session_id: string };
const sid = created.session_id;
for (const sql of setup) {
  await rest(sid, sql);
  await local.execute(sql);
}

function summary(xs: number[]): { median: number; p99: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0 };
}

async function measure(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return summary(xs);
}

// Each query over REST, then in-process, back to back in the same process.
const one = { rest: await measure(RUNS, () => rest(sid, 'SELECT 1')), local: await measure(RUNS, () => local.execute('SELECT 1')) };
const rows = { rest: await measure(ROWS_RUNS, () => rest(sid, ROWS_SQL)), local: await measure(ROWS_RUNS, () => local.execute(ROWS_SQL)) };

const f = (n: number) => n.toFixed(3).padStart(8);
console.log(`REST vs in-process latency (ms; ${RUNS} runs of SELECT 1, ${ROWS_RUNS} of the 1,000-row query)`);
console.log('                       median      p99');
console.log(`  SELECT 1   REST    ${f(one.rest.median)} ${f(one.rest.p99)}`);
console.log(`  SELECT 1   session ${f(one.local.median)} ${f(one.local.p99)}`);
console.log(`  1000 rows  REST    ${f(rows.rest.median)} ${f(rows.rest.p99)}`);
console.log(`  1000 rows  session ${f(rows.local.median)} ${f(rows.local.p99)}`);
console.log(
  `  ratio REST/session: SELECT 1 median ${(one.rest.median / one.local.median).toFixed(2)}x, p99 ${(one.rest.p99 / one.local.p99).toFixed(2)}x; ` +
    `1000 rows median ${(rows.rest.median / rows.local.median).toFixed(2)}x, p99 ${(rows.rest.p99 / rows.local.p99).toFixed(2)}x`,
);

await local.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
