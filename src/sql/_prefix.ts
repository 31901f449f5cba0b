/**
 * @module sql/_prefix
 * Prefix ("nud") forms of the expression parser: literals, binds, variables, parentheses, rows,
 * subqueries, array/object literals, CASE, CAST, EXISTS, typed and INTERVAL literals, column
 * references and function calls (special forms in `_functions.ts`).
 */
import { NotSupportedError } from '../errors.ts';
import type { ColumnRef, Expr, Ident, Star } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseFunctionCall, NILADIC } from './_functions.ts';
import { RESERVED } from './_tokens.ts';
import { parseExpr, parseExprList, PREC } from './expr.ts';
import { parseQuery, startsQuery } from './query.ts';
import { parseType } from './types.ts';

type PrefixParser = (c: Cursor) => Expr;

const TYPED_LITERALS: ReadonlySet<string> = new Set([
  'DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_NTZ', 'TIMESTAMP_LTZ', 'TIMESTAMP_TZ', 'DATETIME',
]);

/** Keyword-led prefix forms (looked up by upper-case word). */
const WORD_PREFIX: Record<string, PrefixParser> = {
  NULL: (c) => (c.next(), { kind: 'null' }),
  TRUE: (c) => (c.next(), { kind: 'boolean', value: true }),
  FALSE: (c) => (c.next(), { kind: 'boolean', value: false }),
  NOT: (c) => {
    c.next();
    return { kind: 'unary', op: 'NOT', operand: parseExpr(c, PREC.NOT) };
  },
  PRIOR: (c) => {
    if (!c.isIdent(1) && !c.isOp('(', 1)) return parseNameOrCall(c);
    c.next();
    return { kind: 'unary', op: 'PRIOR', operand: parseExpr(c, PREC.UNARY) };
  },
  CASE: parseCase,
  CAST: (c) => parseCast(c, false),
  TRY_CAST: (c) => parseCast(c, true),
  EXISTS: (c) => {
    c.next();
    c.expectOp('(');
    const query = parseQuery(c);
    c.expectOp(')');
    return { kind: 'exists', query, not: false };
  },
  INTERVAL: (c) => {
    if (c.peek().type !== 'string') return parseNameOrCall(c);
    c.next();
    const t = c.tok;
    if (t.type !== 'string') c.fail();
    c.next();
    const unit = c.tok.type === 'ident' || c.tok.type === 'keyword' ? intervalUnit(c) : undefined;
    return unit ? { kind: 'interval', value: t.value, unit } : { kind: 'interval', value: t.value };
  },
};

const INTERVAL_UNITS: ReadonlySet<string> = new Set([
  'YEAR', 'YEARS', 'MONTH', 'MONTHS', 'WEEK', 'WEEKS', 'DAY', 'DAYS', 'HOUR', 'HOURS', 'MINUTE', 'MINUTES',
  'SECOND', 'SECONDS', 'MILLISECOND', 'MILLISECONDS', 'MICROSECOND', 'MICROSECONDS', 'NANOSECOND',
  'NANOSECONDS', 'QUARTER', 'QUARTERS',
]);
function intervalUnit(c: Cursor): string | undefined {
  const w = c.word();
  if (!INTERVAL_UNITS.has(w)) return undefined;
  c.next();
  return w;
}

export function parsePrefix(c: Cursor): Expr {
  const t = c.tok;
  switch (t.type) {
    case 'number':
      c.next();
      return { kind: 'number', text: t.text };
    case 'string':
      c.next();
      return { kind: 'string', value: t.value };
    case 'bind':
      c.next();
      if (t.text === '?') return { kind: 'bind', index: ++c.bindCount };
      if (/^\d+$/.test(t.value)) return { kind: 'bind', index: Number(t.value) };
      return { kind: 'bind', name: t.value };
    case 'variable':
      c.next();
      if (/^\d+$/.test(t.value)) return { kind: 'positional', index: Number(t.value) };
      return { kind: 'variable', name: t.value };
    case 'operator':
    case 'punct':
      return parseOperatorPrefix(c);
    case 'quotedIdent':
      return parseNameOrCall(c);
    case 'keyword':
    case 'ident': {
      const p = WORD_PREFIX[t.value];
      if (p) return p(c);
      if (t.value === 'X' && t.text.length === 1 && c.peek().type === 'string' && c.peek().offset === t.offset + 1) {
        // X'48656C6C6F': a hexadecimal BINARY constant, the same value as TO_BINARY('...', 'HEX').
        c.next();
        const v = c.next();
        const hex: Expr = { kind: 'string', value: v.value };
        return { kind: 'func', name: [{ kind: 'ident', name: 'TO_BINARY', quoted: false }], args: [hex, { kind: 'string', value: 'HEX' }], distinct: false, star: false };
      }
      if (TYPED_LITERALS.has(t.value) && c.peek().type === 'string') {
        c.next();
        const v = c.next();
        return { kind: 'typedLiteral', type: { kind: 'type', name: t.value, params: [] }, value: v.value };
      }
      if (NILADIC.has(t.value) && !c.isOp('(', 1)) {
        c.next();
        return { kind: 'func', name: [{ kind: 'ident', name: t.value, quoted: false }], args: [], distinct: false, star: false };
      }
      if (RESERVED.has(t.value) && !((RESERVED_CALLABLE.has(t.value) || NILADIC.has(t.value)) && c.isOp('(', 1))) return c.fail();
      return parseNameOrCall(c);
    }
    default:
      return c.fail();
  }
}

