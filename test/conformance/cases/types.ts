/**
 * @module test/conformance/cases/types
 * Data types and conversions: CAST / `::` / TRY_CAST, TO_NUMBER/TO_DECIMAL, TO_BOOLEAN, TO_VARCHAR
 * of numbers, truncation/precision errors (100078, 100039), coercion (NUMBER(18,5)), literal
 * types, and declared column types round-tripping through tables.
 */
import { defineCases, fn, ref } from './_define.ts';

const CONV = ref('data-type-conversion');
const CAST_T = [
  `CREATE OR REPLACE TABLE test_data_type_conversion (varchar_value VARCHAR, number_value NUMBER(5, 4), timestamp_value TIMESTAMP)`,
  `INSERT INTO test_data_type_conversion VALUES ('9.8765', 1.2345, '2024-05-09 14:32:29.135 -0700')`,
];
const BOOL_T = [
  `CREATE OR REPLACE TABLE test_boolean(b BOOLEAN, n NUMBER, s STRING)`,
  `INSERT INTO test_boolean VALUES (true, 1, 'yes'), (false, 0, 'no'), (null, null, null)`,
];
const ZEROS_T = [
  `CREATE OR REPLACE TABLE convert_test_zeros (varchar1 VARCHAR, float1 FLOAT, variant1 VARIANT)`,
  `INSERT INTO convert_test_zeros SELECT '5.000', 5.000, PARSE_JSON('{"Loan Number": 5.000}')`,
];
const NUM_CONV_T = [`CREATE OR REPLACE TABLE number_conv(expr VARCHAR)`, `INSERT INTO number_conv VALUES ('12.3456'), ('98.76546')`];
const NUM_STR_T = [
  `CREATE OR REPLACE TABLE convert_numbers_to_strings(column1 NUMBER(38,3))`,
  `INSERT INTO convert_numbers_to_strings VALUES (-12.391), (0), (-1), (0.10), (0.01), (3987), (1.111)`,
];

