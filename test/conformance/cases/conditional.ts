/**
 * @module test/conformance/cases/conditional
 * Conditional expressions: IFF, CASE, DECODE, NVL/IFNULL, NVL2, COALESCE, ZEROIFNULL, NULLIF,
 * EQUAL_NULL, GREATEST/LEAST. Examples and printed results from each function's doc page.
 */
import { defineCases, fn } from './_define.ts';

const SUPPLIERS = [
  `CREATE TABLE IF NOT EXISTS suppliers (supplier_id INT PRIMARY KEY, supplier_name VARCHAR(30), phone_region_1 VARCHAR(15), phone_region_2 VARCHAR(15))`,
  `INSERT INTO suppliers(supplier_id, supplier_name, phone_region_1, phone_region_2)
  VALUES(1, 'Company_ABC', NULL, '555-01111'),
        (2, 'Company_DEF', '555-01222', NULL),
        (3, 'Company_HIJ', '555-01333', '555-01444'),
        (4, 'Company_KLM', NULL, NULL)`,
];
const D_TABLE = [`CREATE TABLE d (column1 INTEGER)`, `INSERT INTO d (column1) VALUES (1), (2), (NULL), (4)`];
const X_TABLE = [`CREATE OR REPLACE TABLE x (i NUMBER)`, `INSERT INTO x VALUES (1), (2), (NULL)`];
const GREATEST_T = [
  `CREATE TABLE test_table_1_greatest (col_1 INTEGER, col_2 INTEGER, col_3 INTEGER, col_4 FLOAT)`,
  `INSERT INTO test_table_1_greatest (col_1, col_2, col_3, col_4) VALUES (1, 2, 3, 4.00), (2, 4, -1, -2.00), (3, 6, NULL, 13.45)`,
];