/** Reserved words that are nonetheless function names when followed by `(` (`LEFT(s, 2)`). */
const RESERVED_CALLABLE: ReadonlySet<string> = new Set(['LEFT', 'RIGHT', 'CURRENT_USER', 'INSERT', 'REPLACE', 'LIKE', 'ILIKE', 'RLIKE']);

function parseOperatorPrefix(c: Cursor): Expr {
  const t = c.tok;
  switch (t.text) {
    case '-':
    case '+':
      c.next();
      return { kind: 'unary', op: t.text, operand: parseExpr(c, PREC.UNARY) };
    case '(':
      return parseParen(c);
    case '~': {
      // Snowflake's grammar takes `~` as a prefix operator (`SELECT ~` fails at <EOF>, `SELECT ^` at '^'),
      // but no documented semantics exist for it.
      c.next();
      parseExpr(c, PREC.UNARY);
      throw new NotSupportedError('prefix operator ~');
    }
    case '**':
      // `f(**obj)` spreads an OBJECT into arguments (https://docs.snowflake.com/en/sql-reference/operators-expansion).
      throw new NotSupportedError('expansion operator **');
    case '[': {
      c.next();
      const items = c.isOp(']') ? [] : parseExprList(c);
      c.expectOp(']');
      return { kind: 'arrayLit', items };
    }
    case '{': {
      c.next();
      const entries: { key: Expr; value: Expr }[] = [];
      if (!c.isOp('}')) {
        do {
          const key = parseExpr(c, PREC.PATH);
          c.expectOp(':');
          entries.push({ key, value: parseExpr(c) });
        } while (c.acceptOp(','));
      }
      c.expectOp('}');
      return { kind: 'objectLit', entries };
    }
    case ':': {
      // A bind the tokenizer could not tell from a path (`LIMIT :n`).
      const n = c.peek();
      if ((n.type === 'number' || n.type === 'ident' || n.type === 'keyword') && n.offset === t.offset + 1) {
        c.next();
        c.next();
        return /^\d+$/.test(n.text) ? { kind: 'bind', index: Number(n.text) } : { kind: 'bind', name: n.value };
      }
      return c.fail();
    }
    default:
      return c.fail();
  }
}

function parseParen(c: Cursor): Expr {
  c.expectOp('(');
  if (startsQuery(c)) {
    const query = parseQuery(c);
    c.expectOp(')');
    return { kind: 'subquery', query };
  }
  const items = parseExprList(c);
  c.expectOp(')');
  if (items.length === 1) return { kind: 'paren', expr: items[0] as Expr };
  return { kind: 'row', items };
}

function parseCase(c: Cursor): Expr {
  c.expectWord('CASE');
  const operand = c.isWord('WHEN') ? undefined : parseExpr(c);
  const whens: { when: Expr; then: Expr }[] = [];
  while (c.acceptWord('WHEN')) {
    const when = parseExpr(c);
    c.expectWord('THEN');
    whens.push({ when, then: parseExpr(c) });
  }
  if (whens.length === 0) c.fail();
  const elseExpr = c.acceptWord('ELSE') ? parseExpr(c) : undefined;
  c.expectWord('END');
  const out: Expr = { kind: 'case', whens };
  if (operand) out.operand = operand;
  if (elseExpr) out.else = elseExpr;
  return out;
}

function parseCast(c: Cursor, isTry: boolean): Expr {
  c.next();
  c.expectOp('(');
  const expr = parseExpr(c);
  c.expectWord('AS');
  const type = parseType(c);
  c.expectOp(')');
  return { kind: 'cast', expr, type, try: isTry, syntax: 'cast' };
}

/** A column reference (`a`, `t.a`, `db.s.t.a`, `seq.NEXTVAL`), `t.*`, or a function call. */
function parseNameOrCall(c: Cursor): Expr {
  const first = c.tok;
  const parts: Ident[] = [c.anyIdent()];
  while (c.isOp('.')) {
    const n = c.peek();
    if (n.type === 'operator' && n.text === '*') {
      c.next();
      c.next();
      const star: Star = { kind: 'star', qualifier: parts };
      return star;
    }
    if (n.type === 'variable' && /^\d+$/.test(n.value)) {
      // `alias.$1`: a positional column of a named staged-file source.
      c.next();
      c.next();
      return { kind: 'positional', index: Number(n.value), qualifier: parts };
    }
    if (n.type !== 'ident' && n.type !== 'keyword' && n.type !== 'quotedIdent') break;
    c.next();
    parts.push(c.anyIdent());
  }
  const col: ColumnRef = { kind: 'column', parts, pos: { line: first.line, col: first.col } };
  if (c.isOp('(') && c.isOp('+', 1) && c.isOp(')', 2)) {
    // `col(+)`: the outer-join marker (translate/transforms/outer-join-marker).
    c.next();
    c.next();
    c.next();
    col.outerJoin = true;
    return col;
  }
  if (c.isOp('(')) return parseFunctionCall(c, parts);
  return col;
}
