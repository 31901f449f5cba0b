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
    if (name === 'VECTOR' || name === 'ARRAY' || name === 'OBJECT' || name === 'MAP') {
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
