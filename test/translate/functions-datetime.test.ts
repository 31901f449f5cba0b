import { runCases } from './_harness.ts';

// Examples from https://docs.snowflake.com/en/sql-reference/functions/<name>.
runCases('date and time functions', [
  { name: 'DATEADD on a date keeps DATE', snowflake: "SELECT DATEADD(day, 1, '2024-02-28'::DATE), DATEADD(month, 1, '2023-01-31'::DATE)", rows: [['2024-02-29', '2023-02-28']] },
  { name: 'DATEADD hours gives a timestamp', snowflake: "SELECT DATEADD(hour, 2, '2024-01-01 10:00:00'::TIMESTAMP)", rows: [['2024-01-01 12:00:00']] },
  { name: 'DATEDIFF counts boundaries', snowflake: "SELECT DATEDIFF(year, '2010-12-31'::DATE, '2011-01-01'::DATE), DATEDIFF(day, '2024-01-01', '2024-03-01')", rows: [['1', '60']] },
  { name: 'DATE_TRUNC keeps a DATE', snowflake: "SELECT DATE_TRUNC('MONTH', '2024-05-17'::DATE), DATE_TRUNC(hour, '2024-05-17 10:34:56'::TIMESTAMP)", rows: [['2024-05-01', '2024-05-17 10:00:00']] },
  { name: 'EXTRACT and DATE_PART', snowflake: "SELECT EXTRACT(YEAR FROM '2024-05-17'::DATE), DATE_PART(quarter, '2024-05-17'::DATE), DATE_PART('dow', '2024-05-19'::DATE)", rows: [['2024', '2', '0']] },
  { name: 'YEAR/MONTH/DAY/HOUR', snowflake: "SELECT YEAR(d), MONTH(d), DAY(d), DAYOFYEAR(d), WEEK(d), QUARTER(d) FROM (SELECT '2024-02-29'::DATE AS d)", rows: [['2024', '2', '29', '60', '9', '1']] },
  { name: 'LAST_DAY', snowflake: "SELECT LAST_DAY('2024-02-10'::DATE), LAST_DAY('2024-02-10'::DATE, 'year')", rows: [['2024-02-29', '2024-12-31']] },
  { name: 'ADD_MONTHS keeps month end', snowflake: "SELECT ADD_MONTHS('2016-02-29'::DATE, 1), ADD_MONTHS('2016-01-15'::DATE, -1)", rows: [['2016-03-31', '2015-12-15']] },
  { name: 'TO_DATE with and without format', snowflake: "SELECT TO_DATE('2024-01-02'), TO_DATE('02/01/2024', 'DD/MM/YYYY')", rows: [['2024-01-02', '2024-01-02']] },
  { name: 'TO_DATE with AUTO and integer strings', snowflake: "SELECT TO_DATE('2024-05-10', 'AUTO'), TO_DATE('31536000'), TO_TIMESTAMP('31536000000')", rows: [['2024-05-10', '1971-01-01', '1971-01-01 00:00:00']] },
  { name: 'TO_TIMESTAMP from epoch seconds', snowflake: 'SELECT TO_TIMESTAMP(1000000000)', rows: [['2001-09-09 01:46:40']] },
  { name: 'TO_CHAR with a format', snowflake: "SELECT TO_CHAR('2024-03-05 14:07:09'::TIMESTAMP, 'YYYY/MM/DD HH24:MI:SS'), TO_VARCHAR('2024-03-05'::DATE, 'MON DD, YYYY')", rows: [['2024/03/05 14:07:09', 'Mar 05, 2024']] },
  { name: 'DATE_FROM_PARTS with overflow', snowflake: 'SELECT DATE_FROM_PARTS(2004, 2, 1), DATE_FROM_PARTS(2004, 1, -1), DATE_FROM_PARTS(2010, 14, 1)', rows: [['2004-02-01', '2003-12-30', '2011-02-01']] },
  { name: 'TIMESTAMP_FROM_PARTS', snowflake: 'SELECT TIMESTAMP_FROM_PARTS(2013, 4, 5, 12, 0, 0)', rows: [['2013-04-05 12:00:00']] },
  { name: 'MONTHNAME / DAYNAME', snowflake: "SELECT MONTHNAME('2015-05-01'::DATE), DAYNAME('2015-05-01'::DATE)", rows: [['May', 'Fri']] },
  { name: 'CONVERT_TIMEZONE 3 args', snowflake: "SELECT CONVERT_TIMEZONE('America/Los_Angeles', 'America/New_York', '2019-01-01 14:00:00'::TIMESTAMP_NTZ)", rows: [['2019-01-01 17:00:00']] },
  { name: 'CURRENT_DATE is a date', snowflake: 'SELECT CURRENT_DATE() = CURRENT_DATE', rows: [[true]] },
  { name: 'TIME_SLICE aligns to the epoch', snowflake: "SELECT TIME_SLICE('2019-02-28 12:34:56'::TIMESTAMP, 4, 'MONTH'), TIME_SLICE('2019-02-28'::DATE, 4, 'MONTH', 'END'), TIME_SLICE('2019-02-28 12:34:56'::TIMESTAMP, 15, 'MINUTE')", rows: [['2019-01-01 00:00:00', '2019-05-01', '2019-02-28 12:30:00']] },
  { name: 'TRUNC on a date', snowflake: "SELECT TRUNC('2024-05-17'::DATE, 'YEAR')", rows: [['2024-01-01']] },
  { name: 'interval constant lists and abbreviations', snowflake: "SELECT TO_TIME('04:15:29') + INTERVAL '3 hours, 18 minutes', TO_DATE('2018-04-15') + INTERVAL '1 y, 2 mm', '2024-01-01'::DATE + INTERVAL '2 d, 3 h'", rows: [['07:33:29', '2019-06-15', '2024-01-03 03:00:00']] },
  { name: 'DATEDIFF(week) counts Monday boundaries', snowflake: "SELECT DATEDIFF(week, '2017-01-01'::DATE, '2017-01-02'::DATE), DATEDIFF(week, '2016-12-30'::DATE, '2017-01-01'::DATE)", rows: [['1', '0']] },
  { name: 'TO_CHAR / TO_NUMBER with numeric formats', snowflake: "SELECT TO_CHAR(-12.391, '$99.0'), TO_CHAR(3987, '9,999.0'), TO_CHAR(-12, 'S0XXX'), TO_NUMBER('$7,543.35', '$9,999.00', 6, 2), TO_NUMBER('0F93', 'XXXX')", rows: [['-$12.4', ' 3,987.0', '-000C', '7543.35', '3987']] },
]);
