import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import { resolveServerConfig } from '../../src/server/config.ts';
import { tempDir } from './_helpers.ts';
import { post } from './_spawn.ts';

const MAIN = join(import.meta.dir, '..', '..', 'src', 'cli', 'main.ts');
const dataDir = tempDir('mh-hcli-');
let server: RunningServer;
let sid: string;

beforeAll(async () => {
  server = await startServer({ ...resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir }, {}), threads: 1 });
  sid = (await post(`${server.url}/api/v1/sessions`, {})).body.session_id;
  for (const sql of ['create table hc (a int, b varchar)', "insert into hc values (1, 'x,y')", 'select a, b from hc', 'select * from nowhere']) {
    await post(`${server.url}/api/v1/query`, { sql, session_id: sid });
  }
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const p = Bun.spawn([process.execPath, MAIN, 'history', ...args, '--server-url', server.url], { stdout: 'pipe', stderr: 'pipe' });
  const [out, err] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  return { code: await p.exited, out, err };
}

describe('mockhaus history', () => {
  it('recent prints a table, newest first', async () => {
    const r = await cli('recent', '--session-id', sid);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^START_TIME\s+QUERY_ID\s+TYPE\s+STATUS\s+MS\s+ROWS\s+SQL$/);
    expect(lines.slice(2).map((l) => l.replace(/.*\s{2}/, ''))).toEqual([
      'select * from nowhere',
      'select a, b from hc',
      "insert into hc values (1, 'x,y')",
      'create table hc (a int, b varchar)',
    ]);
    expect(lines[2]).toContain('FAILED 002003');
  });

  it('search finds statements by text; --json gives the entries', async () => {
    const r = await cli('search', 'FROM HC', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((e: any) => e.sql)).toEqual(['select a, b from hc']);
  });

  it('show prints every field of one statement', async () => {
    const id = JSON.parse((await cli('recent', '--json', '-n', '1')).out)[0].query_id;
    const r = await cli('show', id);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`query_id        ${id}`);
    expect(r.out).toMatch(/errno\s+002003/);
    expect((await cli('show', 'no-such-id')).code).toBe(1);
  });

  it('stats summarises counts, error rate and durations', async () => {
    const r = await cli('stats', '--session-id', sid);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Statements: 4 (3 succeeded, 1 failed, 0 running) in 1 sessions');
    expect(r.out).toContain('Error rate: 25%');
    expect(r.out).toMatch(/Duration:\s+p50 [\d.]+ ms, p95 [\d.]+ ms/);
  });

  it('export writes CSV and JSON', async () => {
    const csvFile = join(dataDir, 'h.csv');
    const r = await cli('export', '--format', 'csv', '-o', csvFile, '--session-id', sid);
    expect(r.code).toBe(0);
    const csv = readFileSync(csvFile, 'utf8').split('\r\n');
    expect(csv[0]).toStartWith('query_id,session_id,start_time');
    expect(csv.filter((l) => l.includes('"insert into hc values (1, \'x,y\')"'))).toHaveLength(1);
    const json = await cli('export', '--format', 'json', '--session-id', sid);
    expect(JSON.parse(json.out)).toHaveLength(4);
    expect((await cli('export', '--format', 'xml')).code).toBe(2);
  });

  it('clear deletes history', async () => {
    const r = await cli('clear');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Deleted \d+ history entries/);
    expect((await cli('recent')).out.trim()).toBe('No queries in history.');
  });

  it('says how to start a server when none answers', async () => {
    const p = Bun.spawn([process.execPath, MAIN, 'history', 'recent', '--server-url', 'http://127.0.0.1:9'], { stdout: 'pipe', stderr: 'pipe' });
    const err = await new Response(p.stderr).text();
    expect(await p.exited).toBe(1);
    expect(err).toContain("start one with 'mockhaus serve'");
  });
});
