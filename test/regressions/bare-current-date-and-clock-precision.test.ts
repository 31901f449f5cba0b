/**
 * `SELECT CURRENT_DATE` / `SELECT CURRENT_TIMESTAMP` (no parentheses, no alias) failed with 000904:
 * DuckDB read the bare keyword aliased to its own name as a forward alias reference. And the
 * `fract_sec_precision` argument of CURRENT_TIMESTAMP / CURRENT_TIME was ignored; Snowflake reports
 * the time with that many digits after the decimal point
 * (https://docs.snowflake.com/en/sql-reference/functions/current_timestamp).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('CURRENT_DATE / CURRENT_TIMESTAMP', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('works without parentheses as a whole select item', async () => {
    const [r] = await s.execute(`select current_date, current_timestamp, localtimestamp, current_time, localtime`);
    expect(r!.columns.map((c) => c.name)).toEqual(['CURRENT_DATE', 'CURRENT_TIMESTAMP', 'LOCALTIMESTAMP', 'CURRENT_TIME', 'LOCALTIME']);
    expect(r!.columns.map((c) => c.type)).toEqual(['date', 'timestamp_ltz', 'timestamp_ltz', 'time', 'time']);
  });

  it('cuts fractional seconds to the requested precision', async () => {
    const [r] = await s.execute(`select
      date_part(nanosecond, current_timestamp(0)) as p0,
      date_part(nanosecond, current_timestamp(3)) % 1000000 as p3,
      date_part(nanosecond, current_time(2)) % 10000000 as t2,
      date_part(nanosecond, localtimestamp(1)) % 100000000 as l1,
      datediff(millisecond, current_timestamp(3), current_timestamp()) between 0 and 1 as close`);
    expect(r!.rows[0]!.map(String)).toEqual(['0', '0', '0', '0', 'true']);
  });
});
