/**
 * The seed README's curl examples (shared/seed/README-original.md, "Session Management API"), run as
 * written with real curl against a real server. Only the port (the test server's, since 8080 may be
 * taken) and the README's placeholders ({session_id}, your-session-id) are substituted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import { resolveServerConfig } from '../../src/server/config.ts';
import { tempDir } from './_helpers.ts';

const README = '/work/shared/seed/README-original.md';
const LOCAL_README = join(import.meta.dir, 'fixtures', 'seed-session-api.sh');

/** The curl commands of the README's session-management block, each with its continuation lines. */
function seedCurlCommands(text: string): string[] {
  const start = text.indexOf('### Session Management API');
  const block = /```bash\n([\s\S]*?)```/.exec(text.slice(start))?.[1] ?? '';
  const cmds: string[] = [];
  let current: string[] | null = null;
  for (const line of block.split('\n')) {
    if (line.startsWith('curl ')) {
      current = [line];
      cmds.push('');
    } else if (line.trim() === '' || line.startsWith('#')) {
      current = null;
    } else if (current) {
      current.push(line);
    }
    if (current) cmds[cmds.length - 1] = current.join('\n');
  }
  return cmds;
}

let server: RunningServer;
const dataDir = tempDir('mh-seed-');
beforeAll(async () => {
  server = await startServer({ ...resolveServerConfig({ host: 'localhost', port: 0, dataDir }, {}), threads: 1 });
  rmSync('/tmp/my_session.db', { force: true });
  rmSync('/tmp/my_session.db.wal', { force: true });
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync('/tmp/my_session.db', { force: true });
  rmSync('/tmp/my_session.db.wal', { force: true });
});

async function curl(cmd: string): Promise<{ code: number; body: any }> {
  const p = Bun.spawn(['bash', '-c', `${cmd} -s -w '\\n%{http_code}'`], { stdout: 'pipe', stderr: 'pipe' });
  const [out, err] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  const i = out.lastIndexOf('\n');
  try {
    return { code: Number(out.slice(i + 1)), body: JSON.parse(out.slice(0, i)) };
  } catch {
    throw new Error(`${cmd}\n→ ${out}\n${err}`);
  }
}

describe('seed README curl examples', () => {
  it('all work as written', async () => {
    const text = existsSync(README) ? readFileSync(README, 'utf8') : readFileSync(LOCAL_README, 'utf8');
    const cmds = seedCurlCommands(text);
    expect(cmds).toHaveLength(7);
    const port = new URL(server.url).port;
    let sessionId = '';
    for (const raw of cmds) {
      let cmd = raw.replaceAll('localhost:8080', `localhost:${port}`);
      if (cmd.includes('{session_id}') || cmd.includes('your-session-id')) {
        cmd = cmd.replaceAll('{session_id}', sessionId).replaceAll('your-session-id', sessionId);
      }
      if (cmd.includes('sample_customers')) {
        // The README's query reads a table of the user's own; give the session one.
        const setup = await fetch(`${server.url}/api/v1/query`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            session_id: sessionId,
            sql: "create table sample_customers (customer_id int, customer_name varchar, account_balance number(10,2)); insert into sample_customers values (1, 'Alice', 1500.00), (2, 'Bob', 2300.50)",
          }),
        });
        expect(setup.status).toBe(200);
      }
      const r = await curl(cmd);
      expect(r.code, cmd).toBe(200);
      expect(r.body.success, cmd).toBe(true);
      if (cmd.includes('"type": "memory"')) {
        expect(r.body.session.ttl_seconds).toBe(1800);
        sessionId = r.body.session_id;
      }
      if (cmd.includes('"type": "persistent"')) {
        expect(r.body.session.storage).toEqual({ type: 'local', path: '/tmp/my_session.db' });
      }
      if (cmd.includes('sample_customers')) {
        expect(r.body.data).toEqual([
          { CUSTOMER_ID: 1, CUSTOMER_NAME: 'Alice', ACCOUNT_BALANCE: 1500 },
          { CUSTOMER_ID: 2, CUSTOMER_NAME: 'Bob', ACCOUNT_BALANCE: 2300.5 },
        ]);
      }
      if (cmd.endsWith('/api/v1/sessions')) expect(r.body.sessions.length).toBeGreaterThanOrEqual(2);
      if (cmd.includes('-X DELETE')) expect(r.body.message).toBe(`Session ${sessionId} terminated successfully`);
      if (cmd.includes('/cleanup')) expect(typeof r.body.sessions_cleaned).toBe('number');
    }
    expect(existsSync('/tmp/my_session.db')).toBe(true);
  }, 60_000);
});
