import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/constructs/qualify, …/group-by, …/pivot, …/unpivot,
// …/operators-query (MINUS), …/sql/select (TOP, EXCLUDE/RENAME/REPLACE), …/constructs/asof-join.
runCases('query features', [
  { name: 'QUALIFY', snowflake: 'SELECT k, v FROM s QUALIFY ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) = 1 ORDER BY k', rows: [['a', 2], ['b', 5]] },
  { name: 'GROUP BY ALL', snowflake: 'SELECT k, SUM(v) FROM s GROUP BY ALL ORDER BY k', columns: ['K', 'SUM(V)'], rows: [['a', '3'], ['b', '5']] },
  { name: 'ROLLUP', snowflake: 'SELECT k, SUM(v) AS t FROM s GROUP BY ROLLUP (k) ORDER BY k', rows: [['a', '3'], ['b', '5'], [null, '8']] },
  { name: 'TOP n', snowflake: 'SELECT TOP 1 v FROM s ORDER BY v', rows: [[1]] },
  { name: 'MINUS', snowflake: 'SELECT v FROM s MINUS SELECT 1 ORDER BY v', rows: [[2], [5]] },
  { name: 'UNION ALL keeps left names', snowflake: 'SELECT 1 AS x UNION ALL SELECT 2 ORDER BY x', columns: ['X'], rows: [[1], [2]] },
  { name: 'UNION of text and numbers converts the text', snowflake: "SELECT k FROM s UNION SELECT v FROM s", error: { message: 'Could not convert' } },
  { name: 'UNION of numeric text and numbers is numeric', snowflake: "SELECT '7' AS x UNION ALL SELECT 8 ORDER BY x", rows: [['7'], ['8']] },
  { name: 'UNION BY NAME', snowflake: 'SELECT 1 AS a, 2 AS b UNION ALL BY NAME SELECT 3 AS b, 4 AS a', rows: [[1, 2], [4, 3]] },
  { name: '* EXCLUDE', snowflake: 'SELECT * EXCLUDE (v) FROM s ORDER BY k LIMIT 1', columns: ['K'], rows: [['a']] },
  { name: '* RENAME', snowflake: 'SELECT * RENAME (v AS w) FROM s ORDER BY k, w LIMIT 1', columns: ['K', 'W'], rows: [['a', 1]] },
  { name: '* REPLACE', snowflake: 'SELECT * REPLACE (v * 10 AS v) FROM s ORDER BY k, v LIMIT 1', rows: [['a', 10]] },
  { name: 'LIKE ANY', snowflake: "SELECT COUNT(*) FROM s WHERE k LIKE ANY ('a%', 'z%')", rows: [['2']] },
  { name: 'ILIKE', snowflake: "SELECT COUNT(*) FROM s WHERE k ILIKE 'B'", rows: [['1']] },
  { name: 'RLIKE matches the whole string', snowflake: "SELECT 'abc' RLIKE 'b', 'abc' RLIKE 'a.c'", rows: [[false, true]] },
  { name: 'IS DISTINCT FROM', snowflake: 'SELECT NULL IS DISTINCT FROM 1, NULL IS NOT DISTINCT FROM NULL', rows: [[true, true]] },
  {
    name: 'PIVOT names columns after quoted values',
    snowflake: "SELECT * FROM (SELECT k, v FROM s) PIVOT (SUM(v) FOR k IN ('a', 'b')) AS p",
    columns: ["'a'", "'b'"],
    rows: [['3', '5']],
  },
  { name: 'UNPIVOT', snowflake: 'SELECT * FROM (SELECT 1 AS x, 2 AS y) UNPIVOT (val FOR col IN (x, y)) ORDER BY col', rows: [['X', 1], ['Y', 2]] },
  { name: 'SAMPLE 100 percent keeps all rows', snowflake: 'SELECT COUNT(*) FROM s SAMPLE (100)', rows: [['3']] },
  { name: 'SAMPLE n ROWS', snowflake: 'SELECT COUNT(*) FROM s SAMPLE (2 ROWS)', rows: [['2']] },
  { name: 'ASOF JOIN', snowflake: 'SELECT t.ts, q.px FROM tr t ASOF JOIN qt q MATCH_CONDITION (t.ts >= q.ts) ORDER BY t.ts', rows: [[5, 'p1'], [15, 'p2'], [0, null]].sort((a, b) => (a[0] as number) - (b[0] as number)) },
  { name: 'GENERATOR and SEQ4', snowflake: 'SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 3)) ORDER BY n', rows: [['0'], ['1'], ['2']] },
  { name: 'VALUES with alias columns', snowflake: 'SELECT x FROM (VALUES (1), (2)) AS v(x) ORDER BY x DESC', rows: [[2], [1]] },
  { name: 'scalar subquery and EXISTS', snowflake: 'SELECT (SELECT MAX(v) FROM s), EXISTS (SELECT 1 FROM s WHERE v > 4)', rows: [[5, true]] },
  { name: 'IN list', snowflake: 'SELECT COUNT(*) FROM s WHERE v IN (1, 5)', rows: [['2']] },
  { name: 'CTE with column list', snowflake: 'WITH c (n) AS (SELECT 1) SELECT n FROM c', rows: [[1]] },
  { name: 'recursive CTE', snowflake: 'WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r ORDER BY n', rows: [[1], [2], [3]] },
  { name: 'staged files of a missing stage', snowflake: 'SELECT $1 FROM @my_stage', error: { errno: 2003 } },
], {
  setup: [
    'CREATE TABLE "DB"."PUBLIC"."S" ("K" VARCHAR, "V" INTEGER)', `INSERT INTO "DB"."PUBLIC"."S" VALUES ('a', 1), ('a', 2), ('b', 5)`,
    'CREATE TABLE "DB"."PUBLIC"."TR" ("TS" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."TR" VALUES (5), (15), (0)',
    'CREATE TABLE "DB"."PUBLIC"."QT" ("TS" INTEGER, "PX" VARCHAR)', `INSERT INTO "DB"."PUBLIC"."QT" VALUES (1, 'p1'), (10, 'p2')`,
  ],
  tables: { S: [{ name: 'K', type: { type: 'text' } }, { name: 'V', type: { type: 'fixed', scale: 0 } }] },
});

