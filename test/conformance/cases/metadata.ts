/**
 * @module test/conformance/cases/metadata
 * SHOW, DESCRIBE and INFORMATION_SCHEMA (reference §4-§5): lower-case SHOW headers, LIKE
 * filtering, DESCRIBE TABLE rows with Snowflake's type spellings, INFORMATION_SCHEMA.TABLES /
 * COLUMNS / SCHEMATA, SHOW PARAMETERS. Volatile columns (created_on, database names of the
 * per-case database) are left out with `project`.
 */
import { cmd, defineCases, ref } from './_define.ts';

const IS = (v: string) => ref(`info-schema/${v}`);
const TYPES_T = [
  `CREATE TABLE typed (n NUMBER(8,2) NOT NULL, i INT, f FLOAT, v VARCHAR, v20 VARCHAR(20), c CHAR, b BOOLEAN, d DATE, ts TIMESTAMP, tz TIMESTAMP_TZ, t TIME, va VARIANT, o OBJECT, a ARRAY, bin BINARY)`,
];
const TWO_TABLES = [`CREATE TABLE t_orders (id INT, amount NUMBER(10,2))`, `CREATE TABLE t_items (id INT)`, `CREATE VIEW v_orders AS SELECT id FROM t_orders`];
const SHOW_TABLES_COLUMNS = [
  'created_on', 'name', 'database_name', 'schema_name', 'kind', 'comment', 'cluster_by', 'rows', 'bytes', 'owner', 'retention_time',
  'automatic_clustering', 'change_tracking', 'search_optimization', 'search_optimization_progress', 'search_optimization_bytes',
  'is_external', 'enable_schema_evolution', 'owner_role_type', 'is_event', 'budget', 'is_hybrid', 'is_iceberg', 'is_dynamic', 'is_immutable',
];
const DESC_COLUMNS = ['name', 'type', 'kind', 'null?', 'default', 'primary key', 'unique key', 'check', 'expression', 'comment', 'policy name', 'privacy domain'];

