/**
 * `(SELECT COUNT(*) FROM t) / 2` answered a DOUBLE (2, and SHOW VARIABLES type `real` after
 * `SET id_threshold = …`, the SET doc example): a scalar subquery had no inferred type, so `/`
 * fell back to floating point. Snowflake types it as its select item, a NUMBER, and the quotient
 * has scale 6 (https://docs.snowflake.com/en/sql-reference/operators-arithmetic).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('scalar subquery types', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`CREATE TABLE t (a INT)`);
    await s.execute(`INSERT INTO t VALUES (1), (2), (3), (4)`);
  });
  afterAll(() => s.close());

  it('divides a NUMBER subquery with the NUMBER scale rule', async () => {
    const [r] = await s.execute(`SELECT (SELECT COUNT(*) FROM t) / 2 AS x`);
    expect(r!.rows).toEqual([['2.000000']]);
  });

  it('types a correlated subquery in its own FROM scope', async () => {
    const [r] = await s.execute(`SELECT (SELECT MAX(i.a) FROM t i WHERE i.a < o.a) / 3 AS q FROM t o WHERE o.a = 3`);
    expect(r!.rows).toEqual([['0.666667']]);
  });
});
