/**
 * @module translate/dialect/duckdb/expr
 * The DuckDB expression printer: one entry per AST expression kind (a missing kind is a compile
 * error). Identifiers go through quoteIdent, strings through quoteString; every compound
 * sub-expression is parenthesised. Snowflake-specific meaning is delegated to the transform of that
 * feature (src/translate/transforms/*), functions to the function table (src/translate/functions).
 */
import type { Expr, ExprKind, Query, TypeName } from '../../../sql/ast.ts';
import { NotSupportedError, SnowflakeError } from '../../../errors.ts';
import { quoteIdent, quoteString } from '../../_quote.ts';
import type { PrintState } from '../../_state.ts';
import { printFunc } from '../../functions/index.ts';
import { printBind } from '../../transforms/binds.ts';
import { printCast } from '../../transforms/casts.ts';
import { isDateInterval, printDivision, printMultiply } from '../../transforms/division.ts';
import { printLike } from '../../transforms/like.ts';
import { printColumn, printPositional } from '../../transforms/columns.ts';
import { printArithmeticOperand, printArrayLit, printComparisonOperand, printConcatOperand, printObjectLit, printPath } from '../../transforms/semi-structured.ts';
import { printStar } from '../../transforms/star.ts';
import { printVariable } from '../../transforms/variables.ts';
import { printOrderItem } from '../../transforms/order-nulls.ts';
import { printQuery } from './query.ts';
import { duckType } from './types.ts';
import { intervalConstant } from '../../functions/_dateparts.ts';

type Printers = { [K in ExprKind]: (e: Extract<Expr, { kind: K }>, st: PrintState) => string };

const COMPARISONS = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);
const UNIT_RE = /^[A-Za-z_ ]+$/;

const PRINTERS: Printers = {
  number: (e) => e.text,
  string: (e) => quoteString(e.value),
  boolean: (e) => (e.value ? 'TRUE' : 'FALSE'),
  null: () => 'NULL',
  typedLiteral: (e, st) => `CAST(${quoteString(e.value)} AS ${duckType(e.type, mapping(st))})`,
  interval: (e) => {
    if (e.unit !== undefined && !UNIT_RE.test(e.unit)) throw new NotSupportedError(`interval unit ${e.unit}`);
    // Snowflake's `'1 y, 3 q, 7 h'` lists and part abbreviations (functions/_dateparts.ts).
    const sum = e.unit === undefined ? intervalConstant(e.value) : undefined;
    if (sum) return sum;
    return `INTERVAL ${quoteString(e.value)}${e.unit ? ' ' + e.unit : ''}`;
  },
  column: (e, st) => printColumn(e, st),
  star: (e, st) => printStar(e, st),
  binary: (e, st) => {
    if (e.op === '/') return printDivision(e.left, e.right, st);
    if (COMPARISONS.has(e.op)) {
      const op = e.op === '!=' ? '<>' : e.op;
      return `(${printComparisonOperand(e.left, e.right, st)} ${op} ${printComparisonOperand(e.right, e.left, st)})`;
    }
    if (e.op === '*') return printMultiply(e.left, e.right, st);
    if ((e.op === '+' || e.op === '-') && isDateInterval(e, st)) return `CAST((${printExpr(e.left, st)} ${e.op} ${printExpr(e.right, st)}) AS DATE)`;
    if ((e.op === '+' || e.op === '-') && isIntLiteral(e.left) && isIntLiteral(e.right)) {
      // Literal-only integer arithmetic: DuckDB types literals as INT32 and would overflow where
      // Snowflake's NUMBER(38,0) does not.
      return `(CAST(${printExpr(e.left, st)} AS DECIMAL(38,0)) ${e.op} ${printExpr(e.right, st)})`;
    }
    if (e.op === '+' || e.op === '-' || e.op === '%') {
      // A VARIANT operand of arithmetic is unwrapped to a number (lambda elements, paths).
      return `(${printArithmeticOperand(e.left, e.right, st)} ${e.op} ${printArithmeticOperand(e.right, e.left, st)})`;
    }
    if (e.op === '||') return `(${printConcatOperand(e.left, st)} || ${printConcatOperand(e.right, st)})`;
    return `(${printExpr(e.left, st)} ${e.op} ${printExpr(e.right, st)})`;
  },
  unary: (e, st) => {
    if (e.op === 'PRIOR') throw new NotSupportedError('CONNECT BY');
    return e.op === 'NOT' ? `(NOT ${printExpr(e.operand, st)})` : `(${e.op}${printExpr(e.operand, st)})`;
  },
  is: (e, st) => `(${printExpr(e.operand, st)} IS ${e.not ? 'NOT ' : ''}${e.target.toUpperCase()})`,
  isDistinctFrom: (e, st) => `(${printExpr(e.left, st)} IS ${e.not ? 'NOT ' : ''}DISTINCT FROM ${printExpr(e.right, st)})`,
  between: (e, st) =>
    `(${printExpr(e.operand, st)} ${e.not ? 'NOT ' : ''}BETWEEN ${printExpr(e.low, st)} AND ${printExpr(e.high, st)})`,
  inList: (e, st) => `(${printExpr(e.operand, st)} ${e.not ? 'NOT ' : ''}IN (${e.list.map((x) => printExpr(x, st)).join(', ')}))`,
  inSubquery: (e, st) => `(${printExpr(e.operand, st)} ${e.not ? 'NOT ' : ''}IN (${printSubquery(e.query, st)}))`,
  like: (e, st) => printLike(e, st),
  exists: (e, st) => `(${e.not ? 'NOT ' : ''}EXISTS (${printSubquery(e.query, st)}))`,
  subquery: (e, st) => `(${printSubquery(e.query, st)})`,
  case: (e, st) => {
    let s = '(CASE';
    if (e.operand) s += ' ' + printExpr(e.operand, st);
    for (const w of e.whens) s += ` WHEN ${printExpr(w.when, st)} THEN ${printExpr(w.then, st)}`;
    if (e.else) s += ` ELSE ${printExpr(e.else, st)}`;
    return s + ' END)';
  },
  cast: (e, st) => printCast(e.expr, e.type, e.try, st),
  func: (e, st) => printFunc(e, st),
  namedArg: (e) => {
    throw new NotSupportedError(`named argument ${e.name} outside a function call`);
  },
  path: (e, st) => printPath(e, st),
  arrayLit: (e, st) => printArrayLit(e, st),
  objectLit: (e, st) => printObjectLit(e, st),
  lambda: (e, st) => {
    const m = new Map<string, TypeName | undefined>();
    e.params.forEach((p, i) => m.set(p.name, e.paramTypes?.[i]));
    st.lambdaParams.push(m);
    try {
      return `(lambda ${e.params.map((p) => quoteIdent(p.name)).join(', ')}: ${printExpr(e.body, st)})`;
    } finally {
      st.lambdaParams.pop();
    }
  },
  bind: (e, st) => printBind(e, st),
  variable: (e, st) => printVariable(e.name, st),
  positional: (e, st) => printPositional(e, st),
  collate: (e, st) => {
    const c = e.collation.toLowerCase();
    if (c === '' || c === 'utf8' || c === 'binary' || c === 'en-cs') return printExpr(e.expr, st);
    if (/(^|-)ci($|-)/.test(c)) return `(${printExpr(e.expr, st)} COLLATE NOCASE)`;
    throw new NotSupportedError(`collation '${e.collation}'`);
  },
  paren: (e, st) => `(${printExpr(e.expr, st)})`,
  row: (e, st) => `(${e.items.map((x) => printExpr(x, st)).join(', ')})`,
};

