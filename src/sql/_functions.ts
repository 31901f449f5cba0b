/**
 * @module sql/_functions
 * Function calls: argument lists (DISTINCT, `*`, named `name => value`, lambdas `x -> ...`),
 * the SQL-standard special forms (EXTRACT, POSITION, TRIM, SUBSTRING) through a lookup table, and
 * the suffixes WITHIN GROUP, IGNORE|RESPECT NULLS, FILTER and OVER (window specifications).
 * See https://docs.snowflake.com/en/sql-reference/functions-analytic
 */
import type { Expr, FuncCall, Ident, TypeName, WindowFrameBound, WindowSpec } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr, parseExprList } from './expr.ts';
import { parseOrderBy } from './query.ts';
import { parseStarModifiers } from './select.ts';
import { parseType } from './types.ts';

/** Functions Snowflake lets you call without parentheses. */
export const NILADIC: ReadonlySet<string> = new Set([
  'CURRENT_DATE', 'CURRENT_TIMESTAMP', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME', 'SYSDATE',
  'CURRENT_USER',
]);

type SpecialForm = (c: Cursor, fn: FuncCall) => void;

/** SQL-standard argument syntaxes, keyed by upper-case function name. */
const SPECIAL_FORMS: Record<string, SpecialForm> = {
  EXTRACT: (c, fn) => {
    const t = c.tok;
    if (t.type === 'string') {
      fn.part = t.value.toUpperCase();
      c.next();
    } else fn.part = c.anyIdent().name;
    if (!c.acceptWord('FROM')) c.expectOp(',');
    fn.args = [parseExpr(c)];
  },
  POSITION: (c, fn) => {
    const first = parseExpr(c, 40);
    if (c.acceptWord('IN')) fn.args = [first, parseExpr(c)];
    else {
      fn.args = [first];
      while (c.acceptOp(',')) fn.args.push(parseExpr(c));
    }
  },
  TRIM: (c, fn) => {
    const mode = c.acceptOneOf(['BOTH', 'LEADING', 'TRAILING']);
    if (mode) fn.part = mode;
    if (mode && c.acceptWord('FROM')) {
      fn.args = [parseExpr(c)];
      return;
    }
    const first = parseExpr(c);
    if (c.acceptWord('FROM')) fn.args = [parseExpr(c), first];
    else {
      fn.args = [first];
      while (c.acceptOp(',')) fn.args.push(parseExpr(c));
    }
  },
  SUBSTRING: substringForm,
  SUBSTR: substringForm,
};

function substringForm(c: Cursor, fn: FuncCall): void {
  fn.args = [parseExpr(c)];
  if (c.acceptWord('FROM')) {
    fn.args.push(parseExpr(c));
    if (c.acceptWord('FOR')) fn.args.push(parseExpr(c));
    return;
  }
  while (c.acceptOp(',')) fn.args.push(parseExpr(c));
}

/** Parse `name(...)` with the cursor on `(`, plus its suffixes. */
export function parseFunctionCall(c: Cursor, name: Ident[]): FuncCall {
  const fn: FuncCall = { kind: 'func', name, args: [], distinct: false, star: false };
  c.expectOp('(');
  const special = name.length === 1 && !(name[0] as Ident).quoted ? SPECIAL_FORMS[(name[0] as Ident).name] : undefined;
  if (c.acceptOp(')')) {
    // no arguments
  } else if (special) {
    special(c, fn);
    c.expectOp(')');
  } else {
    if (c.acceptWord('DISTINCT')) fn.distinct = true;
    else c.acceptWord('ALL');
    if (c.isOp('*') && c.isOp(')', 1)) {
      c.next();
      fn.star = true;
    } else {
      fn.args.push(parseArg(c));
      while (c.acceptOp(',')) fn.args.push(parseArg(c));
    }
    parseNullsTreatment(c, fn);
    if (c.isWord('ORDER') && c.isWord('BY', 1)) fn.within = parseOrderBy(c);
    c.expectOp(')');
  }
  parseNullsTreatment(c, fn);
  if (c.isWord('WITHIN') && c.isWord('GROUP', 1)) {
    c.next();
    c.next();
    c.expectOp('(');
    fn.within = parseOrderBy(c);
    c.expectOp(')');
  }
  if (c.isWord('FILTER') && c.isOp('(', 1)) {
    c.next();
    c.next();
    c.expectWord('WHERE');
    fn.filter = parseExpr(c);
    c.expectOp(')');
  }
  parseNullsTreatment(c, fn);
  if (c.acceptWord('OVER')) fn.over = parseOver(c);
  return fn;
}

function parseNullsTreatment(c: Cursor, fn: FuncCall): void {
  const w = c.word();
  if ((w === 'IGNORE' || w === 'RESPECT') && c.isWord('NULLS', 1)) {
    c.next();
    c.next();
    fn.nulls = w;
  }
}

