/**
 * @module bench/session
 * Engine/session figures (issue 2): per-statement overhead of `session.execute('select 1')` beside
 * raw DuckDB (`connection.run` + reading the rows) measured in the same run, and peak RSS while
 * streaming a 10M-row result written as CSV-like text (to nowhere).
 *
 * Run: ./node_modules/.bin/bun bench/session.ts [--rows 10000000] [--iterations 5000]
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { openSession } from '../src/session/session.ts';
import { toDisplayString } from '../src/engine/values.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function stats(samples: number[]): { meanUs: number; p50Us: number; p99Us: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 1000;
  return { meanUs: (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000, p50Us: at(0.5), p99Us: at(0.99) };
}

const iterations = arg('iterations', 5000);
const rows = arg('rows', 10_000_000);

// Raw DuckDB: same caps as a session.
const inst = await DuckDBInstance.create(':memory:', { memory_limit: '512MB', threads: '1' });
const conn = await inst.connect();
const raw: number[] = [];
for (let i = 0; i < iterations + 200; i++) {
  const t = performance.now();
  const r = await conn.runAndReadAll('select 1');
  r.getRows();
  if (i >= 200) raw.push(performance.now() - t);
}
conn.closeSync();
inst.closeSync();

const session = await openSession({ type: 'memory' });
const viaSession: number[] = [];
for (let i = 0; i < iterations + 200; i++) {
  const t = performance.now();
  await session.execute('select 1');
  if (i >= 200) viaSession.push(performance.now() - t);
}

let peak = process.memoryUsage().rss;
const t0 = performance.now();
const [res] = await session.execute(`select seq8() as n, 'row ' || seq8() as s from table(generator(rowcount => ${rows}))`, { stream: true });
let n = 0;
let bytes = 0;
for await (const batch of res!.stream!) {
  let text = '';
  for (const row of batch) text += `${toDisplayString(row[0]!, res!.columns[0]!)},${toDisplayString(row[1]!, res!.columns[1]!)}\n`;
  bytes += text.length;
  n += batch.length;
  if (n % 262144 < batch.length) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
const streamSeconds = (performance.now() - t0) / 1000;
await session.close();

const rawS = stats(raw);
const sesS = stats(viaSession);
console.log(JSON.stringify({
  select1: { rawDuckDb: rawS, session: sesS, overheadUs: sesS.p50Us - rawS.p50Us, ratioP50: sesS.p50Us / rawS.p50Us },
  stream: { rows: n, bytes, seconds: Number(streamSeconds.toFixed(2)), peakRssMB: Math.round(peak / 1048576) },
}, null, 2));
