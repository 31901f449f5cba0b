import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/operators-arithmetic, …/functions/div0
runCases('division', [
  { name: 'integer division has scale 6', snowflake: 'SELECT 1/3', columns: ['1/3'], rows: [['0.333333']] },
  { name: '1/2 is 0.500000', snowflake: 'SELECT 1/2', rows: [['0.500000']] },
  { name: 'decimal dividend keeps scale rule', snowflake: 'SELECT 10.1/2.1', rows: [['4.8095238']] },
  { name: 'division by zero raises', snowflake: 'SELECT 1/0', error: { message: 'Division by zero' } },
  { name: 'DIV0 returns 0', snowflake: 'SELECT DIV0(1, 0)', columns: ['DIV0(1, 0)'], rows: [['0.000000']] },
  { name: 'DIV0NULL returns 0 for NULL divisor', snowflake: 'SELECT DIV0NULL(1, NULL)', rows: [['0.000000']] },
  { name: 'column types from catalog', snowflake: 'SELECT a / b FROM nums ORDER BY a', columns: ['A / B'], rows: [['0.500000'], ['1.333333']] },
  { name: 'float division stays float', snowflake: 'SELECT 1::FLOAT / 4', rows: [[0.25]] },
  { name: 'literal integer arithmetic does not overflow 32 bits', snowflake: 'SELECT 1000000 * 1000000, 2147483647 + 1', rows: [['1000000000000', '2147483648']] },
  { name: 'NULL divisor gives NULL', snowflake: 'SELECT 1 / NULL', rows: [[null]] },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."NUMS" ("A" DECIMAL(38,0), "B" DECIMAL(38,0))', `INSERT INTO "DB"."PUBLIC"."NUMS" VALUES (1, 2), (4, 3)`],
  tables: { NUMS: [{ name: 'A', type: { type: 'fixed', scale: 0 } }, { name: 'B', type: { type: 'fixed', scale: 0 } }] },
});
