/**
 * Start `mockhaus serve` as a real subprocess (the CLI entry `src/cli/main.ts`) on a free port and
 * wait for its one startup line.
 */
import { join } from 'node:path';

export interface ServeProcess {
  proc: ReturnType<typeof Bun.spawn>;
  url: string;
  line: string;
  stderr(): Promise<string>;
}

const MAIN = join(import.meta.dir, '..', '..', 'src', 'cli', 'main.ts');

export async function spawnServe(args: string[], env: Record<string, string> = {}): Promise<ServeProcess> {
  const proc = Bun.spawn([process.execPath, MAIN, 'serve', '--port', '0', ...args], {
    stdout: 'pipe',
    stderr: 'pipe',
    env: { ...process.env, MOCKHAUS_SESSION_THREADS: '1', ...env },
  });
  const reader = (proc.stdout as ReadableStream<Uint8Array>).getReader();
  let out = '';
  const deadline = Date.now() + 20_000;
  while (!out.includes('\n')) {
    const next = await Promise.race([reader.read(), Bun.sleep(Math.max(0, deadline - Date.now())).then(() => null)]);
    if (next === null || next.done) {
      proc.kill();
      const err = await new Response(proc.stderr as ReadableStream).text();
      throw new Error(`serve did not start: ${out}\n${err}`);
    }
    out += new TextDecoder().decode(next.value);
  }
  reader.releaseLock();
  const line = out.split('\n')[0] ?? '';
  const m = /listening on (http:\/\/\S+?) /.exec(line);
  if (!m?.[1]) throw new Error(`no URL in startup line: ${line}`);
  return { proc, url: m[1], line, stderr: () => new Response(proc.stderr as ReadableStream).text() };
}

export async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
