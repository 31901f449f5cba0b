/**
 * @module translate/functions/window
 * Window functions (https://docs.snowflake.com/en/sql-reference/functions-analytic): ranking
 * functions, LAG/LEAD/FIRST_VALUE/LAST_VALUE/NTH_VALUE with IGNORE NULLS, RATIO_TO_REPORT
 * (https://docs.snowflake.com/en/sql-reference/functions/ratio_to_report) and
 * CONDITIONAL_TRUE_EVENT (https://docs.snowflake.com/en/sql-reference/functions/conditional_true_event).
 */
import { NotSupportedError } from '../../errors.ts';
import type { WindowSpec } from '../../sql/ast.ts';
import { printOver } from '../dialect/duckdb/window.ts';
import { divScale, inferType } from '../transforms/infer-type.ts';
import type { Call, FnPrinter } from './_call.ts';
import { rename } from './_call.ts';

function needOver(c: Call): WindowSpec {
  if (!c.f.over) throw new NotSupportedError(`${c.name} without OVER`);
  return c.f.over;
}

const WHOLE_PARTITION: WindowSpec['frame'] = { unit: 'ROWS', start: { kind: 'frameBound', type: 'UNBOUNDED PRECEDING' }, end: { kind: 'frameBound', type: 'UNBOUNDED FOLLOWING' } };

/**
 * FIRST_VALUE / LAST_VALUE / NTH_VALUE are rank-related: without a window frame they see the whole
 * partition (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), not the ANSI cumulative
 * frame (https://docs.snowflake.com/en/sql-reference/functions-window-syntax, …/functions/last_value).
 */
function valueAt(fn: string, min: number, max: number): FnPrinter {
  return (c) => {
    c.check(min, max);
    const w = c.f.over;
    if (!w || w.ref || w.frame) return c.call(fn);
    c.suffixUsed = true;
    let s = c.call(fn);
    if (c.f.filter) throw new NotSupportedError(`${c.name} with FILTER`);
    s += printOver({ ...w, frame: WHOLE_PARTITION }, c.st);
    return s;
  };
}

export const WINDOW: Record<string, FnPrinter> = {
  ROW_NUMBER: rename('row_number', 0, 0),
  RANK: rename('rank', 0, 0),
  DENSE_RANK: rename('dense_rank', 0, 0),
  CUME_DIST: rename('cume_dist', 0, 0),
  PERCENT_RANK: rename('percent_rank', 0, 0),
  NTILE: rename('ntile', 1, 1),
  LAG: rename('lag', 1, 3),
  LEAD: rename('lead', 1, 3),
  FIRST_VALUE: valueAt('first_value', 1, 1),
  LAST_VALUE: valueAt('last_value', 1, 1),
  NTH_VALUE: valueAt('nth_value', 2, 2),
  RATIO_TO_REPORT: (c) => {
    c.check(1);
    const w = needOver(c);
    const over = printOver({ ...w, orderBy: [], frame: undefined } as WindowSpec, c.st);
    c.suffixUsed = true;
    const x = c.arg(0);
    const ratio = `(CASE WHEN sum(${x})${over} = 0 THEN NULL ELSE CAST(${x} AS DOUBLE) / sum(${x})${over} END)`;
    // A NUMBER(p,s) input gives a NUMBER with the division scale (NUMBER(11,2) → 8 decimals, the
    // doc's 100 * RATIO_TO_REPORT(profit) prints 30.00000000); FLOAT stays FLOAT.
    const t = inferType(c.args[0]!, c.st);
    return t?.f === 'fixed' && t.s !== undefined ? `CAST(${ratio} AS DECIMAL(38,${divScale(t.s)}))` : ratio;
  },
  CONDITIONAL_TRUE_EVENT: (c) => {
    c.check(1);
    const w = needOver(c);
    const over = printOver({ ...w, frame: { unit: 'ROWS', start: { kind: 'frameBound', type: 'UNBOUNDED PRECEDING' }, end: { kind: 'frameBound', type: 'CURRENT ROW' } } }, c.st);
    c.suffixUsed = true;
    return `coalesce(sum(CASE WHEN ${c.arg(0)} THEN 1 ELSE 0 END)${over}, 0)`;
  },
  // CONDITIONAL_CHANGE_EVENT(x) = CONDITIONAL_TRUE_EVENT(x <> LAG(x)) over the same window
  // (https://docs.snowflake.com/en/sql-reference/functions/conditional_change_event). DuckDB cannot
  // nest window functions, so the values up to the current row are collected and adjacent pairs
  // compared; a pair with a NULL is not a change, as `<>` with NULL is not TRUE.
  CONDITIONAL_CHANGE_EVENT: (c) => {
    c.check(1);
    const w = needOver(c);
    if (!w.orderBy?.length) throw new NotSupportedError('CONDITIONAL_CHANGE_EVENT without ORDER BY');
    const over = printOver({ ...w, frame: { unit: 'ROWS', start: { kind: 'frameBound', type: 'UNBOUNDED PRECEDING' }, end: { kind: 'frameBound', type: 'CURRENT ROW' } } }, c.st);
    c.suffixUsed = true;
    const l = `list(${c.arg(0)})${over}`;
    return `CAST(len(list_filter(list_zip(list_slice(${l}, 2, len(${l})), list_slice(${l}, 1, len(${l}) - 1)), lambda p: p[1] <> p[2])) AS BIGINT)`;
  },
  SEQ1: () => '(row_number() OVER () - 1)',
  SEQ2: () => '(row_number() OVER () - 1)',
  SEQ4: () => '(row_number() OVER () - 1)',
  SEQ8: () => '(row_number() OVER () - 1)',
};
