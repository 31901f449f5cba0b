import { describe, expect, it } from 'bun:test';
import { existsSync } from 'node:fs';
import { BUN, MAIN, ROOT } from './_cli.ts';

// Issue 2: a 10-million-row SELECT written as CSV must not hold every row in memory.
describe('exec streaming', () => {
  it.skipIf(!existsSync('/usr/bin/time'))('writes 10 million rows as CSV with peak memory under 500 MB (skipped only without /usr/bin/time; .ci/run installs it)', async () => {
    const proc = Bun.spawn(
      ['/usr/bin/time', '-f', 'MAXRSS_KB=%M', BUN, MAIN, 'exec', '--format', 'csv', '-e', 'select seq8() as i, seq8() * 2 as j from table(generator(rowcount => 10000000))'],
      { cwd: ROOT, stdout: 'pipe', stderr: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
    );
    let lines = 0;
    let bytes = 0;
    for await (const chunk of proc.stdout) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
    }
    const stderr = await new Response(proc.stderr).text();
    expect(await proc.exited).toBe(0);
    expect(lines).toBe(10_000_001);
    expect(bytes).toBeGreaterThan(100_000_000);
    const kb = Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(500 * 1024);
  }, 300_000);
});
