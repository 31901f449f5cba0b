/**
 * PIVOT ... IN (subquery) and IN (ANY ORDER BY col DESC) were NotSupported. Snowflake makes one
 * column per subquery value, in the subquery's order, named after the value as a literal
 * (https://docs.snowflake.com/en/sql-reference/constructs/pivot).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('PIVOT value subqueries', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table sales (empid int, quarter varchar, amount int);
      insert into sales values (1, 'Q1', 10), (1, 'Q2', 20), (2, 'Q3', 5), (3, 'Q2', 7);
      create table wanted (q varchar); insert into wanted values ('Q1'), ('Q3'), ('Q9')`);
  });
  afterAll(() => s.close());

  it('makes a column per subquery value in its order, keeping rows with other values', async () => {
    const [r] = await s.execute(`select * from sales pivot (sum(amount) for quarter in (select q from wanted order by q desc)) order by empid`);
    expect(r!.columns.map((c) => c.name)).toEqual(['EMPID', `'Q9'`, `'Q3'`, `'Q1'`]);
    expect(r!.rows).toEqual([['1', null, null, '10'], ['2', null, '5', null], ['3', null, null, null]]);
  });

  it('orders ANY values descending', async () => {
    const [r] = await s.execute(`select * from sales pivot (sum(amount) for quarter in (any order by quarter desc)) order by empid`);
    expect(r!.columns.map((c) => c.name)).toEqual(['EMPID', `'Q3'`, `'Q2'`, `'Q1'`]);
    expect(r!.rows).toEqual([['1', null, '20', '10'], ['2', '5', null, null], ['3', null, '7', null]]);
  });
});
