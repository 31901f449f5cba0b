/**
 * Start-up benchmark (issue 2): the compiled binary's cold start (first run, empty cache, so DuckDB
 * is extracted) and warm start of `exec -e "select 1"`, beside a bare Bun script that opens DuckDB
 * and runs the same query, measured in the same run. Goal: warm within 1.5x of the bare script.
 * Builds dist/mockhaus first if it is missing. Figures only; never a test.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = resolve(import.meta.dir, '..');
const bun = join(root, 'node_modules/.bin/bun');
const binary = join(root, 'dist/mockhaus');

if (!existsSync(binary)) {
  const built = Bun.spawnSync([bun, 'build.ts'], { cwd: root, stdout: 'inherit', stderr: 'inherit' });
  if (built.exitCode !== 0) throw new Error('build failed');
}

const bare = join(root, 'bench/.bare-duckdb.ts');
writeFileSync(
  bare,
  `import { DuckDBInstance } from '@duckdb/node-api';
const c = await (await DuckDBInstance.create(':memory:')).connect();
console.log((await c.runAndReadAll('select 1')).getRows()[0]);\n`,
);

function time(cmd: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = Bun.spawnSync(cmd, { cwd: root, env: { ...process.env, ...env }, stdout: 'ignore', stderr: 'pipe' });
  const ms = performance.now() - t0;
  if (r.exitCode !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr.toString()}`);
  return ms;
}

function stats(xs: number[]): { median: number; p90: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, p90: s[Math.floor(s.length * 0.9)] ?? 0 };
}

const cold: number[] = [];
for (let i = 0; i < Math.min(RUNS, 5); i++) {
  const cache = mkdtempSync(join(tmpdir(), 'mockhaus-cold-'));
  cold.push(time([binary, 'exec', '-e', 'select 1'], { MOCKHAUS_CACHE_DIR: cache }));
  rmSync(cache, { recursive: true, force: true });
}
const warmCache = mkdtempSync(join(tmpdir(), 'mockhaus-warm-'));
time([binary, 'exec', '-e', 'select 1'], { MOCKHAUS_CACHE_DIR: warmCache });
const warm: number[] = [];
const bareRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  warm.push(time([binary, 'exec', '-e', 'select 1'], { MOCKHAUS_CACHE_DIR: warmCache }));
  bareRuns.push(time([bun, bare]));
}
rmSync(warmCache, { recursive: true, force: true });
rmSync(bare, { force: true });

const c = stats(cold);
const w = stats(warm);
const b = stats(bareRuns);
console.log(`startup (median / p90 of ${RUNS} runs, ms)`);
console.log(`  binary cold (empty cache)  ${c.median.toFixed(1)} / ${c.p90.toFixed(1)}`);
console.log(`  binary warm                ${w.median.toFixed(1)} / ${w.p90.toFixed(1)}`);
console.log(`  bare bun + duckdb          ${b.median.toFixed(1)} / ${b.p90.toFixed(1)}`);
console.log(`  warm / bare ratio          ${(w.median / b.median).toFixed(2)}x (goal ≤ 1.5x)`);
