/**
 * `||`, CONCAT and CONCAT_WS take a VARIANT string's value, not its JSON text, and arithmetic
 * between two VARIANT values unwraps both to numbers, as Snowflake casts VARIANT operands
 * (https://docs.snowflake.com/en/sql-reference/functions/concat,
 * https://docs.snowflake.com/en/sql-reference/operators-arithmetic). Before the fix
 * `'a' || v:n` gave `a"bob"` and `v:a * v:b` failed with 001044 (JSON * JSON).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!.rows as unknown[][];
};

describe('VARIANT operands of || and arithmetic', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table v (j variant); insert into v select parse_json('{"n":"bob","a":3,"b":4}')`);
  });
  afterAll(() => s.close());

  it('|| and CONCAT use the string value of a VARIANT', async () => {
    expect(await rows(s, `select 'a' || j:n, j:n || 'x', concat('<', j:n, '>'), concat_ws('-', j:n, 'z') from v`)).toEqual([['abob', 'bobx', '<bob>', 'bob-z']]);
  });

  it('|| of a VARIANT number gives its digits', async () => {
    expect(await rows(s, `select 'n=' || j:a from v`)).toEqual([['n=3']]);
  });

  it('arithmetic between two VARIANT values', async () => {
    expect(await rows(s, `select j:a * j:b, j:b - j:a, j:a + j:b, j:b / j:b from v`)).toEqual([[12, 1, 7, 1]]);
  });

  it('REDUCE with a VARIANT accumulator (doc example: sum of squares)', async () => {
    expect(await rows(s, `select reduce([1, 2, 3], 0, (acc, x) -> acc + x * x)`)).toEqual([['14']]);
  });
});
