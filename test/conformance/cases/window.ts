/**
 * @module test/conformance/cases/window
 * Window functions: ROW_NUMBER, RANK, DENSE_RANK, NTILE, LAG/LEAD (with defaults and IGNORE NULLS),
 * FIRST_VALUE/LAST_VALUE/NTH_VALUE, running and framed aggregates,  * PERCENT_RANK/CUME_DIST, CONDITIONAL_TRUE_EVENT, and QUALIFY.
 */
import { defineCases, fn, ref } from './_define.ts';

const SCORES = [
  `CREATE TABLE scores (team VARCHAR, player VARCHAR, pts INT)`,
  `INSERT INTO scores VALUES ('red', 'ann', 30), ('red', 'bob', 20), ('red', 'cy', 20), ('red', 'dee', 10), ('blue', 'eve', 50), ('blue', 'fay', 40)`,
];
const AVG_T = [
  `CREATE OR REPLACE TABLE avg_example (int_col INT, d DECIMAL(10,5), s1 VARCHAR(10), s2 VARCHAR(10))`,
  `INSERT INTO avg_example VALUES (1, 1.1, '1.1', 'one'), (1, 10, '10', 'ten'), (2, 2.4, '2.4', 'two'), (2, NULL, NULL, 'NULL'), (3, NULL, NULL, 'NULL'), (NULL, 9.9, '9.9', 'nine')`,
];
const QT = [`CREATE TABLE qt (i INTEGER, p CHAR(1), o INTEGER)`, `INSERT INTO qt (i, p, o) VALUES (1, 'A', 1), (2, 'A', 2), (3, 'B', 1), (4, 'B', 2)`];
const LAG_SALES = [
  `CREATE OR REPLACE TABLE sales(emp_id INTEGER, year INTEGER, revenue DECIMAL(10,2))`,
  `INSERT INTO sales VALUES (0, 2010, 1000), (0, 2011, 1500), (0, 2012, 500), (0, 2013, 750)`,
  `INSERT INTO sales VALUES (1, 2010, 10000), (1, 2011, 12500), (1, 2012, 15000), (1, 2013, 20000)`,
  `INSERT INTO sales VALUES (2, 2012, 500), (2, 2013, 800)`,
];
const CUMULATIVE = [
  `CREATE OR REPLACE TABLE example_cumulative (p INT, o INT, i INT)`,
  `INSERT INTO example_cumulative VALUES (0, 1, 10), (0, 2, 20), (0, 3, 30), (100, 1, 10), (100, 2, 30), (100, 2, 5), (100, 3, 11), (100, 3, 120), (200, 1, 10000), (200, 1, 200), (200, 1, 808080), (200, 2, 33333), (200, 3, NULL), (200, 3, 4), (300, 1, NULL), (300, 1, NULL)`,
];
const SALES_FCT = [
  `CREATE OR REPLACE TABLE customer_product_sales_fct (sale_date DATE, sale_id INTEGER, customer_id STRING, product_id STRING, quantity INTEGER, sales_amount NUMBER(10,2))`,
  `INSERT INTO customer_product_sales_fct VALUES ('2026-01-01', 1, 'C001', 'P100', 1, 19.99), ('2026-01-02', 2, 'C002', 'P100', 2, 39.98), ('2026-01-03', 3, 'C001', 'P100', 1, 19.99), ('2026-01-04', 4, 'C003', 'P100', 1, 19.99), ('2026-01-05', 5, 'C002', 'P200', 1, 9.99), ('2026-01-06', 6, 'C004', 'P100', 3, 59.97), ('2026-01-07', 7, 'C003', 'P100', 1, 19.99), ('2026-01-08', 8, 'C005', 'P100', 2, 39.98), ('2026-01-09', 9, 'C001', 'P200', 1, 9.99), ('2026-01-10', 10, 'C006', 'P100', 1, 19.99)`,
];
const CORN = [
  `CREATE OR REPLACE TABLE corn_production (farmer_id INTEGER, state VARCHAR, bushels FLOAT)`,
  `INSERT INTO corn_production (farmer_id, state, bushels) VALUES (1, 'Iowa', 100), (2, 'Iowa', 110), (3, 'Kansas', 120), (4, 'Kansas', 130)`,
];
const SERIES = [
  `CREATE TABLE series (d INT, v INT)`,
  `INSERT INTO series VALUES (1, 10), (2, NULL), (3, 30), (4, 40), (5, NULL)`,
];

