/**
 * @module translate/ddl/schema-database
 * CREATE/DROP DATABASE and SCHEMA (docs.snowflake.com/en/sql-reference/sql/create-database,
 * …/create-schema, …/drop-schema). A database is an attached DuckDB catalog: the engine ATTACHes
 * and DETACHes it (CommandPlans `createDatabase`/`dropDatabase`) and then runs
 * `databaseCreatedSql`/`databaseDroppedSql` from src/catalog. A schema is a DuckDB schema in that
 * catalog; DROP SCHEMA drops its contents (Snowflake's default CASCADE).
 */
import { quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError, ObjectAlreadyExists, ObjectNotFound } from '../../errors.ts';
import type { CreateDatabase, CreateSchema, OptionPair } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { errName, errPart, resolveDatabase, resolveSchema } from './_names.ts';
import { alreadyDropped, alreadyExists, created, ddlPlan, dropped, metaDelete, metaInsert, NOW, statusOnly } from './_sql.ts';

const IGNORED = new Set(['DATA_RETENTION_TIME_IN_DAYS', 'MAX_DATA_EXTENSION_TIME_IN_DAYS', 'DEFAULT_DDL_COLLATION', 'TAG', 'WITH TAG', 'LOG_LEVEL', 'TRACE_LEVEL']);

function retentionOf(options: readonly OptionPair[], what: string): number | undefined {
  let r: number | undefined;
  for (const o of options) {
    const n = o.name.toUpperCase();
    if (!IGNORED.has(n)) throw new NotSupportedError(`${what} option ${n}`);
    if (n === 'DEFAULT_DDL_COLLATION') throw new NotSupportedError('DEFAULT_DDL_COLLATION');
    if (n === 'DATA_RETENTION_TIME_IN_DAYS' && o.value.kind === 'optNumber') r = o.value.value;
  }
  return r;
}

export function createDatabase(s: CreateDatabase, ctx: TranslateContext): Plan {
  if (s.clone) throw new NotSupportedError('CREATE DATABASE … CLONE');
  retentionOf(s.options, 'database');
  const name = resolveDatabase(s.name, ctx);
  if (ctx.catalog.hasDatabase(name)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(name));
    if (!s.orReplace) throw new ObjectAlreadyExists(name);
  }
  const plan: Plan = { kind: 'createDatabase', statementType: 'DDL', name, orReplace: s.orReplace, ifNotExists: s.ifNotExists, transient: s.transient };
  if (s.comment !== undefined) plan.comment = s.comment;
  return plan;
}

export function dropDatabase(nameParts: string[], ifExists: boolean, ctx: TranslateContext): Plan {
  const name = nameParts[0];
  if (name === undefined || nameParts.length !== 1) throw new NotSupportedError('database name with several parts');
  if (!ctx.catalog.hasDatabase(name)) {
    if (ifExists) return statusOnly(alreadyDropped(name));
    throw new ObjectNotFound('Database', errPart(name));
  }
  return { kind: 'dropDatabase', statementType: 'DDL', name, ifExists };
}

export function createSchema(s: CreateSchema, ctx: TranslateContext): Plan {
  if (s.clone) throw new NotSupportedError('CREATE SCHEMA … CLONE');
  const retention = retentionOf(s.options, 'schema');
  const { database, schema } = resolveSchema(s.name, ctx, 'CREATE SCHEMA');
  if (!ctx.catalog.hasDatabase(database)) throw new ObjectNotFound('Database', errPart(database));
  if (schema === 'INFORMATION_SCHEMA') throw new ObjectAlreadyExists(schema);
  const exists = ctx.catalog.hasSchema(database, schema);
  if (exists) {
    if (s.ifNotExists) return statusOnly(alreadyExists(schema));
    if (!s.orReplace) throw new ObjectAlreadyExists(schema);
  }
  const ref = `${quoteIdent(database)}.${quoteIdent(schema)}`;
  const sql = exists && s.orReplace ? [`DROP SCHEMA ${ref} CASCADE`, `CREATE SCHEMA ${ref}`] : [`CREATE SCHEMA IF NOT EXISTS ${ref}`];
  const where = { database_name: database };
  const after = [
    ...forgetSchemaSql(database, schema),
    metaInsert('schemas', {
      ...where,
      name: schema,
      created_on: NOW,
      last_altered: NOW,
      comment: s.comment,
      transient: s.transient,
      managed_access: s.managedAccess,
      retention_time: s.transient ? 0 : (retention ?? 1),
    }),
  ];
  const plan = ddlPlan(created('Schema', schema), sql, after);
  // Snowflake makes the new schema current (docs: CREATE SCHEMA "Usage notes").
  if (plan.kind === 'duckdb') plan.use = { database, schema };
  return plan;
}

export function dropSchema(nameParts: string[], ifExists: boolean, ctx: TranslateContext): Plan {
  const schema = nameParts[nameParts.length - 1];
  if (schema === undefined || nameParts.length > 2) throw new NotSupportedError('schema name with 3 parts');
  const database = nameParts.length === 2 ? nameParts[0]! : ctx.database;
  if (database === null) throw new ObjectNotFound('Schema', errPart(schema));
  if (!ctx.catalog.hasDatabase(database) || !ctx.catalog.hasSchema(database, schema)) {
    if (ifExists) return statusOnly(alreadyDropped(schema));
    throw new ObjectNotFound('Schema', errName([database, schema]));
  }
  return ddlPlan(dropped(schema), [`DROP SCHEMA ${quoteIdent(database)}.${quoteIdent(schema)} CASCADE`], forgetSchemaSql(database, schema));
}

/** Forget every metadata row of a schema and its objects. */
export function forgetSchemaSql(database: string, schema: string): string[] {
  const w = { database_name: database, schema_name: schema };
  return [
    metaDelete('schemas', { database_name: database, name: schema }),
    ...['tables', 'columns', 'constraints', 'sequences', 'stages', 'file_formats', 'functions'].map((t) => metaDelete(t, w)),
  ];
}
