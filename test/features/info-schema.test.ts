import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { historyInsertSql, infoSchemaFunction, infoSchemaView, QUERY_HISTORY_COLUMNS } from '../../src/catalog/index.ts';
import { QUERY_HISTORY_RESULT_COLUMNS } from '../../src/catalog/query-history.ts';
import { col, createTable, openHarness, qn, ty, type Harness } from '../catalog/_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.exec(createTable(qn('emp'), [
    col('id', ty('BIGINT'), { primaryKey: true }),
    col('name', ty('VARCHAR', 20), { notNull: true, comment: 'full name' }),
    col('salary', ty('NUMBER', 10, 2)),
    col('rate', ty('REAL')),
    col('hired', ty('TIMESTAMP_LTZ')),
    col('doc', ty('VARIANT')),
  ], { comment: 'employees' }));
  await h.exec({ kind: 'createSequence', orReplace: false, ifNotExists: false, name: qn('s1'), start: 1, increment: 1 });
});
afterAll(async () => {
  await h.close();
});

const view = async (name: string, where = 'true'): Promise<Record<string, unknown>[]> => {
  const from = infoSchemaView('MOCKHAUS', name);
  expect(from).not.toBeNull();
  return h.sql(`SELECT * FROM ${from} AS v WHERE ${where}`);
};

describe('INFORMATION_SCHEMA.COLUMNS', () => {
  it('spells DATA_TYPE and lengths as Snowflake does', async () => {
    const rows = await view('COLUMNS', `"TABLE_NAME" = 'EMP'`);
    expect(rows.map((r) => [r.COLUMN_NAME, r.ORDINAL_POSITION, r.IS_NULLABLE, r.DATA_TYPE, r.CHARACTER_MAXIMUM_LENGTH, r.CHARACTER_OCTET_LENGTH,
      r.NUMERIC_PRECISION, r.NUMERIC_PRECISION_RADIX, r.NUMERIC_SCALE, r.DATETIME_PRECISION, r.DATA_TYPE_ALIAS, r.COMMENT])).toEqual([
      ['ID', 1, 'NO', 'NUMBER', null, null, 38n, 10, 0n, null, 'BIGINT', null],
      ['NAME', 2, 'NO', 'TEXT', 20n, 80n, null, null, null, null, 'VARCHAR(20)', 'full name'],
      ['SALARY', 3, 'YES', 'NUMBER', null, null, 10n, 10, 2n, null, 'NUMBER(10,2)', null],
      ['RATE', 4, 'YES', 'FLOAT', null, null, null, null, null, null, 'REAL', null],
      ['HIRED', 5, 'YES', 'TIMESTAMP_LTZ', null, null, null, null, null, 9n, 'TIMESTAMP_LTZ', null],
      ['DOC', 6, 'YES', 'VARIANT', null, null, null, null, null, null, 'VARIANT', null],
    ]);
    expect(Object.keys(rows[0]!)).toHaveLength(47);
    expect(Object.keys(rows[0]!).slice(0, 9)).toEqual([
      'TABLE_CATALOG', 'TABLE_SCHEMA', 'TABLE_NAME', 'COLUMN_NAME', 'ORDINAL_POSITION', 'COLUMN_DEFAULT', 'IS_NULLABLE', 'DATA_TYPE',
      'CHARACTER_MAXIMUM_LENGTH',
    ]);
  });
});

describe('INFORMATION_SCHEMA.TABLES / SCHEMATA / DATABASES / SEQUENCES / TABLE_CONSTRAINTS', () => {
  it('lists tables and the INFORMATION_SCHEMA views themselves', async () => {
    const rows = await view('TABLES');
    const emp = rows.find((r) => r.TABLE_NAME === 'EMP');
    expect(emp).toMatchObject({ TABLE_CATALOG: 'MOCKHAUS', TABLE_SCHEMA: 'PUBLIC', TABLE_TYPE: 'BASE TABLE', IS_TRANSIENT: 'NO', COMMENT: 'employees', TABLE_OWNER: 'SYSADMIN' });
    expect(rows.filter((r) => r.TABLE_SCHEMA === 'INFORMATION_SCHEMA').map((r) => r.TABLE_NAME)).toContain('COLUMNS');
    expect(Object.keys(emp!)).toHaveLength(29);
  });
  it('lists schemata and databases', async () => {
    expect((await view('SCHEMATA')).map((r) => [r.CATALOG_NAME, r.SCHEMA_NAME])).toEqual([['MOCKHAUS', 'INFORMATION_SCHEMA'], ['MOCKHAUS', 'PUBLIC']]);
    expect((await view('DATABASES')).map((r) => [r.DATABASE_NAME, r.TYPE, r.IS_TRANSIENT])).toEqual([['MOCKHAUS', 'STANDARD', 'NO']]);
  });
  it('lists sequences and constraints', async () => {
    expect((await view('SEQUENCES')).map((r) => [r.SEQUENCE_NAME, r.DATA_TYPE, r.START_VALUE, r.NEXT_VALUE, r.INCREMENT])).toEqual([['S1', 'NUMBER', '1', '1', '1']]);
    expect((await view('TABLE_CONSTRAINTS')).map((r) => [r.TABLE_NAME, r.CONSTRAINT_TYPE, r.ENFORCED])).toEqual([['EMP', 'PRIMARY KEY', 'NO']]);
  });
  it('answers LOAD_HISTORY (empty until files are loaded) and null for unknown views', async () => {
    expect(await view('LOAD_HISTORY')).toEqual([]);
    expect(infoSchemaView('MOCKHAUS', 'NO_SUCH_VIEW')).toBeNull();
  });
});

