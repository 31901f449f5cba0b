/**
 * @module translate/ddl/comment
 * COMMENT [IF EXISTS] ON <type> <name> IS '<text>' (docs.snowflake.com/en/sql-reference/sql/comment):
 * the comment is stored in the metadata row of the object; `Statement executed successfully.`
 */
import { InvalidIdentifier, NotSupportedError, ObjectNotFound } from '../../errors.ts';
import type { CommentOn } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { errName, errPart, nameParts, relationExists, resolveParts, resolveSchema, resolveDatabase } from './_names.ts';
import { metaUpdate, NOW, STATEMENT_OK, statusOnly } from './_sql.ts';
import { ensureColumnRowSql, ensureTableRowSql } from './_table-meta.ts';
import { databaseCreatedSql } from '../../catalog/schema.ts';
import { metaRef } from '../../catalog/names.ts';
import { lit } from './_sql.ts';

export function commentOn(s: CommentOn, ctx: TranslateContext): Plan {
  const type = s.objectType.toUpperCase();
  const comment = s.comment;
  switch (type) {
    case 'TABLE':
    case 'VIEW':
    case 'MATERIALIZED VIEW':
    case 'EXTERNAL TABLE':
    case 'DYNAMIC TABLE': {
      const r = resolveParts(nameParts(s.name, ctx), ctx, 'COMMENT');
      if (relationExists(ctx, r) === false) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound(type.includes('VIEW') ? 'View' : 'Table', errName(r.written));
      }
      const w = { database_name: r.database, schema_name: r.schema, name: r.name };
      return statusOnly(STATEMENT_OK, [ensureTableRowSql(r), metaUpdate('tables', { comment, last_altered: NOW }, w)]);
    }
    case 'COLUMN': {
      const parts = nameParts(s.name, ctx);
      const column = parts[parts.length - 1];
      if (column === undefined || parts.length < 2) throw new NotSupportedError('COMMENT ON COLUMN without a table');
      const r = resolveParts(parts.slice(0, -1), ctx, 'COMMENT');
      const cols = ctx.catalog.columns(r.database, r.schema, r.name);
      if (!cols) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound('Table', errName(r.written));
      }
      if (!cols.some((c) => c.name === column)) throw new InvalidIdentifier(errPart(column));
      const w = { database_name: r.database, schema_name: r.schema, table_name: r.name, column_name: column };
      return statusOnly(STATEMENT_OK, [ensureColumnRowSql(r, column), metaUpdate('columns', { comment }, w)]);
    }
    case 'SCHEMA': {
      const { database, schema } = resolveSchema(s.name, ctx, 'COMMENT');
      if (!ctx.catalog.hasSchema(database, schema)) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound('Schema', errName([database, schema]));
      }
      const w = `database_name = ${lit(database)} AND name = ${lit(schema)}`;
      return statusOnly(STATEMENT_OK, [
        `INSERT INTO ${metaRef('schemas')} (database_name, name) SELECT ${lit(database)}, ${lit(schema)} WHERE NOT EXISTS (SELECT 1 FROM ${metaRef('schemas')} WHERE ${w})`,
        metaUpdate('schemas', { comment, last_altered: NOW }, { database_name: database, name: schema }),
      ]);
    }
    case 'DATABASE': {
      const db = resolveDatabase(s.name, ctx);
      if (!ctx.catalog.hasDatabase(db)) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound('Database', errPart(db));
      }
      return statusOnly(STATEMENT_OK, [...databaseCreatedSql(db).slice(1), metaUpdate('databases', { comment, last_altered: NOW }, { name: db })]);
    }
    case 'SEQUENCE':
    case 'STAGE':
    case 'FILE FORMAT': {
      const r = resolveParts(nameParts(s.name, ctx), ctx, 'COMMENT');
      const table = type === 'SEQUENCE' ? 'sequences' : type === 'STAGE' ? 'stages' : 'file_formats';
      return statusOnly(STATEMENT_OK, [metaUpdate(table, { comment }, { database_name: r.database, schema_name: r.schema, name: r.name })]);
    }
    case 'WAREHOUSE':
    case 'ROLE':
    case 'USER': {
      const parts = nameParts(s.name, ctx);
      return statusOnly(STATEMENT_OK, [metaUpdate('account_objects', { comment, updated_on: NOW }, { object_type: type, name: parts[parts.length - 1] ?? '' })]);
    }
    default:
      throw new NotSupportedError(`COMMENT ON ${type}`);
  }
}
