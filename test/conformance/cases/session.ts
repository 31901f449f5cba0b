/**
 * @module test/conformance/cases/session
 * Session state: SET / UNSET variables ($name, multi-assignment, subquery values), SHOW VARIABLES,
 * IDENTIFIER('name') / IDENTIFIER($var), ALTER SESSION parameters that change results
 * (TIMEZONE, WEEK_START), USE, and context functions. Every case runs in a fresh session.
 */
import { cmd, defineCases, fn, ref, STATEMENT_OK, STATUS } from './_define.ts';

const VARS = ref('session-variables');
const IDENT = ref('identifier-literal');

export const sessionCases = defineCases('session', [
  { id: 'set/status', doc: cmd('set'), fresh: true, sql: `SET v1 = 10`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'set/use-variable', doc: VARS, fresh: true, setup: [`SET v1 = 10`, `SET v2 = 'example'`], sql: `SELECT $v1 + 1 AS a, $v2 AS b`, columns: ['A', 'B'], rows: [['11', 'example']] },
  { id: 'set/case-insensitive-name', doc: VARS, fresh: true, setup: [`SET MyVar = 5`], sql: `SELECT $myvar AS a, $MYVAR AS b`, columns: ['A', 'B'], rows: [['5', '5']] },
  { id: 'set/multiple', doc: cmd('set'), fresh: true, setup: [`SET (min, max) = (40, 70)`], sql: `SELECT $min, $max`, columns: ['$MIN', '$MAX'], rows: [['40', '70']] },
  { id: 'set/from-subquery', doc: cmd('set'), fresh: true, setup: [`CREATE TABLE t (a INT)`, `INSERT INTO t VALUES (1), (2), (3)`, `SET id_threshold = (SELECT COUNT(*) FROM t) / 2`], sql: `SELECT a FROM t WHERE a > $id_threshold ORDER BY a`, columns: ['A'], rows: [['2'], ['3']] },
  { id: 'set/in-where', doc: VARS, fresh: true, setup: [`CREATE TABLE t (a INT)`, `INSERT INTO t VALUES (1), (50), (60), (90)`, `SET (min, max) = (40, 70)`], sql: `SELECT a FROM t WHERE a BETWEEN $min AND $max ORDER BY a`, columns: ['A'], rows: [['50'], ['60']] },
  { id: 'unset/then-error', doc: cmd('unset'), fresh: true, setup: [`SET v1 = 10`, `UNSET v1`], sql: `SELECT $v1`, error: { errno: '002211', messageIncludes: `Session variable '$V1' does not exist` } },
  { id: 'unset/status', doc: cmd('unset'), fresh: true, setup: [`SET v1 = 10`], sql: `UNSET v1`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'variable/undefined', doc: VARS, fresh: true, sql: `SELECT $nosuchvar`, error: { errno: '002211', messageIncludes: `Session variable '$NOSUCHVAR' does not exist` } },
  { id: 'show-variables/names', doc: cmd('show-variables'), fresh: true, setup: [`SET v1 = 10`, `SET v2 = 'x'`], sql: `SHOW VARIABLES`, project: ['name', 'value', 'type'], rows: [['V1', '10', 'fixed'], ['V2', 'x', 'text']] },
  { id: 'show-variables/doc-example', doc: VARS, fresh: true, setup: [`SET (min, max)=(40, 70)`], sql: `SHOW VARIABLES`, columns: ['session_id', 'created_on', 'updated_on', 'name', 'value', 'type', 'comment'], project: ['name', 'value', 'type'], rows: [['MAX', '70', 'fixed'], ['MIN', '40', 'fixed']] },
  { id: 'identifier/doc-create-insert-select', doc: VARS, fresh: true, setup: [`SET my_table_name='table1'`, `CREATE TABLE IDENTIFIER($my_table_name) (i INTEGER)`, `INSERT INTO IDENTIFIER($my_table_name) (i) VALUES (42)`], sql: `SELECT * FROM IDENTIFIER($my_table_name)`, columns: ['I'], rows: [['42']] },
  { id: 'identifier/table-variable', doc: VARS, fresh: true, setup: [`SET my_table_name='table1'`, `CREATE TABLE IDENTIFIER($my_table_name) (i INTEGER)`, `INSERT INTO IDENTIFIER($my_table_name) (i) VALUES (42)`], sql: `SELECT * FROM TABLE($my_table_name)`, columns: ['I'], rows: [['42']] },
  { id: 'identifier/drop-with-variable', doc: VARS, fresh: true, setup: [`SET my_table_name='table1'`, `CREATE TABLE IDENTIFIER($my_table_name) (i INTEGER)`], sql: `DROP TABLE IDENTIFIER($my_table_name)`, columns: STATUS, rows: [['TABLE1 successfully dropped.']] },
  { id: 'getvariable/upper-case-name', doc: VARS, fresh: true, setup: [`SET var_artist_name = 'Jackson Browne'`], sql: `SELECT GETVARIABLE('VAR_ARTIST_NAME')`, columns: [`GETVARIABLE('VAR_ARTIST_NAME')`], rows: [['Jackson Browne']] },
  { id: 'getvariable/lower-case-is-null', doc: VARS, fresh: true, setup: [`SET var_artist_name = 'Jackson Browne'`], sql: `SELECT GETVARIABLE('var_artist_name') AS v`, columns: ['V'], rows: [[null]] },
  { id: 'set/multi-status', doc: VARS, fresh: true, sql: `SET (min, max)=(40, 70)`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'identifier/string-literal', doc: IDENT, setup: [`CREATE TABLE mytable (a INT)`, `INSERT INTO mytable VALUES (1)`], sql: `SELECT a FROM IDENTIFIER('mytable')`, columns: ['A'], rows: [['1']] },
  { id: 'identifier/variable-table', doc: IDENT, fresh: true, setup: [`CREATE TABLE mytable (a INT)`, `INSERT INTO mytable VALUES (2)`, `SET my_table_name = 'mytable'`], sql: `SELECT * FROM IDENTIFIER($my_table_name)`, columns: ['A'], rows: [['2']] },
  { id: 'identifier/create-with-variable', doc: IDENT, fresh: true, setup: [`SET t_name = 'made_by_var'`, `CREATE TABLE IDENTIFIER($t_name) (a INT)`, `INSERT INTO made_by_var VALUES (3)`], sql: `SELECT a FROM made_by_var`, columns: ['A'], rows: [['3']] },
  { id: 'identifier/quoted-name', doc: IDENT, setup: [`CREATE TABLE "mixedCase" (a INT)`, `INSERT INTO "mixedCase" VALUES (4)`], sql: `SELECT a FROM IDENTIFIER('"mixedCase"')`, columns: ['A'], rows: [['4']] },
  { id: 'identifier/column', doc: IDENT, fresh: true, setup: [`CREATE TABLE t (col1 INT)`, `INSERT INTO t VALUES (5)`, `SET c = 'col1'`], sql: `SELECT IDENTIFIER($c) FROM t`, rows: [['5']] },
  { id: 'identifier/qualified-variable', doc: IDENT, fresh: true, setup: [`CREATE SCHEMA sv`, `CREATE TABLE sv.t (a INT)`, `INSERT INTO sv.t VALUES (6)`, `SET q = 'sv.t'`], sql: `SELECT a FROM IDENTIFIER($q)`, columns: ['A'], rows: [['6']] },
  { id: 'alter-session/status', doc: cmd('alter-session'), fresh: true, sql: `ALTER SESSION SET TIMEZONE = 'UTC'`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'alter-session/timezone-convert', doc: fn('convert_timezone'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'UTC'`], sql: `SELECT CONVERT_TIMEZONE('America/New_York', '2024-01-01 12:00:00'::TIMESTAMP_TZ)::TIMESTAMP_NTZ AS r`, columns: ['R'], rows: [['2024-01-01 07:00:00']] },
  { id: 'alter-session/week-start', doc: ref('parameters'), fresh: true, setup: [`ALTER SESSION SET WEEK_START = 1`], sql: `SELECT DAYOFWEEK('2024-05-05'::DATE) AS sun, DATE_TRUNC('week', '2024-05-09'::DATE) AS wk`, columns: ['SUN', 'WK'], rows: [['7', '2024-05-06']] },
  { id: 'alter-session/week-start-default', doc: ref('parameters'), fresh: true, sql: `SELECT DAYOFWEEK('2024-05-05'::DATE) AS sun`, columns: ['SUN'], rows: [['0']] },
  { id: 'alter-session/unset', doc: cmd('alter-session'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'UTC'`, `ALTER SESSION UNSET TIMEZONE`], sql: `SHOW PARAMETERS LIKE 'TIMEZONE' IN SESSION`, project: ['value'], rows: [['America/Los_Angeles']] },
  { id: 'alter-session/quoted-identifiers-ignore-case', doc: ref('parameters'), fresh: true, setup: [`ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = TRUE`, `CREATE TABLE qi ("columnName" INT)`, `INSERT INTO qi VALUES (1)`], sql: `SELECT columnname FROM qi`, columns: ['COLUMNNAME'], rows: [['1']] },
  { id: 'ltz/session-timezone', doc: ref('data-types-datetime'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'`], sql: `SELECT '2024-01-01 10:00:00 +00:00'::TIMESTAMP_LTZ AS r`, columns: ['R'], rows: [['2024-01-01 02:00:00 -08:00']] },
  { id: 'tz/keeps-offset', doc: ref('data-types-datetime'), fresh: true, sql: `SELECT '2024-07-01 10:00:00 +02:00'::TIMESTAMP_TZ AS r`, columns: ['R'], rows: [['2024-07-01 10:00:00 +02:00']] },
  { id: 'use/database-status', doc: cmd('use-database'), fresh: true, setup: [`CREATE DATABASE d2`, `USE DATABASE MOCKHAUS`], sql: `USE DATABASE d2`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'use/database-sets-public', doc: cmd('use-database'), fresh: true, setup: [`CREATE DATABASE d2`, `CREATE SCHEMA d2.s`, `USE DATABASE MOCKHAUS`, `USE DATABASE d2`], sql: `SELECT CURRENT_DATABASE(), CURRENT_SCHEMA()`, columns: ['CURRENT_DATABASE()', 'CURRENT_SCHEMA()'], rows: [['D2', 'PUBLIC']] },
  { id: 'use/missing-database', doc: cmd('use-database'), fresh: true, sql: `USE DATABASE no_such_db`, error: { errno: '002043', sqlState: '02000' } },
  { id: 'use/cross-database-query', doc: 'https://docs.snowflake.com/en/sql-reference/name-resolution', fresh: true, setup: [`CREATE DATABASE d3`, `CREATE TABLE d3.public.t (a INT)`, `INSERT INTO d3.public.t VALUES (9)`, `USE DATABASE MOCKHAUS`], sql: `SELECT a FROM d3.public.t`, columns: ['A'], rows: [['9']] },
  { id: 'context/current-role-user', doc: fn('current_role'), fresh: true, sql: `SELECT CURRENT_ROLE() IS NOT NULL AS r, CURRENT_USER() IS NOT NULL AS u, CURRENT_SESSION() IS NOT NULL AS s`, columns: ['R', 'U', 'S'], rows: [[true, true, true]] },
  { id: 'context/last-query-id', doc: fn('last_query_id'), fresh: true, setup: [`SELECT 1`], sql: `SELECT LENGTH(LAST_QUERY_ID()) AS n`, columns: ['N'], rows: [['36']] },
  { id: 'result-scan/query-index-latest', doc: fn('result_scan'), fresh: true, setup: [`SELECT $1 AS value FROM VALUES (1), (2), (3)`], sql: `SELECT * FROM TABLE(RESULT_SCAN(-1)) WHERE value > 1 ORDER BY value`, columns: ['VALUE'], rows: [['2'], ['3']] },
  { id: 'result-scan/no-argument', doc: fn('result_scan'), fresh: true, setup: [`SELECT $1 AS value FROM VALUES (1), (2), (3)`], sql: `SELECT COUNT(*) AS n FROM TABLE(RESULT_SCAN())`, columns: ['N'], rows: [['3']] },
  { id: 'result-scan/query-index-first', doc: fn('result_scan'), fresh: true, setup: [`SELECT 'first' AS q`, `SELECT 'second' AS q`], sql: `SELECT q FROM TABLE(RESULT_SCAN(1))`, columns: ['Q'], rows: [['first']] },
  { id: 'result-scan/last-query', doc: fn('result_scan'), fresh: true, setup: [`SELECT 1 AS a UNION ALL SELECT 2`], sql: `SELECT SUM(a) AS s FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))`, columns: ['S'], rows: [['3']] },
  { id: 'set/doc-subquery-value-is-number', doc: cmd('set'), fresh: true, setup: [`CREATE TABLE table1 (a INT)`, `INSERT INTO table1 VALUES (1), (2), (3), (4)`, `SET id_threshold = (SELECT COUNT(*) FROM table1) / 2`], sql: `SELECT $id_threshold`, columns: ['$ID_THRESHOLD'], rows: [['2.000000']] },
  { id: 'set/doc-pair-of-values', doc: cmd('set'), fresh: true, setup: [`SET (V1, V2) = (10, 'example')`], sql: `SELECT $V1, $V2`, columns: ['$V1', '$V2'], rows: [['10', 'example']] },
  { id: 'unset/doc-list', doc: cmd('unset'), fresh: true, setup: [`SET (V1, V2) = (10, 'example')`], sql: `UNSET (V1, V2)`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'alter-session/doc-lock-timeout', doc: cmd('alter-session'), fresh: true, setup: [`ALTER SESSION SET LOCK_TIMEOUT = 3600`], sql: `SHOW PARAMETERS LIKE 'LOCK_TIMEOUT' IN SESSION`, project: ['key', 'value', 'default', 'level'], rows: [['LOCK_TIMEOUT', '3600', '43200', 'SESSION']] },
  { id: 'alter-session/doc-unset-lock-timeout', doc: cmd('alter-session'), fresh: true, setup: [`ALTER SESSION SET LOCK_TIMEOUT = 3600`, `ALTER SESSION UNSET LOCK_TIMEOUT`], sql: `SHOW PARAMETERS LIKE 'LOCK_TIMEOUT' IN SESSION`, project: ['key', 'value', 'default', 'level'], rows: [['LOCK_TIMEOUT', '43200', '43200', '']] },
  { id: 'subquery/scalar-division-scale', doc: ref('operators-arithmetic'), fresh: true, setup: [`CREATE TABLE table1 (a INT)`, `INSERT INTO table1 VALUES (1), (2), (3), (4)`], sql: `SELECT (SELECT COUNT(*) FROM table1) / 2 AS x`, columns: ['X'], rows: [['2.000000']] },
]);
