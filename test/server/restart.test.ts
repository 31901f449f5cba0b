import { afterAll, describe, expect, it } from 'bun:test';
import { rmSync } from 'node:fs';
import { tempDir } from './_helpers.ts';
import { post, spawnServe } from './_spawn.ts';

const dataDir = tempDir('mh-restart-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('mockhaus serve process', () => {
  it('prints one startup line saying where it listens and how to connect, and honours options and MOCKHAUS_* variables', async () => {
    const s = await spawnServe(['--data-dir', dataDir, '--max-sessions', '50'], { MOCKHAUS_SESSION_TTL: '1234', MOCKHAUS_CLEANUP_INTERVAL: '60' });
    try {
      const list = (await (await fetch(`${s.url}/api/v1/sessions`)).json()) as any;
      expect(list.statistics).toMatchObject({ default_ttl: 1234, cleanup_interval: 60 });
      expect(list.max_sessions).toBe(50);
      expect(s.line).toMatch(/^Mockhaus \S+ listening on http:\/\/localhost:\d+ .*\/api\/v1.*host=localhost port=\d+/);
      const health = await (await fetch(`${s.url}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'healthy', sessions: { max: 50 } });
    } finally {
      s.proc.kill('SIGTERM');
      expect(await s.proc.exited).toBe(0);
    }
  });

  it('brings a persistent session back intact after SIGKILL: tables, rows, current database', async () => {
    const first = await spawnServe(['--data-dir', dataDir]);
    const created = await post(`${first.url}/api/v1/sessions`, { type: 'persistent', session_id: 'survivor' });
    expect(created.status).toBe(200);
    const q = (url: string, sql: string) => post(`${url}/api/v1/query`, { sql, session_id: 'survivor' });
    expect((await q(first.url, 'create database warehouse')).status).toBe(200);
    expect((await q(first.url, 'create schema staging')).status).toBe(200);
    expect((await q(first.url, "create table orders (id int, item varchar, qty number(10,2)); insert into orders values (1, 'pen', 2.50), (2, 'ink', 10)")).status).toBe(200);
    first.proc.kill('SIGKILL');
    expect(await first.proc.exited).not.toBe(0);

    const second = await spawnServe(['--data-dir', dataDir]);
    try {
      const list = (await (await fetch(`${second.url}/api/v1/sessions`)).json()) as any;
      const info = list.sessions.find((s: any) => s.session_id === 'survivor');
      expect(info).toMatchObject({ type: 'persistent', is_active: false, current_database: 'WAREHOUSE', current_schema: 'STAGING' });
      const r = await q(second.url, 'select id, item, qty from orders order by id');
      expect(r.status).toBe(200);
      expect(r.body.data).toEqual([
        { ID: 1, ITEM: 'pen', QTY: 2.5 },
        { ID: 2, ITEM: 'ink', QTY: 10 },
      ]);
      expect(r.body.current_database).toBe('WAREHOUSE');
      expect(r.body.current_schema).toBe('STAGING');
      const hist = (await (await fetch(`${second.url}/api/v1/history?session_id=survivor`)).json()) as any;
      expect(hist.queries.map((x: any) => x.sql)).toContain('create database warehouse');
    } finally {
      second.proc.kill('SIGTERM');
      expect(await second.proc.exited).toBe(0);
    }
  }, 60_000);

  it('on SIGTERM lets a running statement finish, checkpoints, and exits 0', async () => {
    const s = await spawnServe(['--data-dir', dataDir]);
    await post(`${s.url}/api/v1/sessions`, { type: 'persistent', session_id: 'graceful' });
    const pending = post(`${s.url}/api/v1/query`, {
      session_id: 'graceful',
      sql: 'create table big as select seq4() as n from table(generator(rowcount => 3000000)); select count(*) as c from big',
    });
    await Bun.sleep(50);
    s.proc.kill('SIGTERM');
    const r = await pending;
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([{ C: 3000000 }]);
    expect(await s.proc.exited).toBe(0);
    const again = await spawnServe(['--data-dir', dataDir]);
    try {
      const c = await post(`${again.url}/api/v1/query`, { session_id: 'graceful', sql: 'select count(*) as c from big' });
      expect(c.body.data).toEqual([{ C: 3000000 }]);
    } finally {
      again.proc.kill('SIGINT');
      expect(await again.proc.exited).toBe(0);
    }
  }, 60_000);

  it('warns when bound beyond loopback without a token', async () => {
    const s = await spawnServe(['--data-dir', dataDir, '--host', '0.0.0.0']);
    s.proc.kill('SIGTERM');
    await s.proc.exited;
    expect(await s.stderr()).toContain('without --auth-token');
  });
});
