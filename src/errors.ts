/**
 * @module errors
 * Every error Mockhaus reports to a user. Snowflake errors carry Snowflake's errno, SQLSTATE and
 * wording (shared/docs/snowflake-reference.md §1) and serialise themselves for each transport, so
 * handlers never format errors. `NotSupportedError` marks an emulator gap, never a user mistake.
 */

/** The body of a failed REST call (`/api/v1/...`). */
export interface RestErrorBody {
  success: false;
  error: string;
  detail: string;
  errno?: string;
  sql_state?: string;
  query_id?: string;
}

/** A Snowflake error: 6-digit errno, SQLSTATE and Snowflake's exact message. */
export class SnowflakeError extends Error {
  readonly errno: number;
  readonly sqlState: string;
  /** Set by the engine once the statement has a query id. */
  queryId?: string;
  /** Line and position for compilation errors (1-based line, 0-based position), when known. */
  line?: number;
  pos?: number;

  constructor(errno: number, sqlState: string, message: string, opts: { line?: number; pos?: number } = {}) {
    super(message);
    this.name = 'SnowflakeError';
    this.errno = errno;
    this.sqlState = sqlState;
    if (opts.line !== undefined) this.line = opts.line;
    if (opts.pos !== undefined) this.pos = opts.pos;
  }

  /** Zero-padded errno as Snowflake sends it (`"002003"`). */
  get code(): string {
    return String(this.errno).padStart(6, '0');
  }

  /** The form Snowflake's Python connector and SnowSQL print: `002003 (42S02): message`. */
  display(): string {
    return `${this.code} (${this.sqlState}): ${this.message}`;
  }

  /** Machine code for the REST API's `error` field. */
  get restCode(): string {
    return 'SQL_ERROR';
  }

  toRestBody(): RestErrorBody {
    const body: RestErrorBody = {
      success: false,
      error: this.restCode,
      detail: this.message,
      errno: this.code,
      sql_state: this.sqlState,
    };
    if (this.queryId) body.query_id = this.queryId;
    return body;
  }

  /** The driver protocol's failure envelope (wire-protocol spec §5). Always sent with HTTP 200. */
  toWireBody(): Record<string, unknown> {
    return {
      success: false,
      code: this.code,
      message: this.message,
      data: {
        errorCode: this.code,
        sqlState: this.sqlState,
        queryId: this.queryId ?? null,
        internalError: false,
        age: 0,
        line: this.line ?? -1,
        pos: this.pos ?? -1,
        type: this.errno === 1003 || this.errno === 904 || this.errno === 2003 ? 'COMPILATION' : 'EXECUTION',
      },
      headers: null,
    };
  }
}

/** A Snowflake feature Mockhaus does not emulate yet. Snowflake's own code for this is 000002/0A000. */
export class NotSupportedError extends SnowflakeError {
  readonly feature: string;
  constructor(feature: string) {
    super(2, '0A000', `Unsupported feature '${feature}'.`);
    this.name = 'NotSupportedError';
    this.feature = feature;
  }
  override get restCode(): string {
    return 'NOT_SUPPORTED';
  }
}

/** 001003 / 42000: `SQL compilation error:\nsyntax error line L at position P unexpected 'X'.` */
export class SyntaxError_ extends SnowflakeError {
  constructor(line: number, pos: number, token: string) {
    super(1003, '42000', `SQL compilation error:\nsyntax error line ${line} at position ${pos} unexpected '${token}'.`, {
      line,
      pos,
    });
    this.name = 'SyntaxError';
  }
}
export { SyntaxError_ as SqlSyntaxError };

/** 002003 / 42S02 (objects and tables) or 02000 (schemas, databases, stages). */
export class ObjectNotFound extends SnowflakeError {
  constructor(what: 'Object' | 'Table' | 'View' | 'Schema' | 'Database' | 'Stage' | 'File format' | 'Sequence', name: string) {
    const sqlState = what === 'Object' || what === 'Table' || what === 'View' ? '42S02' : '02000';
    super(2003, sqlState, `SQL compilation error:\n${what} '${name}' does not exist or not authorized.`);
    this.name = 'ObjectNotFound';
  }
}

