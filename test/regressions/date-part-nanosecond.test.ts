/**
 * DATE_PART / EXTRACT with NANOSECOND failed ("extract specifier nanosecond not recognized").
 * Snowflake returns the nanoseconds within the second
 * (https://docs.snowflake.com/en/sql-reference/functions-date-time#label-supported-date-time-parts);
 * Mockhaus timestamps hold microseconds, so the last three digits are 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('DATE_PART NANOSECOND', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('is the fraction of the second in nanoseconds', async () => {
    const [r] = await s.execute(`select date_part(nanosecond, '2024-01-01 00:00:12.123456'::timestamp), date_part('nanosecond', '2024-01-01 00:00:00.5'::timestamp), extract(nanosecond from '2024-01-01 00:00:01'::timestamp)`);
    expect(r!.rows).toEqual([['123456000', '500000000', '0']]);
  });
});
