/**
 * CREATE TABLE AS / CREATE VIEW with aliased casts to VARCHAR(n), CHAR(n), ARRAY or OBJECT recorded
 * VARCHAR(16777216) / VARIANT, and a parenthesised CTAS query lost even source-column types
 * (fakesnow tests/test_transforms.py `test_extract_text_length`: `CAST(C2 AS TEXT(10)) AS V` in a
 * parenthesised CTAS gives V a length of 10; https://docs.snowflake.com/en/sql-reference/sql/create-table).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const types = async (s: Session, sql: string): Promise<unknown[][]> => ((await s.execute(sql))[0]!.rows as unknown[][]).map((r) => [r[0], r[1]]);

describe('CTAS / view column types from casts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('aliased casts keep their declared type', async () => {
    await s.execute(`CREATE TABLE table2 AS SELECT CAST(C1 AS TEXT) AS K, CAST(C2 AS TEXT(10)) AS V, c2::varchar(5) as w, [1]::array as a, {'x': 1}::object as o FROM (VALUES (1, 2)) AS T(C1, C2)`);
    expect(await types(s, 'describe table table2')).toEqual([['K', 'VARCHAR(16777216)'], ['V', 'VARCHAR(10)'], ['W', 'VARCHAR(5)'], ['A', 'ARRAY'], ['O', 'OBJECT']]);
  });

  it('a parenthesised CTAS query', async () => {
    await s.execute(`CREATE TABLE table1 AS (SELECT CAST(C1 AS TEXT) AS K, CAST(C2 AS TEXT(10)) AS V FROM (VALUES (1, 2)) AS T(C1, C2))`);
    expect(await types(s, 'describe table table1')).toEqual([['K', 'VARCHAR(16777216)'], ['V', 'VARCHAR(10)']]);
    await s.execute(`create table src (x varchar(20)); create table d2 as (select x from src)`);
    expect(await types(s, 'describe table d2')).toEqual([['X', 'VARCHAR(20)']]);
  });

  it('views', async () => {
    await s.execute(`create view vw as select cast(1 as varchar(7)) as x`);
    expect(await types(s, 'describe view vw')).toEqual([['X', 'VARCHAR(7)']]);
  });
});
