import { describe, expect, it } from 'bun:test';
import { makeCtx, runCases, translateOne } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/sql/use, …/set, …/alter-session, …/execute-immediate
describe('session statements', () => {
  const ctx = makeCtx({});
  it('USE DATABASE d', () => {
    expect(translateOne('USE DATABASE analytics', ctx)).toEqual({ kind: 'use', statementType: 'USE', database: 'ANALYTICS' });
  });
  it('USE db.schema sets both', () => {
    expect(translateOne('USE "Db".s1', ctx)).toEqual({ kind: 'use', statementType: 'USE', database: 'Db', schema: 'S1' });
  });
  it('USE SCHEMA s resolves against the current database', () => {
    expect(translateOne('USE SCHEMA s1', ctx)).toEqual({ kind: 'use', statementType: 'USE', database: 'DB', schema: 'S1' });
  });
  it('USE SCHEMA without a current database fails', () => {
    expect(() => translateOne('USE SCHEMA s1', makeCtx({}, { database: null }))).toThrow("does not have a current database");
  });
  it('USE WAREHOUSE and ROLE are recorded', () => {
    expect(translateOne('USE WAREHOUSE wh', ctx)).toEqual({ kind: 'use', statementType: 'USE', warehouse: 'WH' });
    expect(translateOne('USE ROLE sysadmin', ctx)).toEqual({ kind: 'use', statementType: 'USE', role: 'SYSADMIN' });
  });
  it('SET evaluates values in one SELECT', () => {
    expect(translateOne("SET (a, b) = (1 + 1, 'x')", ctx)).toEqual({ kind: 'setVariables', statementType: 'SET', names: ['A', 'B'], sql: `SELECT (CAST(1 AS DECIMAL(38,0)) + 1) AS "A", 'x' AS "B"` });
  });
  it('UNSET', () => {
    expect(translateOne('UNSET a', ctx)).toEqual({ kind: 'unsetVariables', statementType: 'SET', names: ['A'] });
  });
  it('ALTER SESSION SET/UNSET', () => {
    expect(translateOne("ALTER SESSION SET TIMEZONE = 'UTC', WEEK_START = 1", ctx)).toEqual({ kind: 'alterSession', statementType: 'ALTER_SESSION', set: { TIMEZONE: 'UTC', WEEK_START: 1 }, unset: [] });
  });
  it('transactions answer with a status row', () => {
    const p = translateOne('BEGIN', ctx);
    expect(p).toEqual({ kind: 'duckdb', statementType: 'TCL', sql: ['BEGIN TRANSACTION'], params: [], shape: { kind: 'status', message: 'Statement executed successfully.' } });
  });
  it('PUT becomes a put plan on the resolved stage; scripting is NotSupported naming the feature', () => {
    expect(translateOne('PUT file:///tmp/x @~/in', ctx)).toMatchObject({ kind: 'put', statementType: 'PUT', file: 'file:///tmp/x', stage: { kind: 'user', path: 'in' } });
    expect(() => translateOne('CALL my_proc()', ctx)).toThrow('CALL');
  });
});

runCases('EXECUTE IMMEDIATE', [
  { name: 'string body runs the statement', snowflake: "EXECUTE IMMEDIATE 'SELECT 1 + 1 AS x'", columns: ['X'], rows: [['2']] },
  { name: 'dollar-quoted body', snowflake: 'EXECUTE IMMEDIATE $$SELECT 3 AS y$$', rows: [[3]] },
  { name: 'variable body', snowflake: 'EXECUTE IMMEDIATE $stmt', rows: [[7]] },
  { name: 'scripting block is not supported', snowflake: "EXECUTE IMMEDIATE 'BEGIN RETURN 1; END'", error: { errno: 2 } },
], { variables: { STMT: { value: 'SELECT 7', type: 'text' } } });

describe('LAST_QUERY_ID and RESULT_SCAN', () => {
  const ids = ['01b2c3d4-0000-4000-8000-000000000001', '01b2c3d4-0000-4000-8000-000000000002'];
  const ctx = makeCtx({}, { queryIds: ids });
  it('LAST_QUERY_ID() is the latest, LAST_QUERY_ID(1) the first', () => {
    const p = translateOne('SELECT LAST_QUERY_ID(), LAST_QUERY_ID(1), LAST_QUERY_ID(-2), LAST_QUERY_ID(5)', ctx);
    expect(p.kind === 'duckdb' && p.sql[0]).toBe(
      `SELECT '${ids[1]}' AS "LAST_QUERY_ID()", '${ids[0]}' AS "LAST_QUERY_ID(1)", '${ids[0]}' AS "LAST_QUERY_ID(-2)", CAST(NULL AS VARCHAR) AS "LAST_QUERY_ID(5)"`,
    );
  });
  it('RESULT_SCAN(LAST_QUERY_ID()) reads the kept result the engine loads', () => {
    const p = translateOne('SELECT SUM(a) AS s FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))', ctx);
    expect(p.kind === 'duckdb' ? p.resultScans : undefined).toEqual([ids[1]!]);
    expect(p.kind === 'duckdb' ? p.sql[0] : '').toContain('_mh_result_01b2c3d4000040008000000000000002');
  });
});

// https://docs.snowflake.com/en/developer-guide/udf/sql/udf-sql-introduction: SQL UDFs are DuckDB
// macros named "DB"."SCHEMA"."NAME" (translate/ddl/routine.ts); calls resolve like table names.
runCases('user-defined functions', [
  { name: 'scalar SQL UDF call', snowflake: 'SELECT area_of_circle(1.0)::NUMBER(10,4) AS a', duckdb: 'SELECT CAST("DB"."PUBLIC"."AREA_OF_CIRCLE"(1.0) AS DECIMAL(10,4)) AS "A"', rows: [['3.1416']] },
  { name: 'qualified call', snowflake: 'SELECT db.public.area_of_circle(2)::INT AS a', rows: [['13']] },
  { name: 'table UDF in FROM', snowflake: 'SELECT n FROM TABLE(two_rows()) ORDER BY n', rows: [[1], [2]] },
  { name: 'unknown function still fails', snowflake: 'SELECT not_a_udf(1)', error: { errno: 2140 } },
], {
  setup: [
    'CREATE MACRO "DB"."PUBLIC"."AREA_OF_CIRCLE"("RADIUS") AS CAST(pi() * "RADIUS" * "RADIUS" AS DOUBLE)',
    'CREATE MACRO "DB"."PUBLIC"."TWO_ROWS"() AS TABLE SELECT * FROM (VALUES (1), (2)) AS v("N")',
  ],
  functions: ['AREA_OF_CIRCLE', 'TWO_ROWS'],
});

describe('column type hints', () => {
  it('OBJECT and ARRAY results are hinted (DuckDB has only JSON)', () => {
    const p = translateOne("SELECT OBJECT_CONSTRUCT('a', 1) AS o, ARRAY_CONSTRUCT(1) AS a, PARSE_JSON('1') AS v, 1 AS n", makeCtx({}));
    expect(p.kind === 'duckdb' ? p.columns : undefined).toEqual([
      { name: 'O', type: { type: 'object' } },
      { name: 'A', type: { type: 'array' } },
      { name: 'V' },
      { name: 'N' },
    ]);
  });
});
