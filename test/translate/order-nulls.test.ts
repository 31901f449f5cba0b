import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/constructs/order-by: NULLs last ASC, first DESC.
runCases('ORDER BY NULL placement', [
  { name: 'ASC puts NULLs last', snowflake: 'SELECT a FROM t ORDER BY a', duckdb: 'SELECT "A" FROM "DB"."PUBLIC"."T" ORDER BY "A" ASC NULLS LAST', rows: [[1], [2], [null]] },
  { name: 'DESC puts NULLs first', snowflake: 'SELECT a FROM t ORDER BY a DESC', rows: [[null], [2], [1]] },
  { name: 'explicit NULLS FIRST kept', snowflake: 'SELECT a FROM t ORDER BY a ASC NULLS FIRST', rows: [[null], [1], [2]] },
  { name: 'window ORDER BY follows the same rule', snowflake: 'SELECT a, ROW_NUMBER() OVER (ORDER BY a DESC) AS rn FROM t ORDER BY rn', rows: [[null, '1'], [2, '2'], [1, '3']] },
], { setup: ['CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."T" VALUES (2), (NULL), (1)'] });
