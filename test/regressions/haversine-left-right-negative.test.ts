/**
 * HAVERSINE was an unknown function (002140); LEFT/RIGHT with a negative length returned DuckDB's
 * "all but n" instead of Snowflake's empty string. Expected: the HAVERSINE documentation example
 * (https://docs.snowflake.com/en/sql-reference/functions/haversine: 3936.385096389) and
 * https://docs.snowflake.com/en/sql-reference/functions/left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('HAVERSINE, LEFT/RIGHT negative length', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('HAVERSINE matches the documentation example', async () => {
    const [r] = await s.execute('select haversine(40.7127, -74.0059, 34.0500, -118.2500)');
    expect(r!.columns[0]!.type).toBe('real');
    expect(Number((r!.rows[0] as unknown[])[0]).toFixed(9)).toBe('3936.385096389');
  });

  it('LEFT/RIGHT', async () => {
    const [r] = await s.execute(`select left('abc', -1), right('abc', -2), left('abc', 2), right('abc', 10)`);
    expect(r!.rows).toEqual([['', '', 'ab', 'abc']]);
  });
});
