/**
 * `mockhaus exec … | head` ends when the reader closes the pipe. Before the fix the writer waited
 * for a 'drain' that never came and the process spun at 100% CPU after an unhandled EPIPE.
 */
import { describe, expect, it } from 'bun:test';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dir, '../..');

describe('exec into a closed pipe', () => {
  it('stops promptly with exit code 0 when the reader goes away', async () => {
    const main = join(root, 'src/cli/main.ts');
    const sql = 'select seq4() as n from table(generator(rowcount => 2000000))';
    // `head -c 10` reads a few bytes and exits, closing the pipe under a large CSV stream.
    const p = Bun.spawn(['bash', '-c', `"${process.execPath}" "${main}" exec --format csv -e "${sql}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      stdout: 'pipe',
      stderr: 'pipe',
    });
    const timer = setTimeout(() => p.kill(), 60_000);
    const out = await new Response(p.stdout).text();
    clearTimeout(timer);
    expect(out.trim()).toBe('0');
  }, 70_000);
});
