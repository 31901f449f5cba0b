/**
 * `1748179630::timestamp`, `int_col::timestamp`, `'1748179630'::timestamp` and a VARIANT number cast
 * or passed to TO_TIMESTAMP_NTZ failed ("Unimplemented type for cast", 100035). Snowflake reads a
 * number as epoch seconds and integer text as seconds/ms/µs/ns by magnitude
 * (https://docs.snowflake.com/en/sql-reference/functions/to_timestamp; fakesnow tests/test_timestamp.py).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => (await s.execute(sql))[0]!.rows as unknown[][];
const T = '2025-05-25 13:27:10';

describe('numbers and integer text to TIMESTAMP', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute('create table example1 (ts int); insert into example1 values (1748179630)');
  });
  afterAll(() => s.close());

  it('casts and TO_TIMESTAMP of integer seconds', async () => {
    expect(await rows(s, 'select 1748179630::timestamp, 1748179630::timestamp_ntz, to_timestamp(1748179630), to_timestamp_ntz(1748179630)')).toEqual([[T, T, T, T]]);
    expect(await rows(s, 'select ts::timestamp, ts::timestamp_ntz, to_timestamp(ts), to_timestamp_ntz(ts) from example1')).toEqual([[T, T, T, T]]);
  });

  it('scale argument and integer strings by magnitude', async () => {
    expect(await rows(s, `select to_timestamp(1748179630122, 3), to_timestamp_ntz(1748179630212333, 6), '1748179630'::timestamp, '1748179630122'::timestamp`)).toEqual([
      ['2025-05-25 13:27:10.122000000', '2025-05-25 13:27:10.212333000', T, '2025-05-25 13:27:10.122000000'],
    ]);
  });

  it('a VARIANT number', async () => {
    expect(await rows(s, `select parse_json('{"ts": 1748179630}'):ts::timestamp_ntz, to_timestamp_ntz(parse_json('{"ts": 1748179630}'):ts)`)).toEqual([[T, T]]);
  });

  it('date strings and TRY_CAST keep their meaning', async () => {
    expect(await rows(s, `select '2024-01-05'::timestamp, '2024-01-05'::date, parse_json('"2024-01-05 01:02:03"')::timestamp, try_cast('abc' as timestamp)`)).toEqual([
      ['2024-01-05 00:00:00', '2024-01-05', '2024-01-05 01:02:03', null],
    ]);
  });
});
