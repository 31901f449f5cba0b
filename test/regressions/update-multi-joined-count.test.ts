/**
 * UPDATE ... FROM where one target row joins several FROM rows reported DuckDB's count (once per
 * joined row, 3 / 0). Snowflake counts the target row once and reports it as multi-joined
 * (https://docs.snowflake.com/en/sql-reference/sql/update, usage notes and examples).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('UPDATE ... FROM counts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table target (k int, v int); create table src (k int, v int);
      insert into target values (0, 10), (1, 20), (2, 30); insert into src values (0, 11), (0, 12), (1, 21)`);
  });
  afterAll(() => s.close());

  it('counts each target row once and the multi-joined ones apart', async () => {
    const [r] = await s.execute('update target set v = src.v from src where target.k = src.k');
    expect(r!.columns.map((c) => c.name)).toEqual(['number of rows updated', 'number of multi-joined rows updated']);
    expect(r!.rows).toEqual([['2', '1']]);
    expect((await s.execute('select k, v from target where k = 1'))[0]!.rows).toEqual([['1', '21']]);
  });

  it('counts the same way with binds in SET and WHERE', async () => {
    const [r] = await s.execute('update target t set v = src.v + ? from src where t.k = src.k and src.v > ?', {
      binds: { '1': { type: 'FIXED', value: 100 }, '2': { type: 'FIXED', value: 11 } },
    });
    expect(r!.rows).toEqual([['2', '0']]);
    expect((await s.execute('select k, v from target order by k'))[0]!.rows).toEqual([['0', '112'], ['1', '121'], ['2', '30']]);
  });
});
