/**
 * COMMIT and ROLLBACK with no active transaction succeed and do nothing in Snowflake
 * (https://docs.snowflake.com/en/sql-reference/sql/commit; fakesnow tests/test_fakes.py
 * `test_transactions`). DuckDB raised "cannot commit - no transaction is active".
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('COMMIT / ROLLBACK without a transaction', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('answers the status row', async () => {
    for (const sql of ['COMMIT', 'ROLLBACK']) {
      const [r] = await s.execute(sql);
      expect(r!.columns.map((c) => [c.name, c.type])).toEqual([['status', 'text']]);
      expect(r!.rows).toEqual([['Statement executed successfully.']]);
    }
  });

  it('a real transaction still commits and rolls back', async () => {
    await s.execute('CREATE OR REPLACE TABLE table1 (i int)');
    await s.execute('BEGIN TRANSACTION; INSERT INTO table1 (i) VALUES (1)');
    await s.execute('ROLLBACK');
    await s.execute('BEGIN TRANSACTION; INSERT INTO table1 (i) VALUES (2)');
    await s.execute('COMMIT');
    await s.execute('COMMIT');
    const rs = await s.execute('select * from table1');
    expect(rs[0]!.rows).toEqual([['2']]);
  });
});
