/**
 * @module sql/query
 * Queries: `WITH [RECURSIVE]`, set operations (`UNION [ALL] [BY NAME]`, `EXCEPT`/`MINUS`, and
 * `INTERSECT`, which binds tighter), SELECT cores, VALUES, parenthesised queries, and the trailing
 * ORDER BY / LIMIT / OFFSET / FETCH that belong to the outermost query.
 * See https://docs.snowflake.com/en/sql-reference/constructs and
 * https://docs.snowflake.com/en/sql-reference/operators-query
 */
import type { Cte, Expr, OrderItem, Query, With } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr, parseExprList } from './expr.ts';
import { parseSelectCore } from './select.ts';

/** Does a query start at the cursor (`SELECT`, `WITH`, `VALUES (`, or `(` + query)? */
export function startsQuery(c: Cursor, k = 0): boolean {
  for (;;) {
    const w = c.word(k);
    if (w === 'SELECT' || w === 'WITH') return true;
    if (w === 'VALUES') return c.isOp('(', k + 1);
    if (c.isOp('(', k)) {
      k++;
      continue;
    }
    return false;
  }
}

export function parseQuery(c: Cursor): Query {
  c.enter();
  let w: With | undefined;
  if (c.isWord('WITH')) w = parseWith(c);
  let q = parseSetExpr(c, 0);
  q = parseQueryTail(c, q);
  if (w) {
    if (q.kind === 'values') q = { kind: 'parenQuery', query: q, with: w };
    else q.with = w;
  }
  c.leave();
  return q;
}

function parseWith(c: Cursor): With {
  c.expectWord('WITH');
  const recursive = c.acceptWord('RECURSIVE');
  const ctes: Cte[] = [];
  do {
    const name = c.ident();
    const cte: Cte = { kind: 'cte', name, query: undefined as unknown as Query };
    if (c.isOp('(')) cte.columns = c.parenIdentList();
    c.expectWord('AS');
    c.expectOp('(');
    cte.query = parseQuery(c);
    c.expectOp(')');
    ctes.push(cte);
  } while (c.acceptOp(','));
  return { kind: 'with', recursive, ctes };
}

/** Binding power of set operators: INTERSECT binds tighter than UNION / EXCEPT / MINUS. */
function setOpPrec(c: Cursor): number {
  const w = c.word();
  if (w === 'UNION' || w === 'EXCEPT' || w === 'MINUS') return 1;
  if (w === 'INTERSECT') return 2;
  return 0;
}

function parseSetExpr(c: Cursor, minPrec: number): Query {
  let left = parseQueryTerm(c);
  for (;;) {
    const prec = setOpPrec(c);
    if (prec === 0 || prec <= minPrec) break;
    const w = c.next().value;
    const op = w === 'UNION' ? 'UNION' : w === 'INTERSECT' ? 'INTERSECT' : 'EXCEPT';
    let all = false;
    if (c.acceptWord('ALL')) all = true;
    else c.acceptWord('DISTINCT');
    const byName = c.acceptWords('BY', 'NAME');
    const right = parseSetExpr(c, prec);
    left = { kind: 'setOp', op, all, byName, left, right };
  }
  return left;
}

function parseQueryTerm(c: Cursor): Query {
  if (c.isOp('(')) {
    c.next();
    const inner = parseQuery(c);
    c.expectOp(')');
    return { kind: 'parenQuery', query: inner };
  }
  if (c.isWord('VALUES')) return { kind: 'values', rows: parseValuesRows(c) };
  if (c.isWord('SELECT')) return parseSelectCore(c);
  return c.fail();
}

/** `VALUES (a, b), (c, d)` — the cursor is on VALUES. */
export function parseValuesRows(c: Cursor): Expr[][] {
  c.expectWord('VALUES');
  const rows: Expr[][] = [];
  do {
    c.expectOp('(');
    rows.push(parseExprList(c));
    c.expectOp(')');
  } while (c.acceptOp(','));
  return rows;
}

/** ORDER BY / LIMIT / OFFSET / FETCH after a query body; attached to the outermost node. */
function parseQueryTail(c: Cursor, q: Query): Query {
  const orderBy = c.isWord('ORDER') ? parseOrderBy(c) : undefined;
  let limit: Expr | undefined;
  let offset: Expr | undefined;
  if (c.acceptWord('LIMIT')) {
    limit = parseExpr(c);
    if (c.acceptWord('OFFSET')) offset = parseExpr(c);
  } else {
    if (c.isWord('OFFSET')) {
      c.next();
      offset = parseExpr(c);
      c.acceptOneOf(['ROW', 'ROWS']);
    }
    if (c.acceptWord('FETCH')) {
      c.acceptOneOf(['FIRST', 'NEXT']);
      limit = parseExpr(c);
      c.acceptOneOf(['ROW', 'ROWS']);
      c.acceptWord('ONLY');
    }
  }
  if (!orderBy && !limit && !offset) return q;
  if ((q.kind === 'select' || q.kind === 'setOp' || q.kind === 'values') && !q.orderBy && !q.limit && !q.offset) {
    if (orderBy) q.orderBy = orderBy;
    if (limit) q.limit = limit;
    if (offset) q.offset = offset;
    return q;
  }
  const wrapped: Query = { kind: 'parenQuery', query: q };
  if (orderBy) wrapped.orderBy = orderBy;
  if (limit) wrapped.limit = limit;
  if (offset) wrapped.offset = offset;
  if (q.kind === 'parenQuery' && !q.orderBy && !q.limit && !q.offset && !q.with) {
    return { ...wrapped, query: q.query };
  }
  return wrapped;
}

/** `ORDER BY e [ASC|DESC] [NULLS FIRST|LAST], ...` (cursor on ORDER). */
export function parseOrderBy(c: Cursor): OrderItem[] {
  c.expectWord('ORDER');
  c.expectWord('BY');
  const items: OrderItem[] = [];
  do {
    const item: OrderItem = { kind: 'orderItem', expr: parseExpr(c) };
    const dir = c.acceptOneOf(['ASC', 'DESC']);
    if (dir) item.desc = dir === 'DESC';
    if (c.acceptWord('NULLS')) item.nulls = c.expectOneOf(['FIRST', 'LAST']) as 'FIRST' | 'LAST';
    items.push(item);
  } while (c.acceptOp(','));
  return items;
}
