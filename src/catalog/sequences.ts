/**
 * @module catalog/sequences
 * Snowflake sequences are DuckDB sequences in the same database and schema; `seq.NEXTVAL` becomes
 * DuckDB's `nextval('<db>.<schema>.<seq>')`. AUTOINCREMENT/IDENTITY columns use a hidden sequence
 * per column (recorded with `hidden = true` so SHOW SEQUENCES skips it).
 *
 * Snowflake: docs.snowflake.com/en/user-guide/querying-sequences. DuckDB: duckdb.org/docs/sql/statements/create_sequence.
 */
import { quoteIdent, quoteString } from './names.ts';

/** The DuckDB expression for `<db>.<schema>.<name>.NEXTVAL` (names already folded). */
export function sequenceNextvalSql(database: string, schema: string, name: string): string {
  return `nextval(${quoteString(`${quoteIdent(database)}.${quoteIdent(schema)}.${quoteIdent(name)}`)})`;
}

/**
 * Name of the hidden sequence behind an AUTOINCREMENT/IDENTITY column. Unique per creation: a
 * renamed table keeps its sequence, so a new table of the old name must not reuse the name.
 */
export function identitySequenceName(table: string, column: string): string {
  return `_MH_IDENTITY_${table}_${column}_${crypto.randomUUID().slice(0, 8)}`;
}
