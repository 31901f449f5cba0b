/**
 * CTAS with a repeated column name succeeded (DuckDB renames the second column `A_1`); Snowflake
 * fails with 002025 42S21 `duplicate column name 'A'`, as it does for repeated column definitions
 * and for views (https://docs.snowflake.com/en/sql-reference/sql/create-table, reference §1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('duplicate column names', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  const fails = async (sql: string, name: string): Promise<void> => {
    const err = await s.execute(sql).then(() => undefined, (e: unknown) => e as { errno?: number; sqlState?: string; message: string });
    expect(err?.errno).toBe(2025);
    expect(err?.sqlState).toBe('42S21');
    expect(err?.message).toBe(`SQL compilation error:\nduplicate column name '${name}'`);
  };

  it('rejects CTAS, column definitions and views that repeat a name', async () => {
    await fails('create table t1 as select 1 as a, 2 as a', 'A');
    await fails('create table t2 (a int, "A" varchar)', 'A');
    await fails('create table t3 (x int, x int) as select 1, 2', 'X');
    await fails('create view v1 as select 1 a, 2 a', 'A');
    await fails('create view v2 (c, c) as select 1, 2', 'C');
  });

  it('accepts names that differ only by quoted case', async () => {
    const [r] = await s.execute('create table t4 as select 1 as a, 2 as "a"');
    expect(r!.rows).toEqual([['Table T4 successfully created.']]);
  });
});
