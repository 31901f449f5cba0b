/**
 * `mockhaus repl` with piped input (no terminal): the embedded engine, statements run as their `;`
 * arrives, plain output without colour, errors on stderr and exit code 1; and the one-line answer
 * when no server is running.
 */
import { describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dir, '../..');

async function repl(args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const home = mkdtempSync(join(tmpdir(), 'mockhaus-repl-pipe-'));
  try {
    const p = Bun.spawn([process.execPath, 'src/cli/main.ts', 'repl', ...args], {
      cwd: ROOT,
      stdin: new Blob([input]),
      stdout: 'pipe',
      stderr: 'pipe',
      env: { ...process.env, HOME: home, NO_COLOR: '' },
    });
    const [out, err, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
    return { code, out, err };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe('REPL with piped input', () => {
  it('runs a script on the embedded engine in the chosen formats', async () => {
    const r = await repl(
      ['--embedded'],
      [
        '!timing off',
        'create table t (a int, b varchar);',
        "insert into t values (1, 'x'),",
        '  (2, null);',
        'select * from t order by a;',
        '!format csv',
        'select * from t order by a; select count(*) from t;',
        '!format json',
        'select a from t where a = 1;',
      ].join('\n'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Timing is off.',
        'Table T successfully created.',
        ' number of rows inserted',
        '-------------------------',
        '                       2',
        '',
        '1 row',
        ' A | B',
        '---+------',
        ' 1 | x',
        ' 2 | NULL',
        '',
        '2 rows',
        'Output format: csv',
        'A,B',
        '1,x',
        '2,',
        'COUNT(*)',
        '2',
        'Output format: json',
        '[',
        '  {"A":1}',
        ']',
        '',
      ].join('\n'),
    );
  }, 30000);

  it('runs a script file with !source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mockhaus-repl-src-'));
    try {
      const file = join(dir, 'script.sql');
      await Bun.write(file, "create table s (x int);\n-- a comment; with a semicolon\ninsert into s values (7);\nselect x, 'a;b' as y from s;\n");
      const r = await repl(['--embedded'], `!timing off\n!source ${file}\n`);
      expect(r.err).toBe('');
      expect(r.out).toBe(
        [
          'Timing is off.',
          'Table S successfully created.',
          ' number of rows inserted',
          '-------------------------',
          '                       1',
          '',
          '1 row',
          ' X | Y',
          '---+-----',
          ' 7 | a;b',
          '',
          '1 row',
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);

  it('reports a failing statement on stderr in Snowflake form and exits 1', async () => {
    const r = await repl(['--embedded'], 'select * from missing;\nselect 1 as ok;\n');
    expect(r.err).toBe("002003 (42S02): SQL compilation error:\nObject 'MISSING' does not exist or not authorized.\n");
    expect(r.out).toContain(' OK\n----\n  1\n');
    expect(r.code).toBe(1);
  }, 30000);

  it('says in one line that no server is running, and how to start one', async () => {
    const r = await repl(['--server-url', 'http://127.0.0.1:9'], 'select 1;\n');
    expect(r.out).toBe(
      "No Mockhaus server is running at http://127.0.0.1:9. Start one with 'mockhaus serve' (or use 'mockhaus repl --embedded').\n",
    );
    expect(r.code).toBe(1);
  }, 30000);
});
