/**
 * @module test/conformance/cases/datetime
 * Date and time: DATEADD, DATEDIFF (and date minus date), DATE_TRUNC, EXTRACT/DATE_PART, TO_DATE,
 * TO_TIME, TO_TIMESTAMP, *_FROM_PARTS, LAST_DAY, ADD_MONTHS, MONTHS_BETWEEN, NEXT_DAY, DAYNAME,
 * CONVERT_TIMEZONE, TO_CHAR with formats, interval constants. Timestamps are compared as
 * `YYYY-MM-DD HH:MM:SS[.fraction]` with trailing fraction zeros dropped (README.md).
 */
import { defineCases, fn, ref } from './_define.ts';

const TRUNC_T = [
  `CREATE OR REPLACE TABLE test_date_trunc (mydate DATE, mytime TIME, mytimestamp TIMESTAMP)`,
  `INSERT INTO test_date_trunc VALUES ('2024-05-09', '08:50:48', '2024-05-09 08:50:57.891 -0700')`,
];

// https://docs.snowflake.com/en/sql-reference/functions-date-time#label-calendar-weeks-weekdays
const WEEKS = ref('functions-date-time');
const WEEK_T = [
  `CREATE OR REPLACE TABLE week_examples (d DATE)`,
  `INSERT INTO week_examples VALUES ('2016-12-30'), ('2016-12-31'), ('2017-01-01'), ('2017-01-02'), ('2017-01-03'), ('2017-01-04'), ('2017-01-05'), ('2017-12-30'), ('2017-12-31')`,
];
const WEEK_Q = `SELECT d "Date", DAYNAME(d) "Day", DAYOFWEEK(d) "DOW", DATE_TRUNC('week', d) "Trunc Date", DAYNAME("Trunc Date") "Trunc Day", LAST_DAY(d, 'week') "Last DOW Date", DAYNAME("Last DOW Date") "Last DOW Day", DATEDIFF('week', '2017-01-01', d) "Weeks Diff from 2017-01-01 to Date" FROM week_examples`;
const WEEK_COLS = ['Date', 'Day', 'DOW', 'Trunc Date', 'Trunc Day', 'Last DOW Date', 'Last DOW Day', 'Weeks Diff from 2017-01-01 to Date'];
const WEEK_ROWS_0 = [
  ['2016-12-30', 'Fri', '5', '2016-12-26', 'Mon', '2017-01-01', 'Sun', '0'], ['2016-12-31', 'Sat', '6', '2016-12-26', 'Mon', '2017-01-01', 'Sun', '0'],
  ['2017-01-01', 'Sun', '0', '2016-12-26', 'Mon', '2017-01-01', 'Sun', '0'], ['2017-01-02', 'Mon', '1', '2017-01-02', 'Mon', '2017-01-08', 'Sun', '1'],
  ['2017-01-03', 'Tue', '2', '2017-01-02', 'Mon', '2017-01-08', 'Sun', '1'], ['2017-01-04', 'Wed', '3', '2017-01-02', 'Mon', '2017-01-08', 'Sun', '1'],
  ['2017-01-05', 'Thu', '4', '2017-01-02', 'Mon', '2017-01-08', 'Sun', '1'], ['2017-12-30', 'Sat', '6', '2017-12-25', 'Mon', '2017-12-31', 'Sun', '52'],
  ['2017-12-31', 'Sun', '0', '2017-12-25', 'Mon', '2017-12-31', 'Sun', '52'],
];
const WEEK_ROWS_3 = [
  ['2016-12-30', 'Fri', '3', '2016-12-28', 'Wed', '2017-01-03', 'Tue', '0'], ['2016-12-31', 'Sat', '4', '2016-12-28', 'Wed', '2017-01-03', 'Tue', '0'],
  ['2017-01-01', 'Sun', '5', '2016-12-28', 'Wed', '2017-01-03', 'Tue', '0'], ['2017-01-02', 'Mon', '6', '2016-12-28', 'Wed', '2017-01-03', 'Tue', '0'],
  ['2017-01-03', 'Tue', '7', '2016-12-28', 'Wed', '2017-01-03', 'Tue', '0'], ['2017-01-04', 'Wed', '1', '2017-01-04', 'Wed', '2017-01-10', 'Tue', '1'],
  ['2017-01-05', 'Thu', '2', '2017-01-04', 'Wed', '2017-01-10', 'Tue', '1'], ['2017-12-30', 'Sat', '4', '2017-12-27', 'Wed', '2018-01-02', 'Tue', '52'],
  ['2017-12-31', 'Sun', '5', '2017-12-27', 'Wed', '2018-01-02', 'Tue', '52'],
];
const WOY_Q = `SELECT d "Date", DAYNAME(d) "Day", WEEK(d) "WOY", WEEKISO(d) "WOY (ISO)", YEAROFWEEK(d) "YOW", YEAROFWEEKISO(d) "YOW (ISO)" FROM week_examples`;
const WOY_COLS = ['Date', 'Day', 'WOY', 'WOY (ISO)', 'YOW', 'YOW (ISO)'];
const WOY_ROWS_0 = [
  ['2016-12-30', 'Fri', '52', '52', '2016', '2016'], ['2016-12-31', 'Sat', '52', '52', '2016', '2016'], ['2017-01-01', 'Sun', '52', '52', '2016', '2016'],
  ['2017-01-02', 'Mon', '1', '1', '2017', '2017'], ['2017-01-03', 'Tue', '1', '1', '2017', '2017'], ['2017-01-04', 'Wed', '1', '1', '2017', '2017'],
  ['2017-01-05', 'Thu', '1', '1', '2017', '2017'], ['2017-12-30', 'Sat', '52', '52', '2017', '2017'], ['2017-12-31', 'Sun', '52', '52', '2017', '2017'],
];
const WOY_ROWS_1_3 = [
  ['2016-12-30', 'Fri', '53', '52', '2016', '2016'], ['2016-12-31', 'Sat', '53', '52', '2016', '2016'], ['2017-01-01', 'Sun', '1', '52', '2017', '2016'],
  ['2017-01-02', 'Mon', '1', '1', '2017', '2017'], ['2017-01-03', 'Tue', '1', '1', '2017', '2017'], ['2017-01-04', 'Wed', '2', '1', '2017', '2017'],
  ['2017-01-05', 'Thu', '2', '1', '2017', '2017'], ['2017-12-30', 'Sat', '53', '52', '2017', '2017'], ['2017-12-31', 'Sun', '53', '52', '2017', '2017'],
];

