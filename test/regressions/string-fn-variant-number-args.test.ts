/**
 * String functions convert a VARIANT argument to its string value and a number or boolean to text,
 * as Snowflake does (fakesnow tests/test_semis.py `test_get_path_as_varchar`, tests/test_fakes.py
 * `test_trim_cast_varchar`). Before the fix `UPPER(v:fruit)` kept the JSON quotes (`"BANANA"`) and
 * `TRIM(1)` failed with 001044.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!.rows as unknown[][];
};

describe('string functions on VARIANT and numeric arguments', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('UPPER/LOWER of a VARIANT path give the unquoted string', async () => {
    expect(await rows(s, `select upper(parse_json('{"fruit":"banana"}'):fruit), lower(parse_json('{"fruit":"BANANA"}'):fruit)`)).toEqual([['BANANA', 'banana']]);
  });

  it('UPPER of a VARIANT string or number holding digits gives the digits', async () => {
    expect(await rows(s, `select upper(parse_json('{"count":"42"}'):count), upper(parse_json('{"count":42}'):count)`)).toEqual([['42', '42']]);
  });

  it('TRIM of a number and of VARIANT values', async () => {
    expect(await rows(s, `select trim(1), trim('  name 1  ')`)).toEqual([['1', 'name 1']]);
    expect(await rows(s, `select trim(parse_json('{"k1": "   v11  "}'):k1), trim(parse_json('{"k1": 21}'):k1)`)).toEqual([['v11', '21']]);
  });

  it('LTRIM/RTRIM/REVERSE accept numbers and booleans', async () => {
    expect(await rows(s, `select ltrim(12.50), rtrim(true), reverse(123)`)).toEqual([['12.50', 'true', '321']]);
  });

  it('NULL stays NULL', async () => {
    expect(await rows(s, `select upper(null), trim(null)`)).toEqual([[null, null]]);
  });

  it('LENGTH/LEFT/RIGHT/SUBSTR/CONTAINS/STARTSWITH/LPAD take numbers as text', async () => {
    expect(await rows(s, `select length(123), left(12345, 2), right(12345, 2), substr(12345, 2, 2), contains(12345, '23'), startswith(12345, '12'), lpad(5, 3, '0')`)).toEqual([
      ['3', '12', '45', '23', true, true, '005'],
    ]);
  });

  it('SPLIT_PART/SPLIT/LEN of a VARIANT string use its value', async () => {
    expect(await rows(s, `select split_part(parse_json('"a-b"'), '-', 1), split(parse_json('"a,b"'), ','), len(parse_json('"abc"'))`)).toEqual([['a', '["a","b"]', '3']]);
  });

  it('LENGTH of a BINARY column counts bytes', async () => {
    await s.execute(`create or replace table bt (b binary); insert into bt select to_binary('ABCD')`);
    expect(await rows(s, 'select length(b) from bt')).toEqual([['2']]);
  });
});