describe('QUERY_HISTORY table functions', () => {
  beforeAll(async () => {
    const iso = (msAgo: number): string => new Date(Date.now() - msAgo).toISOString();
    const rows: unknown[][] = [
      ['q1', 'sess-a', 'select 1', 'SELECT 1', 'MOCKHAUS', 'PUBLIC', 'SELECT', 'SUCCESS', null, null, iso(3000), iso(2000), 1000, 1],
      ['q2', 'sess-b', 'select x', null, 'MOCKHAUS', 'PUBLIC', 'SELECT', 'FAILED_WITH_ERROR', '000904', 'invalid identifier', iso(1500), iso(1400), 100, null],
      ['q3', 'sess-a', 'create table t (a int)', 'CREATE TABLE t', 'MOCKHAUS', 'PUBLIC', 'DDL', 'SUCCESS', null, null, iso(1000), iso(900), 100, 1],
      ['old', 'sess-a', 'select 0', 'SELECT 0', 'MOCKHAUS', 'PUBLIC', 'SELECT', 'SUCCESS', null, null, iso(9 * 86400e3), iso(9 * 86400e3), 1, 1],
    ];
    for (const r of rows) await h.db.rows(historyInsertSql(), r);
  });

  it('answers Snowflake\'s columns, newest first, last 7 days, limited by RESULT_LIMIT', async () => {
    const from = infoSchemaFunction('MOCKHAUS', 'QUERY_HISTORY', [{ name: 'RESULT_LIMIT', sql: '2' }]);
    const rows = await h.sql(`SELECT * FROM ${from} AS q`);
    expect(Object.keys(rows[0]!)).toEqual(QUERY_HISTORY_RESULT_COLUMNS);
    expect(Object.keys(rows[0]!).slice(0, 6)).toEqual(['QUERY_ID', 'QUERY_TEXT', 'DATABASE_NAME', 'SCHEMA_NAME', 'QUERY_TYPE', 'SESSION_ID']);
    expect(rows.map((r) => [r.QUERY_ID, r.EXECUTION_STATUS, r.ERROR_CODE, r.ERROR_MESSAGE])).toEqual([
      ['q3', 'SUCCESS', null, null],
      ['q2', 'FAILED_WITH_ERROR', '000904', 'invalid identifier'],
    ]);
    const all = await h.sql(`SELECT "QUERY_ID" FROM ${infoSchemaFunction('MOCKHAUS', 'QUERY_HISTORY', [])} AS q`);
    expect(all.map((r) => r.QUERY_ID)).toEqual(['q3', 'q2', 'q1']);
  });

  it('filters by session in QUERY_HISTORY_BY_SESSION (default: the current session)', async () => {
    const mine = infoSchemaFunction('MOCKHAUS', 'QUERY_HISTORY_BY_SESSION', [], 'sess-a');
    expect((await h.sql(`SELECT "QUERY_ID" FROM ${mine} AS q`)).map((r) => r.QUERY_ID)).toEqual(['q3', 'q1']);
    const other = infoSchemaFunction('MOCKHAUS', 'QUERY_HISTORY_BY_SESSION', [{ name: 'SESSION_ID', sql: "'sess-b'" }], 'sess-a');
    expect((await h.sql(`SELECT "QUERY_ID" FROM ${other} AS q`)).map((r) => r.QUERY_ID)).toEqual(['q2']);
    expect(infoSchemaFunction('MOCKHAUS', 'NOT_A_FUNCTION', [])).toBeNull();
    expect(QUERY_HISTORY_COLUMNS).toHaveLength(14);
  });
});

describe('GET_DDL', () => {
  it('prints a table as Snowflake does, with constraints, defaults and comments', async () => {
    const { getDdlExpr } = await import('../../src/translate/ddl/index.ts');
    await h.exec(createTable(qn('gd'), [col('a', ty('INT')), col('b', ty('VARCHAR', 10))]));
    await h.exec(createTable(qn('gd2'), [
      col('id', ty('INT'), { primaryKey: true }),
      col('s', ty('VARCHAR'), { default: { kind: 'string', value: "x'y" }, comment: 'c' }),
    ], { comment: "tab's" }));
    const ctx = await h.ctx();
    expect(await h.sql(`SELECT ${getDdlExpr('TABLE', 'gd', ctx)} AS d`)).toEqual([{ d: 'create or replace TABLE GD (\n\tA NUMBER(38,0),\n\tB VARCHAR(10)\n);' }]);
    expect(await h.sql(`SELECT ${getDdlExpr('table', 'mockhaus.public.gd2', ctx)} AS d`)).toEqual([{
      d: "create or replace TABLE GD2 (\n\tID NUMBER(38,0) NOT NULL,\n\tS VARCHAR(16777216) DEFAULT 'x''y' COMMENT 'c',\n\tprimary key (ID)\n) COMMENT='tab''s';",
    }]);
    const missing = await openHarnessPlanError(`SELECT ${getDdlExpr('TABLE', 'nope', ctx)} AS d`);
    expect(missing).toMatchObject({ errno: 2003, sqlState: '42S02', message: "SQL compilation error:\nTable 'NOPE' does not exist or not authorized." });
    expect(() => getDdlExpr('DATABASE', 'x', ctx)).toThrow("Unsupported feature 'GET_DDL for DATABASE'.");
  });
});

/** Run SQL through the engine's executor so DuckDB errors are mapped as users see them. */
async function openHarnessPlanError(sql: string): Promise<unknown> {
  try {
    await h.db.execute({ kind: 'duckdb', statementType: 'SELECT', sql: [sql], params: [], shape: { kind: 'rows' } }, h.state, { queryId: '00000000-0000-0000-0000-0000000000dd', sql });
  } catch (e) {
    return e;
  }
  return undefined;
}
