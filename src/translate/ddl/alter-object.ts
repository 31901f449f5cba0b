/**
 * @module translate/ddl/alter-object
 * ALTER DATABASE | SCHEMA | VIEW | SEQUENCE | STAGE | FILE FORMAT | FUNCTION: RENAME TO (views,
 * stages, file formats), SET/UNSET COMMENT (and retention options, which change nothing here).
 * Renaming databases and schemas, and SWAP WITH, are NotSupported: DuckDB cannot rename an
 * attached catalog or a schema in place.
 */
import { quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError, ObjectNotFound } from '../../errors.ts';
import type { AlterObject, OptionPair } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { errName, errPart, nameParts, objectExists, qnameParts, resolveDatabase, resolveParts, resolveSchema } from './_names.ts';
import { ddlPlan, fq, metaUpdate, NOW, STATEMENT_OK, statusOnly, type SqlValue } from './_sql.ts';
import { ensureTableRowSql, renameTableMetaSql } from './_table-meta.ts';

const IGNORED = new Set(['DATA_RETENTION_TIME_IN_DAYS', 'MAX_DATA_EXTENSION_TIME_IN_DAYS', 'CHANGE_TRACKING', 'TAG', 'LOG_LEVEL', 'TRACE_LEVEL']);

/** ALTER VIEW SET/UNSET SECURE → the new flag, if the action changes it. */
function secureChange(action: AlterObject['action']): boolean | undefined {
  if (action.kind === 'setOptions') {
    const o = action.options.find((p) => p.name.toUpperCase() === 'SECURE');
    return o ? (o.value.kind === 'optBool' ? o.value.value : true) : undefined;
  }
  if (action.kind === 'unsetOptions' && action.names.some((n) => n.toUpperCase() === 'SECURE')) return false;
  return undefined;
}

function commentChange(action: AlterObject['action'], what: string): SqlValue | undefined {
  if (action.kind === 'setOptions') {
    let comment: SqlValue | undefined;
    for (const o of action.options as OptionPair[]) {
      const n = o.name.toUpperCase();
      if (n === 'COMMENT' && o.value.kind === 'optString') comment = o.value.value;
      else if (n === 'SECURE' && what === 'VIEW') continue;
      else if (!IGNORED.has(n)) throw new NotSupportedError(`ALTER ${what} SET ${n}`);
    }
    return comment;
  }
  if (action.kind === 'unsetOptions') {
    let comment: SqlValue | undefined;
    for (const n of action.names.map((x) => x.toUpperCase())) {
      if (n === 'COMMENT') comment = null;
      else if (n === 'SECURE' && what === 'VIEW') continue;
      else if (!IGNORED.has(n)) throw new NotSupportedError(`ALTER ${what} UNSET ${n}`);
    }
    return comment;
  }
  return undefined;
}

export function alterObject(s: AlterObject, ctx: TranslateContext): Plan {
  const what = s.objectType;
  const a = s.action;
  if (a.kind === 'swapWith') throw new NotSupportedError(`ALTER ${what} … SWAP WITH`);
  const comment = commentChange(a, what);
  switch (what) {
    case 'DATABASE': {
      const db = resolveDatabase(s.name, ctx);
      if (!ctx.catalog.hasDatabase(db)) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound('Database', errPart(db));
      }
      if (a.kind === 'rename') throw new NotSupportedError('ALTER DATABASE … RENAME TO');
      return statusOnly(STATEMENT_OK, comment === undefined ? [] : [metaUpdate('databases', { comment, last_altered: NOW }, { name: db })]);
    }
    case 'SCHEMA': {
      const { database, schema } = resolveSchema(s.name, ctx, 'ALTER SCHEMA');
      if (!ctx.catalog.hasSchema(database, schema)) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound('Schema', errName([database, schema]));
      }
      if (a.kind === 'rename') throw new NotSupportedError('ALTER SCHEMA … RENAME TO');
      return statusOnly(STATEMENT_OK, comment === undefined ? [] : [metaUpdate('schemas', { comment, last_altered: NOW }, { database_name: database, name: schema })]);
    }
    case 'VIEW':
    case 'SEQUENCE':
    case 'STAGE':
    case 'FILE FORMAT':
    case 'FUNCTION':
    case 'PROCEDURE': {
      const ref = resolveParts(nameParts(s.name, ctx), ctx, `ALTER ${what}`);
      if (objectExists(ctx, what, ref) === false) {
        if (s.ifExists) return statusOnly(STATEMENT_OK);
        throw new ObjectNotFound(what === 'VIEW' ? 'View' : what === 'SEQUENCE' ? 'Sequence' : what === 'STAGE' ? 'Stage' : what === 'FILE FORMAT' ? 'File format' : 'Object', errName(ref.written));
      }
      const table = what === 'VIEW' ? 'tables' : what === 'SEQUENCE' ? 'sequences' : what === 'STAGE' ? 'stages' : what === 'FILE FORMAT' ? 'file_formats' : 'functions';
      const w = { database_name: ref.database, schema_name: ref.schema, name: ref.name };
      if (a.kind === 'rename') {
        const to = resolveParts(qnameParts(a.to), ctx, `ALTER ${what}`);
        if (to.database !== ref.database || to.schema !== ref.schema) throw new NotSupportedError(`ALTER ${what} … RENAME TO another schema`);
        if (what === 'VIEW') {
          return ddlPlan(STATEMENT_OK, [`ALTER VIEW ${fq(ref.database, ref.schema, ref.name)} RENAME TO ${quoteIdent(to.name)}`], renameTableMetaSql(ref, to));
        }
        if (what === 'STAGE' || what === 'FILE FORMAT') return statusOnly(STATEMENT_OK, [metaUpdate(table, { name: to.name }, w)]);
        throw new NotSupportedError(`ALTER ${what} … RENAME TO`);
      }
      const secure = what === 'VIEW' ? secureChange(a) : undefined;
      const sets: Record<string, SqlValue> = {};
      if (comment !== undefined) sets['comment'] = comment;
      if (secure !== undefined) sets['secure'] = secure;
      if (Object.keys(sets).length === 0) return statusOnly(STATEMENT_OK);
      const pre = what === 'VIEW' ? [ensureTableRowSql(ref)] : [];
      return statusOnly(STATEMENT_OK, [...pre, metaUpdate(table, sets, w)]);
    }
  }
}
