/**
 * Runs the real `mockhaus` CLI (src/cli/main.ts under the project's Bun) in a subprocess.
 */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dir, '../..');
export const BUN = join(ROOT, 'node_modules/.bin/bun');
export const MAIN = join(ROOT, 'src/cli/main.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const proc = Bun.spawn([BUN, MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    stdin: opts.stdin === undefined ? 'ignore' : new TextEncoder().encode(opts.stdin),
    stdout: 'pipe',
    stderr: 'pipe',
  });
  const [stdout, stderr, code] = await Promise.all([
    new Response(proc.stdout).text(),
    new Response(proc.stderr).text(),
    proc.exited,
  ]);
  return { code, stdout, stderr };
}