/** An integer literal, or arithmetic made only of them. */
export function isIntLiteral(e: Expr): boolean {
  switch (e.kind) {
    case 'number':
      return /^\d+$/.test(e.text);
    case 'paren':
      return isIntLiteral(e.expr);
    case 'unary':
      return (e.op === '-' || e.op === '+') && isIntLiteral(e.operand);
    case 'binary':
      return (e.op === '+' || e.op === '-' || e.op === '*') && isIntLiteral(e.left) && isIntLiteral(e.right);
    default:
      return false;
  }
}

/** A query nested in an expression (may be correlated: transforms/flatten-order keeps out of it). */
export function printSubquery(q: Query, st: PrintState): string {
  st.subqueryDepth++;
  try {
    return printQuery(q, st);
  } finally {
    st.subqueryDepth--;
  }
}

function mapping(st: PrintState): string {
  return String(st.param('TIMESTAMP_TYPE_MAPPING') ?? 'TIMESTAMP_NTZ').toUpperCase();
}

/** Print one expression as DuckDB SQL. */
export function printExpr(e: Expr, st: PrintState): string {
  const p = PRINTERS[e.kind] as (x: Expr, s: PrintState) => string;
  return p(e, st);
}

/** Print a list of expressions, comma separated. */
export function printExprs(es: Expr[], st: PrintState): string {
  let s = '';
  for (let i = 0; i < es.length; i++) s += (i ? ', ' : '') + printExpr(es[i]!, st);
  return s;
}

export { printOrderItem };

/** Guard for places that take a constant non-negative integer (LIMIT, TOP, SAMPLE rows). */
export function requireConstant(e: Expr, what: string): void {
  if (e.kind === 'column') throw new SnowflakeError(1003, '42000', `SQL compilation error:\ninvalid value for ${what}`);
}
