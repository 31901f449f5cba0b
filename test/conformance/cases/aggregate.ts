/**
 * @module test/conformance/cases/aggregate
 * Aggregate functions and grouping: COUNT/COUNT_IF/SUM/AVG (with Snowflake's result scales),
 * MIN/MAX, LISTAGG, ARRAY_AGG, MEDIAN, MODE, MIN_BY/MAX_BY, BOOLAND_AGG/BOOLOR_AGG, HAVING,
 * GROUP BY ALL / ROLLUP / CUBE / GROUPING SETS.
 */
import { defineCases, fn, ref } from './_define.ts';

const AVG_T = [
  `CREATE OR REPLACE TABLE avg_example (int_col INT, d DECIMAL(10,5), s1 VARCHAR(10), s2 VARCHAR(10))`,
  `INSERT INTO avg_example VALUES (1, 1.1, '1.1', 'one'), (1, 10, '10', 'ten'), (2, 2.4, '2.4', 'two'), (2, NULL, NULL, 'NULL'), (3, NULL, NULL, 'NULL'), (NULL, 9.9, '9.9', 'nine')`,
];
const COUNT_IF_T = [
  `CREATE TABLE basic_example (i_col INTEGER, j_col INTEGER)`,
  `INSERT INTO basic_example VALUES (11, 101), (11, 102), (11, NULL), (12, 101), (NULL, 101), (NULL, 102)`,
];
const SUM_T = [
  `CREATE OR REPLACE TABLE sum_example (k INT, d DECIMAL(10,5), s1 VARCHAR(10), s2 VARCHAR(10))`,
  `INSERT INTO sum_example VALUES (1, 1.1, '1.1', 'one'), (1, 10, '10', 'ten'), (2, 2.2, '2.2', 'two'), (2, NULL, NULL, 'null'), (3, NULL, NULL, 'null'), (NULL, 9, '9.9', 'nine')`,
];
const COUNT_VARIANT = [
  `CREATE OR REPLACE TABLE count_example_with_variant_column (i_col INTEGER, j_col INTEGER, v VARIANT)`,
  `INSERT INTO count_example_with_variant_column (i_col, j_col, v) VALUES (NULL, 10, NULL)`,
  `INSERT INTO count_example_with_variant_column (i_col, j_col, v) SELECT 1, 11, PARSE_JSON('{"Title": null}')`,
  `INSERT INTO count_example_with_variant_column (i_col, j_col, v) SELECT 2, 12, PARSE_JSON('{"Title": "O"}')`,
  `INSERT INTO count_example_with_variant_column (i_col, j_col, v) SELECT 3, 12, PARSE_JSON('{"Title": "I"}')`,
];
const ORDERS = [
  `CREATE TABLE orders (o_orderkey INTEGER, o_clerk VARCHAR, o_totalprice NUMBER(12, 2), o_orderstatus CHAR(1))`,
  `INSERT INTO orders (o_orderkey, o_orderstatus, o_clerk, o_totalprice) VALUES ( 32123, 'O', 'Clerk#000000321', 321.23), ( 41445, 'F', 'Clerk#000000386', 1041445.00), ( 55937, 'O', 'Clerk#000000114', 1055937.00), ( 67781, 'F', 'Clerk#000000521', 1067781.00), ( 80550, 'O', 'Clerk#000000411', 1080550.00), ( 95808, 'F', 'Clerk#000000136', 1095808.00), (101700, 'O', 'Clerk#000000220', 1101700.00), (103136, 'F', 'Clerk#000000508', 1103136.00)`,
];
const SALES = [
  `CREATE TABLE sales (region VARCHAR, product VARCHAR, amount NUMBER(10,2))`,
  `INSERT INTO sales VALUES ('East', 'A', 10.00), ('East', 'B', 20.50), ('West', 'A', 5.25), ('West', 'A', 4.75), ('North', 'C', NULL)`,
];

