/**
 * @module translate/ddl/describe
 * DESCRIBE|DESC TABLE / VIEW (docs.snowflake.com/en/sql-reference/sql/desc-table): one row per
 * column — name, type, kind, null?, default, primary key, unique key, check, expression, comment,
 * policy name, privacy domain — with Snowflake's type spellings (snowflake-reference.md §4).
 * DESCRIBE SCHEMA / DATABASE list their objects / schemas; DESCRIBE SEQUENCE mirrors SHOW SEQUENCES.
 */
import { metaRef, quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError, ObjectNotFound } from '../../errors.ts';
import type { Describe } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { ColumnHint, Plan } from '../plan.ts';
import { errName, errPart, nameParts, objectExists, resolveParts, resolveDatabase, resolveSchema } from './_names.ts';
import type { ShowColType } from './_show-spec.ts';
import { showColumnType } from './show.ts';

const M = metaRef;

function plan(cols: [string, string, ShowColType][], from: string, where: string, orderBy: string, params: unknown[]): Plan {
  const select = cols.map(([n, e]) => `${e} AS ${quoteIdent(n)}`).join(', ');
  const columns: ColumnHint[] = cols.map(([n, , t]) => ({ name: n, type: showColumnType(n, t) }));
  return {
    kind: 'duckdb',
    statementType: 'DESCRIBE',
    sql: [`SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${orderBy}`],
    params,
    columns,
    shape: { kind: 'rows' },
  };
}

const yn = (e: string): string => `CASE WHEN ${e} THEN 'Y' ELSE 'N' END`;

export function describe(s: Describe, ctx: TranslateContext): Plan {
  const type = s.objectType.toUpperCase();
  switch (type) {
    case 'TABLE':
    case 'VIEW':
    case 'MATERIALIZED VIEW':
    case 'EXTERNAL TABLE':
    case 'DYNAMIC TABLE': {
      if (s.type !== undefined && s.type.toUpperCase() !== 'COLUMNS') throw new NotSupportedError(`DESCRIBE TABLE … TYPE = ${s.type}`);
      const ref = resolveParts(nameParts(s.name, ctx), ctx, `DESCRIBE ${type}`);
      const isView = type.includes('VIEW');
      const exists = isView ? objectExists(ctx, 'VIEW', ref) : ctx.catalog.columns(ref.database, ref.schema, ref.name) !== undefined;
      if (!exists) throw new ObjectNotFound(isView ? 'View' : 'Table', errName(ref.written));
      return plan(
        [
          ['name', 'column_name', 'text'],
          ['type', 'data_type', 'text'],
          ['kind', `'COLUMN'`, 'text'],
          ['null?', yn('nullable'), 'text'],
          ['default', 'coalesce(autoincrement, default_text)', 'text'],
          ['primary key', yn('primary_key'), 'text'],
          ['unique key', yn('unique_key'), 'text'],
          ['check', 'NULL', 'text'],
          ['expression', 'expression', 'text'],
          ['comment', 'comment', 'text'],
          ['policy name', 'NULL', 'text'],
          ['privacy domain', 'NULL', 'text'],
        ],
        M('sf_columns'),
        'database_name = $1 AND schema_name = $2 AND table_name = $3',
        'ordinal',
        [ref.database, ref.schema, ref.name],
      );
    }
    case 'SCHEMA': {
      const { database, schema } = resolveSchema(s.name, ctx, 'DESCRIBE SCHEMA');
      if (!ctx.catalog.hasSchema(database, schema)) throw new ObjectNotFound('Schema', errName([database, schema]));
      return plan(
        [['created_on', 'created_on', 'ts'], ['name', 'name', 'text'], ['kind', 'kind', 'text']],
        M('sf_tables'),
        'database_name = $1 AND schema_name = $2',
        'name',
        [database, schema],
      );
    }
    case 'DATABASE': {
      const db = resolveDatabase(s.name, ctx);
      if (!ctx.catalog.hasDatabase(db)) throw new ObjectNotFound('Database', errPart(db));
      return plan(
        [['created_on', 'created_on', 'ts'], ['name', 'name', 'text'], ['kind', `'SCHEMA'`, 'text']],
        M('sf_schemas'),
        'database_name = $1',
        'name',
        [db],
      );
    }
    case 'SEQUENCE': {
      const ref = resolveParts(nameParts(s.name, ctx), ctx, 'DESCRIBE SEQUENCE');
      if (objectExists(ctx, 'SEQUENCE', ref) === false) throw new ObjectNotFound('Sequence', errName(ref.written));
      return plan(
        [
          ['created_on', 'created_on', 'ts'], ['name', 'name', 'text'], ['schema_name', 'schema_name', 'text'],
          ['database_name', 'database_name', 'text'], ['next_value', 'next_value', 'num'], ['interval', '"interval"', 'num'],
          ['owner', `'SYSADMIN'`, 'text'], ['comment', `coalesce(comment, '')`, 'text'],
        ],
        M('sf_sequences'),
        'database_name = $1 AND schema_name = $2 AND name = $3',
        'name',
        [ref.database, ref.schema, ref.name],
      );
    }
    default:
      throw new NotSupportedError(`DESCRIBE ${type}`);
  }
}
