import { afterEach, describe, expect, it } from 'bun:test';
import { rmSync } from 'node:fs';
import { ApiError, SessionLimitReached, SessionNotFound } from '../../src/errors.ts';
import { SessionManager, type SessionManagerConfig } from '../../src/session/manager.ts';
import { tempDir, testApp } from './_helpers.ts';

const managers: SessionManager[] = [];
const dirs: string[] = [];
function manager(over: Partial<SessionManagerConfig> = {}): SessionManager {
  const dataDir = tempDir('mh-manager-');
  dirs.push(dataDir);
  const m = new SessionManager({ maxSessions: 10, ttlSeconds: 3600, cleanupIntervalSeconds: 300, dataDir, allowAnyPath: true, threads: 1, ...over });
  managers.push(m);
  return m;
}
afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.shutdown(1000)));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Hold a session as a running request would, until the returned function is called. */
function hold(m: SessionManager, id: string): { release: () => void; done: Promise<unknown> } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const done = m.use(id, () => gate);
  return { release, done };
}

describe('session TTL', () => {
  it('expires an idle memory session after its TTL from last use', async () => {
    const m = manager();
    const s = await m.create({ ttlSeconds: 1 });
    const keep = await m.create({ ttlSeconds: 3600 });
    await Bun.sleep(1100);
    expect(await m.cleanup()).toBe(1);
    expect(m.has(s.id)).toBe(false);
    expect(m.has(keep.id)).toBe(true);
    await expect(m.get(s.id)).rejects.toBeInstanceOf(SessionNotFound);
  });

  it('expires sessions in the background every cleanup interval', async () => {
    const m = manager({ cleanupIntervalSeconds: 1 });
    m.start();
    const s = await m.create({ ttlSeconds: 1 });
    const deadline = Date.now() + 5000;
    while (m.has(s.id) && Date.now() < deadline) await Bun.sleep(100);
    expect(m.has(s.id)).toBe(false);
    expect(m.stats().expirations).toBe(1);
  });

  it('measures the TTL from the last use, not from creation', async () => {
    const m = manager();
    const s = await m.create({ ttlSeconds: 1 });
    await Bun.sleep(600);
    await m.use(s.id, (x) => x.execute('select 1'));
    await Bun.sleep(600);
    expect(await m.cleanup()).toBe(0);
    expect(m.has(s.id)).toBe(true);
  });

  it('never expires a session that is in use', async () => {
    const m = manager();
    const s = await m.create({ ttlSeconds: 1 });
    const h = hold(m, s.id);
    await Bun.sleep(1100);
    expect(await m.cleanup()).toBe(0);
    h.release();
    await h.done;
    expect(m.has(s.id)).toBe(true);
  });
});

describe('LRU eviction', () => {
  it('evicts the least recently used idle memory session at the limit', async () => {
    const m = manager({ maxSessions: 2 });
    const a = await m.create();
    const b = await m.create();
    await Bun.sleep(5);
    await m.use(a.id, (s) => s.execute('select 1')); // b is now the LRU
    const c = await m.create();
    expect(m.has(a.id)).toBe(true);
    expect(m.has(b.id)).toBe(false);
    expect(m.has(c.id)).toBe(true);
    expect(m.stats().evictions).toBe(1);
  });

  it('skips a busy session even when it is the least recently used', async () => {
    const m = manager({ maxSessions: 2 });
    const a = await m.create();
    await Bun.sleep(5);
    const b = await m.create();
    const h = hold(m, a.id); // a is LRU but busy
    const c = await m.create();
    expect(m.has(a.id)).toBe(true);
    expect(m.has(b.id)).toBe(false);
    expect(m.has(c.id)).toBe(true);
    h.release();
    await h.done;
  });

  it('refuses a new session (SessionLimitReached) when every session is busy', async () => {
    const m = manager({ maxSessions: 2 });
    const a = await m.create();
    const b = await m.create();
    const ha = hold(m, a.id);
    const hb = hold(m, b.id);
    await expect(m.create()).rejects.toBeInstanceOf(SessionLimitReached);
    ha.release();
    hb.release();
    await Promise.all([ha.done, hb.done]);
    await m.create();
  });

  it('answers 429 over REST when no session can be evicted', async () => {
    const t = testApp({ maxSessions: 1 });
    try {
      const id = (await t.call('POST', '/api/v1/sessions', {})).body.session_id;
      const h = hold(t.manager, id);
      const r = await t.call('POST', '/api/v1/sessions', {});
      expect(r.status).toBe(429);
      expect(r.body).toEqual({
        success: false,
        error: 'SESSION_LIMIT_REACHED',
        detail: 'Maximum number of sessions (1) reached and no idle session can be evicted',
      });
      expect((await t.call('POST', '/api/v1/query', { sql: 'select 1' })).status).toBe(429);
      h.release();
      await h.done;
    } finally {
      await t.close();
    }
  });
});

