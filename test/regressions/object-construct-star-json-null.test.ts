/**
 * OBJECT_CONSTRUCT(*) dropped JSON nulls held in VARIANT columns and nulls nested inside values
 * (it went through json_merge_patch), and `t.*` / several FROM items were not supported. Expected
 * values: fakesnow tests/test_semis.py (`test_object_construct_star*`,
 * `test_semi_structured_types`) and https://docs.snowflake.com/en/sql-reference/functions/object_construct.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import { SnowflakeError } from '../../src/errors.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!.rows as unknown[][];
};

describe('OBJECT_CONSTRUCT(*) and OBJECT_CONSTRUCT_KEEP_NULL', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create or replace table tbl (a int, b varchar);
      insert into tbl values (1, 'x'), (2, null);
      create or replace table other (a int, c varchar);
      insert into other values (1, 'y'), (2, null);
      create or replace table nulls (id int, sql_null variant, json_null variant, nested variant);
      insert into nulls select 1, null, parse_json('null'), parse_json('{"x":null,"y":1}')`);
  });
  afterAll(() => s.close());

  it('keeps JSON nulls and nested nulls, drops SQL NULLs', async () => {
    expect(await rows(s, 'select object_construct(*) from nulls')).toEqual([['{"ID":1,"JSON_NULL":null,"NESTED":{"x":null,"y":1}}']]);
  });

  it('star, qualified star and KEEP_NULL', async () => {
    expect(await rows(s, 'select object_construct(*) from tbl order by a')).toEqual([['{"A":1,"B":"x"}'], ['{"A":2}']]);
    expect(await rows(s, 'select object_construct_keep_null(*) from tbl order by a')).toEqual([['{"A":1,"B":"x"}'], ['{"A":2,"B":null}']]);
    expect(await rows(s, 'select object_construct(t.*) from tbl as t order by t.a')).toEqual([['{"A":1,"B":"x"}'], ['{"A":2}']]);
    expect(await rows(s, 'select object_construct_keep_null(t.*) from tbl as t order by t.a')).toEqual([['{"A":1,"B":"x"}'], ['{"A":2,"B":null}']]);
  });

  it('a qualified star over a join takes only the named source', async () => {
    expect(await rows(s, 'select object_construct(t.*) from tbl as t join other as o on t.a = o.a order by t.a')).toEqual([['{"A":1,"B":"x"}'], ['{"A":2}']]);
  });

  it('an unqualified star over a join with a repeated column name fails with 100103', async () => {
    const e = await s.execute('select object_construct(*) from tbl as t join other as o on t.a = o.a').then(() => null, (x: SnowflakeError) => x);
    expect([e?.errno, e?.sqlState]).toEqual([100103, '22000']);
  });

  it('KEEP_NULL keeps NULL values but omits NULL keys', async () => {
    expect(await rows(s, `SELECT OBJECT_CONSTRUCT('key_1', 'one', 'key_2', NULL), OBJECT_CONSTRUCT_KEEP_NULL('key_1', 'one', 'key_2', NULL), OBJECT_CONSTRUCT_KEEP_NULL('key_1', 'one', NULL, 'two')`)).toEqual([
      ['{"key_1":"one"}', '{"key_1":"one","key_2":null}', '{"key_1":"one"}'],
    ]);
  });
});
