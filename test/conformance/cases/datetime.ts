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
  { id: 'add_months/last-day-preserved', doc: fn('add_months'), sql: `SELECT ADD_MONTHS('2016-02-29'::DATE, 1) AS r`, columns: ['R'], rows: [['2016-03-31']] },
  { id: 'months_between/basic', doc: fn('months_between'), sql: `SELECT MONTHS_BETWEEN('2019-03-15'::DATE, '2019-02-15'::DATE) AS a, MONTHS_BETWEEN('2019-03-31'::DATE, '2019-02-28'::DATE) AS b`, columns: ['A', 'B'], rows: [['1.000000', '1.000000']] },
  { id: 'next_day/previous_day', doc: fn('next_day'), sql: `SELECT NEXT_DAY('2024-05-09'::DATE, 'Friday') AS n, PREVIOUS_DAY('2024-05-09'::DATE, 'mo') AS p`, columns: ['N', 'P'], rows: [['2024-05-10', '2024-05-06']] },
  { id: 'to_date/format', doc: fn('to_date'), sql: `SELECT TO_DATE('2024.05.10', 'YYYY.MM.DD') AS a, TO_DATE('05/10/2024', 'MM/DD/YYYY') AS b, DATE('2024-05-10') AS c`, columns: ['A', 'B', 'C'], rows: [['2024-05-10', '2024-05-10', '2024-05-10']] },
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
  { id: 'to_char/date-format', doc: fn('to_char'), sql: `SELECT TO_CHAR('2024-05-09'::DATE, 'YYYY/MM/DD') AS a, TO_VARCHAR('2024-05-09'::DATE, 'DD-MON-YYYY') AS b, TO_CHAR('2024-05-09'::DATE) AS c`, columns: ['A', 'B', 'C'], rows: [['2024/05/09', '09-May-2024', '2024-05-09']] },
  { id: 'to_char/timestamp-format', doc: fn('to_char'), sql: `SELECT TO_CHAR('2024-05-09 14:05:09'::TIMESTAMP, 'HH24:MI:SS') AS a, TO_CHAR('2024-05-09 14:05:09'::TIMESTAMP, 'HH12 AM') AS b`, columns: ['A', 'B'], rows: [['14:05:09', '02 PM']] },
  { id: 'convert_timezone/ntz', doc: fn('convert_timezone'), sql: `SELECT CONVERT_TIMEZONE('America/Los_Angeles', 'America/New_York', '2019-01-01 14:00:00'::TIMESTAMP_NTZ) AS conv`, columns: ['CONV'], rows: [['2019-01-01 17:00:00']] },
  { id: 'interval/date-plus-year', doc: ref('data-types-datetime'), sql: `SELECT TO_DATE('2018-04-15') + INTERVAL '1 year' AS r`, columns: ['R'], rows: [['2019-04-15']] },
  { id: 'interval/timestamp-plus-hours', doc: ref('data-types-datetime'), sql: `SELECT TO_TIMESTAMP('2018-04-15 23:00:00') + INTERVAL '2 hours' AS r`, columns: ['R'], rows: [['2018-04-16 01:00:00']] },
  { id: 'date/literal-typed', doc: ref('data-types-datetime'), sql: `SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-02-29 10:11:12' AS ts`, columns: ['D', 'TS'], rows: [['2024-02-29', '2024-02-29 10:11:12']] },
  { id: 'date/comparison-with-string', doc: ref('data-types-datetime'), sql: `SELECT '2024-02-29'::DATE > '2024-02-28' AS r`, columns: ['R'], rows: [[true]] },
  { id: 'current_date/type', doc: fn('current_date'), sql: `SELECT CURRENT_DATE() = TO_DATE(CURRENT_TIMESTAMP()) AS r`, columns: ['R'], rows: [[true]] },
  { id: 'timestamp/fractional-nanos', doc: ref('data-types-datetime'), sql: `SELECT '2024-01-01 00:00:00.123456789'::TIMESTAMP_NTZ AS r`, columns: ['R'], rows: [['2024-01-01 00:00:00.123456789']] },
]);