describe('concurrency', () => {
  it('serialises statements sent to one session at the same time, in arrival order', async () => {
    const m = manager();
    const s = await m.create();
    await s.execute('create table q (i int)');
    await Promise.all(Array.from({ length: 30 }, (_, i) => m.use(s.id, (x) => x.execute(`insert into q values (${i})`))));
    const [r] = await s.execute('select count(*) as n, sum(i) as total from q');
    expect(r!.rows).toEqual([['30', '435']]);
  });
});

describe('persistent sessions', () => {
  it('refuses a path outside the data dir unless any path is allowed', async () => {
    const m = manager({ allowAnyPath: false });
    const outside = `${tempDir('mh-outside-')}/x.duckdb`;
    const err = await m.create({ type: 'persistent', path: outside }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(403);
    expect(err.code).toBe('PATH_NOT_ALLOWED');
    const inside = await m.create({ type: 'persistent', path: `${m.config.dataDir}/mine.duckdb` });
    expect(inside.path).toBe(`${m.config.dataDir}/mine.duckdb`);
  });

  it('reattaches to the session already using a file', async () => {
    const m = manager();
    const path = `${m.config.dataDir}/shared.duckdb`;
    const a = await m.create({ type: 'persistent', path });
    const b = await m.create({ type: 'persistent', path });
    expect(b.id).toBe(a.id);
  });

  it('is listed by a new manager on the same data dir and reopened on first use with its data and database', async () => {
    const m = manager();
    const s = await m.create({ type: 'persistent', id: 'keep-me' });
    await m.use(s.id, (x) => x.execute('create database shop; create table items (id int, name varchar); insert into items values (1, \'pen\'), (2, \'ink\')'));
    expect(s.database).toBe('SHOP');
    await m.shutdown(1000);

    const again = new SessionManager({ ...m.config });
    managers.push(again);
    const info = again.info('keep-me');
    expect(info).toMatchObject({ id: 'keep-me', type: 'persistent', loaded: false, database: 'SHOP', schema: 'PUBLIC' });
    const reopened = await again.get('keep-me');
    expect(reopened.database).toBe('SHOP');
    const [r] = await reopened.execute('select id, name from items order by id');
    expect(r!.rows).toEqual([
      ['1', 'pen'],
      ['2', 'ink'],
    ]);
    await again.delete('keep-me');
    expect(new SessionManager({ ...m.config }).has('keep-me')).toBe(false);
  });

  it('unloads, not deletes, an idle persistent session past its TTL', async () => {
    const m = manager();
    const s = await m.create({ type: 'persistent', ttlSeconds: 1 });
    await s.execute('create table t (a int); insert into t values (5)');
    await Bun.sleep(1100);
    expect(await m.cleanup()).toBe(1);
    expect(m.info(s.id).loaded).toBe(false);
    const back = await m.get(s.id);
    expect((await back.execute('select a from t'))[0]!.rows).toEqual([['5']]);
  });
});
