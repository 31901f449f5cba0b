/**
 * OBJECT_INSERT on an existing key silently replaced the value; Snowflake raises an error unless
 * updateFlag is TRUE (https://docs.snowflake.com/en/sql-reference/functions/object_insert).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import type { SnowflakeError } from '../../src/errors.ts';

describe('OBJECT_INSERT', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('inserts new keys and updates with updateFlag', async () => {
    const [r] = await s.execute(`select object_insert({'a':1}, 'b', 2), object_insert({'a':1}, 'a', 3, true), object_insert(object_construct(), 'x', 'y')`);
    expect(r!.rows).toEqual([['{"a":1,"b":2}', '{"a":3}', '{"x":"y"}']]);
  });

  it('an existing key without updateFlag fails', async () => {
    for (const sql of [`select object_insert({'a':1}, 'a', 3)`, `select object_insert({'a':1}, 'a', 3, false)`]) {
      const e = await s.execute(sql).then(() => null, (x: SnowflakeError) => x);
      expect([e?.errno, e?.sqlState, e?.message]).toEqual([100103, '22000', "Duplicate field key 'a'"]);
    }
  });
});
