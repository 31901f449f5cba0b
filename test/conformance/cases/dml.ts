/**
 * @module test/conformance/cases/dml
 * DML and its status rows (reference §2): INSERT (`number of rows inserted`), INSERT OVERWRITE,
 * multi-table INSERT ALL / FIRST, UPDATE (`number of rows updated`, `number of multi-joined rows
 * updated`), UPDATE … FROM, DELETE (… USING), MERGE (count columns only for the clause kinds
 * present), TRUNCATE, transactions, defaults, AUTOINCREMENT/IDENTITY and sequences.
 */
import { cmd, defineCases, STATEMENT_OK, STATUS } from './_define.ts';

const INSERTED = ['number of rows inserted'];
const UPDATED = ['number of rows updated', 'number of multi-joined rows updated'];
const DELETED = ['number of rows deleted'];
const MERGE_T = [
  `CREATE TABLE target_table (ID INTEGER, description VARCHAR)`,
  `CREATE TABLE source_table (ID INTEGER, description VARCHAR)`,
  `INSERT INTO target_table (ID, description) VALUES (10, 'To be updated (this is the old value)')`,
  `INSERT INTO source_table (ID, description) VALUES (10, 'To be updated (this is the new value)')`,
];
const MERGE3 = [
  `CREATE TABLE tgt (k INT, v VARCHAR)`,
  `CREATE TABLE src (k INT, v VARCHAR, del BOOLEAN)`,
  `INSERT INTO tgt VALUES (1, 'one'), (2, 'two'), (3, 'three')`,
  `INSERT INTO src VALUES (1, 'uno', FALSE), (2, NULL, TRUE), (4, 'cuatro', FALSE)`,
];
const MERGE3_SQL = `MERGE INTO tgt USING src ON tgt.k = src.k
  WHEN MATCHED AND src.del THEN DELETE
  WHEN MATCHED THEN UPDATE SET tgt.v = src.v
  WHEN NOT MATCHED THEN INSERT (k, v) VALUES (src.k, src.v)`;
const MULT = [
  `CREATE OR REPLACE TABLE merge_example_mult_target (id INTEGER, val INTEGER, status VARCHAR)`,
  `INSERT INTO merge_example_mult_target (id, val, status) VALUES (1, 10, 'Production'), (2, 20, 'Alpha'), (3, 30, 'Production')`,
  `CREATE OR REPLACE TABLE merge_example_mult_source (id INTEGER, marked VARCHAR, isnewstatus INTEGER, newval INTEGER, newstatus VARCHAR)`,
  `INSERT INTO merge_example_mult_source (id, marked, isnewstatus, newval, newstatus) VALUES (1, 'Y', 0, 10, 'Production'), (2, 'N', 1, 50, 'Beta'), (3, 'N', 0, 60, 'Deprecated'), (4, 'N', 0, 40, 'Production')`,
];
const MULT_SQL = `MERGE INTO merge_example_mult_target USING merge_example_mult_source ON merge_example_mult_target.id = merge_example_mult_source.id
  WHEN MATCHED AND merge_example_mult_source.marked = 'Y' THEN DELETE
  WHEN MATCHED AND merge_example_mult_source.isnewstatus = 1 THEN UPDATE SET val = merge_example_mult_source.newval, status = merge_example_mult_source.newstatus
  WHEN MATCHED THEN UPDATE SET val = merge_example_mult_source.newval
  WHEN NOT MATCHED THEN INSERT (id, val, status) VALUES (merge_example_mult_source.id, merge_example_mult_source.newval, merge_example_mult_source.newstatus)`;
const ALL_BY_NAME = [
  `CREATE OR REPLACE TABLE merge_example_target_all (id INTEGER, x INTEGER, y VARCHAR)`,
  `CREATE OR REPLACE TABLE merge_example_source_all (id INTEGER, y VARCHAR, x INTEGER)`,
  `INSERT INTO merge_example_target_all (id, x, y) VALUES (1, 10, 'Skiing'), (2, 20, 'Snowboarding')`,
  `INSERT INTO merge_example_source_all (id, y, x) VALUES (1, 'Skiing', 10), (2, 'Snowboarding', 25), (3, 'Skating', 30)`,
];
const ALL_BY_NAME_SQL = `MERGE INTO merge_example_target_all USING merge_example_source_all ON merge_example_target_all.id = merge_example_source_all.id WHEN MATCHED THEN UPDATE ALL BY NAME WHEN NOT MATCHED THEN INSERT ALL BY NAME`;
const DUPS = [
  `CREATE OR REPLACE TABLE merge_example_target (id INTEGER, description VARCHAR)`,
  `CREATE OR REPLACE TABLE merge_example_source (id INTEGER, description VARCHAR)`,
  `INSERT INTO merge_example_source (id, description) VALUES (50, 'This is a duplicate in the source and has no match in target'), (50, 'This is a duplicate in the source and has no match in target')`,
];
const DUPS_SQL = `MERGE INTO merge_example_target USING merge_example_source ON merge_example_target.id = merge_example_source.id
  WHEN MATCHED THEN UPDATE SET merge_example_target.description = merge_example_source.description
  WHEN NOT MATCHED THEN INSERT (id, description) VALUES (merge_example_source.id, merge_example_source.description)`;
