import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveServerConfig } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import { cli } from './_cli.ts';

// `exec --server URL` runs the script on a running server (one session, deleted at the end).
describe('exec --server', () => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mockhaus-exec-server-'));
    server = await startServer(resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir }, {}));
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs every statement in one server session and prints the results', async () => {
    const r = await cli([
      'exec', '--server', server.url, '--format', 'csv', '-e',
      "create table t (a number(10,2), s varchar); insert into t values (2300.5, 'x'), (null, 'y'); select a, s, a / 3 as third from t order by s",
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\r/g, '')).toBe(
      ['status', 'Table T successfully created.', 'number of rows inserted', '2', 'A,S,THIRD', '2300.50,x,766.83333333', ',y,', ''].join('\n'),
    );
    const sessions = (await (await fetch(`${server.url}/api/v1/sessions`)).json()) as { sessions: unknown[] };
    expect(sessions.sessions).toEqual([]);
  });

  it('reports a SQL error from the server with Snowflake\'s code and exits 1', async () => {
    const r = await cli(['exec', '--server', server.url, '-e', 'select * from nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("002003 (42S02): SQL compilation error:\nObject 'NOPE' does not exist or not authorized.");
  });

  it('says so in one line when no server answers', async () => {
    const r = await cli(['exec', '--server', 'http://127.0.0.1:9', '-e', 'select 1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("start one with 'mockhaus serve'");
  });
});
