/**
 * @module translate/ddl
 * Translation of DDL, SHOW, DESCRIBE and other catalog statements. Placeholder until the catalog
 * work lands: every such statement fails loudly with NotSupported naming it.
 */
import type { Statement } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';

export type DdlStatement = Extract<
  Statement,
  {
    kind:
      | 'createTable' | 'createView' | 'createDatabase' | 'createSchema' | 'createSequence'
      | 'createStage' | 'createFileFormat' | 'createRoutine' | 'accountObject' | 'drop' | 'undrop'
      | 'alterTable' | 'alterObject' | 'show' | 'describe' | 'truncate' | 'grant' | 'revoke' | 'commentOn';
  }
>;

export function translateDdl(stmt: DdlStatement, _ctx: TranslateContext): Plan {
  throw new NotSupportedError(stmt.kind);
}
