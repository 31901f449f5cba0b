/**
 * Catalog metadata survives a persistent session being closed and reopened (the metadata lives in
 * DuckDB files beside the data).
 */
import { afterAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession } from '../../src/session/session.ts';

const dir = mkdtempSync(join(tmpdir(), 'mockhaus-ddl-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalog persistence', () => {
  it('keeps declared types, comments, sequences, stages and databases across reopen', async () => {
    const path = join(dir, 'session.duckdb');
    let s = await openSession({ type: 'persistent', path });
    await s.execute(`create table t (a varchar(7) comment 'ac') comment = 'tc'; create sequence sq; create stage st;
      create database d3; create table d3.public.x (o object)`);
    await s.close();
    s = await openSession({ type: 'persistent', path });
    const rows = async (sql: string) => {
      const r = (await s.execute(sql))[0]!;
      return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
    };
    expect((await rows('show tables in account')).map((r) => [r.database_name, r.name, r.comment])).toEqual([['D3', 'X', ''], ['MOCKHAUS', 'T', 'tc']]);
    expect((await rows('desc table mockhaus.public.t')).map((r) => [r.name, r.type, r.comment])).toEqual([['A', 'VARCHAR(7)', 'ac']]);
    expect((await rows('desc table d3.public.x')).map((r) => [r.name, r.type])).toEqual([['O', 'OBJECT']]);
    expect((await rows('show sequences in account')).map((r) => r.name)).toEqual(['SQ']);
    expect((await rows('show stages in account')).map((r) => r.name)).toEqual(['ST']);
    await s.close();
  });
});