export const conditionalCases = defineCases('conditional', [
  { id: 'iff/true', doc: fn('iff'), sql: `SELECT IFF(TRUE, 'true', 'false')`, columns: [`IFF(TRUE, 'TRUE', 'FALSE')`], rows: [['true']] },
  { id: 'iff/false', doc: fn('iff'), sql: `SELECT IFF(FALSE, 'true', 'false')`, columns: [`IFF(FALSE, 'TRUE', 'FALSE')`], rows: [['false']] },
  { id: 'iff/null-condition', doc: fn('iff'), sql: `SELECT IFF(NULL, 'true', 'false')`, columns: [`IFF(NULL, 'TRUE', 'FALSE')`], rows: [['false']] },
  { id: 'iff/null-result', doc: fn('iff'), sql: `SELECT IFF(TRUE, NULL, 'false')`, columns: [`IFF(TRUE, NULL, 'FALSE')`], rows: [[null]] },
  {
    id: 'iff/integer-check', doc: fn('iff'),
    sql: `SELECT value, IFF(value::INT = value, 'integer', 'non-integer')
  FROM ( SELECT column1 AS value
           FROM VALUES(1.0), (1.1), (-3.1415), (-5.000), (NULL) )
  ORDER BY value DESC`,
    columns: ['VALUE', `IFF(VALUE::INT = VALUE, 'INTEGER', 'NON-INTEGER')`],
    rows: [[null, 'non-integer'], ['1.1000', 'non-integer'], ['1.0000', 'integer'], ['-3.1415', 'non-integer'], ['-5.0000', 'integer']],
  },
  {
    id: 'iff/high-low', doc: fn('iff'),
    sql: `SELECT value, IFF(value > 50, 'High', 'Low')
FROM ( SELECT column1 AS value
         FROM VALUES(22), (63), (5), (99), (NULL) )`,
    columns: ['VALUE', `IFF(VALUE > 50, 'HIGH', 'LOW')`],
    rows: [['22', 'Low'], ['63', 'High'], ['5', 'Low'], ['99', 'High'], [null, 'Low']],
  },
  {
    id: 'case/searched-else', doc: fn('case'),
    sql: `SELECT column1, CASE WHEN column1=1 THEN 'one' WHEN column1=2 THEN 'two' ELSE 'other' END AS result FROM (values(1),(2),(3)) v`,
    columns: ['COLUMN1', 'RESULT'], rows: [['1', 'one'], ['2', 'two'], ['3', 'other']],
  },
  {
    id: 'case/no-else-null', doc: fn('case'),
    sql: `SELECT column1, CASE WHEN column1=1 THEN 'one' WHEN column1=2 THEN 'two' END AS result FROM (values(1),(2),(3)) v`,
    columns: ['COLUMN1', 'RESULT'], rows: [['1', 'one'], ['2', 'two'], ['3', null]],
  },
  {
    id: 'case/is-null-branch', doc: fn('case'),
    sql: `SELECT column1, CASE WHEN column1 = 1 THEN 'one' WHEN column1 = 2 THEN 'two' WHEN column1 IS NULL THEN 'NULL' ELSE 'other' END AS result FROM VALUES (1), (2), (NULL)`,
    columns: ['COLUMN1', 'RESULT'], rows: [['1', 'one'], ['2', 'two'], [null, 'NULL']],
  },
  {
    id: 'case/simple-null-never-matches', doc: fn('case'),
    sql: `SELECT CASE NULL WHEN NULL THEN 'match' ELSE 'no match' END AS r`,
    columns: ['R'], rows: [['no match']],
  },
  {
    id: 'decode/default', doc: fn('decode'), setup: D_TABLE,
    sql: `SELECT column1, decode(column1, 1, 'one', 2, 'two', NULL, '-NULL-', 'other') AS decode_result FROM d`,
    columns: ['COLUMN1', 'DECODE_RESULT'], rows: [['1', 'one'], ['2', 'two'], [null, '-NULL-'], ['4', 'other']], unordered: true,
  },
  {
    id: 'decode/no-default', doc: fn('decode'), setup: D_TABLE,
    sql: `SELECT column1, decode(column1, 1, 'one', 2, 'two', NULL, '-NULL-') AS decode_result FROM d`,
    columns: ['COLUMN1', 'DECODE_RESULT'], rows: [['1', 'one'], ['2', 'two'], [null, '-NULL-'], ['4', null]], unordered: true,
  },
  {
    id: 'nvl/suppliers', doc: fn('nvl'), setup: SUPPLIERS,
    sql: `SELECT supplier_id, supplier_name, phone_region_1, phone_region_2,
       NVL(phone_region_1, phone_region_2) IF_REGION_1_NULL,
       NVL(phone_region_2, phone_region_1) IF_REGION_2_NULL
  FROM suppliers ORDER BY supplier_id`,
    columns: ['SUPPLIER_ID', 'SUPPLIER_NAME', 'PHONE_REGION_1', 'PHONE_REGION_2', 'IF_REGION_1_NULL', 'IF_REGION_2_NULL'],
    rows: [
      ['1', 'Company_ABC', null, '555-01111', '555-01111', '555-01111'],
      ['2', 'Company_DEF', '555-01222', null, '555-01222', '555-01222'],
      ['3', 'Company_HIJ', '555-01333', '555-01444', '555-01333', '555-01444'],
      ['4', 'Company_KLM', null, null, null, null],
    ],
  },
  { id: 'nvl/string-coerced-to-number', doc: fn('nvl'), sql: `SELECT NVL('17', 1) AS r`, columns: ['R'], rows: [['17.00000']] },
  { id: 'nvl/not-numeric-fails', doc: fn('nvl'), sql: `SELECT NVL('foo', 1)`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'foo' is not recognized` } },
  { id: 'ifnull/alias-of-nvl', doc: fn('ifnull'), sql: `SELECT IFNULL(NULL, 'x') AS a, IFNULL('y', 'x') AS b`, columns: ['A', 'B'], rows: [['x', 'y']] },
  {
    id: 'nvl2/matrix', doc: fn('nvl2'),
    setup: [`CREATE TABLE i2 (a INT, b INT, c INT)`, `INSERT INTO i2 VALUES (0,5,3),(0,5,NULL),(0,NULL,3),(0,NULL,NULL),(NULL,5,3),(NULL,5,NULL),(NULL,NULL,3),(NULL,NULL,NULL)`],
    sql: `SELECT a, b, c, NVL2(a, b, c) FROM i2`,
    columns: ['A', 'B', 'C', 'NVL2(A, B, C)'],
    rows: [
      ['0', '5', '3', '5'], ['0', '5', null, '5'], ['0', null, '3', null], ['0', null, null, null],
      [null, '5', '3', '3'], [null, '5', null, null], [null, null, '3', '3'], [null, null, null, null],
    ],
    unordered: true,
  },
  {
    id: 'coalesce/three-columns', doc: fn('coalesce'),
    sql: `SELECT column1, column2, column3, COALESCE(column1, column2, column3) AS coalesce_result
  FROM (values (1, 2, 3), (null, 2, 3), (null, null, 3), (null, null, null), (1, null, 3), (1, null, null), (1, 2, null)) v`,
    columns: ['COLUMN1', 'COLUMN2', 'COLUMN3', 'COALESCE_RESULT'],
    rows: [
      ['1', '2', '3', '1'], [null, '2', '3', '2'], [null, null, '3', '3'], [null, null, null, null],
      ['1', null, '3', '1'], ['1', null, null, '1'], ['1', '2', null, '1'],
    ],
  },
  { id: 'coalesce/not-numeric-fails', doc: fn('coalesce'), sql: `SELECT COALESCE('foo', 1)`, error: { errno: '100038', sqlState: '22018' } },
  {
    id: 'zeroifnull/values', doc: fn('zeroifnull'),
    sql: `SELECT column1, ZEROIFNULL(column1) FROM VALUES (1), (null), (5), (0), (3.14159)`,
    columns: ['COLUMN1', 'ZEROIFNULL(COLUMN1)'],
    rows: [['1.00000', '1.00000'], [null, '0.00000'], ['5.00000', '5.00000'], ['0.00000', '0.00000'], ['3.14159', '3.14159']],
  },
  {
    id: 'nullif/values', doc: fn('nullif'),
    sql: `SELECT NULLIF(1, 1) AS a, NULLIF(1, 2) AS b, NULLIF(NULL, 1) AS c`,
    columns: ['A', 'B', 'C'], rows: [[null, '1', null]],
  },
  { id: 'nullifzero/zero', doc: fn('nullifzero'), sql: `SELECT NULLIFZERO(0)`, columns: ['NULLIFZERO(0)'], rows: [[null]] },
  { id: 'nullifzero/integer', doc: fn('nullifzero'), sql: `SELECT NULLIFZERO(52)`, columns: ['NULLIFZERO(52)'], rows: [['52']] },
  { id: 'nullifzero/decimal', doc: fn('nullifzero'), sql: `SELECT NULLIFZERO(3.14159)`, columns: ['NULLIFZERO(3.14159)'], rows: [['3.14159']] },
  {
    id: 'equal_null/cartesian', doc: fn('equal_null'), setup: X_TABLE,
    sql: `SELECT x1.i x1_i, x2.i x2_i FROM x x1, x x2 ORDER BY x1.i, x2.i`,
    columns: ['X1_I', 'X2_I'],
    rows: [['1', '1'], ['1', '2'], ['1', null], ['2', '1'], ['2', '2'], ['2', null], [null, '1'], [null, '2'], [null, null]],
  },
  {
    id: 'equal_null/equals-filter', doc: fn('equal_null'), setup: X_TABLE,
    sql: `SELECT x1.i x1_i, x2.i x2_i FROM x x1, x x2 WHERE x1.i = x2.i`,
    columns: ['X1_I', 'X2_I'], rows: [['1', '1'], ['2', '2']], unordered: true,
  },
  {
    id: 'equal_null/null-safe-filter', doc: fn('equal_null'), setup: X_TABLE,
    sql: `SELECT x1.i x1_i, x2.i x2_i FROM x x1, x x2 WHERE EQUAL_NULL(x1.i, x2.i)`,
    columns: ['X1_I', 'X2_I'], rows: [['1', '1'], ['2', '2'], [null, null]], unordered: true,
  },
  {
    id: 'equal_null/outcomes', doc: fn('equal_null'), setup: X_TABLE,
    sql: `SELECT x1.i x1_i, x2.i x2_i, EQUAL_NULL(x1.i, x2.i), NOT EQUAL_NULL(x1.i, x2.i) FROM x x1, x x2`,
    columns: ['X1_I', 'X2_I', 'EQUAL_NULL(X1.I, X2.I)', 'NOT EQUAL_NULL(X1.I, X2.I)'],
    rows: [
      ['1', '1', true, false], ['2', '1', false, true], [null, '1', false, true],
      ['1', '2', false, true], ['2', '2', true, false], [null, '2', false, true],
      ['1', null, false, true], ['2', null, false, true], [null, null, true, false],
    ],
    unordered: true,
  },
  {
    id: 'equal_null/equals-outcomes', doc: fn('equal_null'), setup: X_TABLE,
    sql: `SELECT x1.i x1_i, x2.i x2_i, x1.i = x2.i, IFF(x1.i = x2.i, 'Selected', 'Not') "SELECT IF X1.I=X2.I" FROM x x1, x x2`,
    rows: [
      ['1', '1', true, 'Selected'], ['1', '2', false, 'Not'], ['1', null, null, 'Not'],
      ['2', '1', false, 'Not'], ['2', '2', true, 'Selected'], ['2', null, null, 'Not'],
      [null, '1', null, 'Not'], [null, '2', null, 'Not'], [null, null, null, 'Not'],
    ],
    unordered: true,
  },
  {
    id: 'greatest/integers', doc: fn('greatest'), setup: GREATEST_T,
    sql: `SELECT col_1, col_2, col_3, GREATEST(col_1, col_2, col_3) AS greatest FROM test_table_1_greatest ORDER BY col_1`,
    columns: ['COL_1', 'COL_2', 'COL_3', 'GREATEST'],
    rows: [['1', '2', '3', '3'], ['2', '4', '-1', '4'], ['3', '6', null, null]],
  },
  {
    id: 'greatest/int-and-float', doc: fn('greatest'), setup: GREATEST_T,
    sql: `SELECT col_1, col_4, GREATEST(col_1, col_4) AS greatest FROM test_table_1_greatest ORDER BY col_1`,
    columns: ['COL_1', 'COL_4', 'GREATEST'],
    rows: [['1', 4, 4], ['2', -2, 2], ['3', 13.45, 13.45]],
  },
  {
    id: 'least/integers', doc: fn('least'), setup: GREATEST_T,
    sql: `SELECT col_1, col_2, col_3, LEAST(col_1, col_2, col_3) AS least FROM test_table_1_greatest ORDER BY col_1`,
    columns: ['COL_1', 'COL_2', 'COL_3', 'LEAST'],
    rows: [['1', '2', '3', '1'], ['2', '4', '-1', '-1'], ['3', '6', null, null]],
  },
  { id: 'booland/doc', doc: fn('booland'), sql: `SELECT BOOLAND(1, -2), BOOLAND(0, 2.35), BOOLAND(0, 0), BOOLAND(0, NULL), BOOLAND(NULL, 3), BOOLAND(NULL, NULL)`, columns: ['BOOLAND(1, -2)', 'BOOLAND(0, 2.35)', 'BOOLAND(0, 0)', 'BOOLAND(0, NULL)', 'BOOLAND(NULL, 3)', 'BOOLAND(NULL, NULL)'], rows: [[true, false, false, false, null, null]] },
  { id: 'boolor/doc', doc: fn('boolor'), sql: `SELECT BOOLOR(1, 2), BOOLOR(-1.35, 0), BOOLOR(3, NULL), BOOLOR(0, NULL), BOOLOR(NULL, NULL)`, columns: ['BOOLOR(1, 2)', 'BOOLOR(-1.35, 0)', 'BOOLOR(3, NULL)', 'BOOLOR(0, NULL)', 'BOOLOR(NULL, NULL)'], rows: [[true, true, true, null, null]] },
  { id: 'boolxor/doc', doc: fn('boolxor'), sql: `SELECT BOOLXOR(2, 0), BOOLXOR(1, -1), BOOLXOR(0, 0), BOOLXOR(NULL, 3), BOOLXOR(NULL, 0), BOOLXOR(NULL, NULL)`, columns: ['BOOLXOR(2, 0)', 'BOOLXOR(1, -1)', 'BOOLXOR(0, 0)', 'BOOLXOR(NULL, 3)', 'BOOLXOR(NULL, 0)', 'BOOLXOR(NULL, NULL)'], rows: [[true, false, false, null, null, null]] },
  { id: 'boolnot/doc', doc: fn('boolnot'), sql: `SELECT BOOLNOT(0), BOOLNOT(10), BOOLNOT(-3.79), BOOLNOT(NULL)`, columns: ['BOOLNOT(0)', 'BOOLNOT(10)', 'BOOLNOT(-3.79)', 'BOOLNOT(NULL)'], rows: [[true, false, false, null]] },
]);
