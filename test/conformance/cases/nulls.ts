/**
 * @module test/conformance/cases/nulls
 * NULL semantics and ordering: three-valued logic, NULL in comparisons / IN / aggregates / string
 * concatenation, IS [NOT] DISTINCT FROM, default NULL placement (last ascending, first
 * descending; DEFAULT_NULL_ORDERING = LAST), NULLS FIRST/LAST, empty string vs NULL.
 */
import { defineCases, fn, ref } from './_define.ts';

const ORDER = ref('constructs/order-by');
const X = [`CREATE OR REPLACE TABLE x (i number)`, `INSERT INTO x values (1), (2), (null)`];
const NUMS = [`CREATE TABLE nums (v INT)`, `INSERT INTO nums VALUES (2), (NULL), (1), (3)`];

export const nullCases = defineCases('nulls', [
  { id: 'order/asc-nulls-last', doc: ORDER, setup: NUMS, sql: `SELECT v FROM nums ORDER BY v`, columns: ['V'], rows: [['1'], ['2'], ['3'], [null]] },
  { id: 'order/desc-nulls-first', doc: ORDER, setup: NUMS, sql: `SELECT v FROM nums ORDER BY v DESC`, columns: ['V'], rows: [[null], ['3'], ['2'], ['1']] },
  { id: 'order/asc-nulls-first', doc: ORDER, setup: NUMS, sql: `SELECT v FROM nums ORDER BY v NULLS FIRST`, columns: ['V'], rows: [[null], ['1'], ['2'], ['3']] },
  { id: 'order/desc-nulls-last', doc: ORDER, setup: NUMS, sql: `SELECT v FROM nums ORDER BY v DESC NULLS LAST`, columns: ['V'], rows: [['3'], ['2'], ['1'], [null]] },
  { id: 'order/default-null-ordering-first', doc: ref('parameters'), fresh: true, setup: [...NUMS, `ALTER SESSION SET DEFAULT_NULL_ORDERING = 'FIRST'`], sql: `SELECT v FROM nums ORDER BY v`, columns: ['V'], rows: [[null], ['1'], ['2'], ['3']] },
  { id: 'order/strings-binary-collation', doc: ORDER, sql: `SELECT column1 AS s FROM VALUES ('b'), ('B'), ('a'), ('A'), ('_') ORDER BY s`, columns: ['S'], rows: [['A'], ['B'], ['_'], ['a'], ['b']] },
  { id: 'order/multiple-keys', doc: ORDER, sql: `SELECT column1 AS a, column2 AS b FROM VALUES (1, 'y'), (2, 'x'), (1, 'x') ORDER BY a DESC, b`, columns: ['A', 'B'], rows: [['2', 'x'], ['1', 'x'], ['1', 'y']] },
  { id: 'null/comparison-is-null', doc: ref('ternary-logic'), sql: `SELECT NULL = NULL AS a, NULL <> 1 AS b, NULL IS NULL AS c, 1 IS NOT NULL AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[null, null, true, true]] },
  { id: 'null/three-valued-logic', doc: ref('ternary-logic'), sql: `SELECT NULL AND FALSE AS a, NULL OR TRUE AS b, NULL AND TRUE AS c, NULL OR FALSE AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[false, true, null, null]] },
  { id: 'null/in-list-with-null', doc: ref('ternary-logic'), sql: `SELECT 1 IN (1, NULL) AS a, 2 IN (1, NULL) AS b, 2 NOT IN (1, NULL) AS c`, columns: ['A', 'B', 'C'], rows: [[true, null, null]] },
  { id: 'null/where-filters-unknown', doc: ref('ternary-logic'), setup: NUMS, sql: `SELECT COUNT(*) AS n FROM nums WHERE v <> 2`, columns: ['N'], rows: [['2']] },
  { id: 'null/is-distinct-from', doc: fn('is-distinct-from'), sql: `SELECT NULL IS DISTINCT FROM NULL AS a, 1 IS DISTINCT FROM NULL AS b, NULL IS NOT DISTINCT FROM NULL AS c, 1 IS NOT DISTINCT FROM 2 AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[false, true, true, false]] },
  { id: 'null/doc-is-not-distinct-filter', doc: fn('is-distinct-from'), setup: X, sql: `SELECT x1.i x1_i, x2.i x2_i FROM x x1, x x2 WHERE x1.i IS NOT DISTINCT FROM x2.i ORDER BY x1.i`, columns: ['X1_I', 'X2_I'], rows: [['1', '1'], ['2', '2'], [null, null]] },
  {
    id: 'null/doc-equality-outcomes', doc: fn('is-distinct-from'), setup: X,
    sql: `SELECT x1.i x1_i, x2.i x2_i, x1.i=x2.i, iff(x1.i=x2.i, 'Selected', 'Not') "SELECT IF X1.I=X2.I", x1.i<>x2.i, iff(not(x1.i=x2.i), 'Selected', 'Not') "SELECT IF X1.I<>X2.I" FROM x x1, x x2`,
    columns: ['X1_I', 'X2_I', 'X1.I=X2.I', 'SELECT IF X1.I=X2.I', 'X1.I<>X2.I', 'SELECT IF X1.I<>X2.I'],
    rows: [
      ['1', '1', true, 'Selected', false, 'Not'], ['1', '2', false, 'Not', true, 'Selected'], ['1', null, null, 'Not', null, 'Not'],
      ['2', '1', false, 'Not', true, 'Selected'], ['2', '2', true, 'Selected', false, 'Not'], ['2', null, null, 'Not', null, 'Not'],
      [null, '1', null, 'Not', null, 'Not'], [null, '2', null, 'Not', null, 'Not'], [null, null, null, 'Not', null, 'Not'],
    ],
    unordered: true,
  },
  {
    id: 'null/doc-distinct-from-outcomes', doc: fn('is-distinct-from'), setup: X,
    sql: `SELECT x1.i x1_i, x2.i x2_i, x1.i IS NOT DISTINCT FROM x2.i, iff(x1.i IS NOT DISTINCT FROM x2.i, 'Selected', 'Not') "SELECT IF X1.I IS NOT DISTINCT FROM X2.I", x1.i IS DISTINCT FROM x2.i, iff(x1.i IS DISTINCT FROM x2.i, 'Selected', 'Not') "SELECT IF X1.I IS DISTINCT FROM X2.I" FROM x x1, x x2 ORDER BY x1.i, x2.i`,
    columns: ['X1_I', 'X2_I', 'X1.I IS NOT DISTINCT FROM X2.I', 'SELECT IF X1.I IS NOT DISTINCT FROM X2.I', 'X1.I IS DISTINCT FROM X2.I', 'SELECT IF X1.I IS DISTINCT FROM X2.I'],
    rows: [
      ['1', '1', true, 'Selected', false, 'Not'], ['1', '2', false, 'Not', true, 'Selected'], ['1', null, false, 'Not', true, 'Selected'],
      ['2', '1', false, 'Not', true, 'Selected'], ['2', '2', true, 'Selected', false, 'Not'], ['2', null, false, 'Not', true, 'Selected'],
      [null, '1', false, 'Not', true, 'Selected'], [null, '2', false, 'Not', true, 'Selected'], [null, null, true, 'Selected', false, 'Not'],
    ],
  },
  { id: 'null/concat-operator', doc: fn('concat'), sql: `SELECT 'a' || NULL AS r`, columns: ['R'], rows: [[null]] },
  { id: 'null/aggregates-ignore', doc: ref('functions-aggregation'), setup: NUMS, sql: `SELECT COUNT(*) AS c_all, COUNT(v) AS c_v, SUM(v) AS s, AVG(v) AS a, MIN(v) AS mn FROM nums`, columns: ['C_ALL', 'C_V', 'S', 'A', 'MN'], rows: [['4', '3', '6', '2.000000', '1']] },
  { id: 'null/group-by-null-group', doc: ref('constructs/group-by'), sql: `SELECT column1 AS k, COUNT(*) AS n FROM VALUES ('a'), (NULL), (NULL) GROUP BY k ORDER BY k`, columns: ['K', 'N'], rows: [['a', '1'], [null, '2']] },
  { id: 'null/distinct-collapses-nulls', doc: ref('sql/select'), sql: `SELECT COUNT(*) AS n FROM (SELECT DISTINCT column1 FROM VALUES (NULL), (NULL), (1))`, columns: ['N'], rows: [['2']] },
  { id: 'null/empty-string-not-null', doc: ref('data-types-text'), sql: `SELECT '' IS NULL AS a, LENGTH('') AS b, '' = '' AS c`, columns: ['A', 'B', 'C'], rows: [[false, '0', true]] },
  { id: 'null/join-does-not-match-null', doc: ref('constructs/join'), sql: `SELECT COUNT(*) AS n FROM (SELECT NULL AS k) a JOIN (SELECT NULL AS k) b ON a.k = b.k`, columns: ['N'], rows: [['0']] },
  { id: 'null/union-dedups-null', doc: ref('operators-query'), sql: `SELECT NULL AS v UNION SELECT NULL`, columns: ['V'], rows: [[null]] },
  { id: 'null/function-propagation', doc: fn('upper'), sql: `SELECT UPPER(NULL) AS a, ABS(NULL) AS b, DATEADD(day, 1, NULL::DATE) AS c`, columns: ['A', 'B', 'C'], rows: [[null, null, null]] },
  { id: 'null/count-distinct-ignores', doc: fn('count'), sql: `SELECT COUNT(DISTINCT column1) AS n FROM VALUES (1), (NULL), (1), (2)`, columns: ['N'], rows: [['2']] },
  { id: 'null/iff-nvl-combo', doc: fn('nvl'), sql: `SELECT NVL(NULL, NULL) AS a, COALESCE(NULL, NULL, 'z') AS b`, columns: ['A', 'B'], rows: [[null, 'z']] },
]);
