/**
 * ARRAY_INSERT and ARRAYS_TO_OBJECT failed with 002140 "Unknown function". Expected values: the
 * documentation examples (https://docs.snowflake.com/en/sql-reference/functions/array_insert,
 * …/arrays_to_object).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('ARRAY_INSERT, ARRAYS_TO_OBJECT', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('ARRAY_INSERT at a 0-based or negative position', async () => {
    const [r] = await s.execute(`select array_insert(array_construct(0,1,2,3), 2, 'hello'), array_insert(array_construct(0,1,2,3), -1, 'hello'), array_insert([], 0, {'a': 1})`);
    expect(r!.rows).toEqual([['[0,1,"hello",2,3]', '[0,1,2,"hello",3]', '[{"a":1}]']]);
    expect(r!.columns.map((c) => c.type)).toEqual(['array', 'array', 'array']);
  });

  it('ARRAY_INSERT past the end fails rather than answering without the padding', async () => {
    const e = await s.execute(`select array_insert([1,2], 5, 'x')`).then(() => null, (x: { errno: number; sqlState: string }) => x);
    expect([e?.errno, e?.sqlState]).toEqual([2, '0A000']);
  });

  it('ARRAYS_TO_OBJECT pairs keys with values, omitting NULL keys', async () => {
    const [r] = await s.execute(`select arrays_to_object(['key1', 'key2', 'key3'], [1, 2, 3]), arrays_to_object(['b', null, 'a'], [1, 2, null])`);
    expect(r!.rows).toEqual([['{"key1":1,"key2":2,"key3":3}', '{"a":null,"b":1}']]);
    expect(r!.columns.map((c) => c.type)).toEqual(['object', 'object']);
  });
});
