/**
 * @module sql/types
 * Data type names as written in DDL and casts: `NUMBER(38,0)`, `VARCHAR(10)`, `DOUBLE PRECISION`,
 * `TIMESTAMP_NTZ(9)`, `TIMESTAMP WITH TIME ZONE`, `VARIANT`.
 * See https://docs.snowflake.com/en/sql-reference-data-types
 */
import { NotSupportedError } from '../errors.ts';
import type { TypeName } from './ast.ts';
import type { Cursor } from './_cursor.ts';

/** Multi-word type spellings: first word → follow-up words that may complete it. */
const MULTI_WORD: Record<string, string[][]> = {
  DOUBLE: [['PRECISION']],
  CHARACTER: [['VARYING']],
  CHAR: [['VARYING']],
  NCHAR: [['VARYING']],
  LONG: [['VARCHAR']],
};

export function parseType(c: Cursor): TypeName {
  const t = c.tok;
  if (t.type !== 'ident' && t.type !== 'keyword') c.fail();
  c.next();
  let name = t.value;
  const follow = MULTI_WORD[name];
  if (follow) {
    for (const words of follow) {
      if (c.acceptWords(...words)) {
        name = `${name} ${words.join(' ')}`;
        break;
      }
    }
  }
  if (name === 'TIMESTAMP' || name === 'TIME') {
    if (c.acceptWords('WITH', 'TIME', 'ZONE')) name = 'TIMESTAMP_TZ';
    else if (c.acceptWords('WITH', 'LOCAL', 'TIME', 'ZONE')) name = 'TIMESTAMP_LTZ';
    else if (c.acceptWords('WITHOUT', 'TIME', 'ZONE')) name = name === 'TIME' ? 'TIME' : 'TIMESTAMP_NTZ';
  }
  const params: number[] = [];
  if (c.isOp('(')) {
    if (name === 'ARRAY' || name === 'OBJECT') return parseStructured(c, name);
    if (name === 'VECTOR' || name === 'MAP') {
      throw new NotSupportedError(`structured type ${name}(...)`);
    }
    c.next();
    for (;;) {
      const p = c.tok;
      if (p.type === 'number' && /^\d+$/.test(p.text)) params.push(Number(p.text));
      else if (p.type === 'ident' && p.value === 'MAX') params.push(16777216);
      else c.fail();
      c.next();
      // `VARCHAR(10 CHAR)` / `(10 BYTE)` length semantics are ignored by Snowflake.
      c.acceptOneOf(['CHAR', 'BYTE']);
      if (!c.acceptOp(',')) break;
    }
    c.expectOp(')');
  }
  return { kind: 'type', name, params };
}

/**
 * Structured `ARRAY(<type>)` and `OBJECT(<key> <type> [NOT NULL], ...)`
 * (https://docs.snowflake.com/en/sql-reference/data-types-structured). The element types are
 * validated and kept in `structured` (the canonical spelling); values are stored and cast as the
 * semi-structured ARRAY / OBJECT, so element conversions are not applied.
 */
function parseStructured(c: Cursor, name: 'ARRAY' | 'OBJECT'): TypeName {
  c.expectOp('(');
  const parts: string[] = [];
  if (!c.isOp(')')) {
    for (;;) {
      let key = '';
      if (name === 'OBJECT') {
        const k = c.tok;
        if (k.type !== 'ident' && k.type !== 'keyword' && k.type !== 'quotedIdent') c.fail();
        key = k.type === 'quotedIdent' ? `"${k.value.replaceAll('"', '""')}" ` : `${k.value} `;
        c.next();
      }
      const t = parseType(c);
      const notNull = c.acceptWords('NOT', 'NULL') ? ' NOT NULL' : '';
      parts.push(`${key}${typeText(t)}${notNull}`);
      if (name === 'ARRAY' || !c.acceptOp(',')) break;
    }
  }
  c.expectOp(')');
  return { kind: 'type', name, params: [], structured: `${name}(${parts.join(', ')})` };
}

function typeText(t: TypeName): string {
  return t.structured ?? (t.params.length ? `${t.name}(${t.params.join(',')})` : t.name);
}
