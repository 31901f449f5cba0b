import { runCases } from './_harness.ts';

// snowflake-reference.md §3 (examples from docs: div0, concat, data-type-conversion, arithmetic).
runCases('column names', [
  { name: 'expression text upper-cased', snowflake: "SELECT CONCAT('George Washington ', 'Carver')", columns: ["CONCAT('GEORGE WASHINGTON ', 'CARVER')"], rows: [['George Washington Carver']] },
  { name: 'concat operator text', snowflake: "SELECT 'This ' || 'is '", columns: ["'THIS ' || 'IS '"], rows: [['This is ']] },
  { name: 'unquoted alias folded, lateral alias reuse', snowflake: 'SELECT 10.01 n1, 1.1 n2, n1 * n2', columns: ['N1', 'N2', 'N1 * N2'], rows: [['10.01', '1.1', '11.011']] },
  { name: 'quoted alias keeps case', snowflake: 'SELECT 1 AS "MixedCase"', columns: ['MixedCase'], rows: [[1]] },
  { name: 'bare column drops qualifier', snowflake: 'SELECT t.a, a FROM t', columns: ['A', 'A'], rows: [[1, 1]] },
  { name: 'COUNT (*) keeps its spacing', snowflake: 'SELECT COUNT (*) FROM t', columns: ['COUNT (*)'], rows: [['1']] },
  { name: 'window clause normalised', snowflake: 'SELECT SUM(a) OVER (PARTITION BY a) FROM t', columns: ['SUM(A) OVER(PARTITION BY A)'] },
  { name: 'cast text', snowflake: 'SELECT a::VARCHAR FROM t', columns: ['A::VARCHAR'], rows: [['1']] },
  { name: 'VALUES names COLUMN1..n', snowflake: "SELECT * FROM VALUES (1, 'a'), (2, 'b')", columns: ['COLUMN1', 'COLUMN2'], rows: [[1, 'a'], [2, 'b']] },
  { name: 'positional references keep $n', snowflake: "SELECT $1, $2 FROM VALUES (1, 'a')", columns: ['$1', '$2'], rows: [[1, 'a']] },
  { name: 'star keeps stored names', snowflake: 'SELECT * FROM t', columns: ['A', 'b'], rows: [[1, 'x']] },
  { name: 'CURRENT_DATABASE() named as written', snowflake: 'SELECT CURRENT_DATABASE(), CURRENT_SCHEMA()', columns: ['CURRENT_DATABASE()', 'CURRENT_SCHEMA()'], rows: [['DB', 'PUBLIC']] },
], { setup: ['CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER, "b" VARCHAR)', `INSERT INTO "DB"."PUBLIC"."T" VALUES (1, 'x')`] });
