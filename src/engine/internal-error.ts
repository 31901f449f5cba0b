/**
 * @module engine/internal-error
 * A failure that is Mockhaus's fault, not the user's: DuckDB rejected SQL that our translator
 * generated (a DuckDB parser error), or an invariant broke. Transports answer it as a server error
 * (REST 500). Snowflake's own internal-error code is 000603 / XX000. The DuckDB text is kept in
 * `detail` for logs only; users see a stable message.
 */
import { SnowflakeError } from '../errors.ts';

export class InternalError extends SnowflakeError {
  /** Log-only detail (the DuckDB message and the SQL that failed). Never shown to users. */
  readonly detail: string;
  readonly internal = true;
  constructor(detail: string) {
    super(603, 'XX000', 'SQL execution internal error: Mockhaus generated SQL that DuckDB rejected. This is a Mockhaus bug.');
    this.name = 'InternalError';
    this.detail = detail;
  }
  override get restCode(): string {
    return 'INTERNAL_ERROR';
  }
}

/**
 * DuckDB SQL that raises a Snowflake error from inside a query (e.g. division by zero, string too
 * long): `error('MOCKHAUS_ERROR|100051|22012|Division by zero')`. `mapDuckDbError` turns the
 * resulting DuckDB error back into exactly this SnowflakeError. For translators.
 */
export function raiseErrorSql(errno: number, sqlState: string, message: string): string {
  const text = `${RAISE_TAG}|${errno}|${sqlState}|${message}`;
  return `error('${text.replace(/'/g, "''")}')`;
}
export const RAISE_TAG = 'MOCKHAUS_ERROR';
