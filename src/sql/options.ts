/**
 * @module sql/options
 * Snowflake's `NAME = value` option lists (stages, file formats, COPY, table and session
 * parameters): values are strings, numbers, booleans, bare words, nested `( ... )` option lists
 * (`FILE_FORMAT = (TYPE = CSV)`) or tuples (`FILES = ('a', 'b')`). Separators are optional.
 * See https://docs.snowflake.com/en/sql-reference/sql/create-file-format
 */
import type { OptionPair, OptionValue } from './ast.ts';
import type { Cursor } from './_cursor.ts';

/** Is `NAME =` (an option assignment) at the cursor? */
export function atOption(c: Cursor): boolean {
  const t = c.tok;
  return (t.type === 'ident' || t.type === 'keyword') && c.isOp('=', 1);
}

/** Parse options while `NAME = value` pairs follow (commas between them are allowed). */
export function parseOptions(c: Cursor, stop: (c: Cursor) => boolean = () => false): OptionPair[] {
  const out: OptionPair[] = [];
  for (;;) {
    if (stop(c)) break;
    if (!atOption(c)) break;
    out.push(parseOption(c));
    if (c.isOp(',') && atOptionAt(c, 1)) c.next();
  }
  return out;
}

function atOptionAt(c: Cursor, k: number): boolean {
  const t = c.peek(k);
  return (t.type === 'ident' || t.type === 'keyword') && c.isOp('=', k + 1);
}

export function parseOption(c: Cursor): OptionPair {
  const name = c.next().value;
  c.expectOp('=');
  return { name, value: parseOptionValue(c) };
}

export function parseOptionValue(c: Cursor): OptionValue {
  const t = c.tok;
  switch (t.type) {
    case 'string':
      c.next();
      return { kind: 'optString', value: t.value };
    case 'number':
      c.next();
      return { kind: 'optNumber', value: Number(t.text), text: t.text };
    case 'keyword':
    case 'ident':
    case 'quotedIdent': {
      c.next();
      if (t.type !== 'quotedIdent' && (t.value === 'TRUE' || t.value === 'FALSE')) return { kind: 'optBool', value: t.value === 'TRUE' };
      // Dotted names such as FORMAT_NAME = db.schema.fmt keep their text.
      let text = t.type === 'quotedIdent' ? t.text : t.value;
      while (c.isOp('.') && (c.peek().type === 'ident' || c.peek().type === 'keyword' || c.peek().type === 'quotedIdent')) {
        c.next();
        const p = c.next();
        text += `.${p.type === 'quotedIdent' ? p.text : p.value}`;
      }
      return { kind: 'optIdent', value: text };
    }
    case 'operator':
      if (t.text === '-' && c.peek().type === 'number') {
        c.next();
        const n = c.next();
        return { kind: 'optNumber', value: -Number(n.text), text: `-${n.text}` };
      }
      return c.fail();
    case 'punct':
      if (t.text === '(') {
        c.next();
        if (c.acceptOp(')')) return { kind: 'optTuple', items: [] };
        if (atOption(c)) {
          const options = parseOptions(c);
          c.expectOp(')');
          return { kind: 'optList', options };
        }
        const items: OptionValue[] = [parseOptionValue(c)];
        while (c.acceptOp(',')) items.push(parseOptionValue(c));
        c.expectOp(')');
        return { kind: 'optTuple', items };
      }
      return c.fail();
    default:
      return c.fail();
  }
}

/** Convenience: the string or word value of an option, or undefined. */
export function optionText(v: OptionValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'optString' || v.kind === 'optIdent') return v.value;
  if (v.kind === 'optNumber') return v.text;
  if (v.kind === 'optBool') return v.value ? 'TRUE' : 'FALSE';
  return undefined;
}