const BIKES = [
  `CREATE TABLE leased_bicycles (bicycle_id INTEGER, customer_id INTEGER)`,
  `CREATE TABLE returned_bicycles (bicycle_id INTEGER)`,
  `INSERT INTO leased_bicycles (bicycle_ID, customer_ID) VALUES (101, 1111), (102, 2222), (103, 3333), (104, 4444), (105, 5555)`,
  `INSERT INTO returned_bicycles (bicycle_ID) VALUES (102), (104)`,
];
const DOC_EMPLOYEES = [
  `CREATE TABLE employees (first_name VARCHAR, last_name VARCHAR, workphone VARCHAR, city VARCHAR, postal_code VARCHAR)`,
  `INSERT INTO employees VALUES ('May', 'Franklin', '1-650-249-5198', 'San Francisco', 94115), ('Gillian', 'Patterson', '1-650-859-3954', 'San Francisco', 94115), ('Lysandra', 'Reeves', '1-212-759-3751', 'New York', 10018), ('Michael', 'Arnett', '1-650-230-8467', 'San Francisco', 94116)`,
];
const DOC_CONTRACTORS = [
  `CREATE TABLE contractors (contractor_first VARCHAR, contractor_last VARCHAR, worknum VARCHAR, city VARCHAR, zip_code VARCHAR)`,
  `INSERT INTO contractors VALUES ('Bradley', 'Greenbloom', '1-650-445-0676', 'San Francisco', 94110), ('Cole', 'Simpson', '1-212-285-8904', 'New York', 10001), ('Laurel', 'Slater', '1-650-633-4495', 'San Francisco', 94115)`,
];
const EMP = [
  `CREATE TABLE employees (id INT, name VARCHAR, dept VARCHAR, salary NUMBER(10,2))`,
  `INSERT INTO employees VALUES (1, 'Ann', 'eng', 100.00), (2, 'Bob', 'eng', 90.00), (3, 'Cy', 'ops', 80.00)`,
];
const DOC_MULTI = [`CREATE TABLE t1 (n1 INT)`, `CREATE TABLE t2 (n1 INT)`, `CREATE TABLE src (n1 INT)`, `INSERT INTO src VALUES (1), (11), (101)`];
const MULTI = [
  `CREATE TABLE t1 (n INT)`, `CREATE TABLE t2 (n INT)`,
  `CREATE TABLE src (n INT)`, `INSERT INTO src VALUES (1), (5), (10)`,
];

