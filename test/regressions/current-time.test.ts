/**
 * CURRENT_TIME / LOCALTIME failed with "Unimplemented type for cast (TIMESTAMP WITH TIME ZONE ->
 * TIME)". Snowflake returns the wall-clock TIME in the session time zone
 * (https://docs.snowflake.com/en/sql-reference/functions/current_time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('CURRENT_TIME', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('is a TIME equal to the time of day of the session-zone timestamp', async () => {
    await s.execute(`alter session set timezone = 'UTC'`);
    const [r] = await s.execute(`select current_time(), localtime(), abs(datediff(second, current_time(), cast(sysdate() as time))) < 5`);
    expect(r!.columns.map((c) => c.type)).toEqual(['time', 'time', 'boolean']);
    expect((r!.rows[0] as unknown[])[2]).toBe(true);
    expect(String((r!.rows[0] as unknown[])[0])).toMatch(/^\d\d:\d\d:\d\d/);
  });
});