/** One argument: `name => value`, a lambda `x -> body` / `(a, b) -> body`, or an expression. */
function parseArg(c: Cursor): Expr {
  const t = c.tok;
  if ((t.type === 'ident' || t.type === 'keyword' || t.type === 'quotedIdent') && c.isOp('=>', 1)) {
    c.next();
    c.next();
    return { kind: 'namedArg', name: t.value, value: parseExpr(c) };
  }
  if (c.isIdent() && (c.isOp('->', 1) || (isTypeWord(c, 1) && lambdaArrowAfterType(c, 1)))) {
    const params = [c.ident()];
    const types = c.isOp('->') ? undefined : [parseType(c)];
    c.expectOp('->');
    return lambda(params, types, parseExpr(c));
  }
  if (c.isOp('(') && isLambdaParams(c)) {
    c.next();
    const params: Ident[] = [];
    const types: TypeName[] = [];
    do {
      params.push(c.ident());
      if (!c.isOp(',') && !c.isOp(')')) types.push(parseType(c));
    } while (c.acceptOp(','));
    c.expectOp(')');
    c.expectOp('->');
    if (types.length !== 0 && types.length !== params.length) c.fail(c.prev);
    return lambda(params, types.length ? types : undefined, parseExpr(c));
  }
  let e: Expr;
  if (c.isOp('*')) {
    c.next();
    e = { kind: 'star' };
  } else e = parseExpr(c);
  // `OBJECT_CONSTRUCT(* EXCLUDE a)`, `HASH(t.* ILIKE 'x%')`: a star argument with its modifiers.
  if (e.kind === 'star') parseStarModifiers(c, e);
  return e;
}

function lambda(params: Ident[], paramTypes: TypeName[] | undefined, body: Expr): Expr {
  return paramTypes ? { kind: 'lambda', params, body, paramTypes } : { kind: 'lambda', params, body };
}

function isTypeWord(c: Cursor, k: number): boolean {
  const t = c.peek(k);
  return t.type === 'ident' || t.type === 'keyword';
}

/** After a type starting at token k (`INT`, `NUMBER(38, 0)`, `DOUBLE PRECISION`), is there a `->`? */
function lambdaArrowAfterType(c: Cursor, k: number): boolean {
  let j = k + 1;
  if (isTypeWord(c, j) && !c.isOp('->', j)) j++;
  if (c.isOp('(', j)) {
    while (j < k + 12 && !c.isOp(')', j)) j++;
    j++;
  }
  return c.isOp('->', j);
}

/** `( ident [type] [, ident [type]]* ) ->` ahead? */
function isLambdaParams(c: Cursor): boolean {
  let k = 1;
  for (;;) {
    if (!c.isIdent(k)) return false;
    k++;
    // an optional type: words and a parenthesised parameter list
    while (isTypeWord(c, k)) k++;
    if (c.isOp('(', k)) {
      while (k < 64 && !c.isOp(')', k) && c.peek(k).type !== 'eof') k++;
      k++;
    }
    if (c.isOp(',', k)) {
      k++;
      continue;
    }
    return c.isOp(')', k) && c.isOp('->', k + 1);
  }
}

/** `OVER w` or `OVER ([w] [PARTITION BY ...] [ORDER BY ...] [frame])`. */
export function parseOver(c: Cursor): WindowSpec {
  if (!c.isOp('(')) return { kind: 'window', ref: c.ident(), partitionBy: [], orderBy: [] };
  c.next();
  const spec = parseWindowBody(c);
  c.expectOp(')');
  return spec;
}

/** The inside of a window specification (also used by the WINDOW clause). */
export function parseWindowBody(c: Cursor): WindowSpec {
  const spec: WindowSpec = { kind: 'window', partitionBy: [], orderBy: [] };
  if (c.isIdent() && !c.isWord('PARTITION') && !c.isWord('ORDER') && !c.isWord('ROWS') && !c.isWord('RANGE') && !c.isWord('GROUPS')) {
    spec.ref = c.ident();
  }
  if (c.acceptWords('PARTITION', 'BY')) spec.partitionBy = parseExprList(c);
  if (c.isWord('ORDER')) spec.orderBy = parseOrderBy(c);
  const unit = c.acceptOneOf(['ROWS', 'RANGE', 'GROUPS']) as 'ROWS' | 'RANGE' | 'GROUPS' | '';
  if (unit) {
    if (c.acceptWord('BETWEEN')) {
      const start = parseBound(c);
      c.expectWord('AND');
      spec.frame = { unit, start, end: parseBound(c) };
    } else spec.frame = { unit, start: parseBound(c) };
  }
  return spec;
}

function parseBound(c: Cursor): WindowFrameBound {
  if (c.acceptWord('UNBOUNDED')) {
    const dir = c.expectOneOf(['PRECEDING', 'FOLLOWING']);
    return { kind: 'frameBound', type: dir === 'PRECEDING' ? 'UNBOUNDED PRECEDING' : 'UNBOUNDED FOLLOWING' };
  }
  if (c.acceptWords('CURRENT', 'ROW')) return { kind: 'frameBound', type: 'CURRENT ROW' };
  const offset = parseExpr(c, 40);
  const dir = c.expectOneOf(['PRECEDING', 'FOLLOWING']) as 'PRECEDING' | 'FOLLOWING';
  return { kind: 'frameBound', type: dir, offset };
}

