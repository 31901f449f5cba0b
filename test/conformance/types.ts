/**
 * @module test/conformance/types
 * The shapes shared by every conformance transport (STYLE.md convention 13): a case taken from the
 * Snowflake documentation, the minimal Transport each surface (engine, REST, driver protocol)
 * implements, and the skip groups (`{ reason, tests }`, Hono's `runTest` model).
 * Value normalisation is documented in test/conformance/README.md.
 */

/** One documented Snowflake behaviour: setup, statement, and what Snowflake answers. */
export interface ConformanceCase {
  /** Unique id, `<feature>/<what>` (e.g. `iff/basic`). */
  id: string;
  /** Area the case is counted under (`string`, `date-time`, `ddl`, ...). Filled from the file. */
  area: string;
  /** The Snowflake documentation page the example comes from. */
  doc: string;
  /** Statements run before `sql`, in order (each may hold one statement). */
  setup?: string[];
  /** The statement under test; when it holds several statements, the last result is compared. */
  sql: string;
  /** Expected column names, exactly (Snowflake's names; reference §3). */
  columns?: string[];
  /** Expected rows in the normalised form (README.md); ordered unless `unordered`. */
  rows?: unknown[][];
  unordered?: boolean;
  /**
   * Compare `rows` on these columns only (by name, in this order); for results with volatile
   * columns such as SHOW's `created_on`. `columns`, when given, is still checked in full.
   */
  project?: string[];
  /** Expected failure: 6-digit errno, optional SQLSTATE and a message fragment. */
  error?: { errno: string; sqlState?: string; messageIncludes?: string };
  /** The feature belongs to a later issue: the case is reported as pending, never run. */
  pending?: string;
  /** Needs a brand-new session (default database, SHOW DATABASES, ...) instead of a fresh database. */
  fresh?: boolean;
}

/** What a transport answers for one statement text (the last statement's result). */
export interface QueryOutput {
  columns: string[];
  rows: unknown[][];
}

/** A failed statement as every transport reports it. */
export interface TransportError {
  errno: string;
  sqlState: string;
  message: string;
}

/** One connection (one Snowflake session) over some surface. */
export interface Transport {
  execute(sql: string): Promise<QueryOutput>;
  close(): Promise<void>;
}

/** Cases a transport skips, with the reason (printed in the test name). */
export interface SkipGroup {
  reason: string;
  tests: string[];
}

export interface ConformanceOptions {
  name: string;
  connect: () => Promise<Transport>;
  skip?: SkipGroup[];
  /** Areas run at once, each on its own session (default 3). */
  concurrency?: number;
}