export const metadataCases = defineCases('metadata', [
  { id: 'show-tables/columns', doc: cmd('show-tables'), setup: TWO_TABLES, sql: `SHOW TABLES`, columns: SHOW_TABLES_COLUMNS },
  { id: 'show-tables/names-sorted', doc: cmd('show-tables'), setup: TWO_TABLES, sql: `SHOW TABLES`, project: ['name', 'schema_name', 'kind'], rows: [['T_ITEMS', 'PUBLIC', 'TABLE'], ['T_ORDERS', 'PUBLIC', 'TABLE']] },
  { id: 'show-tables/like-case-insensitive', doc: cmd('show-tables'), setup: TWO_TABLES, sql: `SHOW TABLES LIKE '%orders%'`, project: ['name'], rows: [['T_ORDERS']] },
  { id: 'show-tables/starts-with', doc: cmd('show-tables'), setup: TWO_TABLES, sql: `SHOW TABLES STARTS WITH 'T_I'`, project: ['name'], rows: [['T_ITEMS']] },
  { id: 'show-tables/in-schema', doc: cmd('show-tables'), setup: [...TWO_TABLES, `CREATE SCHEMA other`, `CREATE TABLE other.x (a INT)`], sql: `SHOW TABLES IN SCHEMA other`, project: ['name', 'schema_name'], rows: [['X', 'OTHER']] },
  { id: 'show-tables/terse', doc: cmd('show-tables'), setup: TWO_TABLES, sql: `SHOW TERSE TABLES LIKE 'T_ITEMS'`, columns: ['created_on', 'name', 'kind', 'database_name', 'schema_name'], project: ['name', 'kind', 'schema_name'], rows: [['T_ITEMS', 'TABLE', 'PUBLIC']] },
  { id: 'show-tables/rows-count', doc: cmd('show-tables'), setup: [`CREATE TABLE counted (a INT)`, `INSERT INTO counted VALUES (1), (2), (3)`], sql: `SHOW TABLES LIKE 'COUNTED'`, project: ['name', 'rows'], rows: [['COUNTED', '3']] },
  { id: 'show-views/names', doc: cmd('show-views'), setup: TWO_TABLES, sql: `SHOW VIEWS`, project: ['name', 'schema_name'], rows: [['V_ORDERS', 'PUBLIC']] },
  { id: 'show-objects/kinds', doc: cmd('show-objects'), setup: TWO_TABLES, sql: `SHOW OBJECTS`, project: ['name', 'kind'], rows: [['T_ITEMS', 'TABLE'], ['T_ORDERS', 'TABLE'], ['V_ORDERS', 'VIEW']] },
  { id: 'show-schemas/names', doc: cmd('show-schemas'), setup: [`CREATE SCHEMA analytics`], sql: `SHOW SCHEMAS`, project: ['name'], rows: [['ANALYTICS'], ['INFORMATION_SCHEMA'], ['PUBLIC']] },
  { id: 'show-databases/like', doc: cmd('show-databases'), fresh: true, sql: `SHOW DATABASES LIKE 'mock%'`, project: ['name', 'is_current'], rows: [['MOCKHAUS', 'Y']] },
  { id: 'show-columns/table', doc: cmd('show-columns'), setup: [`CREATE TABLE sc (id INT NOT NULL, name VARCHAR(20))`], sql: `SHOW COLUMNS IN TABLE sc`, project: ['table_name', 'column_name', 'data_type', 'null?', 'kind'], rows: [['SC', 'ID', '{"type":"FIXED","precision":38,"scale":0,"nullable":false}', 'false', 'COLUMN'], ['SC', 'NAME', '{"type":"TEXT","length":20,"byteLength":80,"nullable":true,"fixed":false}', 'true', 'COLUMN']] },
  { id: 'show-parameters/timezone', doc: cmd('show-parameters'), fresh: true, sql: `SHOW PARAMETERS LIKE 'TIMEZONE' IN SESSION`, project: ['key', 'value', 'default'], rows: [['TIMEZONE', 'America/Los_Angeles', 'America/Los_Angeles']] },
  { id: 'show-parameters/invalid-scope', doc: cmd('show-parameters'), sql: `SHOW PARAMETERS IN BANANA`, error: { errno: '001003', sqlState: '42000', messageIncludes: `unexpected 'BANANA'` } },
  { id: 'show-parameters/after-alter', doc: cmd('show-parameters'), fresh: true, setup: [`ALTER SESSION SET TIMEZONE = 'UTC'`], sql: `SHOW PARAMETERS LIKE 'TIMEZONE' IN SESSION`, project: ['key', 'value', 'level'], rows: [['TIMEZONE', 'UTC', 'SESSION']] },
  { id: 'show-sequences/names', doc: cmd('show-sequences'), setup: [`CREATE SEQUENCE seq_a`, `CREATE SEQUENCE seq_b START = 5 INCREMENT = 2`], sql: `SHOW SEQUENCES`, project: ['name'], rows: [['SEQ_A'], ['SEQ_B']] },
  { id: 'show-user-functions/sql-udf', doc: cmd('show-user-functions'), setup: [`CREATE FUNCTION add_one(x NUMBER) RETURNS NUMBER AS 'x + 1'`], sql: `SHOW USER FUNCTIONS LIKE 'ADD_ONE'`, project: ['name', 'arguments', 'language'], rows: [['ADD_ONE', 'ADD_ONE(NUMBER) RETURN NUMBER', 'SQL']] },
  { id: 'show-primary-keys/table', doc: cmd('show-primary-keys'), setup: [`CREATE TABLE pk_t (a INT, b INT, PRIMARY KEY (a, b))`], sql: `SHOW PRIMARY KEYS IN TABLE pk_t`, project: ['table_name', 'column_name', 'key_sequence'], rows: [['PK_T', 'A', '1'], ['PK_T', 'B', '2']] },
  { id: 'describe-table/columns', doc: cmd('desc-table'), setup: TYPES_T, sql: `DESCRIBE TABLE typed`, columns: DESC_COLUMNS },
  {
    id: 'describe-table/type-spellings', doc: cmd('desc-table'), setup: TYPES_T, sql: `DESCRIBE TABLE typed`,
    project: ['name', 'type', 'kind', 'null?', 'default', 'primary key', 'unique key'],
    rows: [
      ['N', 'NUMBER(8,2)', 'COLUMN', 'N', null, 'N', 'N'], ['I', 'NUMBER(38,0)', 'COLUMN', 'Y', null, 'N', 'N'], ['F', 'FLOAT', 'COLUMN', 'Y', null, 'N', 'N'],
      ['V', 'VARCHAR(16777216)', 'COLUMN', 'Y', null, 'N', 'N'], ['V20', 'VARCHAR(20)', 'COLUMN', 'Y', null, 'N', 'N'], ['C', 'VARCHAR(1)', 'COLUMN', 'Y', null, 'N', 'N'],
      ['B', 'BOOLEAN', 'COLUMN', 'Y', null, 'N', 'N'], ['D', 'DATE', 'COLUMN', 'Y', null, 'N', 'N'], ['TS', 'TIMESTAMP_NTZ(9)', 'COLUMN', 'Y', null, 'N', 'N'],
      ['TZ', 'TIMESTAMP_TZ(9)', 'COLUMN', 'Y', null, 'N', 'N'], ['T', 'TIME(9)', 'COLUMN', 'Y', null, 'N', 'N'], ['VA', 'VARIANT', 'COLUMN', 'Y', null, 'N', 'N'],
      ['O', 'OBJECT', 'COLUMN', 'Y', null, 'N', 'N'], ['A', 'ARRAY', 'COLUMN', 'Y', null, 'N', 'N'], ['BIN', 'BINARY(8388608)', 'COLUMN', 'Y', null, 'N', 'N'],
    ],
  },
  {
    id: 'describe-table/doc-numeric-types', doc: ref('data-types-numeric'),
    setup: [`CREATE OR REPLACE TABLE test_number (num NUMBER, num10 NUMBER(10,1), dec DECIMAL(20,2), numeric NUMERIC(30,3), int INT, integer INTEGER)`],
    sql: `DESC TABLE test_number`, project: ['name', 'type'],
    rows: [['NUM', 'NUMBER(38,0)'], ['NUM10', 'NUMBER(10,1)'], ['DEC', 'NUMBER(20,2)'], ['NUMERIC', 'NUMBER(30,3)'], ['INT', 'NUMBER(38,0)'], ['INTEGER', 'NUMBER(38,0)']],
  },
  {
    id: 'describe-table/doc-float-types', doc: ref('data-types-numeric'),
    setup: [`CREATE OR REPLACE TABLE test_float (double1 DOUBLE, float1 FLOAT, dp1 DOUBLE PRECISION, real1 REAL)`],
    sql: `DESC TABLE test_float`, project: ['name', 'type'],
    rows: [['DOUBLE1', 'FLOAT'], ['FLOAT1', 'FLOAT'], ['DP1', 'FLOAT'], ['REAL1', 'FLOAT']],
  },
  {
    id: 'describe-table/doc-text-types', doc: ref('data-types-text'),
    setup: [`CREATE OR REPLACE TABLE test_text (v VARCHAR, v50 VARCHAR(50), c CHAR, c10 CHAR(10), s STRING, s20 STRING(20), t TEXT, t30 TEXT(30))`],
    sql: `DESC TABLE test_text`, project: ['name', 'type'],
    rows: [['V', 'VARCHAR(16777216)'], ['V50', 'VARCHAR(50)'], ['C', 'VARCHAR(1)'], ['C10', 'VARCHAR(10)'], ['S', 'VARCHAR(16777216)'], ['S20', 'VARCHAR(20)'], ['T', 'VARCHAR(16777216)'], ['T30', 'VARCHAR(30)']],
  },
  {
    id: 'describe-table/doc-datetime-types', doc: ref('data-types-datetime'),
    setup: [`CREATE OR REPLACE TABLE test_dt (d DATE, t TIME, ts TIMESTAMP, ntz TIMESTAMP_NTZ, ltz TIMESTAMP_LTZ, tz TIMESTAMP_TZ, dt DATETIME)`],
    sql: `DESC TABLE test_dt`, project: ['name', 'type'],
    rows: [['D', 'DATE'], ['T', 'TIME(9)'], ['TS', 'TIMESTAMP_NTZ(9)'], ['NTZ', 'TIMESTAMP_NTZ(9)'], ['LTZ', 'TIMESTAMP_LTZ(9)'], ['TZ', 'TIMESTAMP_TZ(9)'], ['DT', 'TIMESTAMP_NTZ(9)']],
  },
  { id: 'describe-table/primary-key-and-default', doc: cmd('desc-table'), setup: [`CREATE TABLE dk (id INT PRIMARY KEY, s VARCHAR DEFAULT 'x')`], sql: `DESC TABLE dk`, project: ['name', 'null?', 'default', 'primary key'], rows: [['ID', 'N', null, 'Y'], ['S', 'Y', `'x'`, 'N']] },
  { id: 'describe-table/missing', doc: cmd('desc-table'), sql: `DESCRIBE TABLE no_such_t`, error: { errno: '002003', sqlState: '42S02', messageIncludes: 'does not exist or not authorized' } },
  { id: 'describe-view/columns', doc: cmd('desc-view'), setup: TWO_TABLES, sql: `DESCRIBE VIEW v_orders`, project: ['name', 'type', 'kind'], rows: [['ID', 'NUMBER(38,0)', 'COLUMN']] },
  { id: 'info-schema/tables', doc: IS('tables'), setup: TWO_TABLES, sql: `SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name`, columns: ['TABLE_SCHEMA', 'TABLE_NAME', 'TABLE_TYPE'], rows: [['PUBLIC', 'T_ITEMS', 'BASE TABLE'], ['PUBLIC', 'T_ORDERS', 'BASE TABLE'], ['PUBLIC', 'V_ORDERS', 'VIEW']] },
  { id: 'info-schema/tables-catalog-is-current-db', doc: IS('tables'), setup: TWO_TABLES, sql: `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_catalog = CURRENT_DATABASE() AND table_schema = 'PUBLIC'`, columns: ['N'], rows: [['3']] },
  {
    id: 'info-schema/columns', doc: IS('columns'), setup: [`CREATE TABLE ic (id INT NOT NULL, name VARCHAR(20), amount NUMBER(10,2), f DOUBLE, ts TIMESTAMP)`],
    sql: `SELECT column_name, ordinal_position, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'IC' ORDER BY ordinal_position`,
    columns: ['COLUMN_NAME', 'ORDINAL_POSITION', 'IS_NULLABLE', 'DATA_TYPE', 'CHARACTER_MAXIMUM_LENGTH', 'NUMERIC_PRECISION', 'NUMERIC_SCALE'],
    rows: [['ID', '1', 'NO', 'NUMBER', null, '38', '0'], ['NAME', '2', 'YES', 'TEXT', '20', null, null], ['AMOUNT', '3', 'YES', 'NUMBER', null, '10', '2'], ['F', '4', 'YES', 'FLOAT', null, null, null], ['TS', '5', 'YES', 'TIMESTAMP_NTZ', null, null, null]],
  },
  { id: 'info-schema/schemata', doc: IS('schemata'), setup: [`CREATE SCHEMA analytics`], sql: `SELECT schema_name FROM information_schema.schemata ORDER BY schema_name`, columns: ['SCHEMA_NAME'], rows: [['ANALYTICS'], ['INFORMATION_SCHEMA'], ['PUBLIC']] },
  { id: 'info-schema/views', doc: IS('views'), setup: TWO_TABLES, sql: `SELECT table_name FROM information_schema.views WHERE table_schema = 'PUBLIC'`, columns: ['TABLE_NAME'], rows: [['V_ORDERS']] },
  { id: 'info-schema/starts-with-filter', doc: IS('tables'), setup: TWO_TABLES, sql: `SELECT COUNT(*) AS n FROM information_schema.tables WHERE STARTSWITH(table_name, 'T_')`, columns: ['N'], rows: [['2']] },
  { id: 'get_ddl/table', doc: ref('functions/get_ddl'), setup: [`CREATE TABLE gd (a INT, b VARCHAR(10))`], sql: `SELECT GET_DDL('TABLE', 'gd') AS ddl`, columns: ['DDL'], rows: [['create or replace TABLE GD (\n\tA NUMBER(38,0),\n\tB VARCHAR(10)\n);']] },
  { id: 'current_statement/doc-example', doc: ref('functions/current_statement'), sql: `SELECT 2.71, CURRENT_STATEMENT();`, columns: ['2.71', 'CURRENT_STATEMENT()'], rows: [['2.71', 'SELECT 2.71, CURRENT_STATEMENT();']] },
  { id: 'current/context-functions', doc: ref('functions/current_database'), fresh: true, sql: `SELECT CURRENT_DATABASE(), CURRENT_SCHEMA()`, columns: ['CURRENT_DATABASE()', 'CURRENT_SCHEMA()'], rows: [['MOCKHAUS', 'PUBLIC']] },
  {
    id: 'describe-table/doc-desc-example', doc: cmd('desc-table'),
    setup: [`CREATE OR REPLACE TABLE desc_example(c1 INT PRIMARY KEY, c2 INT, c3 INT UNIQUE, c4 VARCHAR(30) DEFAULT 'Not applicable' COMMENT 'M/F/X/Not applicable', c5 VARCHAR(100))`],
    sql: `DESCRIBE TABLE desc_example`,
    columns: ['name', 'type', 'kind', 'null?', 'default', 'primary key', 'unique key', 'check', 'expression', 'comment', 'policy name', 'privacy domain'],
    rows: [
      ['C1', 'NUMBER(38,0)', 'COLUMN', 'N', null, 'Y', 'N', null, null, null, null, null],
      ['C2', 'NUMBER(38,0)', 'COLUMN', 'Y', null, 'N', 'N', null, null, null, null, null],
      ['C3', 'NUMBER(38,0)', 'COLUMN', 'Y', null, 'N', 'Y', null, null, null, null, null],
      ['C4', 'VARCHAR(30)', 'COLUMN', 'Y', `'Not applicable'`, 'N', 'N', null, null, 'M/F/X/Not applicable', null, null],
      ['C5', 'VARCHAR(100)', 'COLUMN', 'Y', null, 'N', 'N', null, null, null, null, null],
    ],
  },
  { id: 'show-columns/like', doc: cmd('show-columns'), setup: [`CREATE TABLE sc (id INT, col_a VARCHAR, col_b DATE)`], sql: `SHOW COLUMNS LIKE 'col%' IN TABLE sc`, project: ['table_name', 'column_name'], rows: [['SC', 'COL_A'], ['SC', 'COL_B']] },
  { id: 'show-tables/limit-from', doc: cmd('show-tables'), setup: [`CREATE TABLE aa (a INT)`, `CREATE TABLE bb (a INT)`, `CREATE TABLE cc (a INT)`], sql: `SHOW TABLES LIMIT 1 FROM 'B'`, project: ['name'], rows: [['BB']] },
]);
