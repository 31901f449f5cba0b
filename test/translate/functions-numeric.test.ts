import { runCases } from './_harness.ts';

// Examples from https://docs.snowflake.com/en/sql-reference/functions/<name>.
runCases('numeric and conversion functions', [
  { name: 'ROUND half away from zero', snowflake: 'SELECT ROUND(2.5), ROUND(-2.5), ROUND(3.14159, 2), ROUND(-975.975, -1)', rows: [['3', '-3', '3.14', '-980']] },
  { name: 'FLOOR / CEIL with scale', snowflake: 'SELECT FLOOR(135.135, 1), CEIL(-975.975, 0)', rows: [['135.1', '-975']] },
  { name: 'TRUNC number', snowflake: 'SELECT TRUNC(3.789, 1)', rows: [['3.7']] },
  { name: 'MOD / ABS / SIGN', snowflake: 'SELECT MOD(10, 3), ABS(-2), SIGN(-5)', rows: [[1, 2, -1]] },
  { name: 'POWER / SQRT / SQUARE', snowflake: 'SELECT POWER(2, 10), SQRT(16), SQUARE(3)', rows: [[1024, 4, 9]] },
  { name: 'LOG / LN / EXP', snowflake: 'SELECT LOG(10, 1000), LN(1), EXP(0)', rows: [[2.9999999999999996, 0, 1]] },
  { name: 'UNIFORM stays in range', snowflake: 'SELECT UNIFORM(1, 10, RANDOM()) BETWEEN 1 AND 10', rows: [[true]] },
  { name: 'TO_NUMBER with precision and scale', snowflake: "SELECT TO_NUMBER('12.3456', 10, 1), TO_DECIMAL('1.5')", rows: [['12.3', '2']] },
  { name: 'TO_NUMBER on bad text raises a conversion error', snowflake: "SELECT TO_NUMBER('abc')", error: { message: 'Could not convert' } },
  { name: 'cast of bad text raises', snowflake: "SELECT 'abc'::INT", error: { message: 'Could not convert' } },
  { name: 'TRY_TO_NUMBER returns NULL', snowflake: "SELECT TRY_TO_NUMBER('abc'), TRY_CAST('12' AS INT)", rows: [[null, '12']] },
  { name: 'TO_BOOLEAN words', snowflake: "SELECT TO_BOOLEAN('yes'), TO_BOOLEAN('off'), TO_BOOLEAN(0), TRY_TO_BOOLEAN('maybe')", rows: [[true, false, false, null]] },
  { name: 'TO_BOOLEAN error', snowflake: "SELECT TO_BOOLEAN('maybe')", error: { message: "Boolean value 'maybe' is not recognized" } },
  { name: 'TO_DOUBLE', snowflake: "SELECT TO_DOUBLE('1.5')", rows: [[1.5]] },
  { name: 'NUMBER(p,s) cast', snowflake: 'SELECT 1.005::NUMBER(10,2), 7::INT', rows: [['1.01', '7']] },
  { name: 'float to varchar drops .0', snowflake: 'SELECT 5::FLOAT::VARCHAR', rows: [['5']] },
]);