export const typeCases = defineCases('types', [
  { id: 'cast/table-contents', doc: fn('cast'), setup: CAST_T, sql: `SELECT * FROM test_data_type_conversion`, columns: ['VARCHAR_VALUE', 'NUMBER_VALUE', 'TIMESTAMP_VALUE'], rows: [['9.8765', '1.2345', '2024-05-09 14:32:29.135']] },
  { id: 'cast/varchar-to-number-rounds', doc: fn('cast'), setup: CAST_T, sql: `SELECT CAST(varchar_value AS NUMBER(5,2)) AS varchar_to_number1 FROM test_data_type_conversion`, columns: ['VARCHAR_TO_NUMBER1'], rows: [['9.88']] },
  { id: 'cast/varchar-to-number-pads-scale', doc: fn('cast'), setup: CAST_T, sql: `SELECT varchar_value::NUMBER(6,5) AS varchar_to_number2 FROM test_data_type_conversion`, columns: ['VARCHAR_TO_NUMBER2'], rows: [['9.87650']] },
  { id: 'cast/number-to-integer', doc: fn('cast'), setup: CAST_T, sql: `SELECT CAST(number_value AS INTEGER) AS number_to_integer FROM test_data_type_conversion`, columns: ['NUMBER_TO_INTEGER'], rows: [['1']] },
  { id: 'cast/number-to-varchar', doc: fn('cast'), setup: CAST_T, sql: `SELECT CAST(number_value AS VARCHAR) AS number_to_varchar FROM test_data_type_conversion`, columns: ['NUMBER_TO_VARCHAR'], rows: [['1.2345']] },
  { id: 'cast/varchar-with-length', doc: fn('cast'), setup: CAST_T, sql: `SELECT varchar_value, CAST(varchar_value AS VARCHAR(9)) AS converted_varchar FROM test_data_type_conversion`, columns: ['VARCHAR_VALUE', 'CONVERTED_VARCHAR'], rows: [['9.8765', '9.8765']] },
  { id: 'cast/varchar-too-long', doc: fn('cast'), setup: CAST_T, sql: `SELECT CAST(varchar_value AS VARCHAR(4)) FROM test_data_type_conversion`, error: { errno: '100078', sqlState: '22000', messageIncludes: `String '9.8765' is too long and would be truncated` } },
  { id: 'cast/timestamp-to-date', doc: fn('cast'), setup: CAST_T, sql: `SELECT CAST(timestamp_value AS DATE) AS timestamp_to_date FROM test_data_type_conversion`, columns: ['TIMESTAMP_TO_DATE'], rows: [['2024-05-09']] },
  { id: 'cast/string-to-date-three-ways', doc: CONV, sql: `SELECT CAST('2022-04-01' AS DATE) AS a, '2022-04-01'::DATE AS b, TO_DATE('2022-04-01') AS c`, columns: ['A', 'B', 'C'], rows: [['2022-04-01', '2022-04-01', '2022-04-01']] },
  { id: 'system_typeof/doc-null', doc: fn('system_typeof'), sql: `SELECT SYSTEM$TYPEOF(NULL)`, columns: ['SYSTEM$TYPEOF(NULL)'], rows: [['NULL[LOB]']] },
  { id: 'system_typeof/doc-numbers', doc: fn('system_typeof'), sql: `SELECT SYSTEM$TYPEOF(1), SYSTEM$TYPEOF(1e10), SYSTEM$TYPEOF(10000)`, columns: ['SYSTEM$TYPEOF(1)', 'SYSTEM$TYPEOF(1E10)', 'SYSTEM$TYPEOF(10000)'], rows: [['NUMBER(1,0)[SB1]', 'NUMBER(11,0)[SB8]', 'NUMBER(5,0)[SB2]']] },
  { id: 'system_typeof/doc-strings', doc: fn('system_typeof'), sql: `SELECT SYSTEM$TYPEOF('something'), SYSTEM$TYPEOF(CONCAT('every', 'body'))`, columns: [`SYSTEM$TYPEOF('SOMETHING')`, `SYSTEM$TYPEOF(CONCAT('EVERY', 'BODY'))`], rows: [['VARCHAR(9)[LOB]', 'VARCHAR(9)[LOB]']] },
  { id: 'cast/systypeof-ifnull', doc: CONV, sql: `SELECT SYSTEM$TYPEOF(IFNULL(12.3, 0)), SYSTEM$TYPEOF(IFNULL(NULL, 0))`, columns: ['SYSTEM$TYPEOF(IFNULL(12.3, 0))', 'SYSTEM$TYPEOF(IFNULL(NULL, 0))'], rows: [['NUMBER(3,1)[SB1]', 'NUMBER(1,0)[SB1]']] },
  { id: 'cast/float-to-varchar-drops-zeros', doc: CONV, setup: ZEROS_T, sql: `SELECT varchar1, float1::VARCHAR, variant1:"Loan Number"::VARCHAR FROM convert_test_zeros`, columns: ['VARCHAR1', 'FLOAT1::VARCHAR', 'VARIANT1:"LOAN NUMBER"::VARCHAR'], rows: [['5.000', '5', '5']] },
  { id: 'cast/precision-loss-fails', doc: CONV, sql: `SELECT 12.3::FLOAT::NUMBER(3,2)`, error: { errno: '100039', sqlState: '22003' } },
  { id: 'cast/float-to-int-rounds', doc: CONV, sql: `SELECT 2.5::FLOAT::INTEGER AS a, (-2.5)::FLOAT::INTEGER AS b, 1.4::FLOAT::INT AS c`, columns: ['A', 'B', 'C'], rows: [['3', '-3', '1']] },
  { id: 'cast/number-scale-rounds', doc: fn('cast'), sql: `SELECT 1.005::NUMBER(10,2) AS a, '123.456'::NUMBER(10,1) AS b`, columns: ['A', 'B'], rows: [['1.01', '123.5']] },
  { id: 'cast/date-to-timestamp', doc: CONV, sql: `SELECT '2024-01-02'::DATE::TIMESTAMP_NTZ AS r`, columns: ['R'], rows: [['2024-01-02 00:00:00']] },
  { id: 'cast/boolean-to-varchar', doc: CONV, sql: `SELECT TRUE::VARCHAR AS a, FALSE::STRING AS b`, columns: ['A', 'B'], rows: [['true', 'false']] },
  { id: 'cast/string-to-number-fails', doc: CONV, sql: `SELECT 'abc'::NUMBER`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'abc' is not recognized` } },
  { id: 'cast/string-to-date-fails', doc: fn('to_date'), sql: `SELECT 'not a date'::DATE`, error: { errno: '100040', sqlState: '22007', messageIncludes: `Date 'not a date' is not recognized` } },
  { id: 'cast/double-colon-precedence', doc: CONV, sql: `SELECT (2 * 3)::VARCHAR || ' square meters' AS r`, columns: ['R'], rows: [['6 square meters']] },
  { id: 'try_cast/timestamp', doc: fn('try_cast'), sql: `SELECT TRY_CAST('05-Mar-2016' AS TIMESTAMP)`, columns: [`TRY_CAST('05-MAR-2016' AS TIMESTAMP)`], rows: [['2016-03-05 00:00:00']] },
  { id: 'try_cast/bad-timestamp', doc: fn('try_cast'), sql: `SELECT TRY_CAST('05/16' AS TIMESTAMP)`, columns: [`TRY_CAST('05/16' AS TIMESTAMP)`], rows: [[null]] },
  { id: 'try_cast/too-long-char', doc: fn('try_cast'), sql: `SELECT TRY_CAST('ABCD' AS CHAR(2))`, columns: [`TRY_CAST('ABCD' AS CHAR(2))`], rows: [[null]] },
  { id: 'try_cast/varchar', doc: fn('try_cast'), sql: `SELECT TRY_CAST('ABCD' AS VARCHAR(10))`, columns: [`TRY_CAST('ABCD' AS VARCHAR(10))`], rows: [['ABCD']] },
  { id: 'try_cast/number', doc: fn('try_cast'), sql: `SELECT TRY_CAST('12' AS INT) AS a, TRY_CAST('x12' AS INT) AS b`, columns: ['A', 'B'], rows: [['12', null]] },
  { id: 'to_boolean/table', doc: fn('to_boolean'), setup: BOOL_T, sql: `SELECT * FROM test_boolean`, columns: ['B', 'N', 'S'], rows: [[true, '1', 'yes'], [false, '0', 'no'], [null, null, null]], unordered: true },
  { id: 'to_boolean/strings', doc: fn('to_boolean'), setup: BOOL_T, sql: `SELECT s, TO_BOOLEAN(s) FROM test_boolean`, columns: ['S', 'TO_BOOLEAN(S)'], rows: [['yes', true], ['no', false], [null, null]], unordered: true },
  { id: 'to_boolean/numbers', doc: fn('to_boolean'), setup: BOOL_T, sql: `SELECT n, TO_BOOLEAN(n) FROM test_boolean`, columns: ['N', 'TO_BOOLEAN(N)'], rows: [['1', true], ['0', false], [null, null]], unordered: true },
  { id: 'to_boolean/spellings', doc: fn('to_boolean'), sql: `SELECT TO_BOOLEAN('T') AS a, TO_BOOLEAN('off') AS b, TO_BOOLEAN('Y') AS c, TO_BOOLEAN(0.5) AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[true, false, true, true]] },
  { id: 'to_boolean/bad-string', doc: fn('to_boolean'), sql: `SELECT TO_BOOLEAN('maybe')`, error: { errno: '100037', sqlState: '22018', messageIncludes: `Boolean value 'maybe' is not recognized` } },
  { id: 'try_to_boolean/bad-string', doc: fn('try_to_boolean'), sql: `SELECT TRY_TO_BOOLEAN('maybe') AS r`, columns: ['R'], rows: [[null]] },
  { id: 'to_number/scale', doc: fn('to_decimal'), sql: `SELECT TO_NUMBER('12.3456', 10, 1) AS a, TO_DECIMAL('1.5', 10, 2) AS b, TO_NUMBER('12.3456') AS c`, columns: ['A', 'B', 'C'], rows: [['12.3', '1.50', '12']] },
  { id: 'to_number/out-of-range', doc: fn('to_decimal'), sql: `SELECT TO_NUMBER('123.456', 4, 2)`, error: { errno: '100039', sqlState: '22003' } },
  { id: 'try_to_number/bad', doc: fn('try_to_decimal'), sql: `SELECT TRY_TO_NUMBER('12.3abc') AS r`, columns: ['R'], rows: [[null]] },
  { id: 'to_double/string', doc: fn('to_double'), sql: `SELECT TO_DOUBLE('12.34') AS a, '1.5e3'::FLOAT AS b`, columns: ['A', 'B'], rows: [[12.34, 1500]] },
  { id: 'to_varchar/number', doc: fn('to_char'), sql: `SELECT TO_VARCHAR(12.50) AS a, TO_CHAR(123) AS b`, columns: ['A', 'B'], rows: [['12.50', '123']] },
  { id: 'to_varchar/float-log', doc: fn('to_char'), sql: `SELECT TO_VARCHAR(LOG(3,4))`, columns: ['TO_VARCHAR(LOG(3,4))'], rows: [['1.261859507']] },
  // Doc-example sweep (2026-11): TO_DECIMAL / TO_NUMBER with formats, TO_CHAR with numeric format models.
  {
    id: 'to_decimal/doc-precision-scale', doc: fn('to_decimal'), setup: NUM_CONV_T,
    sql: `SELECT expr, TO_NUMBER(expr), TO_NUMBER(expr, 10, 1), TO_NUMBER(expr, 10, 8) FROM number_conv`,
    columns: ['EXPR', 'TO_NUMBER(EXPR)', 'TO_NUMBER(EXPR, 10, 1)', 'TO_NUMBER(EXPR, 10, 8)'],
    rows: [['12.3456', '12', '12.3', '12.34560000'], ['98.76546', '99', '98.8', '98.76546000']],
  },
  {
    id: 'to_decimal/doc-format-models', doc: fn('to_decimal'),
    sql: `SELECT column1, TO_DECIMAL(column1, '99.9') as D0, TO_DECIMAL(column1, '99.9', 9, 5) as D5, TO_DECIMAL(column1, 'TM9', 9, 5) as TD5 FROM VALUES ('1.0'), ('-12.3'), ('0.0'), ('- 0.1')`,
    columns: ['COLUMN1', 'D0', 'D5', 'TD5'],
    rows: [['1.0', '1', '1.00000', '1.00000'], ['-12.3', '-12', '-12.30000', '-12.30000'], ['0.0', '0', '0.00000', '0.00000'], ['- 0.1', '0', '-0.10000', '-0.10000']],
  },
  { id: 'to_decimal/doc-group-separator', doc: fn('to_decimal'), sql: `SELECT column1, TO_DECIMAL(column1, '9,999.99', 6, 2) as convert_number FROM VALUES ('3,741.72')`, columns: ['COLUMN1', 'CONVERT_NUMBER'], rows: [['3,741.72', '3741.72']] },
  { id: 'to_decimal/doc-currency', doc: fn('to_decimal'), sql: `SELECT column1, TO_DECIMAL(column1, '$9,999.00', 6, 2) as convert_currency FROM VALUES ('$7,543.35')`, columns: ['COLUMN1', 'CONVERT_CURRENCY'], rows: [['$7,543.35', '7543.35']] },
  {
    id: 'to_char/doc-number-format-models', doc: fn('to_char'), setup: NUM_STR_T,
    sql: `SELECT column1 AS orig_value, TO_CHAR(column1, '">"$99.0"<"') AS D2_1, TO_CHAR(column1, '">"B9,999.0"<"') AS D4_1, TO_CHAR(column1, '">"TME"<"') AS TME, TO_CHAR(column1, '">"TM9"<"') AS TM9, TO_CHAR(column1, '">"0XXX"<"') AS X4, TO_CHAR(column1, '">"S0XXX"<"') AS SX4 FROM convert_numbers_to_strings`,
    columns: ['ORIG_VALUE', 'D2_1', 'D4_1', 'TME', 'TM9', 'X4', 'SX4'],
    rows: [
      ['-12.391', '>-$12.4<', '>   -12.4<', '>-1.2391E1<', '>-12.391<', '>FFF4<', '>-000C<'],
      ['0.000', '>  $0.0<', '>      .0<', '>0E0<', '>0.000<', '>0000<', '>+0000<'],
      ['-1.000', '> -$1.0<', '>    -1.0<', '>-1E0<', '>-1.000<', '>FFFF<', '>-0001<'],
      ['0.100', '>  $0.1<', '>      .1<', '>1E-1<', '>0.100<', '>0000<', '>+0000<'],
      ['0.010', '>  $0.0<', '>      .0<', '>1E-2<', '>0.010<', '>0000<', '>+0000<'],
      ['3987.000', '> $##.#<', '> 3,987.0<', '>3.987E3<', '>3987.000<', '>0F93<', '>+0F93<'],
      ['1.111', '>  $1.1<', '>     1.1<', '>1.111E0<', '>1.111<', '>0001<', '>+0001<'],
    ],
  },
  // https://docs.snowflake.com/en/sql-reference/sql-format-models: fixed-width output, `0` keeps leading zeros, S/MI signs, FM trims.
  { id: 'to_char/number-format-elements', doc: ref('sql-format-models'), sql: `SELECT TO_CHAR(12, '000') AS a, TO_CHAR(-5.5, '99.99MI') AS b, TO_CHAR(12.5, 'S99.9') AS c, TO_CHAR(7, 'FM999') AS d, TO_CHAR(1234567, '9G999G999') AS e`, columns: ['A', 'B', 'C', 'D', 'E'], rows: [[' 012', ' 5.50-', '+12.5', '7', ' 1,234,567']] },
  { id: 'to_double/format', doc: fn('to_double'), sql: `SELECT TO_DOUBLE('1,234.5', '9,999.9') AS a, TRY_TO_DOUBLE('x', '9.9') AS b`, columns: ['A', 'B'], rows: [[1234.5, null]] },
  { id: 'try_to_decimal/doc-scale-range', doc: fn('try_to_decimal'), sql: `SELECT column1 AS orig_string, TRY_TO_DECIMAL(column1) AS dec, TRY_TO_DECIMAL(column1, 10, 2) AS dec_with_scale, TRY_TO_DECIMAL(column1, 4, 2) AS dec_with_range_err FROM VALUES ('345.123')`, columns: ['ORIG_STRING', 'DEC', 'DEC_WITH_SCALE', 'DEC_WITH_RANGE_ERR'], rows: [['345.123', '345', '345.12', null]] },
  { id: 'try_to_decimal/doc-format', doc: fn('try_to_decimal'), sql: `SELECT column1 AS orig_string, TRY_TO_DECIMAL(column1, '$999.00') AS num, TRY_TO_DECIMAL(column1, '$999.00', 5, 2) AS num_with_scale, TRY_TO_DECIMAL(column1, 5, 2) AS num_with_format_err FROM VALUES ('$345.12')`, columns: ['ORIG_STRING', 'NUM', 'NUM_WITH_SCALE', 'NUM_WITH_FORMAT_ERR'], rows: [['$345.12', '345', '345.12', null]] },
  { id: 'literal/number-types', doc: CONV, sql: `SELECT 12.3 AS a, 0 AS b, 1.50 AS c, -7 AS d`, columns: ['A', 'B', 'C', 'D'], rows: [['12.3', '0', '1.50', '-7']] },
  { id: 'coercion/int-vs-float-compare', doc: CONV, sql: `SELECT 1 < 1.5::FLOAT AS r`, columns: ['R'], rows: [[true]] },
  { id: 'coercion/varchar-vs-number-compare', doc: CONV, sql: `SELECT '10' = 10 AS a, '10.0' = 10 AS b`, columns: ['A', 'B'], rows: [[true, true]] },
  {
    id: 'types/declared-columns-roundtrip', doc: ref('data-types'),
    setup: [
      `CREATE TABLE all_types (n NUMBER(8,2), i INT, f FLOAT, v VARCHAR(10), c CHAR(3), b BOOLEAN, d DATE, t TIME, ts TIMESTAMP_NTZ)`,
      `INSERT INTO all_types VALUES (12.5, 7, 1.25, 'abc', 'xy', TRUE, '2024-02-29', '13:45:01', '2024-02-29 13:45:01.5')`,
    ],
    sql: `SELECT * FROM all_types`,
    columns: ['N', 'I', 'F', 'V', 'C', 'B', 'D', 'T', 'TS'],
    rows: [['12.50', '7', 1.25, 'abc', 'xy', true, '2024-02-29', '13:45:01', '2024-02-29 13:45:01.5']],
  },
  { id: 'types/varchar-length-enforced-on-insert', doc: ref('data-types-text'), setup: [`CREATE TABLE vt (v VARCHAR(3))`], sql: `INSERT INTO vt VALUES ('abcd')`, error: { errno: '100078', sqlState: '22000' } },
  { id: 'types/number-precision-enforced-on-insert', doc: ref('data-types-numeric'), setup: [`CREATE TABLE nt (n NUMBER(3,2))`], sql: `INSERT INTO nt VALUES (11.11)`, error: { errno: '100046', sqlState: '22003' } },
  { id: 'types/not-null-enforced', doc: cmdDoc('create-table'), setup: [`CREATE TABLE nn (id INT NOT NULL)`], sql: `INSERT INTO nn VALUES (NULL)`, error: { errno: '100072', sqlState: '22000', messageIncludes: 'NULL result in a non-nullable column' } },
  { id: 'types/binary-hex', doc: ref('binary-input-output'), sql: `SELECT TO_BINARY('SNOW', 'UTF-8') AS b, HEX_ENCODE('SNOW') AS h`, columns: ['B', 'H'], rows: [['534E4F57', '534E4F57']] },
  { id: 'types/boolean-literals', doc: ref('data-types-logical'), sql: `SELECT TRUE AND NULL AS a, FALSE AND NULL AS b, TRUE OR NULL AS c, NOT NULL AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[null, false, true, null]] },
]);

function cmdDoc(name: string): string {
  return `https://docs.snowflake.com/en/sql-reference/sql/${name}`;
}
