/**
 * @module translate/ddl/_names
 * Resolving DDL object names against the session's current database and schema, the spellings
 * Snowflake uses in status rows (bare name; snowflake-reference.md §2) and in error messages
 * (names needing quotes shown quoted; §8), and existence checks through `ctx.catalog`.
 */
import type { CatalogObjectType, TranslateContext } from '../context.ts';
import {
  NoCurrentDatabase,
  NoCurrentSchema,
  NotSupportedError,
  ObjectNotFound,
} from '../../errors.ts';
import type { Ident, ObjectName, QName } from '../../sql/ast.ts';

export interface ObjRef {
  database: string;
  schema: string;
  name: string;
  /** The name as written (folded parts), for error messages. */
  written: string[];
}

/** Split a Snowflake name string (`IDENTIFIER('db.s."t"')`) into folded parts. */
export function parseNameString(text: string): string[] {
  const parts: string[] = [];
  let i = 0;
  const s = text.trim();
  while (i <= s.length) {
    if (s[i] === '"') {
      let j = i + 1;
      let name = '';
      while (j < s.length) {
        if (s[j] === '"' && s[j + 1] === '"') {
          name += '"';
          j += 2;
        } else if (s[j] === '"') break;
        else name += s[j++];
      }
      parts.push(name);
      i = j + 1;
    } else {
      let j = i;
      while (j < s.length && s[j] !== '.') j++;
      parts.push(s.slice(i, j).trim().toUpperCase());
      i = j;
    }
    if (s[i] === '.') i++;
    else break;
  }
  return parts;
}

/** Folded name parts of an ObjectName (IDENTIFIER('…') / IDENTIFIER($v) resolved from ctx). */
export function nameParts(name: ObjectName, ctx: TranslateContext): string[] {
  if (name.kind === 'qname') return name.parts.map((p: Ident) => p.name);
  const arg = name.arg;
  if (arg.kind === 'string') return parseNameString(arg.value);
  if (arg.kind === 'variable') {
    const v = ctx.variables.get(arg.name.toUpperCase());
    if (v && typeof v.value === 'string') return parseNameString(v.value);
  }
  throw new NotSupportedError('IDENTIFIER() with this argument');
}

export function qnameParts(q: QName): string[] {
  return q.parts.map((p) => p.name);
}

/** Resolve `[db.][schema.]name` for command `cmd` (used in 090105/090106 messages). */
export function resolveParts(parts: string[], ctx: TranslateContext, cmd: string): ObjRef {
  const name = parts[parts.length - 1];
  if (name === undefined || parts.length > 3) throw new NotSupportedError(`object name with ${parts.length} parts`);
  let database = parts.length === 3 ? parts[0] : ctx.database;
  const schema = parts.length >= 2 ? parts[parts.length - 2] : ctx.schema;
  if (database === null || database === undefined) throw new NoCurrentDatabase(cmd);
  if (schema === null || schema === undefined) throw new NoCurrentSchema(cmd);
  database = database as string;
  return { database, schema: schema as string, name, written: parts };
}

export function resolveObject(name: ObjectName, ctx: TranslateContext, cmd: string): ObjRef {
  return resolveParts(nameParts(name, ctx), ctx, cmd);
}

/** `[db.]schema` for CREATE/DROP/ALTER SCHEMA. */
export function resolveSchema(name: ObjectName, ctx: TranslateContext, cmd: string): { database: string; schema: string } {
  const parts = nameParts(name, ctx);
  const schema = parts[parts.length - 1];
  if (schema === undefined || parts.length > 2) throw new NotSupportedError(`schema name with ${parts.length} parts`);
  const database = parts.length === 2 ? parts[0] : ctx.database;
  if (database === null || database === undefined) throw new NoCurrentDatabase(cmd);
  return { database, schema };
}

export function resolveDatabase(name: ObjectName, ctx: TranslateContext): string {
  const parts = nameParts(name, ctx);
  const db = parts[0];
  if (db === undefined || parts.length !== 1) throw new NotSupportedError(`database name with ${parts.length} parts`);
  return db;
}

/** A name part as Snowflake prints it inside error messages: quoted when it needs quotes. */
export function errPart(part: string): string {
  return /^[A-Z_][A-Z0-9_$]*$/.test(part) ? part : `"${part.replace(/"/g, '""')}"`;
}
export function errName(parts: readonly string[]): string {
  return parts.map(errPart).join('.');
}

/** Fail with 002003 when the database or schema of `ref` does not exist. */
export function requireSchema(ctx: TranslateContext, database: string, schema: string): void {
  if (!ctx.catalog.hasDatabase(database)) throw new ObjectNotFound('Database', errPart(database));
  if (!ctx.catalog.hasSchema(database, schema)) throw new ObjectNotFound('Schema', errName([database, schema]));
}

/**
 * Whether an object exists, or undefined when the catalog cannot tell (no `hasObject` and not a
 * table/view).
 */
export function objectExists(ctx: TranslateContext, type: CatalogObjectType, ref: ObjRef): boolean | undefined {
  if (!ctx.catalog.hasDatabase(ref.database) || !ctx.catalog.hasSchema(ref.database, ref.schema)) return false;
  if (ctx.catalog.hasObject) return ctx.catalog.hasObject(type, ref.database, ref.schema, ref.name);
  if (type === 'TABLE' || type === 'VIEW') return ctx.catalog.columns(ref.database, ref.schema, ref.name) !== undefined;
  return undefined;
}

/** A table or a view of that name (one namespace in Snowflake). */
export function relationExists(ctx: TranslateContext, ref: ObjRef): boolean | undefined {
  const t = objectExists(ctx, 'TABLE', ref);
  if (t) return true;
  const v = objectExists(ctx, 'VIEW', ref);
  if (v) return true;
  return t === undefined || v === undefined ? undefined : false;
}
