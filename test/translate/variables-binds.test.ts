import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/session-variables; bind variables (SQL API docs).
runCases('session variables', [
  { name: 'number variable', snowflake: 'SELECT $n + 1', rows: [['42']] },
  { name: 'text variable', snowflake: 'SELECT $s', columns: ['$S'], rows: [['hello']] },
  { name: 'variable in WHERE', snowflake: 'SELECT a FROM t WHERE a = $n - 40', rows: [[1]] },
  { name: 'missing variable', snowflake: 'SELECT $nope', error: { errno: 2211, message: "Session variable '$NOPE' does not exist" } },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."T" VALUES (1)'],
  variables: { N: { value: '41', type: 'fixed' }, S: { value: 'hello', type: 'text' } },
});

runCases('binds', [
  { name: 'positional ? binds', snowflake: 'SELECT a FROM t WHERE a = ? OR a = ?', rows: [[3]] },
  { name: ':1 binds reuse one parameter', snowflake: 'SELECT :1 + :1', rows: [['6']] },
  { name: 'named binds', snowflake: 'SELECT a FROM t WHERE b = :who', rows: [[3]] },
  { name: 'TEXT bind typed by context', snowflake: 'SELECT a FROM t WHERE a = :2', rows: [[3]] },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER, "B" VARCHAR)', `INSERT INTO "DB"."PUBLIC"."T" VALUES (1, 'x'), (3, 'y')`],
  binds: { '1': { type: 'FIXED', value: '3' }, '2': { type: 'TEXT', value: '3' }, who: { type: 'TEXT', value: 'y' } },
});
