/**
 * @module translate/ddl/routine
 * CREATE FUNCTION / PROCEDURE (docs.snowflake.com/en/sql-reference/sql/create-function). Not
 * emulated yet: NotSupported naming the routine kind and language.
 */
import { NotSupportedError } from '../../errors.ts';
import type { CreateRoutine } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';

export function createRoutine(s: CreateRoutine, _ctx: TranslateContext): Plan {
  throw new NotSupportedError(`CREATE ${s.routine}${s.language ? ` LANGUAGE ${s.language.toUpperCase()}` : ''}`);
}
