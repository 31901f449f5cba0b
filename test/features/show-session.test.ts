/**
 * SHOW / DESCRIBE forms as the parser produces them, end to end through session.execute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession({});
  await s.execute(`create table t (a int, b string);
    create view v (x comment 'the x', y) as select a, b from t;
    create database d2; create schema d2.s1; create table d2.s1.tt (a int);
    use schema mockhaus.public`);
});
afterAll(async () => {
  await s.close();
});

async function q(sql: string): Promise<Record<string, unknown>[]> {
  const results = await s.execute(sql);
  const r = results[results.length - 1]!;
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
}
const pick = (rows: Record<string, unknown>[], ...keys: string[]): unknown[][] => rows.map((r) => keys.map((k) => r[k]));

describe('SHOW through the parser', () => {
  it('scopes IN DATABASE / IN ACCOUNT / IN <db.schema>', async () => {
    expect(pick(await q('show schemas in database d2'), 'name', 'database_name')).toEqual([['INFORMATION_SCHEMA', 'D2'], ['PUBLIC', 'D2'], ['S1', 'D2']]);
    expect(pick(await q('show objects in account'), 'name', 'database_name', 'kind')).toEqual([['TT', 'D2', 'TABLE'], ['T', 'MOCKHAUS', 'TABLE'], ['V', 'MOCKHAUS', 'VIEW']]);
    expect(pick(await q('show tables in d2.s1'), 'name', 'schema_name')).toEqual([['TT', 'S1']]);
    expect(pick(await q(`show tables like 't' in account`), 'name', 'database_name')).toEqual([['T', 'MOCKHAUS']]);
  });

  it('answers TERSE forms of schemas and databases', async () => {
    const sch = await q('show terse schemas');
    expect(Object.keys(sch[0]!)).toEqual(['created_on', 'name', 'kind', 'database_name', 'schema_name']);
    expect(pick(sch, 'name', 'kind', 'database_name', 'schema_name')).toEqual([['INFORMATION_SCHEMA', null, 'MOCKHAUS', null], ['PUBLIC', null, 'MOCKHAUS', null]]);
    expect(pick(await q('show terse databases'), 'name', 'kind', 'database_name')).toEqual([['D2', null, null], ['MOCKHAUS', null, null]]);
  });

  it('lists columns of a view with their comments', async () => {
    expect(pick(await q('show columns in view v'), 'column_name', 'comment', 'null?')).toEqual([['X', 'the x', 'true'], ['Y', '', 'true']]);
    expect(pick(await q(`show columns like 'a%' in schema public`), 'table_name', 'column_name')).toEqual([['T', 'A']]);
  });

  it('describes schemas and databases', async () => {
    expect(pick(await q('desc schema public'), 'name', 'kind')).toEqual([['T', 'TABLE'], ['V', 'VIEW']]);
    expect(pick(await q('desc database d2'), 'name', 'kind')).toEqual([['INFORMATION_SCHEMA', 'SCHEMA'], ['PUBLIC', 'SCHEMA'], ['S1', 'SCHEMA']]);
  });

  it('fails with 002043 for scopes that do not exist', async () => {
    await expect(s.execute('show tables in schema nosuch')).rejects.toMatchObject({ errno: 2043, sqlState: '02000' });
    await expect(s.execute('show tables in database nosuch')).rejects.toMatchObject({ errno: 2043 });
  });
});
