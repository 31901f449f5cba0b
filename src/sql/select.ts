/**
 * @module sql/select
 * A SELECT core: `[DISTINCT] [TOP n]` items (with `* EXCLUDE/RENAME/REPLACE/ILIKE`), FROM, WHERE,
 * GROUP BY (`ALL`, `ROLLUP`, `CUBE`, `GROUPING SETS`), HAVING, QUALIFY and WINDOW. Each item keeps
 * its exact source text, from which the translator names unaliased result columns.
 * See https://docs.snowflake.com/en/sql-reference/sql/select
 */
import { NotSupportedError } from '../errors.ts';
import type { Expr, GroupBy, GroupingElement, Ident, Select, SelectItem, Star, WindowSpec } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { COLUMN_ALIAS_STOP } from './_tokens.ts';
import { parseExpr, parseParenExprList } from './expr.ts';
import { parseFromList } from './from.ts';
import { parseWindowBody } from './_functions.ts';

export function parseSelectCore(c: Cursor): Select {
  c.expectWord('SELECT');
  const sel: Select = { kind: 'select', distinct: false, items: [], from: [] };
  if (c.acceptWord('DISTINCT')) sel.distinct = true;
  else c.acceptWord('ALL');
  if (c.isWord('TOP') && c.peek().type === 'number') {
    c.next();
    sel.top = { kind: 'number', text: c.next().text };
  }
  // A trailing comma before FROM is allowed (https://docs.snowflake.com/en/sql-reference/sql/select#syntax).
  do sel.items.push(parseSelectItem(c));
  while (c.acceptOp(',') && !c.isWord('FROM'));
  if (c.acceptWord('FROM')) sel.from = parseFromList(c);
  if (c.acceptWord('WHERE')) sel.where = parseExpr(c);
  if (c.isWord('CONNECT') || (c.isWord('START') && c.isWord('WITH', 1))) throw new NotSupportedError('CONNECT BY');
  if (c.isWord('GROUP') && c.isWord('BY', 1)) sel.groupBy = parseGroupBy(c);
  if (c.acceptWord('HAVING')) sel.having = parseExpr(c);
  if (c.acceptWord('QUALIFY')) sel.qualify = parseExpr(c);
  if (c.isWord('WINDOW') && c.isIdent(1)) {
    c.next();
    const windows: { name: Ident; spec: WindowSpec }[] = [];
    do {
      const name = c.ident();
      c.expectWord('AS');
      c.expectOp('(');
      windows.push({ name, spec: parseWindowBody(c) });
      c.expectOp(')');
    } while (c.acceptOp(','));
    sel.windows = windows;
  }
  return sel;
}

function parseSelectItem(c: Cursor): SelectItem {
  const start = c.tok.offset;
  let expr: Expr;
  if (c.isOp('*')) {
    c.next();
    expr = { kind: 'star' };
  } else expr = parseExpr(c);
  if (expr.kind === 'star') parseStarModifiers(c, expr);
  const text = c.slice(start, c.prevEnd);
  const item: SelectItem = { kind: 'selectItem', expr, text };
  if (c.acceptWord('AS')) item.alias = c.anyIdentOrString();
  else if (expr.kind !== 'star' && c.isIdent(0, COLUMN_ALIAS_STOP)) item.alias = c.ident(COLUMN_ALIAS_STOP);
  return item;
}

/** `* ILIKE 'p'`, `EXCLUDE (a, b)`, `REPLACE (e AS a)`, `RENAME (a AS b)` in Snowflake's order. */
export function parseStarModifiers(c: Cursor, star: Star): void {
  if (c.acceptWord('ILIKE')) {
    const t = c.tok;
    if (t.type !== 'string') c.fail();
    c.next();
    star.ilike = t.value;
  }
  if (c.acceptWord('EXCLUDE')) star.exclude = c.isOp('(') ? c.parenIdentList() : [c.ident()];
  if (c.acceptWord('REPLACE')) {
    const paren = c.acceptOp('(');
    star.replace = [];
    do {
      const e = parseExpr(c);
      c.expectWord('AS');
      star.replace.push({ expr: e, as: c.ident() });
    } while (paren && c.acceptOp(','));
    if (paren) c.expectOp(')');
  }
  if (c.acceptWord('RENAME')) {
    const paren = c.acceptOp('(');
    star.rename = [];
    do {
      const from = c.ident();
      c.expectWord('AS');
      star.rename.push({ from, to: c.ident() });
    } while (paren && c.acceptOp(','));
    if (paren) c.expectOp(')');
  }
}

function parseGroupBy(c: Cursor): GroupBy {
  c.next();
  c.next();
  if (c.acceptWord('ALL')) return { kind: 'groupBy', all: true, items: [] };
  const items: GroupingElement[] = [];
  do {
    const w = c.word();
    if ((w === 'ROLLUP' || w === 'CUBE') && c.isOp('(', 1)) {
      c.next();
      items.push({ kind: w === 'ROLLUP' ? 'rollup' : 'cube', exprs: parseParenExprList(c) });
    } else if (w === 'GROUPING' && c.isWord('SETS', 1)) {
      c.next();
      c.next();
      c.expectOp('(');
      const sets: Expr[][] = [];
      do {
        if (c.isOp('(')) sets.push(parseParenExprList(c));
        else sets.push([parseExpr(c)]);
      } while (c.acceptOp(','));
      c.expectOp(')');
      items.push({ kind: 'groupingSets', sets });
    } else items.push({ kind: 'groupExpr', expr: parseExpr(c) });
  } while (c.acceptOp(','));
  return { kind: 'groupBy', all: false, items };
}

