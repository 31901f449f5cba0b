/**
 * @module mockhaus
 * The public programmatic interface: open an embedded session, or start a server, and run
 * Snowflake SQL through the same `session.execute` every transport uses.
 *
 * @example
 * ```ts
 * import { openSession } from 'mockhaus';
 * const session = await openSession();
 * const [result] = await session.execute('select 1/3 as third');
 * console.log(result?.rows); // [['0.333333']]
 * await session.close();
 * ```
 */
export { openSession } from './session/session.ts';
export { SessionManager } from './session/manager.ts';
export { createApp, startServer } from './server/app.ts';
export { parse, parseOne, tokenize, splitStatements, isComplete } from './sql/index.ts';
export { translate } from './translate/index.ts';
export { toDisplayString, toJsonValue, toWireString } from './engine/values.ts';
export {
  SnowflakeError,
  NotSupportedError,
  SqlSyntaxError,
  ObjectNotFound,
  ObjectAlreadyExists,
  ApiError,
  SessionNotFound,
  SessionLimitReached,
} from './errors.ts';
export type { Result, ResultColumn, Row, Value, SnowflakeTypeName, StatementType } from './engine/types.ts';
export type { Session, ExecuteOptions, OpenSessionOptions, QueryRecord, Binds, BindValue } from './session/types.ts';
export type { Statement, ParsedStatement } from './sql/ast.ts';
export type { Plan } from './translate/plan.ts';
