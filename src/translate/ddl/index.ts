/**
 * @module translate/ddl
 * Translation of DDL, SHOW, DESCRIBE and other catalog statements into Plans (one file per
 * statement family). Status texts follow snowflake-reference.md §2; existence decisions read
 * `ctx.catalog` (never DuckDB). Plans that depend on catalog facts must not be cached across
 * catalog changes.
 */
import type { Statement } from '../../sql/ast.ts';
import { assertNever } from '../../errors.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { accountObject, grant } from './account.ts';
import { alterObject } from './alter-object.ts';
import { alterTable } from './alter-table.ts';
import { commentOn } from './comment.ts';
import { createTable } from './create-table.ts';
import { createView } from './create-view.ts';
import { describe } from './describe.ts';
import { drop, truncate, undrop } from './drop.ts';
import { createRoutine } from './routine.ts';
import { createDatabase, createSchema } from './schema-database.ts';
import { createSequence } from './sequence.ts';
import { show } from './show.ts';
import { createFileFormat, createStage } from './stage-format.ts';

export type DdlStatement = Extract<
  Statement,
  {
    kind:
      | 'createTable' | 'createView' | 'createDatabase' | 'createSchema' | 'createSequence'
      | 'createStage' | 'createFileFormat' | 'createRoutine' | 'accountObject' | 'drop' | 'undrop'
      | 'alterTable' | 'alterObject' | 'show' | 'describe' | 'truncate' | 'grant' | 'revoke' | 'commentOn';
  }
>;

/**
 * Translate one catalog statement. `text` is the statement's own source text (ParsedStatement.text),
 * kept as a view's definition for SHOW VIEWS `text`.
 */
export function translateDdl(stmt: DdlStatement, ctx: TranslateContext, text?: string): Plan {
  switch (stmt.kind) {
    case 'createTable':
      return createTable(stmt, ctx);
    case 'createView':
      return createView(stmt, ctx, text);
    case 'createDatabase':
      return createDatabase(stmt, ctx);
    case 'createSchema':
      return createSchema(stmt, ctx);
    case 'createSequence':
      return createSequence(stmt, ctx);
    case 'createStage':
      return createStage(stmt, ctx);
    case 'createFileFormat':
      return createFileFormat(stmt, ctx);
    case 'createRoutine':
      return createRoutine(stmt, ctx);
    case 'accountObject':
      return accountObject(stmt, ctx);
    case 'drop':
      return drop(stmt, ctx);
    case 'undrop':
      return undrop(stmt);
    case 'alterTable':
      return alterTable(stmt, ctx);
    case 'alterObject':
      return alterObject(stmt, ctx);
    case 'show':
      return show(stmt, ctx);
    case 'describe':
      return describe(stmt, ctx);
    case 'truncate':
      return truncate(stmt, ctx);
    case 'grant':
    case 'revoke':
      return grant();
    case 'commentOn':
      return commentOn(stmt, ctx);
    default:
      return assertNever(stmt, 'DDL statement');
  }
}

export { sequenceNextvalSql } from '../../catalog/sequences.ts';
export { getDdlExpr } from './get-ddl.ts';
export { userFunctionRef } from './routine.ts';
