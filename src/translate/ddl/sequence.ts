/**
 * @module translate/ddl/sequence
 * CREATE [OR REPLACE] SEQUENCE [IF NOT EXISTS] … START n INCREMENT m [ORDER|NOORDER]
 * (docs.snowflake.com/en/sql-reference/sql/create-sequence): a DuckDB sequence in the same schema;
 * `seq.NEXTVAL` is `sequenceNextvalSql()` in src/catalog/sequences.ts.
 */
import { ObjectAlreadyExists } from '../../errors.ts';
import type { CreateSequence } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { objectExists, requireSchema, resolveObject } from './_names.ts';
import { alreadyExists, created, ddlPlan, fq, metaDelete, metaInsert, NOW, statusOnly } from './_sql.ts';

export function createSequence(s: CreateSequence, ctx: TranslateContext): Plan {
  const ref = resolveObject(s.name, ctx, 'CREATE SEQUENCE');
  requireSchema(ctx, ref.database, ref.schema);
  if (objectExists(ctx, 'SEQUENCE', ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  const verb = s.orReplace ? 'CREATE OR REPLACE SEQUENCE' : s.ifNotExists ? 'CREATE SEQUENCE IF NOT EXISTS' : 'CREATE SEQUENCE';
  // Descending sequences need room below START (DuckDB's default MINVALUE for them is -1... START).
  const bounds = s.increment < 0 ? ` MINVALUE -9223372036854775807 MAXVALUE ${s.start}` : s.start < 1 ? ` MINVALUE ${s.start}` : '';
  const sql = `${verb} ${fq(ref.database, ref.schema, ref.name)} INCREMENT BY ${s.increment}${bounds} START ${s.start}`;
  const where = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
  return ddlPlan(created('Sequence', ref.name), [sql], [
    metaDelete('sequences', where),
    metaInsert('sequences', { ...where, created_on: NOW, comment: s.comment, ordered: s.order ?? false }),
  ]);
}
