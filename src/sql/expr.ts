/**
 * @module sql/expr
 * Pratt expression parser with Snowflake's operator precedence
 * (https://docs.snowflake.com/en/sql-reference/operator-precedence), highest first:
 * path access `:` `.` `[]` · `::` cast · unary `+ -` · `* / %` · `+ - ||` · comparisons, `IS`,
 * `IN`, `LIKE`/`ILIKE`/`RLIKE`/`REGEXP`, `BETWEEN` · `NOT` · `AND` · `OR`.
 * Infix operators are a lookup table; prefix forms live in `_prefix.ts`.
 */
import type { BinaryOp, Expr, LikeExpr, PathStep } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parsePrefix } from './_prefix.ts';
import { parseQuery, startsQuery } from './query.ts';
import { parseType } from './types.ts';
import { quantifiedComparison } from './_quantified.ts';

export const PREC = {
  OR: 10,
  AND: 20,
  NOT: 30,
  CMP: 40,
  ADD: 50,
  MUL: 60,
  UNARY: 70,
  CAST: 80,
  PATH: 90,
} as const;

type InfixParser = (c: Cursor, left: Expr) => Expr;
interface InfixRule { prec: number; parse: InfixParser }

const binary = (op: BinaryOp, prec: number): InfixRule => ({
  prec,
  parse: (c, left) => {
    c.next();
    if (prec === PREC.CMP && c.isWordIn(QUANTIFIERS) && c.isOp('(', 1)) return parseQuantified(c, op, left);
    return { kind: 'binary', op, left, right: parseExpr(c, prec) };
  },
});

/**
 * Quantified comparisons `x op ANY|SOME|ALL (subquery)`. `= ANY` is by definition `IN` and `<> ALL`
 * is `NOT IN`; the others are spelled out with EXISTS in `_quantified.ts` (same three-valued result).
 * See https://docs.snowflake.com/en/sql-reference/operators-subquery
 */
function parseQuantified(c: Cursor, op: BinaryOp, left: Expr): Expr {
  const q = c.next().value === 'ALL' ? 'ALL' : 'ANY';
  c.expectOp('(');
  if (!startsQuery(c)) c.fail();
  const query = parseQuery(c);
  c.expectOp(')');
  if (q === 'ANY' && op === '=') return { kind: 'inSubquery', operand: left, query, not: false };
  if (q === 'ALL' && (op === '<>' || op === '!=')) return { kind: 'inSubquery', operand: left, query, not: true };
  return quantifiedComparison(left, op, q, query);
}
const QUANTIFIERS: ReadonlySet<string> = new Set(['ANY', 'ALL', 'SOME']);

/** Operator-token infix rules. */
const OP_RULES: Record<string, InfixRule> = {
  '+': binary('+', PREC.ADD),
  '-': binary('-', PREC.ADD),
  '||': binary('||', PREC.ADD),
  '*': binary('*', PREC.MUL),
  '/': binary('/', PREC.MUL),
  '%': binary('%', PREC.MUL),
  '=': binary('=', PREC.CMP),
  '==': binary('=', PREC.CMP),
  '!=': binary('!=', PREC.CMP),
  '<>': binary('<>', PREC.CMP),
  '<': binary('<', PREC.CMP),
  '<=': binary('<=', PREC.CMP),
  '>': binary('>', PREC.CMP),
  '>=': binary('>=', PREC.CMP),
  '::': {
    prec: PREC.CAST,
    parse: (c, left) => {
      c.next();
      return { kind: 'cast', expr: left, type: parseType(c), try: false, syntax: 'colons' };
    },
  },
  ':': { prec: PREC.PATH, parse: (c, left) => parsePath(c, left) },
  '[': { prec: PREC.PATH, parse: (c, left) => parsePath(c, left) },
  '.': { prec: PREC.PATH, parse: (c, left) => parsePath(c, left) },
};

/** Keyword infix rules. */
const WORD_RULES: Record<string, InfixRule> = {
  AND: binary('AND', PREC.AND),
  OR: binary('OR', PREC.OR),
  IS: { prec: PREC.CMP, parse: parseIs },
  IN: { prec: PREC.CMP, parse: (c, left) => parseIn(c, left, false) },
  LIKE: { prec: PREC.CMP, parse: (c, left) => parseLike(c, left, false) },
  ILIKE: { prec: PREC.CMP, parse: (c, left) => parseLike(c, left, false) },
  RLIKE: { prec: PREC.CMP, parse: (c, left) => parseLike(c, left, false) },
  REGEXP: { prec: PREC.CMP, parse: (c, left) => parseLike(c, left, false) },
  BETWEEN: { prec: PREC.CMP, parse: (c, left) => parseBetween(c, left, false) },
  NOT: { prec: PREC.CMP, parse: parseNotInfix },
  COLLATE: {
    prec: PREC.CAST,
    parse: (c, left) => {
      c.next();
      const t = c.tok;
      if (t.type !== 'string') c.fail();
      c.next();
      return { kind: 'collate', expr: left, collation: t.value };
    },
  },
};

