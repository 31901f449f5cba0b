/**
 * SYSTEM$TYPEOF was NotSupported. Constant expressions are folded at translation time to
 * Snowflake's type and storage class (https://docs.snowflake.com/en/sql-reference/functions/system_typeof);
 * a column's storage class depends on stored data, so it stays NotSupported rather than guessed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('SYSTEM$TYPEOF', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('folds constants: storage class from the unscaled value, common type of IFNULL/COALESCE', async () => {
    const [r] = await s.execute(`select system$typeof(-129), system$typeof(0.5), system$typeof(coalesce(null, 1.25, 100)), system$typeof('a' || 'bc'), system$typeof(concat('x', null))`);
    expect(r!.rows).toEqual([['NUMBER(3,0)[SB2]', 'NUMBER(1,1)[SB1]', 'NUMBER(5,2)[SB1]', 'VARCHAR(3)[LOB]', 'NULL[LOB]']]);
  });

  it('is NotSupported for a column', async () => {
    await s.execute('create table t (a int)');
    await expect(s.execute('select system$typeof(a) from t')).rejects.toThrow(/SYSTEM\$TYPEOF of a column expression/);
  });
});
