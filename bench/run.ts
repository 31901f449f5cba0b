/**
 * `npm run bench`: every benchmark in bench/, one after another, each reporting ratios against raw
 * DuckDB measured in the same run. Pass names to run some: `npm run bench -- startup rest`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dir, '..');
const all = ['translate', 'session', 'startup', 'rest', 'driver'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let failed = 0;
for (const name of wanted) {
  const file = join(root, 'bench', `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`bench/${name}.ts does not exist`);
    failed++;
    continue;
  }
  console.log(`\n### ${name}`);
  const r = Bun.spawnSync([process.execPath, file], { cwd: root, stdout: 'inherit', stderr: 'inherit' });
  if (r.exitCode !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
