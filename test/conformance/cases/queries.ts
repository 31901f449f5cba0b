/**
 * @module test/conformance/cases/queries
 * Query shapes: joins (inner, outer, cross, natural, USING, lateral), set operators (UNION [ALL],
 * INTERSECT, EXCEPT/MINUS, UNION BY NAME), CTEs (incl. recursive), subqueries (scalar, IN,
 * EXISTS, correlated), VALUES, DISTINCT, TOP / LIMIT / OFFSET / FETCH, SELECT * EXCLUDE / RENAME /
 * REPLACE, PIVOT / UNPIVOT, ORDER BY positions and aliases.
 */
import { defineCases, ref } from './_define.ts';

const Q = (p: string) => ref(`constructs/${p}`);
const QS = [
  `CREATE OR REPLACE TABLE quarterly_sales(empid INT, amount INT, quarter TEXT) AS SELECT * FROM VALUES
    (1, 10000, '2023_Q1'), (1, 400, '2023_Q1'), (2, 4500, '2023_Q1'), (2, 35000, '2023_Q1'),
    (1, 5000, '2023_Q2'), (1, 3000, '2023_Q2'), (2, 200, '2023_Q2'), (2, 90500, '2023_Q2'),
    (1, 6000, '2023_Q3'), (1, 5000, '2023_Q3'), (2, 2500, '2023_Q3'), (2, 9500, '2023_Q3'), (3, 2700, '2023_Q3'),
    (1, 8000, '2023_Q4'), (1, 10000, '2023_Q4'), (2, 800, '2023_Q4'), (2, 4500, '2023_Q4'), (3, 2700, '2023_Q4'), (3, 16000, '2023_Q4'), (3, 10200, '2023_Q4')`,
];
const MONTHLY = [
  `CREATE OR REPLACE TABLE monthly_sales(empid INT, dept TEXT, jan INT, feb INT, mar INT, april INT)`,
  `INSERT INTO monthly_sales VALUES (1, 'electronics', 100, 200, 300, 100), (2, 'clothes', 100, 300, 150, 200), (3, 'cars', 200, 400, 100, 50), (4, 'appliances', 100, NULL, 100, 50)`,
];
const JOIN_T = [
  `CREATE TABLE t1 (col1 INTEGER)`,
  `CREATE TABLE t2 (col1 INTEGER)`,
  `INSERT INTO t1 (col1) VALUES (2), (3), (4)`,
  `INSERT INTO t2 (col1) VALUES (1), (2), (2), (3)`,
];
const EMP = [
  `CREATE TABLE departments (department_id INTEGER, department_name VARCHAR)`,
  `CREATE TABLE employees (employee_id INTEGER, last_name VARCHAR, department_id INTEGER)`,
  `INSERT INTO departments VALUES (1, 'Engineering'), (2, 'Customer Support'), (3, 'Finance')`,
  `INSERT INTO employees VALUES (101, 'Richards', 1), (102, 'Paulson', 1), (103, 'Johnson', 2), (104, 'Nobody', NULL)`,
];
const SETS = [
  `CREATE TABLE s1 (v INT, name VARCHAR)`,
  `CREATE TABLE s2 (v INT, name VARCHAR)`,
  `INSERT INTO s1 VALUES (1, 'a'), (2, 'b'), (2, 'b'), (3, 'c')`,
  `INSERT INTO s2 VALUES (2, 'b'), (3, 'c'), (4, 'd')`,
];
const POSTAL = [
  `CREATE OR REPLACE TABLE sales_office_postal_example (office_name VARCHAR, postal_code VARCHAR)`,
  `INSERT INTO sales_office_postal_example VALUES ('sales1', '94061'), ('sales2', '94070'), ('sales3', '98116'), ('sales4', '98005')`,
  `CREATE OR REPLACE TABLE customer_postal_example (customer VARCHAR, postal_code VARCHAR)`,
  `INSERT INTO customer_postal_example VALUES ('customer1', '94066'), ('customer2', '94061'), ('customer3', '98444'), ('customer4', '98005')`,
];
const UNION_ORDER = [
  `CREATE OR REPLACE TABLE union_demo_column_order1 (a INTEGER, b VARCHAR)`,
  `INSERT INTO union_demo_column_order1 VALUES (1, 'one'), (2, 'two'), (3, 'three')`,
  `CREATE OR REPLACE TABLE union_demo_column_order2 (B VARCHAR, A INTEGER)`,
  `INSERT INTO union_demo_column_order2 VALUES ('three', 3), ('four', 4)`,
];
const PIVOT_HEAD = ['EMPID', `'2023_Q1'`, `'2023_Q2'`, `'2023_Q3'`, `'2023_Q4'`];
const PIVOT_ROWS = [['1', '10400', '8000', '11000', '18000'], ['2', '39500', '90700', '12000', '5300'], ['3', null, null, '2700', '28900']];

