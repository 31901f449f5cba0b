import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/name-resolution, …/identifier-literal
runCases('names', [
  { name: 'one-part name resolves to current db and schema', snowflake: 'SELECT a FROM t', duckdb: 'SELECT "A" FROM "DB"."PUBLIC"."T"', rows: [[1]] },
  { name: 'unquoted names fold to upper case', snowflake: 'select A from T', rows: [[1]] },
  { name: 'two-part name uses current database', snowflake: 'SELECT a FROM other.t2', rows: [[2]] },
  { name: 'three-part name', snowflake: 'SELECT a FROM db.other.t2', rows: [[2]] },
  { name: 'CTE names are not resolved as tables', snowflake: 'WITH t AS (SELECT 5 AS a) SELECT a FROM t', rows: [[5]] },
  { name: 'table alias qualifies columns', snowflake: 'SELECT x.a FROM t AS x', rows: [[1]] },
  { name: 'IDENTIFIER with a string', snowflake: "SELECT a FROM IDENTIFIER('other.t2')", rows: [[2]] },
  { name: 'IDENTIFIER with a variable', snowflake: 'SELECT a FROM IDENTIFIER($tname)', rows: [[2]] },
  { name: 'IDENTIFIER as a column', snowflake: "SELECT IDENTIFIER('a') FROM t", rows: [[1]] },
  { name: 'no current database', snowflake: 'SELECT a FROM t', ctx: { database: null }, error: { errno: 90105, message: 'Cannot perform SELECT' } },
  { name: 'no current schema', snowflake: 'SELECT a FROM t', ctx: { schema: null }, error: { errno: 90106 } },
  { name: 'qualified name works without a current database', snowflake: 'SELECT a FROM db.other.t2', ctx: { database: null }, rows: [[2]] },
  { name: 'time travel is not supported', snowflake: "SELECT * FROM t AT(OFFSET => -60)", error: { errno: 2, message: 'time travel' } },
  { name: 'unknown function', snowflake: 'SELECT no_such_fn(1)', error: { errno: 2140, message: 'Unknown function NO_SUCH_FN' } },
], {
  setup: [
    'CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."T" VALUES (1)',
    'CREATE SCHEMA "DB"."OTHER"', 'CREATE TABLE "DB"."OTHER"."T2" ("A" INTEGER)', 'INSERT INTO "DB"."OTHER"."T2" VALUES (2)',
  ],
  variables: { TNAME: { value: 'db.other.t2', type: 'text' } },
});
