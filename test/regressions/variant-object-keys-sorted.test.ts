/**
 * VARIANT/OBJECT values printed their keys in insertion order; Snowflake keeps OBJECT keys sorted
 * at every depth (https://docs.snowflake.com/en/sql-reference/data-types-semistructured; fakesnow
 * tests/test_fakes.py `test_write_pandas_dict_as_varchar`: "snowflake orders object keys
 * alphabetically").
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('OBJECT key order', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('PARSE_JSON results and stored VARIANTs sort keys recursively, arrays keep their order', async () => {
    const [r] = await s.execute(`select parse_json('{"b":1,"a":{"d":[{"z":1,"y":2}],"c":"x,y"}}'), parse_json('[3,1,{"b":null,"a":"q\\\\"}"}]')`);
    expect(r!.rows).toEqual([['{"a":{"c":"x,y","d":[{"y":2,"z":1}]},"b":1}', '[3,1,{"a":"q\\"}","b":null}]']]);
    await s.execute(`create table vv (v variant); insert into vv select parse_json('{"kind":"vc","count":1}')`);
    expect((await s.execute('select v, v:kind from vv'))[0]!.rows).toEqual([['{"count":1,"kind":"vc"}', '"vc"']]);
  });
});
