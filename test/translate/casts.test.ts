import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/functions/cast, …/data-type-conversion,
// …/data-types-datetime (timestamp input with offsets).
runCases('casts', [
  { name: 'NUMBER(p,s) rounds extra digits', snowflake: "SELECT 1.005::NUMBER(10,2), '123.456'::NUMBER(10,1)", rows: [['1.01', '123.5']] },
  { name: 'INT is NUMBER(38,0)', snowflake: 'SELECT 2.5::INT, (-2.5)::INTEGER', duckdb: 'SELECT CAST(2.5 AS DECIMAL(38,0)) AS "2.5::INT", CAST(((-2.5)) AS DECIMAL(38,0)) AS "(-2.5)::INTEGER"', rows: [['3', '-3']] },
  { name: 'non-numeric text raises a conversion error', snowflake: "SELECT 'abc'::NUMBER", error: { message: 'Could not convert' } },
  { name: 'TRY_CAST returns NULL', snowflake: "SELECT TRY_CAST('abc' AS INT), TRY_CAST('ABCD' AS CHAR(2)), TRY_CAST('ABCD' AS VARCHAR(10))", rows: [[null, null, 'ABCD']] },
  { name: 'VARCHAR(n) that is too short fails', snowflake: "SELECT 'ABCD'::VARCHAR(2)", error: { message: "String 'ABCD' is too long and would be truncated" } },
  { name: 'FLOAT family is DOUBLE', snowflake: "SELECT '1.5'::FLOAT, '2'::DOUBLE, '3'::REAL", rows: [[1.5, 2, 3]] },
  { name: 'AUTO date formats', snowflake: "SELECT '05-Mar-2016'::DATE, TRY_CAST('05-Mar-2016' AS TIMESTAMP)", rows: [['2016-03-05', '2016-03-05 00:00:00']] },
  { name: 'an offset on a TIMESTAMP_NTZ literal is dropped', snowflake: "SELECT '2024-05-09 14:32:29.135 -0700'::TIMESTAMP_NTZ", rows: [['2024-05-09 14:32:29.135']] },
  { name: 'an offset on a TIMESTAMP_LTZ literal is honoured', snowflake: "SELECT '2024-01-01 10:00:00 +02:00'::TIMESTAMP_LTZ = '2024-01-01 08:00:00 +00:00'::TIMESTAMP_LTZ", rows: [[true]] },
  { name: 'timestamp to varchar uses the default output format', snowflake: "SELECT '2024-01-02 03:04:05'::TIMESTAMP::VARCHAR", rows: [['2024-01-02 03:04:05.000']] },
  { name: 'boolean from text', snowflake: "SELECT 'true'::BOOLEAN, 'f'::BOOLEAN", rows: [[true, false]] },
  { name: 'to VARIANT and back', snowflake: "SELECT 'x'::VARIANT, ('x'::VARIANT)::STRING, 5::VARIANT", rows: [['"x"', 'x', '5']] },
  { name: 'TIMESTAMP follows TIMESTAMP_TYPE_MAPPING', snowflake: "SELECT '2024-01-01 00:00:00'::TIMESTAMP", ctx: { params: { TIMESTAMP_TYPE_MAPPING: 'TIMESTAMP_LTZ' } }, duckdb: `SELECT CAST('2024-01-01 00:00:00' AS TIMESTAMPTZ) AS "'2024-01-01 00:00:00'::TIMESTAMP"` },
  { name: 'GEOGRAPHY is not supported', snowflake: "SELECT 'POINT(1 1)'::GEOGRAPHY", error: { errno: 2 } },
]);
