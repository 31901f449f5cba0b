/**
 * @module sql/names
 * Object names in statement positions: `db.schema.obj`, or `IDENTIFIER('name' | $var | ?)`.
 * See https://docs.snowflake.com/en/sql-reference/identifier-literal
 */
import type { ObjectName, QName } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr } from './expr.ts';

export function parseObjectName(c: Cursor): ObjectName {
  if (c.isWord('IDENTIFIER') && c.isOp('(', 1)) {
    c.next();
    c.next();
    const arg = parseExpr(c);
    c.expectOp(')');
    return { kind: 'identifierFn', arg };
  }
  return c.qname();
}

/** A plain qualified name (no IDENTIFIER()), e.g. CLONE sources and references. */
export function parseQName(c: Cursor): QName {
  return c.qname();
}