export const windowCases = defineCases('window', [
  { id: 'row_number/partitioned', doc: fn('row_number'), setup: SCORES, sql: `SELECT team, player, ROW_NUMBER() OVER (PARTITION BY team ORDER BY pts DESC, player) AS rn FROM scores ORDER BY team, rn`, columns: ['TEAM', 'PLAYER', 'RN'], rows: [['blue', 'eve', '1'], ['blue', 'fay', '2'], ['red', 'ann', '1'], ['red', 'bob', '2'], ['red', 'cy', '3'], ['red', 'dee', '4']] },
  { id: 'rank/dense_rank', doc: fn('rank'), setup: SCORES, sql: `SELECT player, RANK() OVER (ORDER BY pts DESC) AS r, DENSE_RANK() OVER (ORDER BY pts DESC) AS dr FROM scores WHERE team = 'red' ORDER BY r, player`, columns: ['PLAYER', 'R', 'DR'], rows: [['ann', '1', '1'], ['bob', '2', '2'], ['cy', '2', '2'], ['dee', '4', '3']] },
  { id: 'rank/doc-overall', doc: fn('rank'), setup: CORN, sql: `SELECT state, bushels, RANK() OVER (ORDER BY bushels DESC), DENSE_RANK() OVER (ORDER BY bushels DESC) FROM corn_production`, rows: [['Kansas', 130, '1', '1'], ['Kansas', 120, '2', '2'], ['Iowa', 110, '3', '3'], ['Iowa', 100, '4', '4']], unordered: true },
  { id: 'rank/doc-partitioned', doc: fn('rank'), setup: CORN, sql: `SELECT state, bushels, RANK() OVER (PARTITION BY state ORDER BY bushels DESC), DENSE_RANK() OVER (PARTITION BY state ORDER BY bushels DESC) FROM corn_production`, rows: [['Iowa', 110, '1', '1'], ['Iowa', 100, '2', '2'], ['Kansas', 130, '1', '1'], ['Kansas', 120, '2', '2']], unordered: true },
  { id: 'rank/doc-ties', doc: fn('rank'), setup: [...CORN, `INSERT INTO corn_production (farmer_id, state, bushels) VALUES (5, 'Iowa', 110)`], sql: `SELECT state, bushels, RANK() OVER (ORDER BY bushels DESC), DENSE_RANK() OVER (ORDER BY bushels DESC) FROM corn_production`, rows: [['Kansas', 130, '1', '1'], ['Kansas', 120, '2', '2'], ['Iowa', 110, '3', '3'], ['Iowa', 110, '3', '3'], ['Iowa', 100, '5', '4']], unordered: true },
  { id: 'ntile/four', doc: fn('ntile'), setup: SCORES, sql: `SELECT player, NTILE(3) OVER (ORDER BY pts DESC, player) AS bucket FROM scores ORDER BY pts DESC, player`, columns: ['PLAYER', 'BUCKET'], rows: [['eve', '1'], ['fay', '1'], ['ann', '2'], ['bob', '2'], ['cy', '3'], ['dee', '3']] },
  { id: 'lag/lead', doc: fn('lag'), setup: SERIES, sql: `SELECT d, LAG(v) OVER (ORDER BY d) AS prev, LEAD(v, 1, 0) OVER (ORDER BY d) AS nxt FROM series ORDER BY d`, columns: ['D', 'PREV', 'NXT'], rows: [['1', null, null], ['2', '10', '30'], ['3', null, '40'], ['4', '30', null], ['5', '40', '0']] },
  {
    id: 'lag/doc-diff-to-prev', doc: fn('lag'), setup: LAG_SALES,
    sql: `SELECT emp_id, year, revenue, revenue - LAG(revenue, 1, 0) OVER (PARTITION BY emp_id ORDER BY year) AS diff_to_prev FROM sales ORDER BY emp_id, year`,
    columns: ['EMP_ID', 'YEAR', 'REVENUE', 'DIFF_TO_PREV'],
    rows: [
      ['0', '2010', '1000.00', '1000.00'], ['0', '2011', '1500.00', '500.00'], ['0', '2012', '500.00', '-1000.00'], ['0', '2013', '750.00', '250.00'],
      ['1', '2010', '10000.00', '10000.00'], ['1', '2011', '12500.00', '2500.00'], ['1', '2012', '15000.00', '2500.00'], ['1', '2013', '20000.00', '5000.00'],
      ['2', '2012', '500.00', '500.00'], ['2', '2013', '800.00', '300.00'],
    ],
  },
  {
    id: 'lag/doc-ignore-nulls', doc: fn('lag'),
    setup: [`CREATE OR REPLACE TABLE t1 (col_1 NUMBER, col_2 NUMBER)`, `INSERT INTO t1 VALUES (1, 5), (2, 4), (3, NULL), (4, 2), (5, NULL), (6, NULL), (7, 6)`],
    sql: `SELECT col_1, col_2, LAG(col_2) IGNORE NULLS OVER (ORDER BY col_1) FROM t1 ORDER BY col_1`,
    rows: [['1', '5', null], ['2', '4', '5'], ['3', null, '4'], ['4', '2', '4'], ['5', null, '2'], ['6', null, '2'], ['7', '6', '2']],
  },
  { id: 'lag/ignore-nulls', doc: fn('lag'), setup: SERIES, sql: `SELECT d, LAG(v) IGNORE NULLS OVER (ORDER BY d) AS prev FROM series ORDER BY d`, columns: ['D', 'PREV'], rows: [['1', null], ['2', '10'], ['3', '10'], ['4', '30'], ['5', '40']] },
  { id: 'first_value/last_value', doc: fn('first_value'), setup: SCORES, sql: `SELECT player, FIRST_VALUE(player) OVER (PARTITION BY team ORDER BY pts DESC, player) AS best, LAST_VALUE(player) OVER (PARTITION BY team ORDER BY pts DESC, player ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS worst FROM scores WHERE team = 'red' ORDER BY player`, columns: ['PLAYER', 'BEST', 'WORST'], rows: [['ann', 'ann', 'dee'], ['bob', 'ann', 'dee'], ['cy', 'ann', 'dee'], ['dee', 'ann', 'dee']] },
  { id: 'nth_value/second', doc: fn('nth_value'), setup: SCORES, sql: `SELECT DISTINCT team, NTH_VALUE(player, 2) OVER (PARTITION BY team ORDER BY pts DESC, player ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second FROM scores ORDER BY team`, columns: ['TEAM', 'SECOND'], rows: [['blue', 'fay'], ['red', 'bob']] },
  { id: 'sum/running-total', doc: ref('functions-window-syntax'), setup: SCORES, sql: `SELECT player, SUM(pts) OVER (ORDER BY player ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM scores ORDER BY player`, columns: ['PLAYER', 'RUNNING'], rows: [['ann', '30'], ['bob', '50'], ['cy', '70'], ['dee', '80'], ['eve', '130'], ['fay', '170']] },
  {
    id: 'sum/doc-cumulative-frames', doc: fn('sum'), setup: CUMULATIVE,
    sql: `SELECT p, o, i,
    COUNT(i) OVER (PARTITION BY p ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS count_i_rows_pre,
    SUM(i)   OVER (PARTITION BY p ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS sum_i_rows_pre,
    AVG(i)   OVER (PARTITION BY p ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS avg_i_rows_pre,
    MIN(i)   OVER (PARTITION BY p ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS min_i_rows_pre,
    MAX(i)   OVER (PARTITION BY p ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS max_i_rows_pre
  FROM example_cumulative WHERE p IN (0, 300) ORDER BY p, o`,
    columns: ['P', 'O', 'I', 'COUNT_I_ROWS_PRE', 'SUM_I_ROWS_PRE', 'AVG_I_ROWS_PRE', 'MIN_I_ROWS_PRE', 'MAX_I_ROWS_PRE'],
    rows: [
      ['0', '1', '10', '1', '10', '10.000', '10', '10'], ['0', '2', '20', '2', '30', '15.000', '10', '20'], ['0', '3', '30', '3', '60', '20.000', '10', '30'],
      ['300', '1', null, '0', null, null, null, null], ['300', '1', null, '0', null, null, null, null],
    ],
  },
  {
    id: 'count/doc-distinct-window', doc: fn('count'), setup: SALES_FCT,
    sql: `SELECT product_id, customer_id, sale_date, sale_id, COUNT(DISTINCT customer_id) OVER (PARTITION BY product_id ORDER BY sale_date) AS distinct_customers_to_date FROM customer_product_sales_fct WHERE product_id = 'P100' ORDER BY sale_date, sale_id`,
    columns: ['PRODUCT_ID', 'CUSTOMER_ID', 'SALE_DATE', 'SALE_ID', 'DISTINCT_CUSTOMERS_TO_DATE'],
    rows: [
      ['P100', 'C001', '2026-01-01', '1', '1'], ['P100', 'C002', '2026-01-02', '2', '2'], ['P100', 'C001', '2026-01-03', '3', '2'], ['P100', 'C003', '2026-01-04', '4', '3'],
      ['P100', 'C004', '2026-01-06', '6', '4'], ['P100', 'C003', '2026-01-07', '7', '4'], ['P100', 'C005', '2026-01-08', '8', '5'], ['P100', 'C006', '2026-01-10', '10', '6'],
    ],
  },
  { id: 'sum/range-default-frame-ties', doc: ref('functions-window-syntax'), setup: SCORES, sql: `SELECT player, SUM(pts) OVER (PARTITION BY team ORDER BY pts) AS s FROM scores WHERE team = 'red' ORDER BY player`, columns: ['PLAYER', 'S'], rows: [['ann', '80'], ['bob', '50'], ['cy', '50'], ['dee', '10']] },
  { id: 'sum/partition-total', doc: ref('functions-window-syntax'), setup: SCORES, sql: `SELECT player, SUM(pts) OVER (PARTITION BY team) AS team_total FROM scores ORDER BY player`, columns: ['PLAYER', 'TEAM_TOTAL'], rows: [['ann', '80'], ['bob', '80'], ['cy', '80'], ['dee', '80'], ['eve', '90'], ['fay', '90']] },
  { id: 'avg/moving-window', doc: ref('functions-window-syntax'), sql: `SELECT column1 AS d, AVG(column2) OVER (ORDER BY column1 ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS m FROM VALUES (1, 10.0::FLOAT), (2, 20.0::FLOAT), (3, 60.0::FLOAT) ORDER BY d`, columns: ['D', 'M'], rows: [['1', 15], ['2', 30], ['3', 40]] },
  { id: 'avg/window-scale', doc: fn('avg'), setup: AVG_T, sql: `SELECT int_col, AVG(int_col) OVER (PARTITION BY int_col) FROM avg_example ORDER BY int_col`, rows: [['1', '1.000'], ['1', '1.000'], ['2', '2.000'], ['2', '2.000'], ['3', '3.000'], [null, null]] },
  { id: 'count/window', doc: fn('count'), setup: SCORES, sql: `SELECT player, COUNT(*) OVER (PARTITION BY team) AS n FROM scores ORDER BY player`, columns: ['PLAYER', 'N'], rows: [['ann', '4'], ['bob', '4'], ['cy', '4'], ['dee', '4'], ['eve', '2'], ['fay', '2']] },
  { id: 'percent_rank/cume_dist', doc: fn('percent_rank'), sql: `SELECT column1 AS v, PERCENT_RANK() OVER (ORDER BY column1) AS pr, CUME_DIST() OVER (ORDER BY column1) AS cd FROM VALUES (1), (2), (2), (3) ORDER BY v`, columns: ['V', 'PR', 'CD'], rows: [['1', 0, 0.25], ['2', 1 / 3, 0.75], ['2', 1 / 3, 0.75], ['3', 1, 1]] },
  { id: 'conditional_true_event/basic', doc: fn('conditional_true_event'), sql: `SELECT column1 AS d, CONDITIONAL_TRUE_EVENT(column2 > 1) OVER (ORDER BY column1) AS e FROM VALUES (1, 0), (2, 2), (3, 0), (4, 5) ORDER BY d`, columns: ['D', 'E'], rows: [['1', '0'], ['2', '1'], ['3', '1'], ['4', '2']] },
  { id: 'qualify/doc-insert-count', doc: ref('constructs/qualify'), setup: [`CREATE TABLE qt (i INTEGER, p CHAR(1), o INTEGER)`], sql: `INSERT INTO qt (i, p, o) VALUES (1, 'A', 1), (2, 'A', 2), (3, 'B', 1), (4, 'B', 2)`, columns: ['number of rows inserted'], rows: [['4']] },
  { id: 'qualify/doc-nested-equivalent', doc: ref('constructs/qualify'), setup: QT, sql: `SELECT * FROM (SELECT i, p, o, ROW_NUMBER() OVER (PARTITION BY p ORDER BY o) AS row_num FROM qt) WHERE row_num = 1`, columns: ['I', 'P', 'O', 'ROW_NUM'], rows: [['1', 'A', '1', '1'], ['3', 'B', '1', '1']], unordered: true },
  { id: 'qualify/doc-window-in-predicate', doc: ref('constructs/qualify'), setup: QT, sql: `SELECT i, p, o FROM qt QUALIFY ROW_NUMBER() OVER (PARTITION BY p ORDER BY o) = 1`, columns: ['I', 'P', 'O'], rows: [['1', 'A', '1'], ['3', 'B', '1']], unordered: true },
  { id: 'qualify/doc-select-alias', doc: ref('constructs/qualify'), setup: QT, sql: `SELECT i, p, o, ROW_NUMBER() OVER (PARTITION BY p ORDER BY o) AS row_num FROM qt QUALIFY row_num = 1`, columns: ['I', 'P', 'O', 'ROW_NUM'], rows: [['1', 'A', '1', '1'], ['3', 'B', '1', '1']], unordered: true },
  { id: 'qualify/doc-without-filter', doc: ref('constructs/qualify'), setup: QT, sql: `SELECT i, p, o, ROW_NUMBER() OVER (PARTITION BY p ORDER BY o) AS row_num FROM qt`, columns: ['I', 'P', 'O', 'ROW_NUM'], rows: [['1', 'A', '1', '1'], ['2', 'A', '2', '2'], ['3', 'B', '1', '1'], ['4', 'B', '2', '2']], unordered: true },
  { id: 'qualify/top-per-group', doc: ref('constructs/qualify'), setup: SCORES, sql: `SELECT team, player, pts FROM scores QUALIFY ROW_NUMBER() OVER (PARTITION BY team ORDER BY pts DESC) = 1 ORDER BY team`, columns: ['TEAM', 'PLAYER', 'PTS'], rows: [['blue', 'eve', '50'], ['red', 'ann', '30']] },
  { id: 'qualify/alias-reference', doc: ref('constructs/qualify'), setup: SCORES, sql: `SELECT player, RANK() OVER (ORDER BY pts DESC) AS r FROM scores QUALIFY r <= 2 ORDER BY r`, columns: ['PLAYER', 'R'], rows: [['eve', '1'], ['fay', '2']] },
  { id: 'qualify/with-where', doc: ref('constructs/qualify'), setup: SCORES, sql: `SELECT player FROM scores WHERE team = 'red' QUALIFY DENSE_RANK() OVER (ORDER BY pts) = 2 ORDER BY player`, columns: ['PLAYER'], rows: [['bob'], ['cy']] },
  { id: 'window/named-order-nulls', doc: ref('functions-window-syntax'), setup: SERIES, sql: `SELECT d, ROW_NUMBER() OVER (ORDER BY v DESC, d) AS rn FROM series ORDER BY rn`, columns: ['D', 'RN'], rows: [['2', '1'], ['5', '2'], ['4', '3'], ['3', '4'], ['1', '5']] },
  { id: 'window/rank-in-expression', doc: ref('functions-window-syntax'), setup: SCORES, sql: `SELECT player, pts - MAX(pts) OVER (PARTITION BY team) AS behind FROM scores WHERE team = 'blue' ORDER BY player`, columns: ['PLAYER', 'BEHIND'], rows: [['eve', '0'], ['fay', '-10']] },
  { id: 'listagg/window', doc: fn('listagg'), setup: SCORES, sql: `SELECT DISTINCT team, LISTAGG(player, ',') WITHIN GROUP (ORDER BY player) OVER (PARTITION BY team) AS players FROM scores ORDER BY team`, columns: ['TEAM', 'PLAYERS'], rows: [['blue', 'eve,fay'], ['red', 'ann,bob,cy,dee']] },
  {
    id: 'last_value/doc-default-frame', doc: fn('last_value'),
    sql: `SELECT column1, column2, LAST_VALUE(column2) OVER (PARTITION BY column1 ORDER BY column2) AS column2_last FROM VALUES (1, 10), (1, 11), (1, null), (1, 12), (2, 20), (2, 21), (2, 22) ORDER BY column1, column2`,
    columns: ['COLUMN1', 'COLUMN2', 'COLUMN2_LAST'],
    rows: [['1', '10', null], ['1', '11', null], ['1', '12', null], ['1', null, null], ['2', '20', '22'], ['2', '21', '22'], ['2', '22', '22']],
  },
  {
    id: 'conditional_change_event/voltage', doc: fn('conditional_change_event'),
    setup: [
      `CREATE TABLE voltage_readings (site_ID INTEGER, ts TIMESTAMP_NTZ, voltage FLOAT)`,
      `INSERT INTO voltage_readings (site_ID, ts, voltage) VALUES (1, '2019-10-30 13:00:00', 120), (1, '2019-10-30 13:15:00', 120), (1, '2019-10-30 13:30:00', 0), (1, '2019-10-30 13:45:00', 0), (1, '2019-10-30 14:00:00', 0), (1, '2019-10-30 14:15:00', 0), (1, '2019-10-30 14:30:00', 120)`,
    ],
    sql: `SELECT ts, voltage, CONDITIONAL_CHANGE_EVENT(voltage = 0) OVER (ORDER BY ts) AS power_changes FROM voltage_readings ORDER BY ts`,
    columns: ['TS', 'VOLTAGE', 'POWER_CHANGES'],
    rows: [['2019-10-30 13:00:00', 120, '0'], ['2019-10-30 13:15:00', 120, '0'], ['2019-10-30 13:30:00', 0, '1'], ['2019-10-30 13:45:00', 0, '1'], ['2019-10-30 14:00:00', 0, '1'], ['2019-10-30 14:15:00', 0, '1'], ['2019-10-30 14:30:00', 120, '2']],
  },
  {
    id: 'conditional_change_event/null-is-no-change', doc: fn('conditional_change_event'), setup: SERIES,
    sql: `SELECT d, CONDITIONAL_CHANGE_EVENT(v) OVER (ORDER BY d) AS e FROM series ORDER BY d`,
    columns: ['D', 'E'], rows: [['1', '0'], ['2', '0'], ['3', '0'], ['4', '1'], ['5', '1']],
  },
  ...(
    [
      ['overall', `SELECT store_ID, profit, 100 * RATIO_TO_REPORT(profit) OVER () AS percent_profit FROM store_profit ORDER BY store_ID`, ['STORE_ID', 'PROFIT', 'PERCENT_PROFIT'],
        [['1', '300.00', '30.00000000'], ['2', '250.00', '25.00000000'], ['3', '450.00', '45.00000000'], ['4', null, null]]],
      ['by-province', `SELECT province, store_ID, profit, 100 * RATIO_TO_REPORT(profit) OVER (PARTITION BY province) AS percent_profit FROM store_profit ORDER BY province, store_ID`, ['PROVINCE', 'STORE_ID', 'PROFIT', 'PERCENT_PROFIT'],
        [['Ontario', '1', '300.00', '40.00000000'], ['Ontario', '3', '450.00', '60.00000000'], ['Ontario', '4', null, null], ['Saskatchewan', '2', '250.00', '100.00000000']]],
    ] as const
  ).map(([name, sql, columns, rows]) => ({
    id: `ratio_to_report/doc-${name}`, doc: fn('ratio_to_report'),
    setup: [
      `CREATE TABLE store_profit (store_ID INTEGER, province VARCHAR, profit NUMERIC(11, 2))`,
      `INSERT INTO store_profit (store_id, province, profit) VALUES (1, 'Ontario', 300), (2, 'Saskatchewan', 250), (3, 'Ontario', 450), (4, 'Ontario', NULL)`,
    ],
    sql, columns: [...columns], rows: rows.map((r) => [...r]),
  })),
  {
    id: 'first_value/doc-nulls-last', doc: fn('first_value'),
    sql: `SELECT column1, column2, FIRST_VALUE(column2) OVER (PARTITION BY column1 ORDER BY column2 NULLS LAST) AS column2_first FROM VALUES (1, 10), (1, 11), (1, null), (1, 12), (2, 20), (2, 21), (2, 22) ORDER BY column1, column2`,
    columns: ['COLUMN1', 'COLUMN2', 'COLUMN2_FIRST'],
    rows: [['1', '10', '10'], ['1', '11', '10'], ['1', '12', '10'], ['1', null, '10'], ['2', '20', '20'], ['2', '21', '20'], ['2', '22', '20']],
  },
  {
    id: 'nth_value/doc-second', doc: fn('nth_value'),
    sql: `SELECT column1, column2, NTH_VALUE(column2, 2) OVER (PARTITION BY column1 ORDER BY column2 NULLS LAST) AS column2_2nd FROM VALUES (1, 10), (1, 11), (1, 12), (1, 13), (2, 20), (2, 21), (2, 22) ORDER BY column1, column2`,
    columns: ['COLUMN1', 'COLUMN2', 'COLUMN2_2ND'],
    rows: [['1', '10', '11'], ['1', '11', '11'], ['1', '12', '11'], ['1', '13', '11'], ['2', '20', '21'], ['2', '21', '21'], ['2', '22', '21']],
  },
]);
