/**
 * @module translate/ddl/stage-format
 * CREATE STAGE and CREATE FILE FORMAT (docs.snowflake.com/en/sql-reference/sql/create-stage,
 * …/create-file-format): recorded in the metadata tables with their options as JSON, for SHOW
 * STAGES / SHOW FILE FORMATS / DESCRIBE and for the ingestion work (PUT/COPY read these rows).
 */
import { ObjectAlreadyExists } from '../../errors.ts';
import type { CreateFileFormat, CreateStage } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { objectExists, requireSchema, resolveObject } from './_names.ts';
import { optionsJson, optionText } from './_options.ts';
import { alreadyExists, created, metaDelete, metaInsert, NOW, statusOnly } from './_sql.ts';

export function createStage(s: CreateStage, ctx: TranslateContext): Plan {
  const ref = resolveObject(s.name, ctx, 'CREATE STAGE');
  requireSchema(ctx, ref.database, ref.schema);
  if (objectExists(ctx, 'STAGE', ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  const opts = optionsJson(s.options);
  const url = optionText(s.options, 'URL');
  const where = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
  return statusOnly(created('Stage area', ref.name), [
    metaDelete('stages', where),
    metaInsert('stages', {
      ...where,
      created_on: NOW,
      comment: optionText(s.options, 'COMMENT'),
      url: url ?? '',
      stage_type: url ? 'EXTERNAL' : 'INTERNAL',
      temporary: s.temporary,
      has_credentials: 'CREDENTIALS' in opts,
      storage_integration: optionText(s.options, 'STORAGE_INTEGRATION'),
      options: JSON.stringify(opts),
    }),
  ]);
}

export function createFileFormat(s: CreateFileFormat, ctx: TranslateContext): Plan {
  const ref = resolveObject(s.name, ctx, 'CREATE FILE FORMAT');
  requireSchema(ctx, ref.database, ref.schema);
  if (objectExists(ctx, 'FILE FORMAT', ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  const opts = optionsJson(s.options);
  const where = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
  return statusOnly(created('File format', ref.name), [
    metaDelete('file_formats', where),
    metaInsert('file_formats', {
      ...where,
      created_on: NOW,
      comment: optionText(s.options, 'COMMENT'),
      format_type: (optionText(s.options, 'TYPE') ?? 'CSV').toUpperCase(),
      temporary: s.temporary,
      options: JSON.stringify(opts),
    }),
  ]);
}