function infixRule(c: Cursor): InfixRule | undefined {
  const t = c.tok;
  if (t.type === 'operator' || t.type === 'punct') return OP_RULES[t.text];
  if (t.type === 'keyword' || t.type === 'ident') {
    const r = WORD_RULES[t.value];
    if (r === WORD_RULES.NOT) {
      // NOT is infix only before IN / LIKE / ILIKE / RLIKE / REGEXP / BETWEEN.
      const w = c.word(1);
      return w === 'IN' || w === 'LIKE' || w === 'ILIKE' || w === 'RLIKE' || w === 'REGEXP' || w === 'BETWEEN' ? r : undefined;
    }
    return r;
  }
  return undefined;
}

/** Parse an expression whose operators all bind tighter than `minPrec`. */
export function parseExpr(c: Cursor, minPrec = 0): Expr {
  c.enter();
  let left = parsePrefix(c);
  // `t.*` is never an operand: what follows (ILIKE, EXCLUDE, ...) is a star modifier.
  if (left.kind === 'star') {
    c.leave();
    return left;
  }
  for (;;) {
    const rule = infixRule(c);
    if (!rule || rule.prec <= minPrec) break;
    left = rule.parse(c, left);
  }
  c.leave();
  return left;
}

export function parseExprList(c: Cursor): Expr[] {
  const out = [parseExpr(c)];
  while (c.acceptOp(',')) out.push(parseExpr(c));
  return out;
}

/** `( e, e, ... )` */
export function parseParenExprList(c: Cursor): Expr[] {
  c.expectOp('(');
  if (c.acceptOp(')')) return [];
  const list = parseExprList(c);
  c.expectOp(')');
  return list;
}

function parseIs(c: Cursor, left: Expr): Expr {
  c.next();
  const not = c.acceptWord('NOT');
  if (c.acceptWord('NULL')) return { kind: 'is', operand: left, not, target: 'null' };
  if (c.acceptWord('TRUE')) return { kind: 'is', operand: left, not, target: 'true' };
  if (c.acceptWord('FALSE')) return { kind: 'is', operand: left, not, target: 'false' };
  if (c.acceptWords('DISTINCT', 'FROM')) {
    return { kind: 'isDistinctFrom', left, right: parseExpr(c, PREC.CMP), not };
  }
  return c.fail();
}

function parseNotInfix(c: Cursor, left: Expr): Expr {
  c.next();
  const w = c.word();
  if (w === 'IN') return parseIn(c, left, true);
  if (w === 'BETWEEN') return parseBetween(c, left, true);
  return parseLike(c, left, true);
}

function parseIn(c: Cursor, left: Expr, not: boolean): Expr {
  c.expectWord('IN');
  c.expectOp('(');
  if (startsQuery(c)) {
    const query = parseQuery(c);
    c.expectOp(')');
    return { kind: 'inSubquery', operand: left, query, not };
  }
  const list = parseExprList(c);
  c.expectOp(')');
  return { kind: 'inList', operand: left, list, not };
}

function parseBetween(c: Cursor, left: Expr, not: boolean): Expr {
  c.expectWord('BETWEEN');
  const low = parseExpr(c, PREC.CMP);
  c.expectWord('AND');
  const high = parseExpr(c, PREC.CMP);
  return { kind: 'between', operand: left, low, high, not };
}

function parseLike(c: Cursor, left: Expr, not: boolean): Expr {
  const op = c.expectOneOf(['LIKE', 'ILIKE', 'RLIKE', 'REGEXP']) as LikeExpr['op'];
  const out: LikeExpr = { kind: 'like', op, operand: left, not };
  const q = c.word();
  if ((q === 'ANY' || q === 'ALL' || q === 'SOME') && c.isOp('(', 1)) {
    c.next();
    out.quantifier = q === 'ALL' ? 'ALL' : 'ANY';
    out.patterns = parseParenExprList(c);
  } else {
    out.pattern = parseExpr(c, PREC.CMP);
  }
  if (c.acceptWord('ESCAPE')) out.escape = parseExpr(c, PREC.CMP);
  return out;
}

/**
 * Semi-structured access: `v:a.b[0]:"C"`, `v['a']`, `arr[0]`, `(expr).field`. Unquoted path keys
 * keep their case as written (element names are case-sensitive in Snowflake).
 */
function parsePath(c: Cursor, base: Expr): Expr {
  const steps: PathStep[] = [];
  let root = base;
  if (base.kind === 'path') {
    root = base.base;
    steps.push(...base.steps);
  }
  for (;;) {
    if (c.isOp(':') || c.isOp('.')) {
      if (c.isOp('.') && steps.length === 0 && base.kind !== 'paren' && base.kind !== 'func' && base.kind !== 'cast') {
        c.fail();
      }
      c.next();
      const t = c.tok;
      if (t.type === 'quotedIdent') steps.push({ kind: 'key', name: t.value, quoted: true, bracket: false });
      else if (t.type === 'ident' || t.type === 'keyword') steps.push({ kind: 'key', name: t.text, quoted: false, bracket: false });
      else c.fail();
      c.next();
    } else if (c.isOp('[')) {
      c.next();
      const t = c.tok;
      if (t.type === 'string' && c.isOp(']', 1)) {
        c.next();
        steps.push({ kind: 'key', name: t.value, quoted: true, bracket: true });
      } else {
        steps.push({ kind: 'index', expr: parseExpr(c) });
      }
      c.expectOp(']');
    } else break;
  }
  return { kind: 'path', base: root, steps };
}