runCases('aggregate functions', [
  { name: 'COUNT, COUNT_IF, SUM, AVG scale 6', snowflake: 'SELECT COUNT(*), COUNT(v), COUNT_IF(v > 1), SUM(v), AVG(v) FROM s', rows: [['4', '3', '2', '6', '2.000000']] },
  { name: 'AVG of NUMBER(10,5) has scale 11', snowflake: 'SELECT AVG(d) FROM s', rows: [['1.50000000000']] },
  { name: 'LISTAGG WITHIN GROUP', snowflake: "SELECT LISTAGG(k, ',') WITHIN GROUP (ORDER BY k DESC) FROM s", rows: [['b,a,a,a']] },
  { name: 'ARRAY_AGG skips NULLs', snowflake: 'SELECT ARRAY_AGG(v) WITHIN GROUP (ORDER BY v) FROM s', rows: [['[1,2,3]']] },
  { name: 'OBJECT_AGG', snowflake: "SELECT OBJECT_AGG(k, v) FROM s WHERE v IN (1, 3)", rows: [['{"a":1,"b":3}']] },
  { name: 'MEDIAN / MODE', snowflake: 'SELECT MEDIAN(v), MODE(k) FROM s', rows: [['2.000', 'a']] },
  { name: 'BOOLAND_AGG / BOOLOR_AGG', snowflake: 'SELECT BOOLAND_AGG(v > 0), BOOLOR_AGG(v > 2) FROM s', rows: [[true, true]] },
  { name: 'BITAND_AGG / BITOR_AGG', snowflake: 'SELECT BITAND_AGG(v), BITOR_AGG(v) FROM s', rows: [['0', '3']] },
  { name: 'ANY_VALUE and MIN/MAX', snowflake: "SELECT MIN(v), MAX(v), ANY_VALUE(k) IS NOT NULL FROM s", rows: [[1, 3, true]] },
  { name: 'COUNT(t.*) counts rows with no NULL column', snowflake: 'SELECT COUNT(s.*), COUNT(* EXCLUDE d), COUNT(* ILIKE \'k%\') FROM s', rows: [['2', '3', '4']] },
  { name: 'ARRAY_UNIQUE_AGG', snowflake: 'SELECT ARRAY_SIZE(ARRAY_UNIQUE_AGG(k)) FROM s', rows: [['2']] },
  { name: 'ARRAY_AGG(DISTINCT) WITHIN GROUP, ORDER BY ignored on a one-row aggregate', snowflake: 'SELECT ARRAY_AGG(DISTINCT k) WITHIN GROUP (ORDER BY k DESC) FROM s ORDER BY k', rows: [['["b","a"]']] },
  { name: 'HASH is not supported', snowflake: 'SELECT HASH(1)', error: { errno: 2 } },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."S" ("K" VARCHAR, "V" INTEGER, "D" DECIMAL(10,5))', `INSERT INTO "DB"."PUBLIC"."S" VALUES ('a', 1, 1), ('a', 2, 2), ('b', 3, NULL), ('a', NULL, NULL)`],
  tables: { S: [{ name: 'K', type: { type: 'text' } }, { name: 'V', type: { type: 'fixed', scale: 0 } }, { name: 'D', type: { type: 'fixed', scale: 5 } }] },
});

runCases('window functions', [
  { name: 'RANK / DENSE_RANK', snowflake: 'SELECT v, RANK() OVER (ORDER BY v), DENSE_RANK() OVER (ORDER BY v) FROM w ORDER BY v', rows: [[1, '1', '1'], [1, '1', '1'], [2, '3', '2']] },
  { name: 'LAG IGNORE NULLS', snowflake: 'SELECT i, LAG(n) IGNORE NULLS OVER (ORDER BY i) FROM w2 ORDER BY i', rows: [[1, null], [2, 10], [3, 10]] },
  { name: 'RATIO_TO_REPORT', snowflake: 'SELECT v, RATIO_TO_REPORT(v) OVER () FROM w ORDER BY v', rows: [[1, 0.25], [1, 0.25], [2, 0.5]] },
  { name: 'CONDITIONAL_TRUE_EVENT', snowflake: 'SELECT i, CONDITIONAL_TRUE_EVENT(n IS NULL) OVER (ORDER BY i) FROM w2 ORDER BY i', rows: [[1, '0'], [2, '1'], [3, '1']] },
  { name: 'LEAD with offset and default, FIRST_VALUE/NTH_VALUE', snowflake: 'SELECT i, LEAD(n, 1, -1) OVER (ORDER BY i), FIRST_VALUE(n) OVER (ORDER BY i), NTH_VALUE(n, 3) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM w2 ORDER BY i', rows: [[1, null, 10, 30], [2, 30, 10, 30], [3, -1, 10, 30]] },
  { name: 'PERCENTILE_CONT / PERCENTILE_DISC', snowflake: 'SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY v) FROM w', rows: [[1, 1]] },
  { name: 'NTILE', snowflake: 'SELECT NTILE(2) OVER (ORDER BY v) FROM w ORDER BY 1', rows: [['1'], ['1'], ['2']] },
], {
  setup: [
    'CREATE TABLE "DB"."PUBLIC"."W" ("V" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."W" VALUES (1), (1), (2)',
    'CREATE TABLE "DB"."PUBLIC"."W2" ("I" INTEGER, "N" INTEGER)', 'INSERT INTO "DB"."PUBLIC"."W2" VALUES (1, 10), (2, NULL), (3, 30)',
  ],
});
