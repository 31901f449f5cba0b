/**
 * IS_INTEGER / IS_DECIMAL / IS_DOUBLE / IS_REAL / IS_VARCHAR / IS_CHAR / IS_BOOLEAN, GET_IGNORE_CASE
 * and ARRAY_REVERSE failed with 002140 "Unknown function"
 * (https://docs.snowflake.com/en/sql-reference/functions/is_integer, …/is_decimal, …/is_double-real,
 * …/is_varchar, …/is_boolean, …/get_ignore_case, …/array_reverse).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!.rows as unknown[][];
};

describe('VARIANT type predicates, GET_IGNORE_CASE, ARRAY_REVERSE', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('IS_<type> test the JSON value type', async () => {
    expect(await rows(s, `select is_integer(parse_json('1')), is_integer(parse_json('1.5')), is_decimal(parse_json('1.5')), is_decimal(parse_json('2')),
      is_double(parse_json('3')), is_real(parse_json('"x"')), is_varchar(parse_json('"a"')), is_char(parse_json('1')), is_boolean(parse_json('true'))`)).toEqual([
      [true, false, true, true, true, false, true, false, true],
    ]);
  });

  it('GET_IGNORE_CASE prefers an exact key, else matches ignoring case', async () => {
    expect(await rows(s, `select get_ignore_case(parse_json('{"A":1}'), 'a'), get_ignore_case(parse_json('{"a":1,"A":2}'), 'A'), get_ignore_case(parse_json('{"B":1}'), 'a')`)).toEqual([
      ['1', '2', null],
    ]);
  });

  it('ARRAY_REVERSE', async () => {
    expect(await rows(s, `select array_reverse([1,2,3]), array_reverse(parse_json('[]'))`)).toEqual([['[3,2,1]', '[]']]);
  });
});
