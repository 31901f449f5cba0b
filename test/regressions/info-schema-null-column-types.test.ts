/**
 * INFORMATION_SCHEMA columns that Mockhaus always leaves NULL were typed NUMBER (an untyped DuckDB
 * NULL is INTEGER) although Snowflake declares them TEXT, e.g. VIEWS.LAST_DDL_BY and
 * COLUMNS.COLLATION_NAME (https://docs.snowflake.com/en/sql-reference/info-schema/views,
 * .../info-schema/columns; fakesnow tests/test_info_schema.py describes these views).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const types = async (s: Session, sql: string, names: string[]): Promise<[string, string][]> => {
  const [r] = await s.execute(sql);
  return r!.columns.filter((c) => names.includes(c.name)).map((c) => [c.name, c.type]);
};

describe('INFORMATION_SCHEMA NULL column types', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute('CREATE TABLE foo (id INTEGER, name VARCHAR); CREATE VIEW bar AS SELECT * FROM foo WHERE id > 5');
  });
  afterAll(() => s.close());

  it('VIEWS.LAST_DDL_BY is TEXT', async () => {
    expect(await types(s, 'select * from information_schema.views', ['LAST_DDL_BY', 'COMMENT'])).toEqual([['LAST_DDL_BY', 'text'], ['COMMENT', 'text']]);
    const [r] = await s.execute('select table_name, check_option, is_updatable, insertable_into, is_secure from information_schema.views');
    expect(r!.rows).toEqual([['BAR', 'NONE', 'NO', 'NO', 'NO']]);
  });

  it('COLUMNS keeps NUMBER for numeric NULL columns and TEXT for the others', async () => {
    expect(await types(s, 'select * from information_schema.columns', ['INTERVAL_TYPE', 'INTERVAL_PRECISION', 'COLLATION_NAME', 'MAXIMUM_CARDINALITY', 'IDENTITY_GENERATION'])).toEqual([
      ['INTERVAL_TYPE', 'text'], ['INTERVAL_PRECISION', 'fixed'], ['COLLATION_NAME', 'text'], ['MAXIMUM_CARDINALITY', 'fixed'], ['IDENTITY_GENERATION', 'text'],
    ]);
  });

  it('TABLES and SCHEMATA text NULL columns', async () => {
    expect(await types(s, 'select * from information_schema.tables', ['SELF_REFERENCING_COLUMN_NAME', 'LAST_DDL_BY'])).toEqual([['SELF_REFERENCING_COLUMN_NAME', 'text'], ['LAST_DDL_BY', 'text']]);
    expect(await types(s, 'select * from information_schema.schemata', ['SQL_PATH'])).toEqual([['SQL_PATH', 'text']]);
  });
});
