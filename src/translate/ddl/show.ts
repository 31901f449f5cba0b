/**
 * @module translate/ddl/show
 * SHOW <objects> [TERSE] [LIKE '<pattern>'] [IN ACCOUNT | DATABASE [db] | SCHEMA [s] | TABLE t]
 * [STARTS WITH '<prefix>'] [LIMIT n] (docs.snowflake.com/en/sql-reference/sql/show-*): a SELECT on
 * the catalog views with bound parameters. LIKE is case-insensitive, STARTS WITH case-sensitive;
 * without IN the scope is the current database (the account when there is none).
 */
import { textColumn, resultColumnOf } from '../../catalog/types.ts';
import type { ResultColumn } from '../../engine/types.ts';
import { NotSupportedError, ObjectDoesNotExistOrCannotOperate } from '../../errors.ts';
import type { Show } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { ColumnHint, Plan } from '../plan.ts';
import { quoteIdent } from '../../catalog/names.ts';
import { nameParts } from './_names.ts';
import {
  SHOW_COLUMNS, SHOW_DATABASES, SHOW_FILE_FORMATS, SHOW_IMPORTED_KEYS, SHOW_OBJECTS, SHOW_PRIMARY_KEYS, SHOW_UNIQUE_KEYS, SHOW_SCHEMAS, SHOW_SEQUENCES,
  SHOW_STAGES, SHOW_TABLES, SHOW_TERSE_USERS, SHOW_USER_FUNCTIONS, SHOW_USERS, SHOW_VIEWS, SHOW_WAREHOUSES, tableKind, terse, type ShowColType, type ShowSpec,
} from './_show-spec.ts';
import { showParameters, showVariables } from './show-session.ts';

export function showColumnType(name: string, t: ShowColType): ResultColumn {
  switch (t) {
    case 'ts':
      return resultColumnOf(name, { base: 'TIMESTAMP_LTZ', scale: 3, alias: 'TIMESTAMP_LTZ' });
    case 'num':
      return resultColumnOf(name, { base: 'NUMBER', precision: 38, scale: 0, alias: 'NUMBER' });
    case 'bool':
      return resultColumnOf(name, { base: 'BOOLEAN', alias: 'BOOLEAN' });
    case 'text':
      return textColumn(name);
  }
}

function specFor(s: Show): ShowSpec {
  const type = s.objectType.toUpperCase();
  switch (type) {
    case 'TABLES':
      return s.terse ? terse(SHOW_TABLES, tableKind) : SHOW_TABLES;
    case 'OBJECTS':
      return s.terse ? terse(SHOW_OBJECTS, `CASE WHEN kind = 'VIEW' THEN 'VIEW' ELSE ${tableKind} END`) : SHOW_OBJECTS;
    case 'VIEWS':
      return s.terse ? terse(SHOW_VIEWS, `'VIEW'`) : SHOW_VIEWS;
    case 'SCHEMAS':
      return s.terse ? terse(SHOW_SCHEMAS, 'NULL') : SHOW_SCHEMAS;
    case 'DATABASES':
      return s.terse ? { ...terse(SHOW_DATABASES, 'NULL'), cols: terse(SHOW_DATABASES, 'NULL').cols.map((c) => (c.name === 'database_name' || c.name === 'schema_name' ? { ...c, sql: 'NULL' } : c)) } : SHOW_DATABASES;
    case 'COLUMNS':
      return SHOW_COLUMNS;
    case 'SEQUENCES':
      return SHOW_SEQUENCES;
    case 'STAGES':
      return SHOW_STAGES;
    case 'FILE FORMATS':
      return SHOW_FILE_FORMATS;
    case 'USER FUNCTIONS':
      return SHOW_USER_FUNCTIONS;
    case 'PRIMARY KEYS':
      return SHOW_PRIMARY_KEYS;
    case 'UNIQUE KEYS':
      return SHOW_UNIQUE_KEYS;
    case 'IMPORTED KEYS':
      return SHOW_IMPORTED_KEYS;
    case 'WAREHOUSES':
      return SHOW_WAREHOUSES;
    case 'USERS':
      return s.terse ? SHOW_TERSE_USERS : SHOW_USERS;
    default:
      throw new NotSupportedError(`SHOW ${s.terse ? 'TERSE ' : ''}${type}`);
  }
}

