/**
 * @module test/conformance/cases/numeric
 * Arithmetic and its scale rules (operators-arithmetic: `*`, `/`, `+`, `%`), DIV0/DIV0NULL, and
 * the numeric functions ROUND, TRUNC, FLOOR, CEIL, MOD, ABS, SIGN, SQRT, POWER, SQUARE.
 * Fixed-point results are exact decimal strings with the scale Snowflake gives them.
 */
import { defineCases, fn, ref } from './_define.ts';

const ARITH = ref('operators-arithmetic');
const ROUND_T = [
  `CREATE TABLE test_ceiling (n FLOAT, scale INTEGER)`,
  `INSERT INTO test_ceiling (n, scale) VALUES (-975.975, -1), (-975.975,  0), (-975.975,  2), ( 135.135, -2), ( 135.135,  0), ( 135.135,  1), ( 135.135,  3), ( 135.135, 50), ( 135.135, NULL)`,
];
const RND1 = [
  `CREATE OR REPLACE TEMP TABLE rnd1(f float, d DECIMAL(10, 3))`,
  `INSERT INTO rnd1 (f, d) VALUES ( -10.005,  -10.005), (  -1.005,   -1.005), (   1.005,    1.005), (  10.005,   10.005)`,
];

export const numericCases = defineCases('numeric', [
  { id: 'arith/multiply-scale', doc: ARITH, sql: `SELECT 10.01 n1, 1.1 n2, n1 * n2`, columns: ['N1', 'N2', 'N1 * N2'], rows: [['10.01', '1.1', '11.011']] },
  { id: 'arith/multiply-small', doc: ARITH, sql: `SELECT 10.001 n1, .001 n2, n1 * n2`, columns: ['N1', 'N2', 'N1 * N2'], rows: [['10.001', '0.001', '0.010001']] },
  { id: 'arith/multiply-scale-cap', doc: ARITH, sql: `SELECT .1 n1, .0000000000001 n2, n1 * n2`, columns: ['N1', 'N2', 'N1 * N2'], rows: [['0.1', '0.0000000000001', '0.0000000000000']] },
  { id: 'arith/divide-integers', doc: ARITH, sql: `SELECT 2 n1, 7 n2, n1 / n2`, columns: ['N1', 'N2', 'N1 / N2'], rows: [['2', '7', '0.285714']] },
  { id: 'arith/divide-decimals', doc: ARITH, sql: `SELECT 10.1 n1, 2.1 n2, n1 / n2`, columns: ['N1', 'N2', 'N1 / N2'], rows: [['10.1', '2.1', '4.8095238']] },
  { id: 'arith/divide-scale-3', doc: ARITH, sql: `SELECT 10.001 n1, .001 n2, n1 / n2`, columns: ['N1', 'N2', 'N1 / N2'], rows: [['10.001', '0.001', '10001.000000000']] },
  { id: 'arith/divide-scale-above-12', doc: ARITH, sql: `SELECT .1 n1, .0000000000001 n2, n1 / n2`, columns: ['N1', 'N2', 'N1 / N2'], rows: [['0.1', '0.0000000000001', '1000000000000.0000000']] },
  { id: 'arith/one-third', doc: ARITH, sql: `SELECT 1/3`, columns: ['1/3'], rows: [['0.333333']] },
  { id: 'arith/two-thirds-rounded', doc: ARITH, sql: `SELECT 2/3 AS r`, columns: ['R'], rows: [['0.666667']] },
  { id: 'arith/add-scale', doc: ARITH, sql: `SELECT 1.5 + 2.25 AS r, 10 - 0.001 AS s`, columns: ['R', 'S'], rows: [['3.75', '9.999']] },
  { id: 'arith/modulo', doc: fn('mod'), sql: `SELECT MOD(3, 2) AS a, MOD(4.5, 1.2) AS b, 10 % 3 AS c`, columns: ['A', 'B', 'C'], rows: [['1', '0.9', '1']] },
  { id: 'arith/integer-columns', doc: ARITH, setup: [`CREATE TABLE t (a INT, b INT)`, `INSERT INTO t VALUES (7, 2)`], sql: `SELECT a + b, a - b, a * b, a / b FROM t`, columns: ['A + B', 'A - B', 'A * B', 'A / B'], rows: [['9', '5', '14', '3.500000']] },
  { id: 'arith/date-minus-date', doc: ARITH, sql: `SELECT '2024-03-01'::DATE - '2024-02-01'::DATE AS days`, columns: ['DAYS'], rows: [['29']] },
  { id: 'arith/float-arith', doc: ARITH, sql: `SELECT 1.5::FLOAT * 2 AS r`, columns: ['R'], rows: [[3]] },
  { id: 'arith/division-by-zero', doc: fn('div0'), sql: `select 1/0`, error: { errno: '100051', sqlState: '22012', messageIncludes: 'Division by zero' } },
  { id: 'div0/half', doc: fn('div0'), sql: `SELECT 1/2`, columns: ['1/2'], rows: [['0.500000']] },
  { id: 'div0/as-division', doc: fn('div0'), sql: `SELECT DIV0(1, 2)`, columns: ['DIV0(1, 2)'], rows: [['0.500000']] },
  { id: 'div0/by-zero', doc: fn('div0'), sql: `SELECT DIV0(1, 0)`, columns: ['DIV0(1, 0)'], rows: [['0.000000']] },
  { id: 'div0null/by-null', doc: fn('div0null'), sql: `SELECT DIV0NULL(1, NULL) AS a, DIV0NULL(1, 0) AS b`, columns: ['A', 'B'], rows: [['0.000000', '0.000000']] },
  { id: 'round/default-scale', doc: fn('round'), sql: `SELECT ROUND(135.135), ROUND(-975.975)`, columns: ['ROUND(135.135)', 'ROUND(-975.975)'], rows: [['135', '-976']] },
  {
    id: 'round/float-scales', doc: fn('round'), setup: ROUND_T,
    sql: `SELECT n, scale, ROUND(n, scale) FROM test_ceiling ORDER BY n, scale`,
    columns: ['N', 'SCALE', 'ROUND(N, SCALE)'],
    rows: [
      [-975.975, '-1', -980], [-975.975, '0', -976], [-975.975, '2', -975.98], [135.135, '-2', 100], [135.135, '0', 135],
      [135.135, '1', 135.1], [135.135, '3', 135.135], [135.135, '50', 135.135], [135.135, null, null],
    ],
  },
  { id: 'round/half-to-even', doc: fn('round'), sql: `SELECT ROUND(2.5, 0), ROUND(2.5, 0, 'HALF_TO_EVEN')`, columns: ['ROUND(2.5, 0)', `ROUND(2.5, 0, 'HALF_TO_EVEN')`], rows: [['3', '2']] },
  { id: 'round/negative-half', doc: fn('round'), sql: `SELECT ROUND(-2.5, 0), ROUND(-2.5, 0, 'HALF_TO_EVEN')`, columns: ['ROUND(-2.5, 0)', `ROUND(-2.5, 0, 'HALF_TO_EVEN')`], rows: [['-3', '-2']] },
  { id: 'round/named-arguments', doc: fn('round'), sql: `SELECT ROUND(EXPR => -2.5, SCALE => 0) AS named_arguments`, columns: ['NAMED_ARGUMENTS'], rows: [['-3']] },
  { id: 'round/named-rounding-mode', doc: fn('round'), sql: `SELECT ROUND(EXPR => -2.5, SCALE => 0, ROUNDING_MODE => 'HALF_TO_EVEN') AS named_with_rounding_mode`, columns: ['NAMED_WITH_ROUNDING_MODE'], rows: [['-2']] },
  {
    id: 'round/float-vs-decimal', doc: fn('round'), setup: RND1,
    sql: `SELECT f, ROUND(f, 2), d, ROUND(d, 2) FROM rnd1 ORDER BY 1`,
    columns: ['F', 'ROUND(F, 2)', 'D', 'ROUND(D, 2)'],
    rows: [[-10.005, -10.01, '-10.005', '-10.01'], [-1.005, -1, '-1.005', '-1.01'], [1.005, 1, '1.005', '1.01'], [10.005, 10.01, '10.005', '10.01']],
  },
  { id: 'round/decimal-keeps-scale', doc: fn('round'), sql: `SELECT ROUND(3.14159, 2) AS r, ROUND(33.33, -1) AS s`, columns: ['R', 'S'], rows: [['3.14', '30']] },
  { id: 'trunc/decimal', doc: fn('trunc'), sql: `SELECT TRUNCATE(135.135, 1) AS a, TRUNC(-975.975) AS b, TRUNC(135.135, -2) AS c`, columns: ['A', 'B', 'C'], rows: [['135.1', '-975', '100']] },
  { id: 'floor/ceil', doc: fn('floor'), sql: `SELECT FLOOR(135.135) AS a, FLOOR(-975.975) AS b, CEIL(135.135) AS c, CEIL(-975.975) AS d, CEIL(135.135, 1) AS e`, columns: ['A', 'B', 'C', 'D', 'E'], rows: [['135', '-976', '136', '-975', '135.2']] },
  { id: 'abs/sign', doc: fn('abs'), sql: `SELECT ABS(-5) AS a, ABS(2.5) AS b, SIGN(-3) AS c, SIGN(0) AS d`, columns: ['A', 'B', 'C', 'D'], rows: [['5', '2.5', '-1', '0']] },
  { id: 'sqrt/float', doc: fn('sqrt'), sql: `SELECT SQRT(4) AS a, SQRT(2) AS b`, columns: ['A', 'B'], rows: [[2, 1.4142135623730951]] },
  { id: 'power/float', doc: fn('pow'), sql: `SELECT POWER(2, 10) AS a, POW(2.5, 2) AS b`, columns: ['A', 'B'], rows: [[1024, 6.25]] },
  { id: 'exp/ln', doc: fn('exp'), sql: `SELECT EXP(0) AS a, LN(1) AS b, LOG(10, 100) AS c`, columns: ['A', 'B', 'C'], rows: [[1, 0, 2]] },
  { id: 'float/nan-equals-nan', doc: ref('data-types-numeric'), sql: `SELECT 'NaN'::FLOAT = 'NaN'::FLOAT AS r`, columns: ['R'], rows: [[true]] },
  { id: 'float/nan-sorts-above-infinity', doc: ref('data-types-numeric'), sql: `SELECT column1::FLOAT AS f FROM VALUES ('NaN'), ('inf'), ('1.5'), ('-inf') ORDER BY f`, columns: ['F'], rows: [[-Infinity], [1.5], [Infinity], [NaN]] },
  { id: 'bitand/bitor', doc: fn('bitand'), sql: `SELECT BITAND(12, 10) AS a, BITOR(12, 10) AS b, BITXOR(12, 10) AS c`, columns: ['A', 'B', 'C'], rows: [['8', '14', '6']] },
  { id: 'sum-of-decimals-keeps-scale', doc: fn('sum'), sql: `SELECT SUM(column1) AS s FROM VALUES (1.10), (2.25)`, columns: ['S'], rows: [['3.35']] },
  { id: 'uniform-width/width_bucket', doc: fn('width_bucket'), sql: `SELECT WIDTH_BUCKET(290000.00, 200000, 600000, 8) AS r`, columns: ['R'], rows: [['2']] },
  { id: 'getbit/doc', doc: fn('getbit'), sql: `SELECT GETBIT(11, 100), GETBIT(11, 3), GETBIT(11, 2), GETBIT(11, 1), GETBIT(11, 0)`, columns: ['GETBIT(11, 100)', 'GETBIT(11, 3)', 'GETBIT(11, 2)', 'GETBIT(11, 1)', 'GETBIT(11, 0)'], rows: [['0', '1', '0', '1', '1']] },
  { id: 'sinh/doc', doc: fn('sinh'), sql: `SELECT ROUND(SINH(1.5), 9) AS r`, columns: ['R'], rows: [[2.129279455]] },
  { id: 'cosh/doc', doc: fn('cosh'), sql: `SELECT COSH(0) AS a, ROUND(COSH(1.5), 9) AS b`, columns: ['A', 'B'], rows: [[1, 2.352409615]] },
  { id: 'tanh/doc', doc: fn('tanh'), sql: `SELECT ROUND(TANH(1.5), 10) AS r`, columns: ['R'], rows: [[0.9051482536]] },
  { id: 'asinh/doc', doc: fn('asinh'), sql: `SELECT ROUND(ASINH(2.129279455), 6) AS r`, columns: ['R'], rows: [[1.5]] },
  { id: 'acosh/doc', doc: fn('acosh'), sql: `SELECT ROUND(ACOSH(2.352409615), 6) AS r`, columns: ['R'], rows: [[1.5]] },
  { id: 'atanh/doc', doc: fn('atanh'), sql: `SELECT ROUND(ATANH(0.9051482536), 6) AS r`, columns: ['R'], rows: [[1.5]] },
  { id: 'normal/float-draw', doc: fn('normal'), sql: `SELECT NORMAL(0, 0, RANDOM()) AS r`, columns: ['R'], rows: [[0]] },
]);
