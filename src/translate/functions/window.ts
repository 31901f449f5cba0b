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
import type { Call, FnPrinter } from './_call.ts';
import { rename } from './_call.ts';

function needOver(c: Call): WindowSpec {
  if (!c.f.over) throw new NotSupportedError(`${c.name} without OVER`);
  return c.f.over;
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
  FIRST_VALUE: rename('first_value', 1, 1),
  LAST_VALUE: rename('last_value', 1, 1),
  NTH_VALUE: rename('nth_value', 2, 2),
  RATIO_TO_REPORT: (c) => {
    c.check(1);
    const w = needOver(c);
    const over = printOver({ ...w, orderBy: [], frame: undefined } as WindowSpec, c.st);
    c.suffixUsed = true;
    const x = c.arg(0);
    return `(CASE WHEN sum(${x})${over} = 0 THEN NULL ELSE CAST(${x} AS DOUBLE) / sum(${x})${over} END)`;
  },
  CONDITIONAL_TRUE_EVENT: (c) => {
    c.check(1);
    const w = needOver(c);
    const over = printOver({ ...w, frame: { unit: 'ROWS', start: { kind: 'frameBound', type: 'UNBOUNDED PRECEDING' }, end: { kind: 'frameBound', type: 'CURRENT ROW' } } }, c.st);
    c.suffixUsed = true;
    return `coalesce(sum(CASE WHEN ${c.arg(0)} THEN 1 ELSE 0 END)${over}, 0)`;
  },
  SEQ1: () => '(row_number() OVER () - 1)',
  SEQ2: () => '(row_number() OVER () - 1)',
  SEQ4: () => '(row_number() OVER () - 1)',
  SEQ8: () => '(row_number() OVER () - 1)',
};