runCases('dynamic PIVOT', [
  {
    name: 'IN (ANY ORDER BY ...) names columns after quoted values',
    snowflake: 'SELECT * FROM m PIVOT (SUM(amount) FOR month IN (ANY ORDER BY month)) ORDER BY empid',
    columns: ['EMPID', "'FEB'", "'JAN'"],
    rows: [[1, '20', '10'], [2, null, '5']],
  },
  {
    name: 'value aliases name the columns',
    snowflake: "SELECT * FROM m PIVOT (SUM(amount) FOR month IN ('JAN' AS j, 'FEB' AS f)) ORDER BY empid",
    columns: ['EMPID', 'J', 'F'],
    rows: [[1, '10', '20'], [2, '5', null]],
  },
  {
    name: 'aggregate alias suffixes the names',
    snowflake: 'SELECT * FROM m PIVOT (SUM(amount) AS total FOR month IN (ANY ORDER BY month)) ORDER BY empid',
    columns: ['EMPID', "'FEB_TOTAL'", "'JAN_TOTAL'"],
  },
  {
    name: 'DEFAULT ON NULL fills missing cells',
    snowflake: "SELECT * FROM m PIVOT (SUM(amount) FOR month IN ('JAN', 'FEB') DEFAULT ON NULL (0)) ORDER BY empid",
    columns: ['EMPID', "'JAN'", "'FEB'"],
    rows: [[1, '10', '20'], [2, '5', '0']],
  },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."M" ("EMPID" INTEGER, "AMOUNT" INTEGER, "MONTH" VARCHAR)', `INSERT INTO "DB"."PUBLIC"."M" VALUES (1, 10, 'JAN'), (1, 20, 'FEB'), (2, 5, 'JAN')`],
});
