/**
 * @module translate/ddl/_duplicate-columns
 * A table or view cannot have two columns of the same (stored) name: CREATE TABLE with repeated
 * column definitions, CTAS and CREATE VIEW whose select list repeats a name fail with 002025
 * `duplicate column name 'A'` (snowflake-reference.md §1). DuckDB would rename the second column
 * (`A_1`) instead, so the check runs at translation time on the names known statically.
 */
import { DuplicateColumnName } from '../../errors.ts';
import type { Query } from '../../sql/ast.ts';
import { queryColumnNamesOf } from './_core.ts';

/** Throws 002025 for the first repeated name. */
export function checkDuplicateColumns(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new DuplicateColumnName(n);
    seen.add(n);
  }
}

/**
 * The column names a CTAS or view gets: its column list when it has one, else the query's select
 * list (unknown, and not checked, when a `*` leaves them to DuckDB).
 */
export function checkDerivedColumns(columns: readonly { name: { name: string } }[] | undefined, query: Query): void {
  const names = columns?.length ? columns.map((c) => c.name.name) : queryColumnNamesOf(query);
  if (names) checkDuplicateColumns(names);
}
