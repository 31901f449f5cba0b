/**
 * INSERT OVERWRITE reported the deleted rows plus the inserted ones as "number of rows inserted"
 * (3 for a 2-row table overwritten with 1 row); Snowflake counts the inserted rows only
 * (https://docs.snowflake.com/en/sql-reference/sql/insert, OVERWRITE).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('INSERT OVERWRITE count', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table t (a int, b varchar); insert into t values (1, 'x'), (2, 'y'); create table t2 clone t`);
  });
  afterAll(() => s.close());

  it('counts only the inserted rows and replaces the contents', async () => {
    const [r] = await s.execute('insert overwrite into t2 select * from t where a = 1');
    expect(r!.columns.map((c) => c.name)).toEqual(['number of rows inserted']);
    expect(r!.rows).toEqual([['1']]);
    expect((await s.execute('select * from t2'))[0]!.rows).toEqual([['1', 'x']]);
  });
});
