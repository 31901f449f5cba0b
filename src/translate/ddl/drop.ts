/**
 * @module translate/ddl/drop
 * DROP <type> [IF EXISTS] (docs.snowflake.com/en/sql-reference/sql/drop-table, …/drop-view, …):
 * `T successfully dropped.`; absent with IF EXISTS → `Drop statement executed successfully (T
 * already dropped).`; absent without → 002003 naming the object type. UNDROP needs Time Travel:
 * NotSupported. TRUNCATE answers `Statement executed successfully.`
 */
import { NotSupportedError, ObjectNotFound, SnowflakeError } from '../../errors.ts';
import type { Drop, Truncate, Undrop } from '../../sql/ast.ts';
import type { CatalogObjectType, TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { errName, nameParts, objectExists, resolveParts, type ObjRef } from './_names.ts';
import { alreadyDropped, ddlPlan, dropped, fq, metaDelete, STATEMENT_OK, statusOnly } from './_sql.ts';
import { forgetTableMetaSql } from './_table-meta.ts';
import { dropDatabase, dropSchema } from './schema-database.ts';

function notFound(type: CatalogObjectType, ref: ObjRef): SnowflakeError {
  switch (type) {
    case 'TABLE':
      return new ObjectNotFound('Table', errName(ref.written));
    case 'VIEW':
      return new ObjectNotFound('View', errName(ref.written));
    case 'SEQUENCE':
      return new ObjectNotFound('Sequence', errName(ref.written));
    case 'STAGE':
      return new ObjectNotFound('Stage', errName([ref.database, ref.schema, ref.name]));
    case 'FILE FORMAT':
      return new ObjectNotFound('File format', errName(ref.written));
    default:
      return new ObjectNotFound('Object', errName(ref.written));
  }
}

export function drop(s: Drop, ctx: TranslateContext): Plan {
  const parts = nameParts(s.name, ctx);
  switch (s.objectType) {
    case 'DATABASE':
      return dropDatabase(parts, s.ifExists, ctx);
    case 'SCHEMA':
      return dropSchema(parts, s.ifExists, ctx);
    case 'TABLE':
    case 'EXTERNAL TABLE':
    case 'DYNAMIC TABLE':
      return dropObject('TABLE', parts, s.ifExists, ctx, (r) => [`DROP TABLE ${fq(r.database, r.schema, r.name)}`], forgetTableMetaSql);
    case 'VIEW':
    case 'MATERIALIZED VIEW':
      return dropObject('VIEW', parts, s.ifExists, ctx, (r) => [`DROP VIEW ${fq(r.database, r.schema, r.name)}`], forgetTableMetaSql);
    case 'SEQUENCE':
      return dropObject('SEQUENCE', parts, s.ifExists, ctx, (r) => [`DROP SEQUENCE ${fq(r.database, r.schema, r.name)}`], (r) => [
        metaDelete('sequences', { database_name: r.database, schema_name: r.schema, name: r.name }),
      ]);
    case 'STAGE':
      return dropObject('STAGE', parts, s.ifExists, ctx, () => [], (r) => [
        metaDelete('stages', { database_name: r.database, schema_name: r.schema, name: r.name }),
      ]);
    case 'FILE FORMAT':
      return dropObject('FILE FORMAT', parts, s.ifExists, ctx, () => [], (r) => [
        metaDelete('file_formats', { database_name: r.database, schema_name: r.schema, name: r.name }),
      ]);
    case 'FUNCTION':
    case 'PROCEDURE':
      // Scalar and table macros are dropped by different statements; the catalog checked existence.
      return dropObject(s.objectType, parts, s.ifExists, ctx, (r) => s.objectType === 'FUNCTION'
        ? [`DROP MACRO IF EXISTS ${fq(r.database, r.schema, r.name)}`, `DROP MACRO TABLE IF EXISTS ${fq(r.database, r.schema, r.name)}`]
        : [], (r) => [
        metaDelete('functions', { database_name: r.database, schema_name: r.schema, name: r.name, routine: s.objectType }),
      ]);
  }
}

function dropObject(
  type: CatalogObjectType,
  parts: string[],
  ifExists: boolean,
  ctx: TranslateContext,
  sql: (r: ObjRef) => string[],
  after: (r: ObjRef) => string[],
): Plan {
  const ref = resolveParts(parts, ctx, `DROP ${type}`);
  const exists = objectExists(ctx, type, ref);
  if (exists === false) {
    if (ifExists) return statusOnly(alreadyDropped(ref.name));
    throw notFound(type, ref);
  }
  // Existence unknown to the catalog: let DuckDB decide (IF EXISTS keeps the no-op quiet).
  const stmts = sql(ref).map((q) => (exists === undefined && ifExists ? q.replace(/^DROP (\w+)/, 'DROP $1 IF EXISTS') : q));
  return ddlPlan(dropped(ref.name), stmts, after(ref));
}

export function undrop(s: Undrop): Plan {
  throw new NotSupportedError(`UNDROP ${s.objectType}`);
}

export function truncate(s: Truncate, ctx: TranslateContext): Plan {
  const ref = resolveParts(nameParts(s.table, ctx), ctx, 'TRUNCATE TABLE');
  const exists = objectExists(ctx, 'TABLE', ref);
  if (exists === false) {
    if (s.ifExists) return statusOnly(STATEMENT_OK);
    throw notFound('TABLE', ref);
  }
  return ddlPlan(STATEMENT_OK, [`TRUNCATE ${fq(ref.database, ref.schema, ref.name)}`]);
}

