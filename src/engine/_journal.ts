/**
 * @module engine/_journal
 * The DuckDB statements of the user's open transaction, kept so a failed statement can fail alone.
 *
 * Snowflake (https://docs.snowflake.com/en/sql-reference/transactions, "Failed statements within a
 * transaction"): a failed statement's changes are rolled back, the transaction stays open and COMMIT
 * applies the statements that succeeded. DuckDB instead aborts the whole transaction on an
 * execution-time error. Measured (DuckDB 1.x): catalog, binder and parser errors (missing table or
 * column) leave the transaction intact; conversion, constraint, `error()` and IO errors abort it.
 * When DuckDB aborted, the engine rolls back, begins again and replays the writes of the statements
 * that succeeded. Only writes are kept: reads change nothing, and `USE`/`SET` and sequences are not
 * transactional in DuckDB (`nextval` values survive a ROLLBACK, as in Snowflake).
 */

export interface JournalEntry {
  sql: string;
  params?: readonly unknown[];
}

/** Statements with no transactional effect: never replayed. */
const NO_EFFECT = /^\s*(\(?\s*SELECT|WITH|FROM|VALUES|DESCRIBE|SHOW|SUMMARIZE|EXPLAIN|PRAGMA|USE|SET|RESET|CHECKPOINT)\b/i;
const WRITES = /\b(INSERT|UPDATE|DELETE|MERGE|COPY|CREATE|DROP|ALTER|TRUNCATE)\b/i;

/**
 * Functions whose value differs when a statement runs again: DuckDB's clock functions return the
 * transaction's start time (a new one on replay); random and uuid draw anew; `nextval` draws a new
 * value (sequences are not rolled back).
 */
const NONDETERMINISTIC = /\b(random|uuid|gen_random_uuid|uuidv4|uuidv7|nextval|currval|setseed|now|current_timestamp|current_date|current_time|get_current_timestamp|get_current_time|transaction_timestamp|localtimestamp|localtime|today)\b/i;

/** Statements that fill columns from their DEFAULTs. */
const FILLS_DEFAULTS = /^\s*(INSERT|MERGE|COPY)\b/i;

export function isWrite(sql: string): boolean {
  return !NO_EFFECT.test(sql) || (/^\s*WITH\b/i.test(sql) && WRITES.test(sql));
}

/** Why replaying `entries` would not reproduce them, from their text alone; null when it would. */
export function unfaithfulByText(entries: readonly JournalEntry[]): string | null {
  for (const e of entries) {
    const m = NONDETERMINISTIC.exec(e.sql);
    if (m) return `an earlier statement of the transaction calls ${m[1]!.toLowerCase()}(), which would give a different value if it ran again`;
  }
  return null;
}

/** Tables whose column defaults are not deterministic (identity sequences, clock defaults). */
export function nondeterministicDefaultTables(rows: readonly { table_name: unknown; column_default: unknown }[]): string[] {
  return rows.filter((r) => NONDETERMINISTIC.test(String(r.column_default ?? ''))).map((r) => String(r.table_name));
}

/**
 * Why replaying `entries` would not reproduce them because they fill a column whose default is not
 * deterministic (conservative: a table whose name appears in an INSERT/MERGE/COPY counts).
 */
export function unfaithfulByDefaults(entries: readonly JournalEntry[], tables: readonly string[]): string | null {
  for (const e of entries) {
    if (!FILLS_DEFAULTS.test(e.sql)) continue;
    const hit = tables.find((t) => e.sql.toLowerCase().includes(t.toLowerCase()));
    if (hit !== undefined) return `an earlier statement of the transaction writes ${hit}, whose column default (identity sequence or clock) would give a different value if it ran again`;
  }
  return null;
}