export const dmlCases = defineCases('dml', [
  { id: 'insert/values-count', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT, b VARCHAR)`], sql: `INSERT INTO t VALUES (1, 'x'), (2, 'y')`, columns: INSERTED, rows: [['2']] },
  { id: 'insert/column-list', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT, b VARCHAR, c DATE)`, `INSERT INTO t (b, a) VALUES ('x', 1)`], sql: `SELECT a, b, c FROM t`, columns: ['A', 'B', 'C'], rows: [['1', 'x', null]] },
  { id: 'insert/select', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT)`, `CREATE TABLE s (a INT)`, `INSERT INTO s VALUES (1), (2), (3)`], sql: `INSERT INTO t SELECT a FROM s WHERE a > 1`, columns: INSERTED, rows: [['2']] },
  { id: 'insert/default-values', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT DEFAULT 7, b VARCHAR DEFAULT 'dflt', c INT)`, `INSERT INTO t (c) VALUES (1)`], sql: `SELECT a, b, c FROM t`, columns: ['A', 'B', 'C'], rows: [['7', 'dflt', '1']] },
  {
    id: 'insert/doc-select-conversions', doc: cmd('insert'),
    setup: [`CREATE OR REPLACE TABLE mytable (col1 DATE, col2 TIMESTAMP_NTZ, col3 TIMESTAMP_NTZ)`, `INSERT INTO mytable SELECT TO_DATE('2013-05-08T23:39:20.123'), TO_TIMESTAMP('2013-05-08T23:39:20.123'), TO_TIMESTAMP('2013-05-08T23:39:20.123')`, `INSERT INTO mytable (col1, col3) SELECT TO_DATE('2013-05-08T23:39:20.123'), TO_TIMESTAMP('2013-05-08T23:39:20.123')`],
    sql: `SELECT * FROM mytable`, columns: ['COL1', 'COL2', 'COL3'],
    rows: [['2013-05-08', '2013-05-08 23:39:20.123', '2013-05-08 23:39:20.123'], ['2013-05-08', null, '2013-05-08 23:39:20.123']], unordered: true,
  },
  { id: 'insert/doc-desc-ntz', doc: cmd('insert'), setup: [`CREATE OR REPLACE TABLE mytable (col1 DATE, col2 TIMESTAMP_NTZ, col3 TIMESTAMP_NTZ)`], sql: `DESC TABLE mytable`, project: ['name', 'type', 'kind', 'null?', 'default', 'primary key', 'unique key', 'check', 'expression', 'comment', 'policy name', 'privacy domain'], rows: [['COL1', 'DATE', 'COLUMN', 'Y', null, 'N', 'N', null, null, null, null, null], ['COL2', 'TIMESTAMP_NTZ(9)', 'COLUMN', 'Y', null, 'N', 'N', null, null, null, null, null], ['COL3', 'TIMESTAMP_NTZ(9)', 'COLUMN', 'Y', null, 'N', 'N', null, null, null, null, null]] },
  {
    id: 'insert/doc-multi-row-values', doc: cmd('insert'), setup: DOC_EMPLOYEES, sql: `SELECT * FROM employees`,
    columns: ['FIRST_NAME', 'LAST_NAME', 'WORKPHONE', 'CITY', 'POSTAL_CODE'],
    rows: [['May', 'Franklin', '1-650-249-5198', 'San Francisco', '94115'], ['Gillian', 'Patterson', '1-650-859-3954', 'San Francisco', '94115'], ['Lysandra', 'Reeves', '1-212-759-3751', 'New York', '10018'], ['Michael', 'Arnett', '1-650-230-8467', 'San Francisco', '94116']], unordered: true,
  },
  { id: 'insert/doc-consistent-strings', doc: cmd('insert'), setup: [`CREATE OR REPLACE TABLE demo_insert_type_mismatch (v VARCHAR)`], sql: `INSERT INTO demo_insert_type_mismatch (v) VALUES ('three'), ('four')`, columns: INSERTED, rows: [['2']] },
  { id: 'insert/doc-type-mismatch-across-rows', doc: cmd('insert'), setup: [`CREATE OR REPLACE TABLE demo_insert_type_mismatch (v VARCHAR)`], sql: `INSERT INTO demo_insert_type_mismatch (v) VALUES (3), ('d')`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'd' is not recognized` } },
  { id: 'insert/doc-numbers-coerced-to-varchar', doc: cmd('insert'), setup: [`CREATE OR REPLACE TABLE demo_insert_type_mismatch (v VARCHAR)`, `INSERT INTO demo_insert_type_mismatch (v) VALUES (3), (4)`], sql: `SELECT v FROM demo_insert_type_mismatch ORDER BY v`, columns: ['V'], rows: [['3'], ['4']] },
  {
    id: 'insert/doc-select-with-filter', doc: cmd('insert'),
    setup: [...DOC_EMPLOYEES, ...DOC_CONTRACTORS, `INSERT INTO employees(first_name, last_name, workphone, city, postal_code) SELECT contractor_first, contractor_last, worknum, NULL, zip_code FROM contractors WHERE CONTAINS(worknum,'650')`],
    sql: `SELECT * FROM employees WHERE city IS NULL ORDER BY first_name`, columns: ['FIRST_NAME', 'LAST_NAME', 'WORKPHONE', 'CITY', 'POSTAL_CODE'],
    rows: [['Bradley', 'Greenbloom', '1-650-445-0676', null, '94110'], ['Laurel', 'Slater', '1-650-633-4495', null, '94115']],
  },
  {
    id: 'insert/doc-with-cte', doc: cmd('insert'),
    setup: [...DOC_EMPLOYEES, ...DOC_CONTRACTORS],
    sql: `INSERT INTO employees (first_name, last_name, workphone, city, postal_code) WITH cte AS (SELECT contractor_first AS first_name, contractor_last AS last_name, worknum AS workphone, city, zip_code AS postal_code FROM contractors) SELECT first_name, last_name, workphone, city, postal_code FROM cte`,
    columns: INSERTED, rows: [['3']],
  },
  {
    id: 'insert/doc-overwrite', doc: cmd('insert'),
    setup: [...DOC_EMPLOYEES, `CREATE TABLE sf_employees LIKE employees`, `INSERT INTO sf_employees VALUES ('Mary', 'Smith', '1-650-999-9999', 'San Francisco', 94115)`, `INSERT OVERWRITE INTO sf_employees SELECT * FROM employees WHERE city = 'San Francisco'`],
    sql: `SELECT first_name FROM sf_employees ORDER BY first_name`, columns: ['FIRST_NAME'], rows: [['Gillian'], ['May'], ['Michael']],
  },
  { id: 'insert/overwrite', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT)`, `INSERT INTO t VALUES (1), (2)`, `INSERT OVERWRITE INTO t VALUES (9)`], sql: `SELECT a FROM t`, columns: ['A'], rows: [['9']] },
  { id: 'insert/expression-coercion', doc: cmd('insert'), setup: [`CREATE TABLE t (n NUMBER(5,2), d DATE, s VARCHAR)`, `INSERT INTO t VALUES ('1.234', '2024-01-02', 42)`], sql: `SELECT n, d, s FROM t`, columns: ['N', 'D', 'S'], rows: [['1.23', '2024-01-02', '42']] },
  { id: 'insert/arity-mismatch', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT, b INT)`], sql: `INSERT INTO t (a, b) VALUES (1)`, error: { errno: '002020', sqlState: '21S01' } },
  { id: 'insert/missing-table', doc: cmd('insert'), sql: `INSERT INTO no_such_table VALUES (1)`, error: { errno: '002003', sqlState: '42S02', messageIncludes: 'NO_SUCH_TABLE' } },
  { id: 'insert/bad-number-value', doc: cmd('insert'), setup: [`CREATE TABLE t (a INT)`], sql: `INSERT INTO t VALUES ('abc')`, error: { errno: '100038', sqlState: '22018' } },
  { id: 'insert-multi/all-unconditional', doc: cmd('insert-multi-table'), setup: MULTI, sql: `INSERT ALL INTO t1 INTO t2 SELECT n FROM src`, rows: [['3', '3']] },
  {
    id: 'insert-multi/all-conditional', doc: cmd('insert-multi-table'),
    setup: [...MULTI, `INSERT ALL WHEN n > 1 THEN INTO t1 WHEN n > 6 THEN INTO t2 ELSE INTO t2 SELECT n FROM src`],
    sql: `SELECT 't1' AS t, n FROM t1 UNION ALL SELECT 't2', n FROM t2 ORDER BY 1, 2`,
    columns: ['T', 'N'], rows: [['t1', '5'], ['t1', '10'], ['t2', '1'], ['t2', '10']],
  },
  {
    id: 'insert-multi/first', doc: cmd('insert-multi-table'),
    setup: [...MULTI, `INSERT FIRST WHEN n > 6 THEN INTO t2 WHEN n > 1 THEN INTO t1 SELECT n FROM src`],
    sql: `SELECT 't1' AS t, n FROM t1 UNION ALL SELECT 't2', n FROM t2 ORDER BY 1, 2`,
    columns: ['T', 'N'], rows: [['t1', '5'], ['t2', '10']],
  },
  {
    id: 'insert-multi/doc-all-with-else', doc: cmd('insert-multi-table'),
    setup: [...DOC_MULTI, `INSERT ALL WHEN n1 > 100 THEN INTO t1 WHEN n1 > 10 THEN INTO t1 INTO t2 ELSE INTO t2 SELECT n1 from src`],
    sql: `SELECT 't1' AS t, n1 FROM t1 UNION ALL SELECT 't2', n1 FROM t2 ORDER BY 1, 2 DESC`,
    columns: ['T', 'N1'], rows: [['t1', '101'], ['t1', '101'], ['t1', '11'], ['t2', '101'], ['t2', '11'], ['t2', '1']],
  },
  {
    id: 'insert-multi/doc-first-with-else', doc: cmd('insert-multi-table'),
    setup: [...DOC_MULTI, `INSERT FIRST WHEN n1 > 100 THEN INTO t1 WHEN n1 > 10 THEN INTO t1 INTO t2 ELSE INTO t2 SELECT n1 from src`],
    sql: `SELECT 't1' AS t, n1 FROM t1 UNION ALL SELECT 't2', n1 FROM t2 ORDER BY 1, 2 DESC`,
    columns: ['T', 'N1'], rows: [['t1', '101'], ['t1', '11'], ['t2', '11'], ['t2', '1']],
  },
  {
    id: 'insert-multi/doc-unselected-column-fails', doc: cmd('insert-multi-table'),
    setup: [`CREATE TABLE t1 (col1 INT, col2 INT)`, `CREATE TABLE src (a INT, b INT, c INT)`, `INSERT INTO src VALUES (1, 2, 30)`],
    sql: `INSERT ALL WHEN c > 10 THEN INTO t1 (col1, col2) VALUES (a, b) SELECT a FROM src`,
    error: { errno: '000904' },
  },
  {
    id: 'insert-multi/doc-selected-columns', doc: cmd('insert-multi-table'),
    setup: [`CREATE TABLE t1 (col1 INT, col2 INT)`, `CREATE TABLE src (a INT, b INT, c INT)`, `INSERT INTO src VALUES (1, 2, 30), (3, 4, 5)`, `INSERT ALL WHEN c > 10 THEN INTO t1 (col1, col2) VALUES (a, b) SELECT a, b, c FROM src`],
    sql: `SELECT col1, col2 FROM t1`, columns: ['COL1', 'COL2'], rows: [['1', '2']],
  },
  {
    id: 'insert-multi/values-clause', doc: cmd('insert-multi-table'),
    setup: [`CREATE TABLE t1 (a INT, b INT, c INT)`, `INSERT ALL INTO t1 VALUES ($1, an_alias, "10 + 20") SELECT 1, 50 AS an_alias, 10 + 20`],
    sql: `SELECT * FROM t1`, columns: ['A', 'B', 'C'], rows: [['1', '50', '30']],
  },
  { id: 'update/count', doc: cmd('update'), setup: EMP, sql: `UPDATE employees SET salary = salary * 1.1 WHERE dept = 'eng'`, columns: UPDATED, rows: [['2', '0']] },
  { id: 'update/result', doc: cmd('update'), setup: [...EMP, `UPDATE employees SET salary = salary + 5, name = UPPER(name) WHERE id = 3`], sql: `SELECT id, name, salary FROM employees ORDER BY id`, columns: ['ID', 'NAME', 'SALARY'], rows: [['1', 'Ann', '100.00'], ['2', 'Bob', '90.00'], ['3', 'CY', '85.00']] },
  { id: 'update/no-match', doc: cmd('update'), setup: EMP, sql: `UPDATE employees SET salary = 0 WHERE id = 99`, columns: UPDATED, rows: [['0', '0']] },
  {
    id: 'update/from-join', doc: cmd('update'),
    setup: [...EMP, `CREATE TABLE raises (dept VARCHAR, pct NUMBER(4,2))`, `INSERT INTO raises VALUES ('ops', 0.50)`, `UPDATE employees e SET salary = e.salary * (1 + r.pct) FROM raises r WHERE e.dept = r.dept`],
    sql: `SELECT id, salary FROM employees ORDER BY id`, columns: ['ID', 'SALARY'], rows: [['1', '100.00'], ['2', '90.00'], ['3', '120.00']],
  },
  {
    id: 'update/multi-joined-count', doc: cmd('update'),
    setup: [`CREATE TABLE target (k INT, v INT)`, `CREATE TABLE src (k INT, v INT)`, `INSERT INTO target VALUES (0, 10)`, `INSERT INTO src VALUES (0, 11), (0, 12), (0, 13)`],
    sql: `UPDATE target SET v = src.v FROM src WHERE target.k = src.k`, columns: UPDATED, rows: [['1', '1']],
  },
  {
    id: 'update/doc-one-to-one-join', doc: cmd('update'),
    setup: [`CREATE TABLE target (k INT, v INT)`, `CREATE TABLE src (k INT, v INT)`, `INSERT INTO target VALUES (0, 10)`, `INSERT INTO src VALUES (0, 11), (0, 12), (0, 13)`, `UPDATE target SET v = b.v FROM (SELECT k, MIN(v) v FROM src GROUP BY k) b WHERE target.k = b.k`],
    sql: `SELECT k, v FROM target`, columns: ['K', 'V'], rows: [['0', '11']],
  },
  {
    id: 'update/doc-nondeterministic-error-when-enabled', doc: cmd('update'), fresh: true,
    setup: [`ALTER SESSION SET ERROR_ON_NONDETERMINISTIC_UPDATE = TRUE`, `CREATE TABLE target (k INT, v INT)`, `CREATE TABLE src (k INT, v INT)`, `INSERT INTO target VALUES (0, 10)`, `INSERT INTO src VALUES (0, 11), (0, 12), (0, 13)`],
    sql: `UPDATE target SET v = src.v FROM src WHERE target.k = src.k`, error: { errno: '100090', sqlState: '42P18' },
  },
  { id: 'delete/count', doc: cmd('delete'), setup: EMP, sql: `DELETE FROM employees WHERE salary < 95`, columns: DELETED, rows: [['2']] },
  { id: 'delete/all', doc: cmd('delete'), setup: EMP, sql: `DELETE FROM employees`, columns: DELETED, rows: [['3']] },
  { id: 'delete/doc-where-count', doc: cmd('delete'), setup: BIKES, sql: `DELETE FROM leased_bicycles WHERE bicycle_ID = 105`, columns: DELETED, rows: [['1']] },
  { id: 'delete/doc-where-result', doc: cmd('delete'), setup: [...BIKES, `DELETE FROM leased_bicycles WHERE bicycle_ID = 105`], sql: `SELECT * FROM leased_bicycles ORDER BY bicycle_ID`, columns: ['BICYCLE_ID', 'CUSTOMER_ID'], rows: [['101', '1111'], ['102', '2222'], ['103', '3333'], ['104', '4444']] },
  {
    id: 'delete/doc-using-in-transaction', doc: cmd('delete'),
    setup: [...BIKES, `DELETE FROM leased_bicycles WHERE bicycle_ID = 105`, `BEGIN WORK`, `DELETE FROM leased_bicycles USING returned_bicycles WHERE leased_bicycles.bicycle_ID = returned_bicycles.bicycle_ID`, `TRUNCATE TABLE returned_bicycles`, `COMMIT WORK`],
    sql: `SELECT * FROM leased_bicycles ORDER BY bicycle_ID`, columns: ['BICYCLE_ID', 'CUSTOMER_ID'], rows: [['101', '1111'], ['103', '3333']],
  },
  {
    id: 'delete/doc-using-subquery', doc: cmd('delete'),
    setup: [...BIKES, `DELETE FROM leased_bicycles USING returned_bicycles WHERE leased_bicycles.bicycle_ID = returned_bicycles.bicycle_ID`, `DELETE FROM leased_bicycles WHERE bicycle_ID = 105`, `TRUNCATE TABLE returned_bicycles`, `INSERT INTO returned_bicycles (bicycle_ID) VALUES (103)`, `DELETE FROM leased_bicycles USING (SELECT bicycle_ID AS bicycle_ID FROM returned_bicycles) AS returned WHERE leased_bicycles.bicycle_ID = returned.bicycle_ID`],
    sql: `SELECT * FROM leased_bicycles ORDER BY bicycle_ID`, columns: ['BICYCLE_ID', 'CUSTOMER_ID'], rows: [['101', '1111']],
  },
  {
    id: 'delete/using', doc: cmd('delete'),
    setup: [...EMP, `CREATE TABLE leavers (id INT)`, `INSERT INTO leavers VALUES (2), (3)`, `DELETE FROM employees USING leavers WHERE employees.id = leavers.id`],
    sql: `SELECT id FROM employees`, columns: ['ID'], rows: [['1']],
  },
  { id: 'merge/update-only-count', doc: cmd('merge'), setup: MERGE_T, sql: `MERGE INTO target_table USING source_table ON target_table.id = source_table.id WHEN MATCHED THEN UPDATE SET target_table.description = source_table.description`, columns: ['number of rows updated'], rows: [['1']] },
  { id: 'merge/update-only-result', doc: cmd('merge'), setup: [...MERGE_T, `MERGE INTO target_table USING source_table ON target_table.id = source_table.id WHEN MATCHED THEN UPDATE SET target_table.description = source_table.description`], sql: `SELECT * FROM target_table`, columns: ['ID', 'DESCRIPTION'], rows: [['10', 'To be updated (this is the new value)']] },
  { id: 'merge/all-clauses-count', doc: cmd('merge'), setup: MERGE3, sql: MERGE3_SQL, columns: ['number of rows inserted', 'number of rows updated', 'number of rows deleted'], rows: [['1', '1', '1']] },
  { id: 'merge/all-clauses-result', doc: cmd('merge'), setup: [...MERGE3, MERGE3_SQL], sql: `SELECT k, v FROM tgt ORDER BY k`, columns: ['K', 'V'], rows: [['1', 'uno'], ['3', 'three'], ['4', 'cuatro']] },
  { id: 'merge/insert-only', doc: cmd('merge'), setup: MERGE3, sql: `MERGE INTO tgt USING src ON tgt.k = src.k WHEN NOT MATCHED THEN INSERT VALUES (src.k, src.v)`, columns: ['number of rows inserted'], rows: [['1']] },
  { id: 'merge/using-subquery', doc: cmd('merge'), setup: MERGE3, sql: `MERGE INTO tgt USING (SELECT 3 AS k, 'tres' AS v) s ON tgt.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v)`, columns: ['number of rows inserted', 'number of rows updated'], rows: [['0', '1']] },
  { id: 'merge/doc-multiple-operations-count', doc: cmd('merge'), setup: MULT, sql: MULT_SQL, columns: ['number of rows inserted', 'number of rows updated', 'number of rows deleted'], rows: [['1', '2', '1']] },
  { id: 'merge/doc-multiple-operations-result', doc: cmd('merge'), setup: [...MULT, MULT_SQL], sql: `SELECT * FROM merge_example_mult_target ORDER BY id`, columns: ['ID', 'VAL', 'STATUS'], rows: [['2', '50', 'Beta'], ['3', '60', 'Production'], ['4', '40', 'Production']] },
  { id: 'merge/doc-all-by-name-count', doc: cmd('merge'), setup: ALL_BY_NAME, sql: ALL_BY_NAME_SQL, columns: ['number of rows inserted', 'number of rows updated'], rows: [['1', '2']] },
  { id: 'merge/doc-all-by-name-result', doc: cmd('merge'), setup: [...ALL_BY_NAME, ALL_BY_NAME_SQL], sql: `SELECT * FROM merge_example_target_all ORDER BY id`, columns: ['ID', 'X', 'Y'], rows: [['1', '10', 'Skiing'], ['2', '25', 'Snowboarding'], ['3', '30', 'Skating']] },
  { id: 'merge/doc-source-duplicates-count', doc: cmd('merge'), setup: DUPS, sql: DUPS_SQL, columns: ['number of rows inserted', 'number of rows updated'], rows: [['2', '0']] },
  { id: 'merge/doc-source-duplicates-result', doc: cmd('merge'), setup: [...DUPS, DUPS_SQL], sql: `SELECT * FROM merge_example_target`, columns: ['ID', 'DESCRIPTION'], rows: [['50', 'This is a duplicate in the source and has no match in target'], ['50', 'This is a duplicate in the source and has no match in target']] },
  {
    id: 'merge/doc-group-by-source', doc: cmd('merge'),
    setup: [`CREATE TABLE target (k INT, v INT)`, `CREATE TABLE src (k INT, v INT)`, `INSERT INTO target VALUES (0, 10)`, `INSERT INTO src VALUES (0, 11), (0, 12), (1, 5)`, `MERGE INTO target USING (SELECT k, MAX(v) AS v FROM src GROUP BY k) AS b ON target.k = b.k WHEN MATCHED THEN UPDATE SET target.v = b.v WHEN NOT MATCHED THEN INSERT (k, v) VALUES (b.k, b.v)`],
    sql: `SELECT k, v FROM target ORDER BY k`, columns: ['K', 'V'], rows: [['0', '12'], ['1', '5']],
  },
  {
    id: 'merge/doc-update-delete-conflict', doc: cmd('merge'),
    setup: [`CREATE OR REPLACE TABLE merge_example_target_orig (k NUMBER, v NUMBER)`, `INSERT INTO merge_example_target_orig VALUES (0, 10)`, `CREATE OR REPLACE TABLE merge_example_src (k NUMBER, v NUMBER)`, `INSERT INTO merge_example_src VALUES (0, 11), (0, 12), (0, 13)`, `CREATE OR REPLACE TABLE merge_example_target_clone CLONE merge_example_target_orig`],
    sql: `MERGE INTO merge_example_target_clone USING merge_example_src ON merge_example_target_clone.k = merge_example_src.k WHEN MATCHED AND merge_example_src.v = 11 THEN DELETE WHEN MATCHED THEN UPDATE SET merge_example_target_clone.v = merge_example_src.v`,
    error: { errno: '100090', sqlState: '42P18' },
  },
  {
    id: 'merge/nondeterministic-error', doc: cmd('merge'),
    setup: [`CREATE TABLE target (k INT, v INT)`, `CREATE TABLE src (k INT, v INT)`, `INSERT INTO target VALUES (0, 10)`, `INSERT INTO src VALUES (0, 11), (0, 12)`],
    sql: `MERGE INTO target USING src ON target.k = src.k WHEN MATCHED THEN UPDATE SET target.v = src.v`,
    error: { errno: '100090', sqlState: '42P18', messageIncludes: 'Duplicate row detected during DML action' },
  },
  { id: 'truncate/status', doc: cmd('truncate-table'), setup: EMP, sql: `TRUNCATE TABLE employees`, columns: STATUS, rows: STATEMENT_OK },
  { id: 'truncate/empties', doc: cmd('truncate-table'), setup: [...EMP, `TRUNCATE TABLE IF EXISTS employees`], sql: `SELECT COUNT (*) FROM employees`, columns: ['COUNT (*)'], rows: [['0']] },
  { id: 'transaction/commit', doc: cmd('commit'), setup: [`CREATE TABLE t (a INT)`, `BEGIN`, `INSERT INTO t VALUES (1)`, `COMMIT`], sql: `SELECT a FROM t`, columns: ['A'], rows: [['1']] },
  { id: 'transaction/rollback', doc: cmd('rollback'), setup: [`CREATE TABLE t (a INT)`, `BEGIN TRANSACTION`, `INSERT INTO t VALUES (1)`, `ROLLBACK`], sql: `SELECT COUNT(*) AS n FROM t`, columns: ['N'], rows: [['0']] },
  { id: 'transaction/begin-status', doc: cmd('begin'), sql: `BEGIN`, columns: STATUS, rows: STATEMENT_OK, fresh: true },
  { id: 'autoincrement/column', doc: cmd('create-table'), setup: [`CREATE TABLE t (id INT AUTOINCREMENT, v VARCHAR)`, `INSERT INTO t (v) VALUES ('a'), ('b')`], sql: `SELECT id, v FROM t ORDER BY id`, columns: ['ID', 'V'], rows: [['1', 'a'], ['2', 'b']] },
  { id: 'identity/start-increment', doc: cmd('create-table'), setup: [`CREATE TABLE t (id INT IDENTITY(100, 10), v VARCHAR)`, `INSERT INTO t (v) VALUES ('a')`, `INSERT INTO t (v) VALUES ('b')`], sql: `SELECT id, v FROM t ORDER BY id`, columns: ['ID', 'V'], rows: [['100', 'a'], ['110', 'b']] },
  { id: 'sequence/create-status', doc: cmd('create-sequence'), sql: `CREATE SEQUENCE seq_01 START = 1 INCREMENT = 1`, columns: STATUS, rows: [['Sequence SEQ_01 successfully created.']] },
  { id: 'sequence/nextval', doc: cmd('create-sequence'), setup: [`CREATE SEQUENCE seq_01 START = 1 INCREMENT = 1`, `SELECT seq_01.nextval`], sql: `SELECT seq_01.nextval AS n`, columns: ['N'], rows: [['2']] },
  { id: 'sequence/default-column', doc: cmd('create-sequence'), setup: [`CREATE SEQUENCE seq_02 START = 10 INCREMENT = 5`, `CREATE TABLE t (id INT DEFAULT seq_02.nextval, v VARCHAR)`, `INSERT INTO t (v) VALUES ('a'), ('b')`], sql: `SELECT id, v FROM t ORDER BY id`, columns: ['ID', 'V'], rows: [['10', 'a'], ['15', 'b']] },
  { id: 'ctas/rows', doc: cmd('create-table'), setup: [...EMP, `CREATE TABLE eng AS SELECT id, name FROM employees WHERE dept = 'eng'`], sql: `SELECT * FROM eng ORDER BY id`, columns: ['ID', 'NAME'], rows: [['1', 'Ann'], ['2', 'Bob']] },
  { id: 'sequence/doc-first-nextval', doc: cmd('create-sequence'), setup: [`CREATE OR REPLACE SEQUENCE seq_01 START = 1 INCREMENT = 1`], sql: `SELECT seq_01.nextval`, columns: ['NEXTVAL'], rows: [['1']] },
  { id: 'sequence/doc-increment-two', doc: cmd('create-sequence'), setup: [`CREATE OR REPLACE SEQUENCE seq_02 START = 1 INCREMENT = 2`], sql: `SELECT seq_02.nextval a, seq_02.nextval b, seq_02.nextval c, seq_02.nextval d`, columns: ['A', 'B', 'C', 'D'], rows: [['1', '3', '5', '7']] },
  { id: 'sequence/doc-increment-two-continues', doc: cmd('create-sequence'), setup: [`CREATE OR REPLACE SEQUENCE seq_02 START = 1 INCREMENT = 2`, `SELECT seq_02.nextval a, seq_02.nextval b, seq_02.nextval c, seq_02.nextval d`], sql: `SELECT seq_02.nextval a, seq_02.nextval b, seq_02.nextval c, seq_02.nextval d`, columns: ['A', 'B', 'C', 'D'], rows: [['9', '11', '13', '15']] },
  { id: 'sequence/doc-increment-five', doc: cmd('create-sequence'), setup: [`CREATE OR REPLACE SEQUENCE seq_5 START = 1 INCREMENT = 5`], sql: `SELECT seq_5.nextval a, seq_5.nextval b, seq_5.nextval c, seq_5.nextval d`, columns: ['A', 'B', 'C', 'D'], rows: [['1', '6', '11', '16']] },
  { id: 'sequence/insert-values-nextval', doc: cmd('create-sequence'), setup: [`CREATE OR REPLACE SEQUENCE seq_01 START = 1 INCREMENT = 1`, `CREATE OR REPLACE TABLE sequence_test_table (i INTEGER)`, `SELECT seq_01.nextval`, `INSERT INTO sequence_test_table (i) VALUES (seq_01.nextval)`], sql: `SELECT i FROM sequence_test_table`, columns: ['I'], rows: [['2']] },
  {
    id: 'sequence/doc-default-and-explicit-keys', doc: 'https://docs.snowflake.com/en/user-guide/querying-sequences',
    setup: [`CREATE OR REPLACE SEQUENCE seq1`, `CREATE OR REPLACE TABLE foo (k NUMBER DEFAULT seq1.NEXTVAL, v NUMBER)`, `INSERT INTO foo (v) VALUES (100)`, `INSERT INTO foo VALUES (DEFAULT, 101)`, `INSERT INTO foo (v) SELECT v FROM foo`, `INSERT INTO foo VALUES (1000, 1001)`],
    sql: `SELECT * FROM foo ORDER BY k`, columns: ['K', 'V'], rows: [['1', '100'], ['2', '101'], ['3', '100'], ['4', '101'], ['1000', '1001']],
  },
  {
    id: 'sequence/doc-default-doubling-rows', doc: cmd('create-sequence'),
    setup: [`CREATE OR REPLACE SEQUENCE seq90`, `CREATE OR REPLACE TABLE sequence_demo (i INTEGER DEFAULT seq90.nextval, dummy SMALLINT)`, `INSERT INTO sequence_demo (dummy) VALUES (0)`, `INSERT INTO sequence_demo (dummy) SELECT dummy FROM sequence_demo`, `INSERT INTO sequence_demo (dummy) SELECT dummy FROM sequence_demo`, `INSERT INTO sequence_demo (dummy) SELECT dummy FROM sequence_demo`],
    sql: `SELECT COUNT(i), COUNT(DISTINCT i), MIN(i), MAX(i) FROM sequence_demo`, columns: ['COUNT(I)', 'COUNT(DISTINCT I)', 'MIN(I)', 'MAX(I)'], rows: [['8', '8', '1', '8']],
  },
  { id: 'sequence/start-with-increment-by', doc: cmd('create-sequence'), setup: [`CREATE SEQUENCE s3 START WITH 5 INCREMENT BY 5`], sql: `SELECT s3.nextval AS a, s3.nextval AS b`, columns: ['A', 'B'], rows: [['5', '10']] },
  { id: 'sequence/descending', doc: cmd('create-sequence'), setup: [`CREATE SEQUENCE seq_neg START WITH 10 INCREMENT BY -5`], sql: `SELECT seq_neg.nextval a, seq_neg.nextval b`, columns: ['A', 'B'], rows: [['10', '5']] },
  { id: 'sequence/if-not-exists-present', doc: cmd('create-sequence'), setup: [`CREATE SEQUENCE s3`], sql: `CREATE SEQUENCE IF NOT EXISTS s3`, columns: STATUS, rows: [['S3 already exists, statement succeeded.']] },
  { id: 'sequence/drop-status', doc: cmd('drop-sequence'), setup: [`CREATE SEQUENCE s3`], sql: `DROP SEQUENCE s3`, columns: STATUS, rows: [['S3 successfully dropped.']] },
  { id: 'sequence/alter-rename', doc: cmd('alter-sequence'), setup: [`CREATE SEQUENCE myseq`], sql: `ALTER SEQUENCE myseq RENAME TO newseq`, columns: STATUS, rows: STATEMENT_OK, pending: 'ALTER SEQUENCE is NotSupported (DuckDB cannot alter a sequence in place)' },
]);
