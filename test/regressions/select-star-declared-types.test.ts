/**
 * `select *` and plain column references reported DuckDB's types instead of the declared ones:
 * TIMESTAMP_TZ came back as TIMESTAMP_LTZ, ARRAY/OBJECT as VARIANT, VARCHAR(20) with length
 * 16777216. Expected metadata: fakesnow tests/test_describe.py `test_describe` (type codes for
 * `select * from example`) and https://docs.snowflake.com/en/sql-reference/data-types-text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import type { Result } from '../../src/engine/types.ts';

const meta = (r: Result): unknown[] => r.columns.map((c) => [c.name, c.type, c.precision, c.scale, c.length, c.nullable]);

describe('declared column types in query results', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create or replace table example (XVARCHAR20 VARCHAR(20), XTZ TIMESTAMP_TZ, XLTZ TIMESTAMP_LTZ, XNTZ TIMESTAMP_NTZ,
      XARRAY ARRAY, XOBJECT OBJECT, XVARIANT VARIANT, XN NUMBER(8,2) NOT NULL, XB BINARY)`);
    await s.execute(`insert into example (xvarchar20, xtz, xn) values ('abc', '2024-01-01 01:00:00 +00:00', 1.5)`);
  });
  afterAll(() => s.close());

  const expected = [
    ['XVARCHAR20', 'text', null, null, 20, true], ['XTZ', 'timestamp_tz', 0, 9, null, true], ['XLTZ', 'timestamp_ltz', 0, 9, null, true],
    ['XNTZ', 'timestamp_ntz', 0, 9, null, true], ['XARRAY', 'array', null, null, null, true], ['XOBJECT', 'object', null, null, null, true],
    ['XVARIANT', 'variant', null, null, null, true], ['XN', 'fixed', 8, 2, null, false], ['XB', 'binary', null, null, 8388608, true],
  ];

  it('select * reports the declared types', async () => {
    const [r] = await s.execute('select * from example');
    expect(meta(r!)).toEqual(expected);
    expect((r!.rows[0] as unknown[]).slice(0, 1)).toEqual(['abc']);
    expect((r!.rows[0] as unknown[])[7]).toBe('1.50');
  });

  it('qualified star, EXCLUDE and column references', async () => {
    expect(meta((await s.execute('select e.* exclude (xb) from example e'))[0]!)).toEqual(expected.slice(0, 8));
    expect(meta((await s.execute('select xtz, e.xarray as a, xvarchar20 from example e'))[0]!)).toEqual([expected[1], ['A', 'array', null, null, null, true], expected[0]]);
  });

  it('VALUES lists keep DuckDB\'s unified type', async () => {
    const [r] = await s.execute('SELECT column1 FROM VALUES (1), (3.14159)');
    expect(r!.rows).toEqual([['1.00000'], ['3.14159']]);
  });
});