// SELECT page, "Selecting all columns" examples (employee_table / department_table).
const STAR_EMP = [
  `CREATE OR REPLACE TABLE employee_table (employee_id INTEGER, last_name VARCHAR, first_name VARCHAR, department_id INTEGER)`,
  `CREATE OR REPLACE TABLE department_table (department_id INTEGER, department_name VARCHAR)`,
  `INSERT INTO employee_table (employee_id, last_name, first_name, department_id) VALUES (101, 'Montgomery', 'Pat', 1), (102, 'Levine', 'Terry', 2), (103, 'Comstock', 'Dana', 2)`,
  `INSERT INTO department_table (department_id, department_name) VALUES (1, 'Engineering'), (2, 'Customer Support'), (3, 'Finance')`,
];
const STAR_ROWS = [['101', 'Montgomery', 'Pat', '1'], ['102', 'Levine', 'Terry', '2'], ['103', 'Comstock', 'Dana', '2']];
const DEMO1 = [`CREATE TABLE demo1 (i INTEGER)`, `INSERT INTO demo1 (i) VALUES (1), (2)`];
const HIER = [
  `CREATE OR REPLACE TABLE employees (title VARCHAR, employee_ID INTEGER, manager_ID INTEGER)`,
  `INSERT INTO employees (title, employee_ID, manager_ID) VALUES ('President', 1, NULL), ('Vice President Engineering', 10, 1), ('Programmer', 100, 10), ('QA Engineer', 101, 10), ('Vice President HR', 20, 1), ('Health Insurance Analyst', 200, 20)`,
];
const HIER_COLS = ['TITLE', 'EMPLOYEE_ID', 'MANAGER_ID', 'MGR_EMP_ID (SHOULD BE SAME)', 'MGR TITLE'];
const HIER_ROWS = [
  ['President', '1', null, null, 'President'],
  ['Vice President Engineering', '10', '1', '1', 'President'],
  ['Vice President HR', '20', '1', '1', 'President'],
  ['Programmer', '100', '10', '10', 'Vice President Engineering'],
  ['QA Engineer', '101', '10', '10', 'Vice President Engineering'],
  ['Health Insurance Analyst', '200', '20', '20', 'Vice President HR'],
];

