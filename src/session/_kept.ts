/**
 * @module session/_kept
 * The session's memory of recent statements: query ids for LAST_QUERY_ID(n) (translate ctx
 * `queryIds`) and the rows of recent results for RESULT_SCAN (docs.snowflake.com/en/sql-reference/
 * functions/result_scan). Bounded: the last 100 ids, the last 10 results of at most 100,000 rows.
 * Streamed results are not kept (their rows were never held).
 */
import type { Result, ResultColumn, Row } from '../engine/types.ts';

const MAX_IDS = 100;
const MAX_RESULTS = 10;
const MAX_ROWS = 100_000;

export class KeptResults {
  private ids: string[] = [];
  private results = new Map<string, { columns: ResultColumn[]; rows: Row[] }>();

  /** Ids of earlier statements, oldest first. */
  get queryIds(): readonly string[] {
    return this.ids;
  }

  /** Remember a finished statement (failed ones have an id but no result). */
  remember(queryId: string, result: Result | null): void {
    this.ids = this.ids.length >= MAX_IDS ? [...this.ids.slice(1), queryId] : [...this.ids, queryId];
    if (!result || result.stream || result.rows.length > MAX_ROWS) return;
    this.results.set(queryId, { columns: result.columns, rows: result.rows });
    if (this.results.size > MAX_RESULTS) this.results.delete(this.results.keys().next().value!);
  }

  get(queryId: string): { columns: ResultColumn[]; rows: Row[] } | undefined {
    return this.results.get(queryId);
  }
}