export function show(s: Show, ctx: TranslateContext): Plan {
  if (s.history) throw new NotSupportedError(`SHOW ${s.objectType} HISTORY`);
  const type = s.objectType.toUpperCase();
  if (type === 'PARAMETERS') return showParameters(s, ctx);
  if (type === 'VARIABLES') return showVariables(s, ctx);
  const spec = specFor(s);
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = spec.where ? [spec.where] : [];
  where.push(...scopeConditions(s, spec, ctx, p));
  if (s.like !== undefined) where.push(`${spec.nameSql} ILIKE ${p(s.like)}`);
  if (s.startsWith !== undefined) where.push(`starts_with(${spec.nameSql}, ${p(s.startsWith)})`);
  if (s.limit !== undefined && s.from !== undefined) where.push(`${spec.nameSql} > ${p(s.from)}`);

  const isCurrent = !spec.cols.some((c) => c.sql === '$IS_CURRENT') ? `'N'` : type === 'SCHEMAS'
    ? `CASE WHEN database_name = ${p(ctx.database ?? '')} AND name = ${p(ctx.schema ?? '')} THEN 'Y' ELSE 'N' END`
    : type === 'DATABASES' ? `CASE WHEN name = ${p(ctx.database ?? '')} THEN 'Y' ELSE 'N' END`
    : type === 'WAREHOUSES' ? `CASE WHEN name = ${p(ctx.warehouse ?? '')} THEN 'Y' ELSE 'N' END` : `'N'`;
  const select = spec.cols.map((c) => `${c.sql === '$IS_CURRENT' ? isCurrent : c.sql} AS ${quoteIdent(c.name)}`).join(', ');
  const limit = s.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(s.limit))}` : '';
  const sql = `SELECT ${select} FROM ${spec.from} WHERE ${where.length ? where.join(' AND ') : 'true'} ORDER BY ${spec.orderBy}${limit}`;
  const columns: ColumnHint[] = spec.cols.map((c) => ({ name: c.name, type: showColumnType(c.name, c.type) }));
  return { kind: 'duckdb', statementType: 'SHOW', sql: [sql], params, columns, shape: { kind: 'rows' } };
}

/** WHERE conditions for the IN clause (or the default scope). */
function scopeConditions(s: Show, spec: ShowSpec, ctx: TranslateContext, p: (v: unknown) => string): string[] {
  if (spec.scope === 'account') return [];
  const dbCol = 'database_name';
  const schemaCol = spec.scope === 'schema' ? null : 'schema_name';
  const inDb = (db: string): string[] => {
    if (!ctx.catalog.hasDatabase(db)) throw new ObjectDoesNotExistOrCannotOperate();
    return [`${dbCol} = ${p(db)}`];
  };
  const inSchema = (db: string, schema: string): string[] => {
    if (!ctx.catalog.hasDatabase(db) || !ctx.catalog.hasSchema(db, schema)) throw new ObjectDoesNotExistOrCannotOperate();
    if (!schemaCol) return [`${dbCol} = ${p(db)}`];
    return [`${dbCol} = ${p(db)}`, `${schemaCol} = ${p(schema)}`];
  };
  const scope = s.in?.scope;
  const parts = s.in?.name ? nameParts(s.in.name, ctx) : [];
  if (scope === undefined && parts.length === 0) return ctx.database ? [`${dbCol} = ${p(ctx.database)}`] : [];
  switch (scope) {
    case 'ACCOUNT':
      return [];
    case 'DATABASE':
      if (parts.length === 0 && !ctx.database) throw new ObjectDoesNotExistOrCannotOperate();
      return inDb(parts[0] ?? ctx.database ?? '');
    case 'SCHEMA': {
      if (parts.length === 0) {
        if (!ctx.database || !ctx.schema) throw new ObjectDoesNotExistOrCannotOperate();
        return inSchema(ctx.database, ctx.schema);
      }
      const db = parts.length === 2 ? parts[0]! : ctx.database;
      if (!db) throw new ObjectDoesNotExistOrCannotOperate();
      return inSchema(db, parts[parts.length - 1]!);
    }
    case 'TABLE':
    case 'VIEW':
    case undefined: {
      // SHOW COLUMNS / PRIMARY KEYS `IN [TABLE] name`: a bare name is a table or view first
      // (docs.snowflake.com/en/sql-reference/sql/show-columns).
      const asTable = scope === undefined && spec.scope === 'column' ? tableScope(parts, ctx) : undefined;
      if (asTable) return [`${dbCol} = ${p(asTable[0])}`, `schema_name = ${p(asTable[1])}`, `table_name = ${p(asTable[2])}`];
      if (scope === undefined) {
        // `IN name`: a database when one part names one, else a schema.
        if (parts.length === 1 && ctx.catalog.hasDatabase(parts[0]!) && !(ctx.database && ctx.catalog.hasSchema(ctx.database, parts[0]!))) return inDb(parts[0]!);
        if (parts.length <= 2) {
          const db = parts.length === 2 ? parts[0]! : ctx.database;
          if (!db) throw new ObjectDoesNotExistOrCannotOperate();
          return inSchema(db, parts[parts.length - 1]!);
        }
      }
      if (spec.scope !== 'column') throw new NotSupportedError(`SHOW ${s.objectType} IN ${scope}`);
      const t = tableScope(parts, ctx);
      if (!t) throw new ObjectDoesNotExistOrCannotOperate();
      return [`${dbCol} = ${p(t[0])}`, `schema_name = ${p(t[1])}`, `table_name = ${p(t[2])}`];
    }
    default:
      throw new NotSupportedError(`SHOW ${s.objectType} IN ${scope}`);
  }
}

/** [db, schema, table] when the 1-3 part name resolves to a table or view with catalog columns. */
function tableScope(parts: string[], ctx: TranslateContext): [string, string, string] | undefined {
  const table = parts[parts.length - 1];
  const schema = parts.length >= 2 ? parts[parts.length - 2] : ctx.schema;
  const db = parts.length === 3 ? parts[0] : ctx.database;
  if (!table || !schema || !db || parts.length > 3 || ctx.catalog.columns(db, schema, table) === undefined) return undefined;
  return [db, schema, table];
}
