/**
 * @module translate/transforms/sample
 * SAMPLE / TABLESAMPLE (https://docs.snowflake.com/en/sql-reference/constructs/sample):
 * `SAMPLE (p)` and BERNOULLI/ROW are row-level percentages, SYSTEM/BLOCK block-level, `(n ROWS)` a
 * fixed row count; `SEED (s)` / `REPEATABLE (s)` make it deterministic → DuckDB TABLESAMPLE.
 */
import type { Sample } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';

export function printSample(s: Sample, st: PrintState): string {
  const size = printExpr(s.size, st);
  const seed = s.seed ? ` REPEATABLE (${printExpr(s.seed, st)})` : '';
  if (s.rows) return ` TABLESAMPLE reservoir(${size} ROWS)${seed}`;
  const method = s.method === 'SYSTEM' || s.method === 'BLOCK' ? 'system' : 'bernoulli';
  return ` TABLESAMPLE ${method}(${size} PERCENT)${seed}`;
}
