/**
 * @module sql/commands
 * Session and utility commands: USE, SET/UNSET, transactions, CALL, EXECUTE IMMEDIATE, GRANT/REVOKE,
 * COMMENT ON, EXPLAIN. See https://docs.snowflake.com/en/sql-reference/sql/use,
 * https://docs.snowflake.com/en/sql-reference/sql/set, .../sql/begin
 */
import { NotSupportedError } from '../errors.ts';
import type { Expr, Ident, Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr, parseExprList } from './expr.ts';
import { parseObjectName } from './names.ts';
import { parseQuery, startsQuery } from './query.ts';

export function parseUse(c: Cursor): Statement {
  c.expectWord('USE');
  if (c.acceptWords('SECONDARY', 'ROLES')) {
    // USE SECONDARY ROLES ALL | NONE | r1, r2
    const first = c.anyIdent();
    while (c.acceptOp(',')) c.anyIdent();
    return { kind: 'use', objectType: 'SECONDARY ROLES', name: { kind: 'qname', parts: [first] } };
  }
  const w = c.word();
  if (w === 'DATABASE' || w === 'SCHEMA' || w === 'WAREHOUSE' || w === 'ROLE') {
    c.next();
    return { kind: 'use', objectType: w, name: parseObjectName(c) };
  }
  return { kind: 'use', name: parseObjectName(c) };
}

/** `SET x = 1`, `SET (a, b) = (1, 2)`, `SET x = (SELECT ...)`. */
export function parseSet(c: Cursor): Statement {
  c.expectWord('SET');
  if (c.isOp('(')) {
    const names = c.parenIdentList();
    c.expectOp('=');
    c.expectOp('(');
    if (startsQuery(c)) {
      const query = parseQuery(c);
      c.expectOp(')');
      if (names.length !== 1) throw new NotSupportedError('SET (a, b) = (SELECT ...)');
      return { kind: 'set', names, values: [{ kind: 'subquery', query }] };
    }
    const values = parseExprList(c);
    c.expectOp(')');
    if (values.length !== names.length) c.fail(c.prev);
    return { kind: 'set', names, values };
  }
  const name = c.ident();
  c.expectOp('=');
  return { kind: 'set', names: [name], values: [parseExpr(c)] };
}

export function parseUnset(c: Cursor): Statement {
  c.expectWord('UNSET');
  const names: Ident[] = c.isOp('(') ? c.parenIdentList() : [c.ident()];
  return { kind: 'unset', names };
}

export function parseBegin(c: Cursor): Statement {
  c.expectWord('BEGIN');
  c.acceptOneOf(['TRANSACTION', 'WORK']);
  if (c.acceptWord('NAME')) return { kind: 'transaction', action: 'BEGIN', name: c.anyIdent().name };
  return { kind: 'transaction', action: 'BEGIN' };
}

export function parseStart(c: Cursor): Statement {
  c.expectWord('START');
  c.expectWord('TRANSACTION');
  if (c.acceptWord('NAME')) return { kind: 'transaction', action: 'BEGIN', name: c.anyIdent().name };
  return { kind: 'transaction', action: 'BEGIN' };
}

export function parseCommitOrRollback(c: Cursor): Statement {
  const action = c.next().value === 'COMMIT' ? 'COMMIT' : 'ROLLBACK';
  c.acceptWord('WORK');
  c.acceptWord('TRANSACTION');
  return { kind: 'transaction', action };
}

export function parseCall(c: Cursor): Statement {
  c.expectWord('CALL');
  const name = parseObjectName(c);
  c.expectOp('(');
  const args: Expr[] = [];
  if (!c.isOp(')')) {
    do {
      const t = c.tok;
      if ((t.type === 'ident' || t.type === 'keyword') && c.isOp('=>', 1)) {
        c.next();
        c.next();
        args.push({ kind: 'namedArg', name: t.value, value: parseExpr(c) });
      } else args.push(parseExpr(c));
    } while (c.acceptOp(','));
  }
  c.expectOp(')');
  if (c.isWord('INTO')) throw new NotSupportedError('CALL ... INTO');
  return { kind: 'call', name, args };
}

export function parseExecute(c: Cursor): Statement {
  c.expectWord('EXECUTE');
  if (c.acceptWord('TASK')) throw new NotSupportedError('EXECUTE TASK');
  c.expectWord('IMMEDIATE');
  if (c.isWord('FROM')) throw new NotSupportedError('EXECUTE IMMEDIATE FROM');
  const body = parseExpr(c);
  let using: Expr[] = [];
  if (c.acceptWord('USING')) {
    c.expectOp('(');
    using = parseExprList(c);
    c.expectOp(')');
  }
  return { kind: 'executeImmediate', body, using };
}

/** GRANT / REVOKE: kept as text (Mockhaus records nothing about privileges). */
export function parseGrantRevoke(c: Cursor): Statement {
  const kw = c.next();
  const kind = kw.value === 'GRANT' ? 'grant' : 'revoke';
  if (c.atEnd()) c.fail();
  const start = c.tok.offset;
  while (!c.atEnd()) c.next();
  return { kind, text: c.slice(start, c.prevEnd) };
}

export function parseCommentOn(c: Cursor): Statement {
  c.expectWord('COMMENT');
  const ifExists = c.acceptWords('IF', 'EXISTS');
  c.expectWord('ON');
  let objectType = c.anyIdent().name;
  if ((objectType === 'FILE' && c.isWord('FORMAT')) || (objectType === 'MATERIALIZED' && c.isWord('VIEW'))) {
    objectType += ` ${c.next().value}`;
  }
  const name = parseObjectName(c);
  c.expectWord('IS');
  const t = c.tok;
  if (t.type !== 'string') c.fail();
  c.next();
  return { kind: 'commentOn', objectType, ifExists, name, comment: t.value };
}