export const aggregateCases = defineCases('aggregate', [
  { id: 'avg/table', doc: fn('avg'), setup: AVG_T, sql: `SELECT * FROM avg_example ORDER BY int_col, d`, columns: ['INT_COL', 'D', 'S1', 'S2'], rows: [['1', '1.10000', '1.1', 'one'], ['1', '10.00000', '10', 'ten'], ['2', '2.40000', '2.4', 'two'], ['2', null, null, 'NULL'], ['3', null, null, 'NULL'], [null, '9.90000', '9.9', 'nine']] },
  { id: 'avg/scales', doc: fn('avg'), setup: AVG_T, sql: `SELECT AVG(int_col), AVG(d) FROM avg_example`, columns: ['AVG(INT_COL)', 'AVG(D)'], rows: [['1.800000', '5.85000000000']] },
  { id: 'avg/group-by-with-varchar', doc: fn('avg'), setup: AVG_T, sql: `SELECT int_col, AVG(d), AVG(s1) FROM avg_example GROUP BY int_col ORDER BY int_col`, columns: ['INT_COL', 'AVG(D)', 'AVG(S1)'], rows: [['1', '5.55000000000', 5.55], ['2', '2.40000000000', 2.4], ['3', null, null], [null, '9.90000000000', 9.9]] },
  { id: 'avg/varchar-not-numeric', doc: fn('avg'), setup: AVG_T, sql: `SELECT AVG(s2) FROM avg_example`, error: { errno: '100038', sqlState: '22018' } },
  { id: 'count_if/true', doc: fn('count_if'), setup: COUNT_IF_T, sql: `SELECT COUNT_IF(TRUE) FROM basic_example`, columns: ['COUNT_IF(TRUE)'], rows: [['6']] },
  { id: 'count_if/comparison', doc: fn('count_if'), setup: COUNT_IF_T, sql: `SELECT COUNT_IF(j_col > i_col) FROM basic_example`, columns: ['COUNT_IF(J_COL > I_COL)'], rows: [['3']] },
  { id: 'count_if/not-null', doc: fn('count_if'), setup: COUNT_IF_T, sql: `SELECT COUNT_IF(i_col IS NOT NULL AND j_col IS NOT NULL) FROM basic_example`, columns: ['COUNT_IF(I_COL IS NOT NULL AND J_COL IS NOT NULL)'], rows: [['3']] },
  { id: 'count/star-and-column', doc: fn('count'), setup: COUNT_IF_T, sql: `SELECT COUNT(*), COUNT(i_col), COUNT(DISTINCT i_col), COUNT(DISTINCT i_col, j_col) FROM basic_example`, columns: ['COUNT(*)', 'COUNT(I_COL)', 'COUNT(DISTINCT I_COL)', 'COUNT(DISTINCT I_COL, J_COL)'], rows: [['6', '4', '2', '3']] },
  { id: 'sum/doc-totals', doc: fn('sum'), setup: SUM_T, sql: `SELECT SUM(d), SUM(s1) FROM sum_example`, columns: ['SUM(D)', 'SUM(S1)'], rows: [['22.30000', 23.2]] },
  { id: 'sum/doc-group-by', doc: fn('sum'), setup: SUM_T, sql: `SELECT k, SUM(d), SUM(s1) FROM sum_example GROUP BY k`, columns: ['K', 'SUM(D)', 'SUM(S1)'], rows: [['1', '11.10000', 11.1], ['2', '2.20000', 2.2], ['3', null, null], [null, '9.00000', 9.9]], unordered: true },
  { id: 'sum/doc-not-numeric', doc: fn('sum'), setup: SUM_T, sql: `SELECT SUM(s2) FROM sum_example`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'one' is not recognized` } },
  { id: 'count/doc-wildcards', doc: fn('count'), setup: COUNT_IF_T, sql: `SELECT COUNT(*) AS "All", COUNT(* ILIKE 'i_c%') AS "ILIKE", COUNT(* EXCLUDE i_col) AS "EXCLUDE", COUNT(i_col) AS "i_col", COUNT(DISTINCT i_col) AS "DISTINCT i_col", COUNT(j_col) AS "j_col", COUNT(DISTINCT j_col) AS "DISTINCT j_col" FROM basic_example`, columns: ['All', 'ILIKE', 'EXCLUDE', 'i_col', 'DISTINCT i_col', 'j_col', 'DISTINCT j_col'], rows: [['6', '4', '5', '4', '2', '5', '2']] },
  { id: 'count/doc-group-by', doc: fn('count'), setup: COUNT_IF_T, sql: `SELECT i_col, COUNT(*), COUNT(j_col) FROM basic_example GROUP BY i_col ORDER BY i_col`, columns: ['I_COL', 'COUNT(*)', 'COUNT(J_COL)'], rows: [['11', '3', '2'], ['12', '1', '1'], [null, '2', '2']] },
  { id: 'count/doc-alias-star', doc: fn('count'), setup: COUNT_IF_T, sql: `SELECT COUNT(n.*) FROM basic_example AS n`, columns: ['COUNT(N.*)'], rows: [['3']] },
  { id: 'count/doc-json-null-is-null', doc: fn('count'), setup: COUNT_VARIANT, sql: `SELECT COUNT(v:Title) FROM count_example_with_variant_column`, columns: ['COUNT(V:TITLE)'], rows: [['2']] },
  { id: 'count/doc-variant-paths', doc: fn('count'), setup: COUNT_VARIANT, sql: `SELECT i_col, j_col, v, v:Title FROM count_example_with_variant_column ORDER BY i_col`, columns: ['I_COL', 'J_COL', 'V', 'V:TITLE'], rows: [['1', '11', '{"Title":null}', 'null'], ['2', '12', '{"Title":"O"}', '"O"'], ['3', '12', '{"Title":"I"}', '"I"'], [null, '10', null, null]] },
  { id: 'count/space-kept-in-name', doc: 'https://docs.snowflake.com/en/sql-reference/sql/truncate-table', setup: COUNT_IF_T, sql: `SELECT COUNT (*) FROM basic_example`, columns: ['COUNT (*)'], rows: [['6']] },
  { id: 'count/empty-table', doc: fn('count'), setup: [`CREATE TABLE empty_t (a INT)`], sql: `SELECT COUNT(*) AS n, SUM(a) AS s, MAX(a) AS m FROM empty_t`, columns: ['N', 'S', 'M'], rows: [['0', null, null]] },
  { id: 'sum/decimal-scale', doc: fn('sum'), setup: AVG_T, sql: `SELECT SUM(d), SUM(int_col) FROM avg_example`, columns: ['SUM(D)', 'SUM(INT_COL)'], rows: [['23.40000', '9']] },
  { id: 'sum/varchar-is-float', doc: fn('sum'), setup: AVG_T, sql: `SELECT SUM(s1) AS s FROM avg_example`, columns: ['S'], rows: [[23.4]] },
  { id: 'min-max/group', doc: fn('min'), setup: SALES, sql: `SELECT region, MIN(amount), MAX(amount) FROM sales GROUP BY region ORDER BY region`, columns: ['REGION', 'MIN(AMOUNT)', 'MAX(AMOUNT)'], rows: [['East', '10.00', '20.50'], ['North', null, null], ['West', '4.75', '5.25']] },
  { id: 'min-max/strings', doc: fn('max'), sql: `SELECT MIN(column1) AS mn, MAX(column1) AS mx FROM VALUES ('b'), ('a'), ('C'), (NULL)`, columns: ['MN', 'MX'], rows: [['C', 'b']] },
  { id: 'listagg/within-group', doc: fn('listagg'), setup: SALES, sql: `SELECT region, LISTAGG(product, ', ') WITHIN GROUP (ORDER BY amount DESC) AS products FROM sales WHERE amount IS NOT NULL GROUP BY region ORDER BY region`, columns: ['REGION', 'PRODUCTS'], rows: [['East', 'B, A'], ['West', 'A, A']] },
  { id: 'listagg/distinct', doc: fn('listagg'), setup: SALES, sql: `SELECT LISTAGG(DISTINCT product, '|') WITHIN GROUP (ORDER BY product) AS p FROM sales`, columns: ['P'], rows: [['A|B|C']] },
  { id: 'listagg/default-delimiter', doc: fn('listagg'), sql: `SELECT LISTAGG(column1) WITHIN GROUP (ORDER BY column1) AS p FROM VALUES ('x'), ('z'), ('y')`, columns: ['P'], rows: [['xyz']] },
  { id: 'listagg/all-null-is-empty', doc: fn('listagg'), sql: `SELECT LISTAGG(column1, ',') AS p FROM VALUES (NULL::VARCHAR), (NULL)`, columns: ['P'], rows: [['']] },
  { id: 'array_agg/ordered', doc: fn('array_agg'), setup: SALES, sql: `SELECT ARRAY_AGG(amount) WITHIN GROUP (ORDER BY amount) AS a FROM sales WHERE region = 'West'`, columns: ['A'], rows: [['[4.75,5.25]']] },
  { id: 'array_agg/doc-plain-rows', doc: fn('array_agg'), setup: ORDERS, sql: `SELECT o_orderkey AS order_keys FROM orders WHERE o_totalprice > 450000 ORDER BY o_orderkey`, columns: ['ORDER_KEYS'], rows: [['41445'], ['55937'], ['67781'], ['80550'], ['95808'], ['101700'], ['103136']] },
  { id: 'array_agg/doc-within-group', doc: fn('array_agg'), setup: ORDERS, sql: `SELECT ARRAY_AGG(o_orderkey) WITHIN GROUP (ORDER BY o_orderkey ASC) FROM orders WHERE o_totalprice > 450000`, columns: ['ARRAY_AGG(O_ORDERKEY) WITHIN GROUP (ORDER BY O_ORDERKEY ASC)'], rows: [['[41445,55937,67781,80550,95808,101700,103136]']] },
  { id: 'array_agg/doc-distinct', doc: fn('array_agg'), setup: ORDERS, sql: `SELECT ARRAY_AGG(DISTINCT o_orderstatus) WITHIN GROUP (ORDER BY o_orderstatus ASC) FROM orders WHERE o_totalprice > 450000 ORDER BY o_orderstatus ASC`, columns: ['ARRAY_AGG(DISTINCT O_ORDERSTATUS) WITHIN GROUP (ORDER BY O_ORDERSTATUS ASC)'], rows: [['["F","O"]']] },
  { id: 'array_agg/doc-arrayagg-alias-grouped', doc: fn('array_agg'), setup: ORDERS, sql: `SELECT o_orderstatus, ARRAYAGG(o_clerk) WITHIN GROUP (ORDER BY o_totalprice DESC) FROM orders WHERE o_totalprice > 450000 GROUP BY o_orderstatus ORDER BY o_orderstatus DESC`, columns: ['O_ORDERSTATUS', 'ARRAYAGG(O_CLERK) WITHIN GROUP (ORDER BY O_TOTALPRICE DESC)'], rows: [['O', '["Clerk#000000220","Clerk#000000411","Clerk#000000114"]'], ['F', '["Clerk#000000508","Clerk#000000136","Clerk#000000521","Clerk#000000386"]']] },
  { id: 'array_agg/skips-null', doc: fn('array_agg'), sql: `SELECT ARRAY_AGG(column1) WITHIN GROUP (ORDER BY column1) AS a FROM VALUES (2), (NULL), (1)`, columns: ['A'], rows: [['[1,2]']] },
  { id: 'median/empty', doc: fn('median'), setup: [`CREATE OR REPLACE TABLE aggr (k INT, v DECIMAL(10,2))`], sql: `SELECT MEDIAN(v) FROM aggr`, rows: [[null]] },
  {
    id: 'median/groups', doc: fn('median'),
    setup: [`CREATE OR REPLACE TABLE aggr (k INT, v DECIMAL(10,2))`, `INSERT INTO aggr VALUES (1, 10), (1, 20), (1, 21)`, `INSERT INTO aggr VALUES (2, 10), (2, 20), (2, 25), (2, 30)`, `INSERT INTO aggr VALUES (3, NULL)`],
    sql: `SELECT k, MEDIAN(v) FROM aggr GROUP BY k ORDER BY k`, columns: ['K', 'MEDIAN(V)'], rows: [['1', '20.00000'], ['2', '22.50000'], ['3', null]],
  },
  { id: 'mode/basic', doc: fn('mode'), sql: `SELECT MODE(column1) AS m FROM VALUES (1), (2), (2), (3)`, columns: ['M'], rows: [['2']] },
  { id: 'min_by/max_by', doc: fn('min_by'), sql: `SELECT MIN_BY(column1, column2) AS a, MAX_BY(column1, column2) AS b FROM VALUES ('x', 3), ('y', 1), ('z', 2)`, columns: ['A', 'B'], rows: [['y', 'x']] },
  { id: 'booland_agg/boolor_agg', doc: fn('booland_agg'), sql: `SELECT BOOLAND_AGG(column1) AS a, BOOLOR_AGG(column1) AS o FROM VALUES (TRUE), (FALSE), (NULL)`, columns: ['A', 'O'], rows: [[false, true]] },
  { id: 'stddev/variance', doc: fn('stddev'), sql: `SELECT VAR_POP(column1) AS vp, STDDEV_POP(column1) AS sp FROM VALUES (2.0::FLOAT), (4.0::FLOAT), (4.0::FLOAT), (4.0::FLOAT), (5.0::FLOAT), (5.0::FLOAT), (7.0::FLOAT), (9.0::FLOAT)`, columns: ['VP', 'SP'], rows: [[4, 2]] },
  { id: 'having/filter-groups', doc: ref('constructs/having'), setup: SALES, sql: `SELECT region, SUM(amount) AS total FROM sales GROUP BY region HAVING SUM(amount) > 10 ORDER BY region`, columns: ['REGION', 'TOTAL'], rows: [['East', '30.50']] },
  { id: 'group-by/all', doc: ref('constructs/group-by'), setup: SALES, sql: `SELECT region, product, COUNT(*) AS n FROM sales GROUP BY ALL ORDER BY region, product`, columns: ['REGION', 'PRODUCT', 'N'], rows: [['East', 'A', '1'], ['East', 'B', '1'], ['North', 'C', '1'], ['West', 'A', '2']] },
  { id: 'group-by/position', doc: ref('constructs/group-by'), setup: SALES, sql: `SELECT region, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1`, columns: ['REGION', 'N'], rows: [['East', '2'], ['North', '1'], ['West', '2']] },
  { id: 'group-by/alias', doc: ref('constructs/group-by'), setup: SALES, sql: `SELECT UPPER(region) AS r, COUNT(*) AS n FROM sales GROUP BY r ORDER BY r`, columns: ['R', 'N'], rows: [['EAST', '2'], ['NORTH', '1'], ['WEST', '2']] },
  {
    id: 'group-by/rollup', doc: ref('constructs/group-by-rollup'), setup: SALES,
    sql: `SELECT region, SUM(amount) AS total FROM sales WHERE amount IS NOT NULL GROUP BY ROLLUP (region) ORDER BY region`,
    columns: ['REGION', 'TOTAL'], rows: [['East', '30.50'], ['West', '10.00'], [null, '40.50']],
  },
  {
    id: 'group-by/cube-grouping', doc: ref('constructs/group-by-cube'), setup: SALES,
    sql: `SELECT region, product, SUM(amount) AS total, GROUPING(region) AS gr FROM sales WHERE region = 'East' GROUP BY CUBE (region, product) ORDER BY gr, region, product`,
    columns: ['REGION', 'PRODUCT', 'TOTAL', 'GR'],
    rows: [['East', 'A', '10.00', '0'], ['East', 'B', '20.50', '0'], ['East', null, '30.50', '0'], [null, 'A', '10.00', '1'], [null, 'B', '20.50', '1'], [null, null, '30.50', '1']],
  },
  {
    id: 'group-by/grouping-sets', doc: ref('constructs/group-by-grouping-sets'), setup: SALES,
    sql: `SELECT region, product, COUNT(*) AS n FROM sales GROUP BY GROUPING SETS ((region), (product)) ORDER BY region, product`,
    columns: ['REGION', 'PRODUCT', 'N'],
    rows: [['East', null, '2'], ['North', null, '1'], ['West', null, '2'], [null, 'A', '3'], [null, 'B', '1'], [null, 'C', '1']],
  },
  { id: 'group-by/not-grouped-column-error', doc: ref('constructs/group-by'), setup: SALES, sql: `SELECT region, product FROM sales GROUP BY region`, error: { errno: '001104', sqlState: '42601', messageIncludes: `'SALES.PRODUCT' in select clause is neither an aggregate nor in the group by clause.` } },
  { id: 'approx/count-distinct-hll', doc: fn('hll'), sql: `SELECT HLL(column1) AS n FROM VALUES (1), (2), (2), (3)`, columns: ['N'], rows: [['3']] },
  { id: 'any_value/single-group', doc: fn('any_value'), sql: `SELECT ANY_VALUE(column1) AS v FROM VALUES ('only')`, columns: ['V'], rows: [['only']] },
  { id: 'sum/distinct', doc: fn('sum'), sql: `SELECT SUM(DISTINCT column1) AS s FROM VALUES (1), (1), (2)`, columns: ['S'], rows: [['3']] },
  { id: 'regr_valx/doc-basic', doc: fn('regr_valx'), sql: `SELECT REGR_VALX(NULL, 10), REGR_VALX(1, NULL), REGR_VALX(1, 10)`, columns: ['REGR_VALX(NULL, 10)', 'REGR_VALX(1, NULL)', 'REGR_VALX(1, 10)'], rows: [[null, null, 10]] },
  { id: 'regr_valy/doc-basic', doc: fn('regr_valy'), sql: `SELECT REGR_VALY(NULL, 10), REGR_VALY(1, NULL), REGR_VALY(1, 10)`, columns: ['REGR_VALY(NULL, 10)', 'REGR_VALY(1, NULL)', 'REGR_VALY(1, 10)'], rows: [[null, null, 1]] },
  {
    id: 'regr_valx/doc-table', doc: fn('regr_valx'),
    setup: [`CREATE TABLE xy (col_x DOUBLE, col_y DOUBLE)`, `INSERT INTO xy (col_x, col_y) VALUES (1.0, 2.0), (3.0, NULL), (NULL, 6.0)`],
    sql: `SELECT col_y, col_x, REGR_VALX(col_y, col_x), REGR_VALY(col_y, col_x) FROM xy`,
    columns: ['COL_Y', 'COL_X', 'REGR_VALX(COL_Y, COL_X)', 'REGR_VALY(COL_Y, COL_X)'],
    rows: [[2, 1, 1, 2], [null, 3, null, null], [6, null, null, null]],
  },
  {
    id: 'regr_sxx/syy/sxy', doc: fn('regr_sxx'),
    sql: `SELECT REGR_SXX(y, x) AS sxx, REGR_SYY(y, x) AS syy, REGR_SXY(y, x) AS sxy FROM (SELECT column1 AS y, column2 AS x FROM VALUES (1, 2), (2, 4), (3, 6), (9, NULL))`,
    columns: ['SXX', 'SYY', 'SXY'], rows: [[8, 2, 4]],
  },
  {
    id: 'regr_sxx/snowpark-groups', doc: fn('regr_sxx'),
    sql: `SELECT v, REGR_SXX(v, v2) AS regr_sxx FROM (SELECT column1 AS v, column2 AS v2 FROM VALUES (10, 11), (20, 22), (25, NULL), (30, 35)) GROUP BY v ORDER BY v`,
    columns: ['V', 'REGR_SXX'], rows: [['10', 0], ['20', 0], ['25', null], ['30', 0]],
  },
  {
    id: 'array_union_agg/doc', doc: fn('array_union_agg'),
    setup: [`CREATE TABLE union_test(a array)`, `INSERT INTO union_test SELECT PARSE_JSON('[ 1, 1, 2]') UNION ALL SELECT PARSE_JSON('[ 1, 2, 3]')`],
    sql: `SELECT ARRAY_UNION_AGG(a) FROM union_test`, columns: ['ARRAY_UNION_AGG(A)'], rows: [['[1,1,2,3]']],
  },
  { id: 'array_union_agg/empty', doc: fn('array_union_agg'), sql: `SELECT ARRAY_UNION_AGG(column1) AS u FROM VALUES (NULL::ARRAY)`, columns: ['U'], rows: [['[]']] },
  {
    id: 'approx_top_k/pairs-by-frequency', doc: fn('approx_top_k'),
    sql: `SELECT APPROX_TOP_K(column1, 2) AS top FROM VALUES ('a'), ('b'), ('a'), ('c'), ('a'), ('b')`,
    columns: ['TOP'], rows: [['[["a",3],["b",2]]']],
  },
  {
    id: 'approx_percentile/doc-0.1', doc: fn('approx_percentile'),
    setup: [`CREATE TABLE testtable (c1 INTEGER)`, `INSERT INTO testtable (c1) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)`],
    sql: `SELECT APPROX_PERCENTILE(c1, 0.1) FROM testtable`, columns: ['APPROX_PERCENTILE(C1, 0.1)'], rows: [[1.5]],
  },
  {
    id: 'approx_percentile/median-of-odd-count', doc: fn('approx_percentile'),
    sql: `SELECT APPROX_PERCENTILE(column1, 0.5) AS p FROM VALUES (1), (2), (3)`, columns: ['P'], rows: [[2]],
  },
  { id: 'listagg/doc-space-delimited', doc: fn('listagg'), setup: ORDERS, sql: `SELECT LISTAGG(o_orderkey, ' ') FROM orders WHERE o_totalprice > 450000`, columns: [`LISTAGG(O_ORDERKEY, ' ')`], rows: [['41445 55937 67781 80550 95808 101700 103136']] },
  { id: 'listagg/doc-distinct', doc: fn('listagg'), setup: ORDERS, sql: `SELECT LISTAGG(DISTINCT o_orderstatus, '|') FROM orders WHERE o_totalprice > 450000`, columns: [`LISTAGG(DISTINCT O_ORDERSTATUS, '|')`], rows: [['F|O']] },
  {
    id: 'listagg/doc-within-group-by-status', doc: fn('listagg'), setup: ORDERS,
    sql: `SELECT o_orderstatus, LISTAGG(o_clerk, ', ') WITHIN GROUP (ORDER BY o_totalprice DESC) FROM orders WHERE o_totalprice > 450000 GROUP BY o_orderstatus`,
    columns: ['O_ORDERSTATUS', `LISTAGG(O_CLERK, ', ') WITHIN GROUP (ORDER BY O_TOTALPRICE DESC)`],
    rows: [['O', 'Clerk#000000220, Clerk#000000411, Clerk#000000114'], ['F', 'Clerk#000000508, Clerk#000000136, Clerk#000000521, Clerk#000000386']], unordered: true,
  },
  ...(
    [
      ['rollup', 'ROLLUP', [['CA', 'SF', 13], ['CA', 'SJ', 26], ['CA', null, 39], ['FL', 'Miami', 48], ['FL', 'Orlando', 96], ['FL', null, 144], ['PR', 'SJ', 192], ['PR', null, 192], [null, null, 375]]],
      ['cube', 'CUBE', [['CA', 'SF', 13], ['CA', 'SJ', 26], ['CA', null, 39], ['FL', 'Miami', 48], ['FL', 'Orlando', 96], ['FL', null, 144], ['PR', 'SJ', 192], ['PR', null, 192], [null, 'Miami', 48], [null, 'Orlando', 96], [null, 'SF', 13], [null, 'SJ', 218], [null, null, 375]]],
    ] as const
  ).map(([name, kw, rows]) => ({
    id: `group-by/doc-${name}-profit`, doc: ref(`constructs/group-by-${name}`),
    setup: [
      `CREATE OR REPLACE TABLE products (product_ID INTEGER, wholesale_price REAL)`,
      `INSERT INTO products (product_ID, wholesale_price) VALUES (1, 1.00), (2, 2.00)`,
      `CREATE OR REPLACE TABLE sales (product_ID INTEGER, retail_price REAL, quantity INTEGER, city VARCHAR, state VARCHAR)`,
      `INSERT INTO sales (product_id, retail_price, quantity, city, state) VALUES (1, 2.00,  1, 'SF', 'CA'), (1, 2.00,  2, 'SJ', 'CA'), (2, 5.00,  4, 'SF', 'CA'), (2, 5.00,  8, 'SJ', 'CA'), (2, 5.00, 16, 'Miami', 'FL'), (2, 5.00, 32, 'Orlando', 'FL'), (2, 5.00, 64, 'SJ', 'PR')`,
    ],
    sql: `SELECT state, city, SUM((s.retail_price - p.wholesale_price) * s.quantity) AS profit FROM products AS p, sales AS s WHERE s.product_ID = p.product_ID GROUP BY ${kw} (state, city) ORDER BY state, city NULLS LAST`,
    columns: ['STATE', 'CITY', 'PROFIT'], rows: rows.map((r) => [...r]),
  })),
  {
    id: 'group-by/doc-grouping-sets-nurses', doc: ref('constructs/group-by-grouping-sets'),
    setup: [
      `CREATE OR REPLACE TABLE nurses (ID INTEGER, full_name VARCHAR, medical_license VARCHAR, radio_license VARCHAR)`,
      `INSERT INTO nurses (ID, full_name, medical_license, radio_license) VALUES (201, 'Thomas Leonard Vicente', 'LVN', 'Technician'), (202, 'Tamara Lolita VanZant', 'LVN', 'Technician'), (341, 'Georgeann Linda Vente', 'LVN', 'General'), (471, 'Andrea Renee Nouveau', 'RN', 'Amateur Extra')`,
    ],
    sql: `SELECT COUNT(*), medical_license, radio_license FROM nurses GROUP BY GROUPING SETS (medical_license, radio_license)`,
    columns: ['COUNT(*)', 'MEDICAL_LICENSE', 'RADIO_LICENSE'],
    rows: [['3', 'LVN', null], ['1', 'RN', null], ['2', null, 'Technician'], ['1', null, 'General'], ['1', null, 'Amateur Extra']], unordered: true,
  },
  {
    id: 'group-by/doc-grouping-sets-null-value', doc: ref('constructs/group-by-grouping-sets'),
    setup: [
      `CREATE OR REPLACE TABLE nurses (ID INTEGER, full_name VARCHAR, medical_license VARCHAR, radio_license VARCHAR)`,
      `INSERT INTO nurses (ID, full_name, medical_license, radio_license) VALUES (201, 'Thomas Leonard Vicente', 'LVN', 'Technician'), (202, 'Tamara Lolita VanZant', 'LVN', 'Technician'), (341, 'Georgeann Linda Vente', 'LVN', 'General'), (471, 'Andrea Renee Nouveau', 'RN', 'Amateur Extra')`,
      `INSERT INTO nurses (ID, full_name, medical_license, radio_license) VALUES (101, 'Lily Vine', 'LVN', NULL)`,
    ],
    sql: `SELECT COUNT(*), medical_license, radio_license FROM nurses GROUP BY GROUPING SETS (medical_license, radio_license)`,
    columns: ['COUNT(*)', 'MEDICAL_LICENSE', 'RADIO_LICENSE'],
    rows: [['4', 'LVN', null], ['1', 'RN', null], ['2', null, 'Technician'], ['1', null, 'General'], ['1', null, 'Amateur Extra'], ['1', null, null]], unordered: true,
  },
  {
    id: 'grouping/doc-grouping-sets', doc: fn('grouping'),
    setup: [`CREATE TABLE aggr2 (col_x int, col_y int, col_z int)`, `INSERT INTO aggr2 VALUES (1, 2, 1), (1, 2, 3)`, `INSERT INTO aggr2 VALUES (2, 1, 10), (2, 2, 11), (2, 2, 3)`],
    sql: `SELECT col_x, col_y, sum(col_z), grouping(col_x), grouping(col_y), grouping(col_x, col_y) FROM aggr2 GROUP BY GROUPING SETS ((col_x), (col_y), ()) ORDER BY 1, 2`,
    columns: ['COL_X', 'COL_Y', 'SUM(COL_Z)', 'GROUPING(COL_X)', 'GROUPING(COL_Y)', 'GROUPING(COL_X, COL_Y)'],
    rows: [['1', null, '4', '0', '1', '1'], ['2', null, '24', '0', '1', '1'], [null, '1', '10', '1', '0', '2'], [null, '2', '18', '1', '0', '2'], [null, null, '28', '1', '1', '3']],
  },
  {
    id: 'max_by/doc-three-values', doc: fn('max_by'),
    setup: [
      `CREATE OR REPLACE TABLE employees(employee_id NUMBER, department_id NUMBER, salary NUMBER)`,
      `INSERT INTO employees VALUES (1001, 10, 10000), (1020, 10, 9000), (1030, 10, 8000), (900, 20, 15000), (2000, 20, NULL), (2010, 20, 15000), (2020, 20, 8000)`,
    ],
    sql: `SELECT MAX_BY(employee_id, salary, 3) FROM employees`,
    columns: ['MAX_BY(EMPLOYEE_ID, SALARY, 3)'], rows: [['[900,2010,1001]']],
  },
  {
    id: 'min_by/array-sorted-by-ordering-column', doc: fn('min_by'),
    setup: [
      `CREATE OR REPLACE TABLE employees(employee_id NUMBER, department_id NUMBER, salary NUMBER)`,
      `INSERT INTO employees VALUES (1001, 10, 10000), (1020, 10, 9000), (1030, 10, 8000), (900, 20, 15000), (2000, 20, NULL), (2010, 20, 15000), (2020, 20, 8000)`,
    ],
    sql: `SELECT department_id, MIN_BY(employee_id, salary, 5) AS ids FROM employees WHERE department_id = 10 GROUP BY department_id`,
    columns: ['DEPARTMENT_ID', 'IDS'], rows: [['10', '[1030,1020,1001]']],
  },
]);
