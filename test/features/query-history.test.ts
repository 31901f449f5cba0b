import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

// https://docs.snowflake.com/en/sql-reference/functions/query_history
describe('INFORMATION_SCHEMA.QUERY_HISTORY', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.execute('create table t (a int); insert into t values (1); select a from t');
    await session.execute('select * from nope').catch(() => undefined);
  });
  afterAll(() => session.close());

  it('lists this session\'s statements, newest first, with Snowflake\'s column names', async () => {
    const [r] = await session.execute(
      'select query_text, execution_status, error_code, session_id from table(information_schema.query_history_by_session())',
    );
    expect(r!.columns.map((c) => c.name)).toEqual(['QUERY_TEXT', 'EXECUTION_STATUS', 'ERROR_CODE', 'SESSION_ID']);
    const rows = r!.rows.map((row) => row.slice(0, 2));
    expect(rows.slice(0, 4)).toEqual([
      ['select * from nope', 'FAILED_WITH_ERROR'],
      ['select a from t', 'SUCCESS'],
      ['insert into t values (1)', 'SUCCESS'],
      ['create table t (a int)', 'SUCCESS'],
    ]);
    expect(r!.rows[0]![2]).toBe('002003');
    expect(new Set(r!.rows.map((row) => row[3]))).toEqual(new Set([session.id]));
  });

  it('honours RESULT_LIMIT and a database-qualified name', async () => {
    const [r] = await session.execute('select count(*) as n from table(mockhaus.information_schema.query_history(result_limit => 2))');
    expect(r!.rows).toEqual([['2']]);
  });

  it('rejects a RESULT_LIMIT outside 1..10000 loudly', async () => {
    await expect(session.execute('select * from table(information_schema.query_history(result_limit => 0))')).rejects.toThrow('RESULT_LIMIT');
  });
});
