/**
 * PARSE_JSON accepted duplicate object keys (DuckDB keeps both) and `v:a` read the first value.
 * Snowflake's default ('s', strict) fails with 100069 22P02, TRY_PARSE_JSON gives NULL, and 'd'
 * keeps the last value (https://docs.snowflake.com/en/sql-reference/functions/parse_json).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('PARSE_JSON duplicate keys', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('fails in strict mode naming the key', async () => {
    const err = await s.execute(`select parse_json('{"a": 1, "b": 2, "a": 3}')`).then(() => undefined, (e: unknown) => e as { errno?: number; sqlState?: string; message: string });
    expect([err?.errno, err?.sqlState, err?.message]).toEqual([100069, '22P02', 'Error parsing JSON: duplicate object attribute "a"']);
  });

  it("keeps the last value with 'd', for paths too, and TRY_PARSE_JSON is NULL in strict mode", async () => {
    const [r] = await s.execute(`select parse_json('{"a": 1, "b": 2, "a": 3}', 'd'):a, try_parse_json('{"a": 1, "a": 3}'), try_parse_json('{"a": 1, "a": 3}', 'd'):a, parse_json('{"a": {"b": 1}}'):a.b`);
    expect(r!.rows).toEqual([['3', null, '3', '1']]);
  });
});
