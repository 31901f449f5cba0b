/**
 * PERCENTILE_CONT of NUMBER(p,s) interpolates at scale s+3: the Snowflake documentation example
 * (https://docs.snowflake.com/en/sql-reference/functions/percentile_cont, also fakesnow
 * tests/test_fakes.py `test_percentile_cont`) gives 12.50000 for a DECIMAL(10,2) column; Mockhaus
 * returned the input scale, and integer inputs lost the interpolated fraction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('PERCENTILE_CONT scale', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create or replace table aggr(k int, v decimal(10,2));
      insert into aggr (k, v) values (0, 0), (0, 10), (0, 20), (0, 30), (0, 40), (1, 10), (1, 20),
        (2, 10), (2, 20), (2, 25), (2, 30), (3, 60), (4, NULL)`);
  });
  afterAll(() => s.close());

  it('matches the documentation example', async () => {
    const [r] = await s.execute('select k, percentile_cont(0.25) within group (order by v) from aggr group by k order by k');
    expect(r!.rows).toEqual([['0', '10.00000'], ['1', '12.50000'], ['2', '17.50000'], ['3', '60.00000'], ['4', null]]);
    expect([r!.columns[1]!.type, r!.columns[1]!.scale]).toEqual(['fixed', 5]);
  });

  it('interpolates integers at scale 3, also as a window function', async () => {
    expect((await s.execute('select percentile_cont(0.5) within group (order by column1) from values (1), (2)'))[0]!.rows).toEqual([['1.500']]);
    const [w] = await s.execute('select distinct k, percentile_cont(0.5) within group (order by v) over (partition by k) from aggr where k < 2 order by k');
    expect(w!.rows).toEqual([['0', '20.00000'], ['1', '15.00000']]);
  });
});
