/**
 * DATEADD(day, 3, '2023-04-02') answered the DATE 2023-04-05. Snowflake coerces a string argument
 * to TIMESTAMP_NTZ, so even a bare date string gives 2023-04-05 00:00:00; only a real DATE keeps
 * DATE for day-or-larger parts (https://docs.snowflake.com/en/sql-reference/functions/dateadd;
 * fakesnow tests/test_fakes.py test_dateadd_string_literal_timestamp_cast).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('DATEADD of a string literal', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('answers a TIMESTAMP for day-or-larger parts', async () => {
    const [r] = await s.execute(
      `SELECT DATEADD('DAY', 3, '2023-04-02') AS d, DATEADD('MONTH', 3, '2023-04-02') AS m, DATEADD('MINUTE', 3, '2023-04-02') AS mi, DATEADD(year, 3, '2023-04-02 01:15:00') AS y`,
    );
    expect(r!.rows).toEqual([['2023-04-05 00:00:00', '2023-07-02 00:00:00', '2023-04-02 00:03:00', '2026-04-02 01:15:00']]);
  });

  it('keeps DATE for a DATE argument', async () => {
    const [r] = await s.execute(`SELECT DATEADD(day, 1, '2023-04-02'::date) AS d, DATEADD(hour, 1, '2023-04-02'::date) AS h`);
    expect(r!.rows).toEqual([['2023-04-03', '2023-04-02 01:00:00']]);
  });
});