/** 002025 / 42S21: a table or view would get two columns of the same name. */
export class DuplicateColumnName extends SnowflakeError {
  constructor(name: string) {
    super(2025, '42S21', `SQL compilation error:\nduplicate column name '${name}'`);
    this.name = 'DuplicateColumnName';
  }
}

/** 002002 / 42710 */
export class ObjectAlreadyExists extends SnowflakeError {
  constructor(name: string) {
    super(2002, '42710', `SQL compilation error:\nObject '${name}' already exists.`);
    this.name = 'ObjectAlreadyExists';
  }
}

/** 002043 / 02000: USE on a missing database or schema. */
export class ObjectDoesNotExistOrCannotOperate extends SnowflakeError {
  constructor() {
    super(2043, '02000', 'SQL compilation error:\nObject does not exist, or operation cannot be performed.');
    this.name = 'ObjectDoesNotExistOrCannotOperate';
  }
}

/** 000904 / 42000 */
export class InvalidIdentifier extends SnowflakeError {
  constructor(name: string, line = 1, pos = 0) {
    super(904, '42000', `SQL compilation error: error line ${line} at position ${pos}\ninvalid identifier '${name}'`, {
      line,
      pos,
    });
    this.name = 'InvalidIdentifier';
  }
}

/** 002140 / 42601 */
export class UnknownFunction extends SnowflakeError {
  constructor(name: string) {
    super(2140, '42601', `SQL compilation error:\nUnknown function ${name}`);
    this.name = 'UnknownFunction';
  }
}

/** 000900: empty statement. */
export class EmptySqlStatement extends SnowflakeError {
  constructor() {
    super(900, '42000', 'SQL compilation error:\nEmpty SQL statement.');
    this.name = 'EmptySqlStatement';
  }
}

/** Session variable lookup failure (`$x` not set). */
export class SessionVariableNotFound extends SnowflakeError {
  constructor(name: string) {
    super(2211, '02000', `Session variable '$${name.toUpperCase()}' does not exist`);
    this.name = 'SessionVariableNotFound';
  }
}

/** 000604 / 57014 */
export class QueryCanceled extends SnowflakeError {
  constructor() {
    super(604, '57014', 'SQL execution canceled');
    this.name = 'QueryCanceled';
  }
}

/** 000709 / 02000 */
export class StatementNotFound extends SnowflakeError {
  constructor(queryId: string) {
    super(709, '02000', `Statement ${queryId} not found`);
    this.name = 'StatementNotFound';
  }
}

/** 000008: multi-statement count mismatch. */
export class StatementCountMismatch extends SnowflakeError {
  constructor(actual: number, desired: number) {
    super(8, '0A000', `Actual statement count ${actual} did not match the desired statement count ${desired}.`);
    this.name = 'StatementCountMismatch';
  }
}

/** 090105 / 090106: no current database / schema. */
export class NoCurrentDatabase extends SnowflakeError {
  constructor(cmd: string) {
    super(90105, '22000', `Cannot perform ${cmd}. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.`);
    this.name = 'NoCurrentDatabase';
  }
}
export class NoCurrentSchema extends SnowflakeError {
  constructor(cmd: string) {
    super(90106, '22000', `Cannot perform ${cmd}. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.`);
    this.name = 'NoCurrentSchema';
  }
}

/** Errors of the Mockhaus API itself (not SQL): unknown session, limits, bad requests. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, detail: string) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
  toRestBody(): RestErrorBody {
    return { success: false, error: this.code, detail: this.message };
  }
}

export class SessionNotFound extends ApiError {
  constructor(id: string) {
    super(404, 'SESSION_NOT_FOUND', `Session '${id}' not found`);
  }
}
export class SessionLimitReached extends ApiError {
  constructor(max: number) {
    super(429, 'SESSION_LIMIT_REACHED', `Maximum number of sessions (${max}) reached and no idle session can be evicted`);
  }
}

/** Exhaustiveness helper for `switch (x.kind)`: a missing case is a compile error. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(x)}`);
}
