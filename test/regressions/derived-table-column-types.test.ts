/**
 * Columns of a CTE or a subquery in FROM keep the Snowflake types of their select items, so the
 * rules that depend on types apply as they do over a table: NUMBER division has scale 6
 * (https://docs.snowflake.com/en/sql-reference/operators-arithmetic), VARCHAR operands are
 * coerced. Before the fix `WITH x AS (SELECT 10 AS a, 4 AS b) SELECT a / b FROM x` answered the
 * FLOAT 2.5 instead of 2.500000, and `c * 2` over `(SELECT '3' AS c)` failed with 001044.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('column types of CTEs and derived tables', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  const one = async (sql: string) => {
    const rs = await s.execute(sql);
    const r = rs[rs.length - 1]!;
    return { rows: r.rows, types: r.columns.map((c) => c.type) };
  };

  it('NUMBER division over a CTE and a subquery', async () => {
    expect(await one('with x as (select 10 as a, 4 as b) select a / b as q from x')).toEqual({ rows: [['2.500000']], types: ['fixed'] });
    expect(await one('select a / b as q from (select 10 as a, 4 as b)')).toEqual({ rows: [['2.500000']], types: ['fixed'] });
  });

  it('CTE column lists rename the typed columns', async () => {
    expect(await one('with y(p, q) as (select 1, 3) select p / q as r from y')).toEqual({ rows: [['0.333333']], types: ['fixed'] });
  });

  it('nested CTEs and aliases carry the types through', async () => {
    expect(await one('with a as (select 7 as n), b as (select n as m from a) select m / 2 as h from b')).toEqual({ rows: [['3.500000']], types: ['fixed'] });
  });

  it('a VARCHAR column of a subquery is coerced in arithmetic', async () => {
    expect((await one(`select c * 2 as d from (select '3' as c)`)).rows).toEqual([[6]]);
  });

  it('a star subquery stays untyped and still runs', async () => {
    expect((await one('select a / b as q from (select * from (select 10 as a, 4 as b))')).rows.length).toBe(1);
  });
});