export const datetimeCases = defineCases('datetime', [
  { id: 'dateadd/years', doc: fn('dateadd'), sql: `SELECT TO_DATE('2022-05-08') AS original_date, DATEADD(year, 2, TO_DATE('2022-05-08')) AS date_plus_two_years`, columns: ['ORIGINAL_DATE', 'DATE_PLUS_TWO_YEARS'], rows: [['2022-05-08', '2024-05-08']] },
  { id: 'dateadd/minus-years', doc: fn('dateadd'), sql: `SELECT TO_DATE('2022-05-08') AS original_date, DATEADD(year, -2, TO_DATE('2022-05-08')) AS date_minus_two_years`, columns: ['ORIGINAL_DATE', 'DATE_MINUS_TWO_YEARS'], rows: [['2022-05-08', '2020-05-08']] },
  {
    id: 'dateadd/date-plus-hours-is-timestamp', doc: fn('dateadd'),
    setup: [`CREATE TABLE datetest (d date)`, `INSERT INTO datetest VALUES ('2022-04-05')`],
    sql: `SELECT d AS original_date, DATEADD(year, 2, d) AS date_plus_two_years, TO_TIMESTAMP(d) AS original_timestamp, DATEADD(hour, 2, d) AS timestamp_plus_two_hours FROM datetest`,
    columns: ['ORIGINAL_DATE', 'DATE_PLUS_TWO_YEARS', 'ORIGINAL_TIMESTAMP', 'TIMESTAMP_PLUS_TWO_HOURS'],
    rows: [['2022-04-05', '2024-04-05', '2022-04-05 00:00:00', '2022-04-05 02:00:00']],
  },
  { id: 'dateadd/month-end-clamp', doc: fn('dateadd'), sql: `SELECT DATEADD(month, 1, '2023-01-31'::DATE) AS date_plus_one_month`, columns: ['DATE_PLUS_ONE_MONTH'], rows: [['2023-02-28']] },
  { id: 'dateadd/month-shorter', doc: fn('dateadd'), sql: `SELECT DATEADD(month, 1, '2023-02-28'::DATE) AS date_plus_one_month`, columns: ['DATE_PLUS_ONE_MONTH'], rows: [['2023-03-28']] },
  { id: 'dateadd/time-hours', doc: fn('dateadd'), sql: `SELECT TO_TIME('05:00:00') AS original_time, DATEADD(hour, 3, TO_TIME('05:00:00')) AS time_plus_three_hours`, columns: ['ORIGINAL_TIME', 'TIME_PLUS_THREE_HOURS'], rows: [['05:00:00', '08:00:00']] },
  { id: 'dateadd/timestampadd-alias', doc: fn('dateadd'), sql: `SELECT TIMESTAMPADD(day, 10, '2024-02-25'::DATE) AS a, TIMEADD(minute, 90, '2024-01-01 23:00:00'::TIMESTAMP) AS b`, columns: ['A', 'B'], rows: [['2024-03-06', '2024-01-02 00:30:00']] },
  { id: 'dateadd/quoted-part', doc: fn('dateadd'), sql: `SELECT DATEADD('day', -1, '2024-03-01'::DATE) AS r`, columns: ['R'], rows: [['2024-02-29']] },
  { id: 'datediff/years', doc: fn('datediff'), sql: `SELECT DATEDIFF(year, '2020-04-09 14:39:20'::TIMESTAMP, '2023-05-08 23:39:20'::TIMESTAMP) AS diff_years`, columns: ['DIFF_YEARS'], rows: [['3']] },
  { id: 'datediff/hours-over-two-years', doc: fn('datediff'), sql: `SELECT DATEDIFF(hour, '2023-05-08T23:39:20.123-07:00'::TIMESTAMP, DATEADD(year, 2, ('2023-05-08T23:39:20.123-07:00')::TIMESTAMP)) AS diff_hours`, columns: ['DIFF_HOURS'], rows: [['17544']] },
  {
    id: 'datediff/date-parts', doc: fn('datediff'),
    sql: `SELECT column1 date_1, column2 date_2,
       DATEDIFF(year, column1, column2) diff_years,
       DATEDIFF(month, column1, column2) diff_months,
       DATEDIFF(day, column1, column2) diff_days,
       column2::DATE - column1::DATE AS diff_days_via_minus
  FROM VALUES ('2015-12-30', '2015-12-31'), ('2015-12-31', '2016-01-01'), ('2016-01-01', '2017-12-31'), ('2016-08-23', '2016-09-07')`,
    columns: ['DATE_1', 'DATE_2', 'DIFF_YEARS', 'DIFF_MONTHS', 'DIFF_DAYS', 'DIFF_DAYS_VIA_MINUS'],
    rows: [
      ['2015-12-30', '2015-12-31', '0', '0', '1', '1'], ['2015-12-31', '2016-01-01', '1', '1', '1', '1'],
      ['2016-01-01', '2017-12-31', '1', '23', '730', '730'], ['2016-08-23', '2016-09-07', '0', '1', '15', '15'],
    ],
  },
  {
    id: 'datediff/time-parts', doc: fn('datediff'),
    sql: `SELECT DATEDIFF(hour, column1, column2) diff_hours, DATEDIFF(minute, column1, column2) diff_minutes, DATEDIFF(second, column1, column2) diff_seconds
  FROM VALUES ('2016-01-01 01:59:59'::TIMESTAMP, '2016-01-01 02:00:00'::TIMESTAMP), ('2016-01-01 01:00:00'::TIMESTAMP, '2016-01-01 01:59:00'::TIMESTAMP), ('2016-01-01 01:00:59'::TIMESTAMP, '2016-01-01 02:00:00'::TIMESTAMP)`,
    columns: ['DIFF_HOURS', 'DIFF_MINUTES', 'DIFF_SECONDS'],
    rows: [['1', '1', '1'], ['0', '59', '3540'], ['1', '60', '3541']],
  },
  { id: 'datediff/month-boundary', doc: fn('datediff'), sql: `SELECT DATEDIFF(month, '2021-01-01'::DATE, '2021-02-28'::DATE) AS r`, columns: ['R'], rows: [['1']] },
  { id: 'datediff/negative', doc: fn('datediff'), sql: `SELECT DATEDIFF(day, '2024-01-13'::DATE, '2024-01-01'::DATE) AS r`, columns: ['R'], rows: [['-12']] },
  { id: 'date_trunc/table', doc: fn('date_trunc'), setup: TRUNC_T, sql: `SELECT * FROM test_date_trunc`, columns: ['MYDATE', 'MYTIME', 'MYTIMESTAMP'], rows: [['2024-05-09', '08:50:48', '2024-05-09 08:50:57.891']] },
  {
    id: 'date_trunc/date', doc: fn('date_trunc'), setup: TRUNC_T,
    sql: `SELECT mydate AS "DATE", DATE_TRUNC('year', mydate) AS "TRUNCATED TO YEAR", DATE_TRUNC('month', mydate) AS "TRUNCATED TO MONTH", DATE_TRUNC('week', mydate) AS "TRUNCATED TO WEEK", DATE_TRUNC('day', mydate) AS "TRUNCATED TO DAY" FROM test_date_trunc`,
    columns: ['DATE', 'TRUNCATED TO YEAR', 'TRUNCATED TO MONTH', 'TRUNCATED TO WEEK', 'TRUNCATED TO DAY'],
    rows: [['2024-05-09', '2024-01-01', '2024-05-01', '2024-05-06', '2024-05-09']],
  },
  { id: 'date_trunc/time', doc: fn('date_trunc'), setup: TRUNC_T, sql: `SELECT mytime AS "TIME", DATE_TRUNC('minute', mytime) AS "TRUNCATED TO MINUTE" FROM test_date_trunc`, columns: ['TIME', 'TRUNCATED TO MINUTE'], rows: [['08:50:48', '08:50:00']] },
  {
    id: 'date_trunc/timestamp', doc: fn('date_trunc'), setup: TRUNC_T,
    sql: `SELECT mytimestamp AS "TIMESTAMP", DATE_TRUNC('hour', mytimestamp) AS "TRUNCATED TO HOUR", DATE_TRUNC('minute', mytimestamp) AS "TRUNCATED TO MINUTE", DATE_TRUNC('second', mytimestamp) AS "TRUNCATED TO SECOND" FROM test_date_trunc`,
    columns: ['TIMESTAMP', 'TRUNCATED TO HOUR', 'TRUNCATED TO MINUTE', 'TRUNCATED TO SECOND'],
    rows: [['2024-05-09 08:50:57.891', '2024-05-09 08:00:00', '2024-05-09 08:50:00', '2024-05-09 08:50:57']],
  },
  { id: 'date_trunc/quarter-vs-extract', doc: fn('date_trunc'), setup: TRUNC_T, sql: `SELECT DATE_TRUNC('quarter', mytimestamp) AS "TRUNCATED", EXTRACT('quarter', mytimestamp) AS "EXTRACTED" FROM test_date_trunc`, columns: ['TRUNCATED', 'EXTRACTED'], rows: [['2024-04-01 00:00:00', '2']] },
  { id: 'trunc/date-form', doc: fn('trunc2'), sql: `SELECT TRUNC('2024-05-09'::DATE, 'MONTH') AS r`, columns: ['R'], rows: [['2024-05-01']] },
  { id: 'extract/from-syntax', doc: fn('extract'), sql: `SELECT EXTRACT(year FROM '2024-05-09'::DATE) AS y, EXTRACT(month FROM '2024-05-09'::DATE) AS m, EXTRACT(day FROM '2024-05-09'::DATE) AS d`, columns: ['Y', 'M', 'D'], rows: [['2024', '5', '9']] },
  { id: 'date_part/doc-timestamp-to-date', doc: fn('date_part'), sql: `SELECT '2025-04-08T23:39:20.123-07:00'::TIMESTAMP::DATE AS full_date_value`, columns: ['FULL_DATE_VALUE'], rows: [['2025-04-08']] },
  { id: 'date_part/doc-timestamp-to-time', doc: fn('date_part'), sql: `SELECT '2025-04-08T23:39:20.123-07:00'::TIMESTAMP::TIME AS full_time_value`, columns: ['FULL_TIME_VALUE'], rows: [['23:39:20.123']] },
  { id: 'date_part/doc-quarter', doc: fn('date_part'), sql: `SELECT DATE_PART(quarter, '2024-04-08'::DATE)`, columns: [`DATE_PART(QUARTER, '2024-04-08'::DATE)`], rows: [['2']] },
  { id: 'date_part/doc-year-of-alias', doc: fn('date_part'), sql: `SELECT TO_TIMESTAMP('2024-04-08T23:39:20.123-07:00') AS "TIME_STAMP1", DATE_PART(year, "TIME_STAMP1") AS "EXTRACTED YEAR"`, columns: ['TIME_STAMP1', 'EXTRACTED YEAR'], rows: [['2024-04-08 23:39:20.123', '2024']] },
  { id: 'date_part/doc-epoch-second', doc: fn('date_part'), sql: `SELECT TO_TIMESTAMP('2024-04-08T23:39:20.123-07:00') AS "TIME_STAMP1", DATE_PART(epoch_second, "TIME_STAMP1") AS "EXTRACTED EPOCH SECOND"`, columns: ['TIME_STAMP1', 'EXTRACTED EPOCH SECOND'], rows: [['2024-04-08 23:39:20.123', '1712619560']] },
  { id: 'date_part/doc-epoch-millisecond', doc: fn('date_part'), sql: `SELECT TO_TIMESTAMP('2024-04-08T23:39:20.123-07:00') AS "TIME_STAMP1", DATE_PART(epoch_millisecond, "TIME_STAMP1") AS "EXTRACTED EPOCH MILLISECOND"`, columns: ['TIME_STAMP1', 'EXTRACTED EPOCH MILLISECOND'], rows: [['2024-04-08 23:39:20.123', '1712619560123']] },
  { id: 'date_part/hour-minute', doc: fn('date_part'), sql: `SELECT DATE_PART(hour, '2024-05-09 08:50:57'::TIMESTAMP) AS h, DATE_PART('minute', '2024-05-09 08:50:57'::TIMESTAMP) AS m`, columns: ['H', 'M'], rows: [['8', '50']] },
  { id: 'date_part/epoch', doc: fn('date_part'), sql: `SELECT DATE_PART(epoch_second, '2024-01-01 00:00:00'::TIMESTAMP) AS r`, columns: ['R'], rows: [['1704067200']] },
  {
    id: 'year-month-day/functions', doc: fn('year'),
    sql: `SELECT YEAR(d) AS y, QUARTER(d) AS q, MONTH(d) AS m, DAY(d) AS dd, DAYOFYEAR(d) AS doy, DAYOFWEEK(d) AS dow, WEEKISO(d) AS wk FROM (SELECT '2024-05-09'::DATE AS d)`,
    columns: ['Y', 'Q', 'M', 'DD', 'DOY', 'DOW', 'WK'], rows: [['2024', '2', '5', '9', '130', '4', '19']],
  },
  { id: 'hour-minute-second/functions', doc: fn('hour-minute-second'), sql: `SELECT HOUR(t) AS h, MINUTE(t) AS m, SECOND(t) AS s FROM (SELECT '2024-05-09 08:50:57.891'::TIMESTAMP AS t)`, columns: ['H', 'M', 'S'], rows: [['8', '50', '57']] },
  { id: 'dayname/monthname', doc: fn('dayname'), sql: `SELECT DAYNAME('2024-05-09'::DATE) AS d, MONTHNAME('2024-05-09'::DATE) AS m`, columns: ['D', 'M'], rows: [['Thu', 'May']] },
  { id: 'last_day/month', doc: fn('last_day'), sql: `SELECT LAST_DAY('2024-02-10'::DATE) AS a, LAST_DAY('2023-02-10'::DATE) AS b, LAST_DAY('2024-05-09'::DATE, 'year') AS c`, columns: ['A', 'B', 'C'], rows: [['2024-02-29', '2023-02-28', '2024-12-31']] },
  { id: 'add_months/basic', doc: fn('add_months'), sql: `SELECT ADD_MONTHS('2016-05-15'::DATE, 2) AS a, ADD_MONTHS('2016-05-15'::DATE, -2) AS b`, columns: ['A', 'B'], rows: [['2016-07-15', '2016-03-15']] },
  { id: 'add_months/timestamp', doc: fn('add_months'), sql: `SELECT ADD_MONTHS('2016-05-15'::timestamp_ntz, 2) AS RESULT`, columns: ['RESULT'], rows: [['2016-07-15 00:00:00']] },
  { id: 'add_months/end-of-month-backwards', doc: fn('add_months'), sql: `SELECT ADD_MONTHS('2016-05-31'::date, -1) AS RESULT`, columns: ['RESULT'], rows: [['2016-04-30']] },
  { id: 'add_months/last-day-preserved', doc: fn('add_months'), sql: `SELECT ADD_MONTHS('2016-02-29'::DATE, 1) AS r`, columns: ['R'], rows: [['2016-03-31']] },
  { id: 'months_between/basic', doc: fn('months_between'), sql: `SELECT MONTHS_BETWEEN('2019-03-15'::DATE, '2019-02-15'::DATE) AS a, MONTHS_BETWEEN('2019-03-31'::DATE, '2019-02-28'::DATE) AS b`, columns: ['A', 'B'], rows: [['1.000000', '1.000000']] },
  { id: 'next_day/previous_day', doc: fn('next_day'), sql: `SELECT NEXT_DAY('2024-05-09'::DATE, 'Friday') AS n, PREVIOUS_DAY('2024-05-09'::DATE, 'mo') AS p`, columns: ['N', 'P'], rows: [['2024-05-10', '2024-05-06']] },
  { id: 'to_date/format', doc: fn('to_date'), sql: `SELECT TO_DATE('2024.05.10', 'YYYY.MM.DD') AS a, TO_DATE('05/10/2024', 'MM/DD/YYYY') AS b, DATE('2024-05-10') AS c`, columns: ['A', 'B', 'C'], rows: [['2024-05-10', '2024-05-10', '2024-05-10']] },
  { id: 'to_date/doc-basic', doc: fn('to_date'), sql: `SELECT TO_DATE('2024-05-10'), DATE('2024-05-10')`, columns: [`TO_DATE('2024-05-10')`, `DATE('2024-05-10')`], rows: [['2024-05-10', '2024-05-10']] },
  { id: 'to_date/doc-from-timestamp', doc: fn('to_date'), setup: [`CREATE OR REPLACE TABLE date_from_timestamp(ts TIMESTAMP)`, `INSERT INTO date_from_timestamp(ts) VALUES (TO_TIMESTAMP('2024.10.02 04:00:00', 'YYYY.MM.DD HH:MI:SS'))`], sql: `SELECT ts, TO_DATE(ts) FROM date_from_timestamp`, columns: ['TS', 'TO_DATE(TS)'], rows: [['2024-10-02 04:00:00', '2024-10-02']] },
  { id: 'to_date/doc-formats', doc: fn('to_date'), sql: `SELECT TO_DATE('2024.05.10', 'YYYY.MM.DD'), DATE('2024.05.10', 'YYYY.MM.DD'), TO_DATE('2024-05-10', 'AUTO'), DATE('05/20/2024', 'MM/DD/YYYY')`, columns: [`TO_DATE('2024.05.10', 'YYYY.MM.DD')`, `DATE('2024.05.10', 'YYYY.MM.DD')`, `TO_DATE('2024-05-10', 'AUTO')`, `DATE('05/20/2024', 'MM/DD/YYYY')`], rows: [['2024-05-10', '2024-05-10', '2024-05-10', '2024-05-20']] },
  {
    id: 'to_date/doc-integer-string-units', doc: fn('to_date'),
    setup: [`CREATE OR REPLACE TABLE demo1 (description VARCHAR, value VARCHAR)`, `INSERT INTO demo1 (description, value) VALUES ('Seconds', '31536000'), ('Milliseconds', '31536000000'), ('Microseconds', '31536000000000'), ('Nanoseconds', '31536000000000000')`],
    sql: `SELECT description, value, TO_TIMESTAMP(value), TO_DATE(value) FROM demo1 ORDER BY value`,
    columns: ['DESCRIPTION', 'VALUE', 'TO_TIMESTAMP(VALUE)', 'TO_DATE(VALUE)'],
    rows: [['Seconds', '31536000', '1971-01-01 00:00:00', '1971-01-01'], ['Milliseconds', '31536000000', '1971-01-01 00:00:00', '1971-01-01'], ['Microseconds', '31536000000000', '1971-01-01 00:00:00', '1971-01-01'], ['Nanoseconds', '31536000000000000', '1971-01-01 00:00:00', '1971-01-01']],
  },
  { id: 'to_date/from-timestamp-string', doc: fn('to_date'), sql: `SELECT TO_DATE('2024-05-10 13:00:00') AS r`, columns: ['R'], rows: [['2024-05-10']] },
  { id: 'to_date/bad', doc: fn('to_date'), sql: `SELECT TO_DATE('2024-13-45')`, error: { errno: '100040', sqlState: '22007' } },
  { id: 'try_to_date/bad', doc: fn('try_to_date'), sql: `SELECT TRY_TO_DATE('2024-13-45') AS a, TRY_TO_DATE('2024-01-31') AS b`, columns: ['A', 'B'], rows: [[null, '2024-01-31']] },
  { id: 'to_timestamp/string', doc: fn('to_timestamp'), sql: `SELECT TO_TIMESTAMP('2013-04-05 01:02:03') AS a, TO_TIMESTAMP_NTZ('2013-04-05') AS b`, columns: ['A', 'B'], rows: [['2013-04-05 01:02:03', '2013-04-05 00:00:00']] },
  { id: 'to_timestamp/format', doc: fn('to_timestamp'), sql: `SELECT TO_TIMESTAMP('04/05/2013 01:02:03', 'mm/dd/yyyy hh24:mi:ss') AS r`, columns: ['R'], rows: [['2013-04-05 01:02:03']] },
  { id: 'to_timestamp/epoch-seconds', doc: fn('to_timestamp'), sql: `SELECT TO_TIMESTAMP(31536000) AS r`, columns: ['R'], rows: [['1971-01-01 00:00:00']] },
  { id: 'to_time/basic', doc: fn('to_time'), sql: `SELECT TO_TIME('13:30:00') AS a, TIME('01:02:03.5') AS b`, columns: ['A', 'B'], rows: [['13:30:00', '01:02:03.5']] },
  { id: 'date_from_parts/basic', doc: fn('date_from_parts'), sql: `SELECT DATE_FROM_PARTS(1977, 8, 7) AS a, DATE_FROM_PARTS(2010, 1, 100) AS b, DATE_FROM_PARTS(2004, 2, 0) AS c`, columns: ['A', 'B', 'C'], rows: [['1977-08-07', '2010-04-10', '2004-01-31']] },
  { id: 'timestamp_from_parts/basic', doc: fn('timestamp_from_parts'), sql: `SELECT TIMESTAMP_NTZ_FROM_PARTS(2013, 4, 5, 12, 0, 0) AS a, TIMESTAMP_FROM_PARTS(2013, 4, 5, 12, 0, 0, 987654321) AS b`, columns: ['A', 'B'], rows: [['2013-04-05 12:00:00', '2013-04-05 12:00:00.987654321']] },
  { id: 'time_from_parts/basic', doc: fn('time_from_parts'), sql: `SELECT TIME_FROM_PARTS(12, 34, 56) AS a, TIME_FROM_PARTS(0, 100, 0) AS b`, columns: ['A', 'B'], rows: [['12:34:56', '01:40:00']] },
  { id: 'to_char/date-format', doc: fn('to_char'), sql: `SELECT TO_CHAR('2024-05-09'::DATE, 'YYYY/MM/DD') AS a, TO_CHAR('2024-05-09'::DATE) AS c`, columns: ['A', 'C'], rows: [['2024/05/09', '2024-05-09']] },
  { id: 'to_varchar/timestamp-format-doc', doc: fn('to_char'), sql: `SELECT TO_VARCHAR('2024-04-05 01:02:03'::TIMESTAMP, 'mm/dd/yyyy, hh24:mi hours')`, columns: [`TO_VARCHAR('2024-04-05 01:02:03'::TIMESTAMP, 'MM/DD/YYYY, HH24:MI HOURS')`], rows: [['04/05/2024, 01:02 hours']] },
  { id: 'to_varchar/date-default-format', doc: fn('to_char'), sql: `SELECT TO_VARCHAR('03-April-2024'::DATE)`, columns: [`TO_VARCHAR('03-APRIL-2024'::DATE)`], rows: [['2024-04-03']] },
  { id: 'to_varchar/date-format', doc: fn('to_char'), sql: `SELECT TO_VARCHAR('03-April-2024'::DATE, 'yyyy.mm.dd')`, columns: [`TO_VARCHAR('03-APRIL-2024'::DATE, 'YYYY.MM.DD')`], rows: [['2024.04.03']] },
  { id: 'to_char/timestamp-format', doc: fn('to_char'), sql: `SELECT TO_CHAR('2024-05-09 14:05:09'::TIMESTAMP, 'HH24:MI:SS') AS a, TO_CHAR('2024-05-09 14:05:09'::TIMESTAMP, 'HH12 AM') AS b`, columns: ['A', 'B'], rows: [['14:05:09', '02 PM']] },
  { id: 'convert_timezone/ntz', doc: fn('convert_timezone'), sql: `SELECT CONVERT_TIMEZONE('America/Los_Angeles', 'America/New_York', '2019-01-01 14:00:00'::TIMESTAMP_NTZ) AS conv`, columns: ['CONV'], rows: [['2019-01-01 17:00:00']] },
  { id: 'interval/date-plus-year', doc: ref('data-types-datetime'), sql: `SELECT TO_DATE('2018-04-15') + INTERVAL '1 year' AS r`, columns: ['R'], rows: [['2019-04-15']] },
  { id: 'interval/timestamp-plus-hours', doc: ref('data-types-datetime'), sql: `SELECT TO_TIMESTAMP('2018-04-15 23:00:00') + INTERVAL '2 hours' AS r`, columns: ['R'], rows: [['2018-04-16 01:00:00']] },
  { id: 'date/literal-typed', doc: ref('data-types-datetime'), sql: `SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-02-29 10:11:12' AS ts`, columns: ['D', 'TS'], rows: [['2024-02-29', '2024-02-29 10:11:12']] },
  { id: 'date/comparison-with-string', doc: ref('data-types-datetime'), sql: `SELECT '2024-02-29'::DATE > '2024-02-28' AS r`, columns: ['R'], rows: [[true]] },
  { id: 'current_date/type', doc: fn('current_date'), sql: `SELECT CURRENT_DATE() = TO_DATE(CURRENT_TIMESTAMP()) AS r`, columns: ['R'], rows: [[true]] },
  { id: 'timestamp/fractional-nanos', doc: ref('data-types-datetime'), sql: `SELECT '2024-01-01 00:00:00.123456789'::TIMESTAMP_NTZ AS r`, columns: ['R'], rows: [['2024-01-01 00:00:00.123456789']] },
  { id: 'timestamp_tz_from_parts/session-zone', doc: fn('timestamp_from_parts'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT TIMESTAMP_TZ_FROM_PARTS(2013, 4, 5, 12, 00, 00) AS r`, columns: ['R'], rows: [['2013-04-05 12:00:00 -07:00']] },
  { id: 'timestamp_tz_from_parts/zone-argument', doc: fn('timestamp_from_parts'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT TIMESTAMP_TZ_FROM_PARTS(2013, 4, 5, 12, 00, 00, 0, 'America/New_York') AS r`, columns: ['R'], rows: [['2013-04-05 12:00:00 -04:00']] },
  { id: 'timestamp_tz_from_parts/instant', doc: fn('timestamp_from_parts'), sql: `SELECT DATE_PART(EPOCH_SECOND, TIMESTAMPTZFROMPARTS(2013, 4, 5, 12, 0, 0, 'America/New_York')) AS e`, columns: ['E'], rows: [['1365177600']] },
  { id: 'from_parts/aliases', doc: fn('timestamp_from_parts'), sql: `SELECT TIMESTAMPFROMPARTS(2013, 4, 5, 12, 0, 0) AS a, TIMESTAMPNTZFROMPARTS(2013, 4, 5, 1, 2, 3) AS b, TIMEFROMPARTS(12, 34, 56) AS c, DATEFROMPARTS(2004, 13, 1) AS d`, columns: ['A', 'B', 'C', 'D'], rows: [['2013-04-05 12:00:00', '2013-04-05 01:02:03', '12:34:56', '2005-01-01']] },
  { id: 'date_from_parts/negative-parts', doc: fn('date_from_parts'), sql: `SELECT DATE_FROM_PARTS(2004, 1, 0) AS a, DATE_FROM_PARTS(2004, -1, -1) AS b`, columns: ['A', 'B'], rows: [['2003-12-31', '2003-10-30']] },
  // Doc-example sweep (2026-11): TIME_SLICE, MONTHS_BETWEEN, LAST_DAY, calendar weeks, TO_CHAR of TIME.
  { id: 'time_slice/doc-date-start-end', doc: fn('time_slice'), sql: `SELECT '2019-02-28'::DATE AS "DATE", TIME_SLICE("DATE", 4, 'MONTH', 'START') AS "START OF SLICE", TIME_SLICE("DATE", 4, 'MONTH', 'END') AS "END OF SLICE"`, columns: ['DATE', 'START OF SLICE', 'END OF SLICE'], rows: [['2019-02-28', '2019-01-01', '2019-05-01']] },
  {
    id: 'time_slice/doc-timestamps', doc: fn('time_slice'),
    sql: `SELECT '2019-02-28T01:23:45.678'::TIMESTAMP_NTZ AS "TIMESTAMP 1", '2019-02-28T12:34:56.789'::TIMESTAMP_NTZ AS "TIMESTAMP 2", TIME_SLICE("TIMESTAMP 1", 8, 'HOUR') AS "SLICE FOR TIMESTAMP 1", TIME_SLICE("TIMESTAMP 2", 8, 'HOUR') AS "SLICE FOR TIMESTAMP 2"`,
    columns: ['TIMESTAMP 1', 'TIMESTAMP 2', 'SLICE FOR TIMESTAMP 1', 'SLICE FOR TIMESTAMP 2'],
    rows: [['2019-02-28 01:23:45.678', '2019-02-28 12:34:56.789', '2019-02-28 00:00:00', '2019-02-28 08:00:00']],
  },
  // Usage notes: week slices align to the start of the week holding 1970-01-01 (Monday 1969-12-29, then 1970-01-12, ...).
  { id: 'time_slice/week-alignment', doc: fn('time_slice'), sql: `SELECT TIME_SLICE('1970-01-20'::DATE, 2, 'WEEK') AS a, TIME_SLICE('1970-01-01'::DATE, 1, 'WEEK') AS b`, columns: ['A', 'B'], rows: [['1970-01-12', '1969-12-29']] },
  { id: 'months_between/doc-fractions', doc: fn('months_between'), sql: `SELECT MONTHS_BETWEEN('2019-03-01'::DATE, '2019-02-15'::DATE) AS MonthsBetween1, MONTHS_BETWEEN('2019-03-01 02:00:00'::TIMESTAMP, '2019-02-15 01:00:00'::TIMESTAMP) AS MonthsBetween2`, columns: ['MONTHSBETWEEN1', 'MONTHSBETWEEN2'], rows: [['0.548387', '0.549731']] },
  { id: 'months_between/doc-negative', doc: fn('months_between'), sql: `SELECT MONTHS_BETWEEN('2019-03-01'::DATE, '2019-02-15'::DATE) AS MonthsBetween1, MONTHS_BETWEEN('2019-02-15'::DATE, '2019-03-01'::DATE) AS MonthsBetween2`, columns: ['MONTHSBETWEEN1', 'MONTHSBETWEEN2'], rows: [['0.548387', '-0.548387']] },
  { id: 'last_day/doc-month', doc: fn('last_day'), sql: `SELECT TO_DATE('2015-05-08T23:39:20.123-07:00') AS "DATE", LAST_DAY("DATE") AS "LAST DAY OF MONTH"`, columns: ['DATE', 'LAST DAY OF MONTH'], rows: [['2015-05-08', '2015-05-31']] },
  { id: 'last_day/doc-week', doc: fn('last_day'), sql: `SELECT TO_DATE('2015-05-08T23:39:20.123-07:00') AS "DATE", LAST_DAY("DATE", 'WEEK') AS "LAST DAY OF WEEK"`, columns: ['DATE', 'LAST DAY OF WEEK'], rows: [['2015-05-08', '2015-05-10']] },
  { id: 'datediff/week-boundaries', doc: WEEKS, sql: `SELECT DATEDIFF(week, '2017-01-01'::DATE, '2017-01-02'::DATE) AS a, DATEDIFF(week, '2016-12-30'::DATE, '2017-01-01'::DATE) AS b`, columns: ['A', 'B'], rows: [['1', '0']] },
  { id: 'weeks/doc-week-start-0', doc: WEEKS, fresh: true, setup: [...WEEK_T, `ALTER SESSION SET WEEK_START = 0`], sql: WEEK_Q, columns: WEEK_COLS, rows: WEEK_ROWS_0 },
  { id: 'weeks/doc-week-start-3', doc: WEEKS, fresh: true, setup: [...WEEK_T, `ALTER SESSION SET WEEK_START = 3`], sql: WEEK_Q, columns: WEEK_COLS, rows: WEEK_ROWS_3 },
  { id: 'weeks/doc-woy-policy-0', doc: WEEKS, fresh: true, setup: [...WEEK_T, `ALTER SESSION SET WEEK_OF_YEAR_POLICY = 0`, `ALTER SESSION SET WEEK_START = 0`], sql: WOY_Q, columns: WOY_COLS, rows: WOY_ROWS_0 },
  { id: 'weeks/doc-woy-policy-1-start-3', doc: WEEKS, fresh: true, setup: [...WEEK_T, `ALTER SESSION SET WEEK_OF_YEAR_POLICY = 1`, `ALTER SESSION SET WEEK_START = 3`], sql: WOY_Q, columns: WOY_COLS, rows: WOY_ROWS_1_3 },
  { id: 'to_char/time-format', doc: fn('to_char'), sql: `SELECT TO_CHAR('13:02:03'::TIME, 'HH12:MI AM') AS a, TO_VARCHAR('01:02:03'::TIME) AS b`, columns: ['A', 'B'], rows: [['01:02 PM', '01:02:03']] },
  { id: 'interval/doc-time-hours-minutes', doc: ref('data-types-datetime'), sql: `select to_time('04:15:29') + INTERVAL '3 hours, 18 minutes'`, columns: [`TO_TIME('04:15:29') + INTERVAL '3 HOURS, 18 MINUTES'`], rows: [['07:33:29']] },
  { id: 'interval/doc-complex-abbreviations', doc: ref('data-types-datetime'), sql: `SELECT TO_DATE('2025-01-17') + INTERVAL '1 y, 3 q, 4 mm, 5 w, 6 d, 7 h, 9 m, 8 s, 1000 ms, 445343232 us, 898498273498 ns' AS complex_interval2`, columns: ['COMPLEX_INTERVAL2'], rows: [['2027-03-30 07:31:32.841505498']] },
  { id: 'interval/date-minus-years-months', doc: ref('data-types-datetime'), sql: `SELECT TO_DATE('2018-04-15') - INTERVAL '2 y, 3 month' AS r`, columns: ['R'], rows: [['2016-01-15']] },
  {
    id: 'to_time/doc-integer-string-units', doc: fn('to_time'),
    setup: [`CREATE OR REPLACE TABLE demo1_time (description VARCHAR, value VARCHAR)`, `INSERT INTO demo1_time (description, value) VALUES ('Seconds', '31536001'), ('Milliseconds', '31536002400'), ('Microseconds', '31536003600000'), ('Nanoseconds', '31536004900000000')`],
    sql: `SELECT description, value, TO_TIMESTAMP(value), TO_TIME(value) FROM demo1_time ORDER BY value`,
    columns: ['DESCRIPTION', 'VALUE', 'TO_TIMESTAMP(VALUE)', 'TO_TIME(VALUE)'],
    rows: [['Seconds', '31536001', '1971-01-01 00:00:01', '00:00:01'], ['Milliseconds', '31536002400', '1971-01-01 00:00:02.4', '00:00:02.4'], ['Microseconds', '31536003600000', '1971-01-01 00:00:03.6', '00:00:03.6'], ['Nanoseconds', '31536004900000000', '1971-01-01 00:00:04.9', '00:00:04.9']],
  },
  { id: 'to_time/doc-fraction', doc: fn('to_time'), sql: `SELECT TO_TIME('13:30:00.000'), TIME('13:30:00.000')`, columns: [`TO_TIME('13:30:00.000')`, `TIME('13:30:00.000')`], rows: [['13:30:00', '13:30:00']] },
  { id: 'to_time/doc-format', doc: fn('to_time'), sql: `SELECT TO_TIME('11.15.00', 'HH24.MI.SS')`, columns: [`TO_TIME('11.15.00', 'HH24.MI.SS')`], rows: [['11:15:00']] },
  { id: 'date_from_parts/doc-overflow', doc: fn('date_from_parts'), sql: `SELECT DATE_FROM_PARTS(2010, 1, 100), DATE_FROM_PARTS(2010, 1 + 24, 1)`, columns: ['DATE_FROM_PARTS(2010, 1, 100)', 'DATE_FROM_PARTS(2010, 1 + 24, 1)'], rows: [['2010-04-10', '2012-01-01']] },
  { id: 'date_from_parts/doc-zero-negative-day', doc: fn('date_from_parts'), sql: `SELECT DATE_FROM_PARTS(2004, 1, 1), DATE_FROM_PARTS(2004, 1, 0), DATE_FROM_PARTS(2004, 1, -1)`, columns: ['DATE_FROM_PARTS(2004, 1, 1)', 'DATE_FROM_PARTS(2004, 1, 0)', 'DATE_FROM_PARTS(2004, 1, -1)'], rows: [['2004-01-01', '2003-12-31', '2003-12-30']] },
  { id: 'time_from_parts/doc-overflow', doc: fn('time_from_parts'), sql: `SELECT TIME_FROM_PARTS(0, 100, 0), TIME_FROM_PARTS(12, 0, 12345)`, columns: ['TIME_FROM_PARTS(0, 100, 0)', 'TIME_FROM_PARTS(12, 0, 12345)'], rows: [['01:40:00', '15:25:45']] },
  { id: 'timestamp_from_parts/doc-negative-seconds', doc: fn('timestamp_from_parts'), sql: `SELECT TIMESTAMP_FROM_PARTS(2013, 4, 5, 12, 0, -3600)`, columns: ['TIMESTAMP_FROM_PARTS(2013, 4, 5, 12, 0, -3600)'], rows: [['2013-04-05 11:00:00']] },
  { id: 'timestamp_from_parts/doc-date-and-time', doc: fn('timestamp_from_parts'), sql: `SELECT TIMESTAMP_FROM_PARTS(TO_DATE('2013-04-05'), TO_TIME('12:00:00'))`, columns: [`TIMESTAMP_FROM_PARTS(TO_DATE('2013-04-05'), TO_TIME('12:00:00'))`], rows: [['2013-04-05 12:00:00']] },
  { id: 'to_timestamp/doc-epoch-expression', doc: fn('to_timestamp'), sql: `SELECT TO_TIMESTAMP_NTZ(40 * 365.25 * 86400)`, columns: ['TO_TIMESTAMP_NTZ(40 * 365.25 * 86400)'], rows: [['2010-01-01 00:00:00']] },
  {
    id: 'to_timestamp/doc-scales', doc: fn('to_timestamp'),
    sql: `SELECT TO_TIMESTAMP(1000000000, 0) AS "Scale in seconds", TO_TIMESTAMP(1000000000, 3) AS "Scale in milliseconds", TO_TIMESTAMP(1000000000, 6) AS "Scale in microseconds", TO_TIMESTAMP(1000000000, 9) AS "Scale in nanoseconds"`,
    columns: ['Scale in seconds', 'Scale in milliseconds', 'Scale in microseconds', 'Scale in nanoseconds'],
    rows: [['2001-09-09 01:46:40', '1970-01-12 13:46:40', '1970-01-01 00:16:40', '1970-01-01 00:00:01']],
  },
  { id: 'to_timestamp/doc-tz-session', doc: fn('to_timestamp'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT TO_TIMESTAMP_TZ('2024-04-05 01:02:03')`, columns: [`TO_TIMESTAMP_TZ('2024-04-05 01:02:03')`], rows: [['2024-04-05 01:02:03 -07:00']] },
  { id: 'to_timestamp/doc-tz-format', doc: fn('to_timestamp'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT TO_TIMESTAMP_TZ('04/05/2024 01:02:03', 'mm/dd/yyyy hh24:mi:ss')`, columns: [`TO_TIMESTAMP_TZ('04/05/2024 01:02:03', 'MM/DD/YYYY HH24:MI:SS')`], rows: [['2024-04-05 01:02:03 -07:00']] },
  { id: 'extract/doc-year-from-timestamp', doc: fn('extract'), sql: `SELECT EXTRACT(YEAR FROM TO_TIMESTAMP('2013-05-08T23:39:20.123-07:00')) AS v`, columns: ['V'], rows: [['2013']] },
  { id: 'convert_timezone/doc-ntz-2024', doc: fn('convert_timezone'), sql: `SELECT CONVERT_TIMEZONE('America/Los_Angeles', 'America/New_York', '2024-01-01 14:00:00'::TIMESTAMP_NTZ) AS conv`, columns: ['CONV'], rows: [['2024-01-01 17:00:00']] },
  { id: 'convert_timezone/doc-ntz-to-utc', doc: fn('convert_timezone'), sql: `SELECT CONVERT_TIMEZONE('Europe/Warsaw', 'UTC', '2024-01-01 00:00:00'::TIMESTAMP_NTZ) AS conv`, columns: ['CONV'], rows: [['2023-12-31 23:00:00']] },
  { id: 'convert_timezone/doc-tz-string-to-session-zone', doc: fn('convert_timezone'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT CONVERT_TIMEZONE('America/Los_Angeles', '2024-04-05 12:00:00 +02:00') AS time_in_la`, columns: ['TIME_IN_LA'], rows: [['2024-04-05 03:00:00 -07:00']] },
]);