export const queryCases = defineCases('queries', [
  { id: 'join/inner', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1 INNER JOIN t2 ON t2.col1 = t1.col1 ORDER BY 1, 2`, columns: ['COL1', 'COL1'], rows: [['2', '2'], ['2', '2'], ['3', '3']] },
  { id: 'join/left-outer', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1 LEFT OUTER JOIN t2 ON t2.col1 = t1.col1 ORDER BY 1, 2`, columns: ['COL1', 'COL1'], rows: [['2', '2'], ['2', '2'], ['3', '3'], ['4', null]] },
  { id: 'join/right-outer', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1 RIGHT OUTER JOIN t2 ON t2.col1 = t1.col1 ORDER BY 1, 2`, columns: ['COL1', 'COL1'], rows: [['2', '2'], ['2', '2'], ['3', '3'], [null, '1']] },
  { id: 'join/full-outer', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1 FULL OUTER JOIN t2 ON t2.col1 = t1.col1 ORDER BY 1, 2`, columns: ['COL1', 'COL1'], rows: [['2', '2'], ['2', '2'], ['3', '3'], ['4', null], [null, '1']] },
  { id: 'join/cross', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1 CROSS JOIN t2 ORDER BY 1, 2`, columns: ['COL1', 'COL1'], rows: [['2', '1'], ['2', '2'], ['2', '2'], ['2', '3'], ['3', '1'], ['3', '2'], ['3', '2'], ['3', '3'], ['4', '1'], ['4', '2'], ['4', '2'], ['4', '3']] },
  { id: 'join/natural', doc: Q('join'), setup: JOIN_T, sql: `SELECT * FROM t1 NATURAL JOIN t2 ORDER BY 1`, columns: ['COL1'], rows: [['2'], ['2'], ['3']] },
  { id: 'join/using', doc: Q('join'), setup: EMP, sql: `SELECT e.last_name, d.department_name FROM employees e JOIN departments d USING (department_id) ORDER BY e.last_name`, columns: ['LAST_NAME', 'DEPARTMENT_NAME'], rows: [['Johnson', 'Customer Support'], ['Paulson', 'Engineering'], ['Richards', 'Engineering']] },
  { id: 'join/comma-where', doc: Q('join'), setup: EMP, sql: `SELECT d.department_name, COUNT(e.employee_id) AS n FROM departments d, employees e WHERE d.department_id = e.department_id GROUP BY 1 ORDER BY 1`, columns: ['DEPARTMENT_NAME', 'N'], rows: [['Customer Support', '1'], ['Engineering', '2']] },
  { id: 'join/lateral-subquery', doc: Q('join-lateral'), setup: EMP, sql: `SELECT d.department_name, x.last_name FROM departments d, LATERAL (SELECT e.last_name FROM employees e WHERE e.department_id = d.department_id) x ORDER BY 1, 2`, columns: ['DEPARTMENT_NAME', 'LAST_NAME'], rows: [['Customer Support', 'Johnson'], ['Engineering', 'Paulson'], ['Engineering', 'Richards']] },
  { id: 'join/left-outer-keeps-unmatched', doc: Q('join'), setup: EMP, sql: `SELECT d.department_name, e.last_name FROM departments d LEFT JOIN employees e ON e.department_id = d.department_id ORDER BY 1, 2`, columns: ['DEPARTMENT_NAME', 'LAST_NAME'], rows: [['Customer Support', 'Johnson'], ['Engineering', 'Paulson'], ['Engineering', 'Richards'], ['Finance', null]] },
  { id: 'set/union', doc: ref('operators-query'), setup: SETS, sql: `SELECT v, name FROM s1 UNION SELECT v, name FROM s2 ORDER BY v`, columns: ['V', 'NAME'], rows: [['1', 'a'], ['2', 'b'], ['3', 'c'], ['4', 'd']] },
  { id: 'set/union-all', doc: ref('operators-query'), setup: SETS, sql: `SELECT v FROM s1 UNION ALL SELECT v FROM s2 ORDER BY v`, columns: ['V'], rows: [['1'], ['2'], ['2'], ['2'], ['3'], ['3'], ['4']] },
  { id: 'set/intersect', doc: ref('operators-query'), setup: SETS, sql: `SELECT v, name FROM s1 INTERSECT SELECT v, name FROM s2 ORDER BY v`, columns: ['V', 'NAME'], rows: [['2', 'b'], ['3', 'c']] },
  { id: 'set/except', doc: ref('operators-query'), setup: SETS, sql: `SELECT v FROM s1 EXCEPT SELECT v FROM s2`, columns: ['V'], rows: [['1']] },
  { id: 'set/minus', doc: ref('operators-query'), setup: SETS, sql: `SELECT v FROM s2 MINUS SELECT v FROM s1`, columns: ['V'], rows: [['4']] },
  { id: 'set/union-by-name', doc: ref('operators-query'), sql: `SELECT 1 AS a, 2 AS b UNION ALL BY NAME SELECT 3 AS b, 4 AS a`, columns: ['A', 'B'], rows: [['1', '2'], ['4', '3']], unordered: true },
  { id: 'set/column-names-from-first', doc: ref('operators-query'), sql: `SELECT 1 AS x UNION ALL SELECT 2 AS y ORDER BY x`, columns: ['X'], rows: [['1'], ['2']] },
  { id: 'set/column-count-mismatch', doc: ref('operators-query'), sql: `SELECT 1, 2 UNION SELECT 1`, error: { errno: '001789', sqlState: '42601', messageIncludes: 'invalid number of result columns for set operator input branches' } },
  { id: 'set/doc-minus', doc: ref('operators-query'), setup: POSTAL, sql: `SELECT postal_code FROM sales_office_postal_example MINUS SELECT postal_code FROM customer_postal_example ORDER BY postal_code`, columns: ['POSTAL_CODE'], rows: [['94070'], ['98116']] },
  { id: 'set/doc-minus-reverse', doc: ref('operators-query'), setup: POSTAL, sql: `SELECT postal_code FROM customer_postal_example MINUS SELECT postal_code FROM sales_office_postal_example ORDER BY postal_code`, columns: ['POSTAL_CODE'], rows: [['94066'], ['98444']] },
  { id: 'set/doc-intersect', doc: ref('operators-query'), setup: POSTAL, sql: `SELECT postal_code FROM sales_office_postal_example INTERSECT SELECT postal_code FROM customer_postal_example ORDER BY postal_code`, columns: ['POSTAL_CODE'], rows: [['94061'], ['98005']] },
  {
    id: 'set/doc-union-by-position', doc: ref('operators-query'), setup: POSTAL,
    sql: `SELECT office_name office_or_customer, postal_code FROM sales_office_postal_example UNION SELECT customer, postal_code FROM customer_postal_example ORDER BY postal_code`,
    columns: ['OFFICE_OR_CUSTOMER', 'POSTAL_CODE'],
    rows: [['sales1', '94061'], ['customer2', '94061'], ['customer1', '94066'], ['sales2', '94070'], ['sales4', '98005'], ['customer4', '98005'], ['sales3', '98116'], ['customer3', '98444']], unordered: true,
  },
  { id: 'set/doc-union-by-name', doc: ref('operators-query'), setup: UNION_ORDER, sql: `SELECT * FROM union_demo_column_order1 UNION BY NAME SELECT * FROM union_demo_column_order2 ORDER BY a`, columns: ['A', 'B'], rows: [['1', 'one'], ['2', 'two'], ['3', 'three'], ['4', 'four']] },
  { id: 'set/doc-union-all-by-name', doc: ref('operators-query'), setup: UNION_ORDER, sql: `SELECT * FROM union_demo_column_order1 UNION ALL BY NAME SELECT * FROM union_demo_column_order2 ORDER BY a`, columns: ['A', 'B'], rows: [['1', 'one'], ['2', 'two'], ['3', 'three'], ['3', 'three'], ['4', 'four']] },
  {
    id: 'set/doc-union-by-name-fills-null', doc: ref('operators-query'), setup: POSTAL,
    sql: `SELECT office_name, postal_code FROM sales_office_postal_example UNION BY NAME SELECT customer, postal_code FROM customer_postal_example ORDER BY postal_code`,
    columns: ['OFFICE_NAME', 'POSTAL_CODE', 'CUSTOMER'],
    rows: [['sales1', '94061', null], [null, '94061', 'customer2'], [null, '94066', 'customer1'], ['sales2', '94070', null], ['sales4', '98005', null], [null, '98005', 'customer4'], ['sales3', '98116', null], [null, '98444', 'customer3']], unordered: true,
  },
  { id: 'set/doc-union-type-mismatch', doc: ref('operators-query'), setup: [`CREATE OR REPLACE TABLE union_test1 (v VARCHAR)`, `CREATE OR REPLACE TABLE union_test2 (i INTEGER)`, `INSERT INTO union_test1 (v) VALUES ('Smith, Jane')`, `INSERT INTO union_test2 (i) VALUES (42)`], sql: `SELECT v FROM union_test1 UNION SELECT i FROM union_test2`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'Smith, Jane' is not recognized` } },
  { id: 'set/doc-union-cast', doc: ref('operators-query'), setup: [`CREATE OR REPLACE TABLE union_test1 (v VARCHAR)`, `CREATE OR REPLACE TABLE union_test2 (i INTEGER)`, `INSERT INTO union_test1 (v) VALUES ('Smith, Jane')`, `INSERT INTO union_test2 (i) VALUES (42)`], sql: `SELECT v::VARCHAR FROM union_test1 UNION SELECT i::VARCHAR FROM union_test2`, columns: ['V::VARCHAR'], rows: [['Smith, Jane'], ['42']], unordered: true },
  { id: 'cte/basic', doc: Q('with'), sql: `WITH x AS (SELECT 1 AS a UNION ALL SELECT 2) SELECT SUM(a) AS s FROM x`, columns: ['S'], rows: [['3']] },
  { id: 'cte/column-list', doc: Q('with'), sql: `WITH t (n, sq) AS (SELECT column1, column1 * column1 FROM VALUES (2), (3)) SELECT n, sq FROM t ORDER BY n`, columns: ['N', 'SQ'], rows: [['2', '4'], ['3', '9']] },
  { id: 'cte/recursive', doc: Q('with'), sql: `WITH RECURSIVE nums (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 5) SELECT n FROM nums ORDER BY n`, columns: ['N'], rows: [['1'], ['2'], ['3'], ['4'], ['5']] },
  { id: 'cte/chained', doc: Q('with'), sql: `WITH a AS (SELECT 10 AS v), b AS (SELECT v * 2 AS w FROM a) SELECT w FROM b`, columns: ['W'], rows: [['20']] },
  { id: 'subquery/scalar', doc: 'https://docs.snowflake.com/en/user-guide/querying-subqueries', setup: EMP, sql: `SELECT last_name, (SELECT department_name FROM departments d WHERE d.department_id = e.department_id) AS dept FROM employees e ORDER BY last_name`, columns: ['LAST_NAME', 'DEPT'], rows: [['Johnson', 'Customer Support'], ['Nobody', null], ['Paulson', 'Engineering'], ['Richards', 'Engineering']] },
  { id: 'subquery/in', doc: ref('operators-subquery'), setup: EMP, sql: `SELECT department_name FROM departments WHERE department_id IN (SELECT department_id FROM employees) ORDER BY 1`, columns: ['DEPARTMENT_NAME'], rows: [['Customer Support'], ['Engineering']] },
  { id: 'subquery/not-in-with-null', doc: ref('operators-subquery'), setup: EMP, sql: `SELECT department_name FROM departments WHERE department_id NOT IN (SELECT department_id FROM employees)`, columns: ['DEPARTMENT_NAME'], rows: [] },
  { id: 'subquery/not-exists', doc: ref('operators-subquery'), setup: EMP, sql: `SELECT department_name FROM departments d WHERE NOT EXISTS (SELECT 1 FROM employees e WHERE e.department_id = d.department_id)`, columns: ['DEPARTMENT_NAME'], rows: [['Finance']] },
  { id: 'subquery/any-all', doc: ref('operators-subquery'), setup: JOIN_T, sql: `SELECT col1 FROM t1 WHERE col1 > ALL (SELECT col1 FROM t2) OR col1 = ANY (SELECT col1 FROM t2 WHERE col1 = 2) ORDER BY 1`, columns: ['COL1'], rows: [['2'], ['4']] },
  { id: 'subquery/derived-table', doc: Q('from'), sql: `SELECT s.total FROM (SELECT SUM(column1) AS total FROM VALUES (1), (2)) s`, columns: ['TOTAL'], rows: [['3']] },
  { id: 'values/columns-named', doc: Q('values'), sql: `SELECT * FROM VALUES (1, 'one'), (2, 'two') ORDER BY 1`, columns: ['COLUMN1', 'COLUMN2'], rows: [['1', 'one'], ['2', 'two']] },
  { id: 'values/alias-column-list', doc: Q('values'), sql: `SELECT n, word FROM (VALUES (1, 'one'), (2, 'two')) AS v (n, word) ORDER BY n`, columns: ['N', 'WORD'], rows: [['1', 'one'], ['2', 'two']] },
  { id: 'values/positional-columns', doc: ref('data-types-text'), sql: `SELECT $1, $2 FROM VALUES ('Tab', 'Tab\\tseparated') ORDER BY 1`, columns: ['$1', '$2'], rows: [['Tab', 'Tab\tseparated']] },
  { id: 'select/distinct', doc: ref('sql/select'), setup: JOIN_T, sql: `SELECT DISTINCT col1 FROM t2 ORDER BY col1`, columns: ['COL1'], rows: [['1'], ['2'], ['3']] },
  { id: 'select/top', doc: Q('top_n'), setup: JOIN_T, sql: `SELECT TOP 2 col1 FROM t2 ORDER BY col1 DESC`, columns: ['COL1'], rows: [['3'], ['2']] },
  { id: 'select/limit-offset', doc: Q('limit'), setup: JOIN_T, sql: `SELECT col1 FROM t2 ORDER BY col1 LIMIT 2 OFFSET 1`, columns: ['COL1'], rows: [['2'], ['2']] },
  { id: 'select/fetch-first', doc: Q('limit'), setup: JOIN_T, sql: `SELECT col1 FROM t2 ORDER BY col1 OFFSET 3 ROWS FETCH FIRST 1 ROW ONLY`, columns: ['COL1'], rows: [['3']] },
  { id: 'select/exclude', doc: ref('sql/select'), setup: EMP, sql: `SELECT * EXCLUDE (department_id) FROM employees WHERE employee_id = 101`, columns: ['EMPLOYEE_ID', 'LAST_NAME'], rows: [['101', 'Richards']] },
  { id: 'select/rename', doc: ref('sql/select'), setup: EMP, sql: `SELECT * RENAME (department_id AS dept, last_name AS "Last") FROM employees WHERE employee_id = 101`, columns: ['EMPLOYEE_ID', 'Last', 'DEPT'], rows: [['101', 'Richards', '1']] },
  { id: 'select/replace', doc: ref('sql/select'), setup: EMP, sql: `SELECT * REPLACE (UPPER(last_name) AS last_name) FROM employees WHERE employee_id = 101`, columns: ['EMPLOYEE_ID', 'LAST_NAME', 'DEPARTMENT_ID'], rows: [['101', 'RICHARDS', '1']] },
  { id: 'select/table-star', doc: ref('sql/select'), setup: EMP, sql: `SELECT d.*, e.last_name FROM departments d JOIN employees e ON e.department_id = d.department_id WHERE e.employee_id = 103`, columns: ['DEPARTMENT_ID', 'DEPARTMENT_NAME', 'LAST_NAME'], rows: [['2', 'Customer Support', 'Johnson']] },
  { id: 'select/without-from', doc: ref('sql/select'), sql: `SELECT 1 AS one, 'a' AS a`, columns: ['ONE', 'A'], rows: [['1', 'a']] },
  { id: 'order-by/alias-and-position', doc: Q('order-by'), setup: EMP, sql: `SELECT last_name AS n, employee_id FROM employees ORDER BY 2 DESC`, columns: ['N', 'EMPLOYEE_ID'], rows: [['Nobody', '104'], ['Johnson', '103'], ['Paulson', '102'], ['Richards', '101']] },
  { id: 'pivot/any-order-by', doc: Q('pivot'), setup: QS, sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN (ANY ORDER BY quarter)) ORDER BY empid`, columns: PIVOT_HEAD, rows: PIVOT_ROWS },
  { id: 'pivot/any-with-alias', doc: Q('pivot'), setup: QS, sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) AS total FOR quarter IN (ANY ORDER BY quarter)) ORDER BY empid`, columns: ['EMPID', `'2023_Q1_TOTAL'`, `'2023_Q2_TOTAL'`, `'2023_Q3_TOTAL'`, `'2023_Q4_TOTAL'`], rows: PIVOT_ROWS },
  { id: 'pivot/value-list', doc: Q('pivot'), setup: QS, sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN ('2023_Q1', '2023_Q2', '2023_Q3')) ORDER BY empid`, columns: ['EMPID', `'2023_Q1'`, `'2023_Q2'`, `'2023_Q3'`], rows: [['1', '10400', '8000', '11000'], ['2', '39500', '90700', '12000'], ['3', null, null, '2700']] },
  { id: 'pivot/value-aliases', doc: Q('pivot'), setup: QS, sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN ('2023_Q1' AS q1, '2023_Q2' AS q2, '2023_Q3' AS q3, '2023_Q4' AS q4)) ORDER BY empid`, columns: ['EMPID', 'Q1', 'Q2', 'Q3', 'Q4'], rows: PIVOT_ROWS },
  { id: 'pivot/default-on-null', doc: Q('pivot'), setup: QS, sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN (ANY ORDER BY quarter) DEFAULT ON NULL (0)) ORDER BY empid`, columns: PIVOT_HEAD, rows: [['1', '10400', '8000', '11000', '18000'], ['2', '39500', '90700', '12000', '5300'], ['3', '0', '0', '2700', '28900']] },
  {
    id: 'pivot/subquery-values', doc: Q('pivot'),
    setup: [...QS, `CREATE OR REPLACE TABLE ad_campaign_types_by_quarter(quarter VARCHAR, television BOOLEAN, radio BOOLEAN, print BOOLEAN) AS SELECT * FROM VALUES ('2023_Q1', TRUE, FALSE, FALSE), ('2023_Q2', FALSE, TRUE, TRUE), ('2023_Q3', FALSE, TRUE, FALSE), ('2023_Q4', TRUE, FALSE, TRUE)`],
    sql: `SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN (SELECT DISTINCT quarter FROM ad_campaign_types_by_quarter WHERE television = TRUE ORDER BY quarter)) ORDER BY empid`,
    columns: ['EMPID', `'2023_Q1'`, `'2023_Q4'`], rows: [['1', '10400', '18000'], ['2', '39500', '5300'], ['3', null, '28900']],
  },
  {
    id: 'pivot/cte-join', doc: Q('pivot'),
    setup: [...QS, `CREATE OR REPLACE TABLE emp_manager(empid INT, managerid INT) AS SELECT * FROM VALUES (1, 7), (2, 8), (3, 9)`],
    sql: `WITH src AS (SELECT * FROM quarterly_sales PIVOT(SUM(amount) FOR quarter IN (ANY ORDER BY quarter))) SELECT em.managerid, src.* FROM emp_manager em JOIN src ON em.empid = src.empid ORDER BY empid`,
    columns: ['MANAGERID', ...PIVOT_HEAD], rows: PIVOT_ROWS.map((r, i) => [String(7 + i), ...r]),
  },
  {
    id: 'unpivot/basic', doc: Q('unpivot'), setup: MONTHLY,
    sql: `SELECT * FROM monthly_sales UNPIVOT (sales FOR month IN (jan, feb, mar, april)) ORDER BY empid`,
    columns: ['EMPID', 'DEPT', 'MONTH', 'SALES'],
    rows: [
      ['1', 'electronics', 'JAN', '100'], ['1', 'electronics', 'FEB', '200'], ['1', 'electronics', 'MAR', '300'], ['1', 'electronics', 'APRIL', '100'],
      ['2', 'clothes', 'JAN', '100'], ['2', 'clothes', 'FEB', '300'], ['2', 'clothes', 'MAR', '150'], ['2', 'clothes', 'APRIL', '200'],
      ['3', 'cars', 'JAN', '200'], ['3', 'cars', 'FEB', '400'], ['3', 'cars', 'MAR', '100'], ['3', 'cars', 'APRIL', '50'],
      ['4', 'appliances', 'JAN', '100'], ['4', 'appliances', 'MAR', '100'], ['4', 'appliances', 'APRIL', '50'],
    ],
    unordered: true,
  },
  {
    id: 'unpivot/include-nulls', doc: Q('unpivot'), setup: MONTHLY,
    sql: `SELECT empid, month, sales FROM monthly_sales UNPIVOT INCLUDE NULLS (sales FOR month IN (jan, feb)) WHERE empid = 4`,
    columns: ['EMPID', 'MONTH', 'SALES'], rows: [['4', 'JAN', '100'], ['4', 'FEB', null]], unordered: true,
  },
  { id: 'sample/row-count', doc: Q('sample'), setup: JOIN_T, sql: `SELECT COUNT(*) AS n FROM (SELECT * FROM t2 SAMPLE (2 ROWS))`, columns: ['N'], rows: [['2']] },
  { id: 'generator/rowcount', doc: ref('functions/generator'), sql: `SELECT SEQ4() AS s FROM TABLE(GENERATOR(ROWCOUNT => 3)) ORDER BY s`, columns: ['S'], rows: [['0'], ['1'], ['2']] },
  { id: 'asof/join', doc: Q('asof-join'), sql: `SELECT t.id, q.px FROM (SELECT 1 AS id, 10 AS ts) t ASOF JOIN (SELECT column1 AS ts, column2 AS px FROM VALUES (5, 'a'), (9, 'b'), (11, 'c')) q MATCH_CONDITION (t.ts >= q.ts)`, columns: ['ID', 'PX'], rows: [['1', 'b']] },
  { id: 'select/doc-star-ilike', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * ILIKE '%id%' FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'DEPARTMENT_ID'], rows: [['101', '1'], ['102', '2'], ['103', '2']] },
  { id: 'select/doc-star-exclude-one', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * EXCLUDE department_id FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'LAST_NAME', 'FIRST_NAME'], rows: STAR_ROWS.map((r) => r.slice(0, 3)) },
  { id: 'select/doc-star-exclude-list', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * EXCLUDE (first_name, last_name) FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'DEPARTMENT_ID'], rows: [['101', '1'], ['102', '2'], ['103', '2']] },
  { id: 'select/doc-star-rename-one', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * RENAME department_id AS department FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'LAST_NAME', 'FIRST_NAME', 'DEPARTMENT'], rows: STAR_ROWS },
  { id: 'select/doc-star-rename-list', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * RENAME (department_id AS department, employee_id AS id) FROM employee_table ORDER BY id`, columns: ['ID', 'LAST_NAME', 'FIRST_NAME', 'DEPARTMENT'], rows: STAR_ROWS },
  { id: 'select/doc-star-exclude-rename', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * EXCLUDE first_name RENAME (department_id AS department, employee_id AS id) FROM employee_table ORDER BY id`, columns: ['ID', 'LAST_NAME', 'DEPARTMENT'], rows: STAR_ROWS.map((r) => [r[0]!, r[1]!, r[3]!]) },
  { id: 'select/doc-star-ilike-rename', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * ILIKE '%id%' RENAME department_id AS department FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'DEPARTMENT'], rows: [['101', '1'], ['102', '2'], ['103', '2']] },
  { id: 'select/doc-star-replace', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * REPLACE ('DEPT-' || department_id AS department_id) FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'LAST_NAME', 'FIRST_NAME', 'DEPARTMENT_ID'], rows: STAR_ROWS.map((r) => [r[0]!, r[1]!, r[2]!, `DEPT-${r[3]}`]) },
  { id: 'select/doc-star-ilike-replace', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT * ILIKE '%id%' REPLACE('DEPT-' || department_id AS department_id) FROM employee_table ORDER BY employee_id`, columns: ['EMPLOYEE_ID', 'DEPARTMENT_ID'], rows: [['101', 'DEPT-1'], ['102', 'DEPT-2'], ['103', 'DEPT-2']] },
  { id: 'select/qualified-star-ilike', doc: ref('sql/select'), setup: STAR_EMP, sql: `SELECT e.* ILIKE '%name', d.department_name FROM employee_table e JOIN department_table d ON e.department_id = d.department_id ORDER BY e.employee_id`, columns: ['LAST_NAME', 'FIRST_NAME', 'DEPARTMENT_NAME'], rows: [['Montgomery', 'Pat', 'Engineering'], ['Levine', 'Terry', 'Customer Support'], ['Comstock', 'Dana', 'Customer Support']] },
  {
    id: 'select/doc-star-two-tables', doc: ref('sql/select'), setup: STAR_EMP,
    sql: `SELECT employee_table.* EXCLUDE department_id, department_table.* RENAME department_name AS department FROM employee_table INNER JOIN department_table ON employee_table.department_id = department_table.department_id ORDER BY department, last_name, first_name`,
    columns: ['EMPLOYEE_ID', 'LAST_NAME', 'FIRST_NAME', 'DEPARTMENT_ID', 'DEPARTMENT'],
    rows: [['103', 'Comstock', 'Dana', '2', 'Customer Support'], ['102', 'Levine', 'Terry', '2', 'Customer Support'], ['101', 'Montgomery', 'Pat', '1', 'Engineering']],
  },
  { id: 'limit/doc-limit', doc: Q('limit'), setup: DEMO1, sql: `SELECT i FROM demo1 ORDER BY i LIMIT 1`, columns: ['I'], rows: [['1']] },
  { id: 'limit/doc-fetch', doc: Q('limit'), setup: DEMO1, sql: `SELECT i FROM demo1 ORDER BY i FETCH FIRST 1 ROW ONLY`, columns: ['I'], rows: [['1']] },
  { id: 'limit/doc-top', doc: Q('top_n'), setup: DEMO1, sql: `SELECT TOP 1 i FROM demo1 ORDER BY i`, columns: ['I'], rows: [['1']] },
  { id: 'limit/doc-null-unlimited', doc: Q('limit'), setup: DEMO1, sql: `SELECT i FROM demo1 ORDER BY i LIMIT NULL OFFSET NULL`, columns: ['I'], rows: [['1'], ['2']] },
  { id: 'limit/doc-empty-string-unlimited', doc: Q('limit'), setup: DEMO1, sql: `SELECT i FROM demo1 ORDER BY i LIMIT '' OFFSET ''`, columns: ['I'], rows: [['1'], ['2']] },
  { id: 'limit/doc-dollar-empty-unlimited', doc: Q('limit'), setup: DEMO1, sql: `SELECT i FROM demo1 ORDER BY i LIMIT $$$$ OFFSET $$$$`, columns: ['I'], rows: [['1'], ['2']] },
  { id: 'join/inner-without-on', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1 AS c1, t2.col1 AS c2 FROM t1 INNER JOIN t2 WHERE t2.col1 = t1.col1 ORDER BY 1, 2`, columns: ['C1', 'C2'], rows: [['2', '2'], ['2', '2'], ['3', '3']] },
  {
    id: 'cte/doc-recursive-view-via-cte', doc: ref('sql/create-view'),
    setup: [...HIER, `CREATE VIEW employee_hierarchy (title, employee_ID, manager_ID, "MGR_EMP_ID (SHOULD BE SAME)", "MGR TITLE") AS (
   WITH RECURSIVE employee_hierarchy_cte (title, employee_ID, manager_ID, "MGR_EMP_ID (SHOULD BE SAME)", "MGR TITLE") AS (
      SELECT title, employee_ID, manager_ID, NULL AS "MGR_EMP_ID (SHOULD BE SAME)", 'President' AS "MGR TITLE" FROM employees WHERE title = 'President'
      UNION ALL
      SELECT employees.title, employees.employee_ID, employees.manager_ID, employee_hierarchy_cte.employee_id AS "MGR_EMP_ID (SHOULD BE SAME)", employee_hierarchy_cte.title AS "MGR TITLE"
        FROM employees INNER JOIN employee_hierarchy_cte WHERE employee_hierarchy_cte.employee_ID = employees.manager_ID
   )
   SELECT * FROM employee_hierarchy_cte
)`],
    sql: `SELECT * FROM employee_hierarchy ORDER BY employee_ID`, columns: HIER_COLS, rows: HIER_ROWS,
  },
  {
    id: 'cte/doc-recursive-view', doc: ref('sql/create-view'),
    setup: [...HIER, `CREATE RECURSIVE VIEW employee_hierarchy_02 (title, employee_ID, manager_ID, "MGR_EMP_ID (SHOULD BE SAME)", "MGR TITLE") AS (
      SELECT title, employee_ID, manager_ID, NULL AS "MGR_EMP_ID (SHOULD BE SAME)", 'President' AS "MGR TITLE" FROM employees WHERE title = 'President'
      UNION ALL
      SELECT employees.title, employees.employee_ID, employees.manager_ID, employee_hierarchy_02.employee_id AS "MGR_EMP_ID (SHOULD BE SAME)", employee_hierarchy_02.title AS "MGR TITLE"
        FROM employees INNER JOIN employee_hierarchy_02 WHERE employee_hierarchy_02.employee_ID = employees.manager_ID
)`],
    sql: `SELECT * FROM employee_hierarchy_02 ORDER BY employee_ID`, columns: HIER_COLS, rows: HIER_ROWS,
  },
  { id: 'join/doc-outer-join-marker', doc: Q('join'), setup: JOIN_T, sql: `SELECT t1.col1, t2.col1 FROM t1, t2 WHERE t2.col1(+) = t1.col1 ORDER BY t1.col1, t2.col1`, columns: ['COL1', 'COL1'], rows: [['2', '2'], ['2', '2'], ['3', '3'], ['4', null]] },
  { id: 'join/outer-join-marker-keeps-other-filters', doc: Q('where'), setup: JOIN_T, sql: `SELECT a.col1 AS x, b.col1 AS y FROM t1 a, t2 b WHERE b.col1(+) = a.col1 AND a.col1 > 2 ORDER BY 1, 2`, columns: ['X', 'Y'], rows: [['3', '3'], ['4', null]] },
  { id: 'select/doc-trailing-comma', doc: ref('sql/select'), setup: [`CREATE TABLE employees (emp_id INT, name VARCHAR, dept VARCHAR)`, `INSERT INTO employees VALUES (1, 'Ann', 'eng')`], sql: `SELECT emp_id,
       name,
       dept,
  FROM employees`, columns: ['EMP_ID', 'NAME', 'DEPT'], rows: [['1', 'Ann', 'eng']] },
]);
