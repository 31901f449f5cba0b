/**
 * @module translate/transforms/names
 * Object name resolution (https://docs.snowflake.com/en/sql-reference/name-resolution): one-, two-
 * and three-part names resolve against the current database and schema; a Snowflake database is
 * an attached DuckDB catalog of the same name, so `DB.SCHEMA.T` prints as `"DB"."SCHEMA"."T"`.
 * `IDENTIFIER('a.b.c')` / `IDENTIFIER($v)` are parsed here with Snowflake's identifier rules
 * (https://docs.snowflake.com/en/sql-reference/identifier-literal).
 */
import type { Expr, Ident, ObjectName } from '../../sql/ast.ts';
import { NoCurrentDatabase, NoCurrentSchema, SnowflakeError } from '../../errors.ts';
import { quoteIdent } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { variableValue } from './variables.ts';

export interface ResolvedName {
  database: string;
  schema: string;
  name: string;
}

/** Split `a."B c".d` into folded parts (unquoted → upper case, `""` → `"`). */
export function splitIdentifierText(text: string): Ident[] {
  const parts: Ident[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    while (i < n && /\s/.test(text[i]!)) i++;
    if (text[i] === '"') {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= n) throw invalidIdentifier(text);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            name += '"';
            j += 2;
            continue;
          }
          break;
        }
        name += text[j];
        j++;
      }
      parts.push({ kind: 'ident', name, quoted: true });
      i = j + 1;
    } else {
      let j = i;
      while (j < n && text[j] !== '.') j++;
      const raw = text.slice(i, j).trim();
      if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(raw)) throw invalidIdentifier(text);
      parts.push({ kind: 'ident', name: raw.toUpperCase(), quoted: false });
      i = j;
    }
    while (i < n && /\s/.test(text[i]!)) i++;
    if (i >= n) break;
    if (text[i] !== '.') throw invalidIdentifier(text);
    i++;
  }
  if (parts.length === 0) throw invalidIdentifier(text);
  return parts;
}

function invalidIdentifier(text: string): SnowflakeError {
  return new SnowflakeError(2003, '42S02', `SQL compilation error:\nObject '${text}' does not exist or not authorized.`);
}

/** The identifier parts of `IDENTIFIER(<string or $var>)`. */
export function identifierArgParts(arg: Expr, st: PrintState): Ident[] {
  if (arg.kind === 'string') return splitIdentifierText(arg.value);
  if (arg.kind === 'variable') {
    const v = variableValue(arg.name, st);
    if (typeof v !== 'string') throw new SnowflakeError(2003, '42S02', `SQL compilation error:\nObject '${String(v)}' does not exist or not authorized.`);
    return splitIdentifierText(v);
  }
  if (arg.kind === 'bind') {
    const key = arg.name ?? String(arg.index ?? '');
    const b = st.bind(key);
    if (!b || typeof b.value !== 'string') throw new SnowflakeError(2049, '42601', `SQL compilation error:\nBind variable :${key} not set.`);
    return splitIdentifierText(b.value);
  }
  if (arg.kind === 'paren') return identifierArgParts(arg.expr, st);
  throw new SnowflakeError(1003, '42000', 'SQL compilation error:\ninvalid argument for IDENTIFIER: a string literal or session variable is required.');
}

/** The parts of an object name as written (IDENTIFIER resolved). */
export function nameParts(name: ObjectName, st: PrintState): Ident[] {
  return name.kind === 'qname' ? name.parts : identifierArgParts(name.arg, st);
}

/** Resolve a 1-3 part object name against the current database and schema. */
export function resolveName(name: ObjectName, st: PrintState): ResolvedName {
  const parts = nameParts(name, st);
  return resolveParts(parts, st);
}

export function resolveParts(parts: Ident[], st: PrintState): ResolvedName {
  if (parts.length > 3) throw new SnowflakeError(2003, '42S02', `SQL compilation error:\nObject '${parts.map((p) => p.name).join('.')}' does not exist or not authorized.`);
  const obj = parts[parts.length - 1]!.name;
  if (parts.length === 3) return { database: parts[0]!.name, schema: parts[1]!.name, name: obj };
  const db = st.database();
  if (db === null) throw new NoCurrentDatabase(st.cmd);
  if (parts.length === 2) return { database: db, schema: parts[0]!.name, name: obj };
  const schema = st.schema();
  if (schema === null) throw new NoCurrentSchema(st.cmd);
  return { database: db, schema, name: obj };
}

/** `"DB"."SCHEMA"."NAME"` */
export function printResolved(r: ResolvedName): string {
  return `${quoteIdent(r.database)}.${quoteIdent(r.schema)}.${quoteIdent(r.name)}`;
}

/** A dotted identifier path, each part quoted. */
export function printIdents(parts: Ident[]): string {
  return parts.map((p) => quoteIdent(p.name)).join('.');
}
