/**
 * @module translate/functions/numeric
 * Numeric functions (https://docs.snowflake.com/en/sql-reference/functions-numeric): ROUND rounds
 * half away from zero (DuckDB's round does too); FLOOR/CEIL take a scale; DIV0/DIV0NULL; UNIFORM
 * draws from DuckDB's random() (the generator argument's seed is not honoured); RANDOM returns a
 * 64-bit integer.
 */
import { inferType } from '../transforms/infer-type.ts';
import { printDivision } from '../transforms/division.ts';
import { NotSupportedError, SnowflakeError } from '../../errors.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import type { Call, FnPrinter } from './_call.ts';
import { rename, tpl } from './_call.ts';

/**
 * FLOOR/CEIL/TRUNCATE with a scale. On fixed-point input the result stays NUMBER with
 * max(scale, 0) digits (computed exactly in DECIMAL); floats stay DOUBLE.
 */
function scaled(fn: string): FnPrinter {
  return (c) => {
    c.check(1, 2);
    const x = c.arg(0);
    if (c.n === 1) return `${fn}(${x})`;
    const sArg = c.args[1]!;
    const t = inferType(c.args[0]!, c.st);
    const lit = sArg.kind === 'number' || (sArg.kind === 'unary' && sArg.op === '-' && sArg.operand.kind === 'number');
    if (t?.f === 'fixed' && lit) {
      const s = Number(sArg.kind === 'number' ? sArg.text : `-${(sArg as { operand: { text: string } }).operand.text}`);
      const f = `power(10, ${Math.abs(s)})`;
      const shifted = s >= 0 ? `${fn}(CAST(${x} AS DECIMAL(38,${Math.min((t.s ?? 0), 37)})) * ${f})` : `${fn}(CAST(${x} AS DOUBLE) / ${f})`;
      const back = s >= 0 ? `${shifted} / ${f}` : `${shifted} * ${f}`;
      return `CAST(${back} AS DECIMAL(38,${Math.max(s, 0)}))`;
    }
    const s = c.arg(1);
    return `(${fn}((${x}) * power(10, ${s})) / power(10, ${s}))`;
  };
}

/** ROUND(x [, scale [, 'HALF_AWAY_FROM_ZERO' | 'HALF_TO_EVEN']]), also with named arguments. */
function round(c: Call): string {
  const named = new Map<string, import('../../sql/ast.ts').Expr>();
  const pos: import('../../sql/ast.ts').Expr[] = [];
  for (const a of c.args) {
    if (a.kind === 'namedArg') named.set(a.name.toUpperCase(), a.value);
    else pos.push(a);
  }
  const x = named.get('EXPR') ?? pos[0];
  const s = named.get('SCALE') ?? pos[1];
  const mode = named.get('ROUNDING_MODE') ?? pos[2];
  if (!x) c.check(1, 3);
  const X = printExpr(x!, c.st);
  const S = s ? `CAST(${printExpr(s, c.st)} AS INTEGER)` : '0';
  let even = false;
  if (mode) {
    if (mode.kind !== 'string') throw new NotSupportedError('ROUND with a non-constant rounding mode');
    const m = mode.value.toUpperCase();
    if (m === 'HALF_TO_EVEN') even = true;
    else if (m !== 'HALF_AWAY_FROM_ZERO') throw new SnowflakeError(1044, '42P13', `SQL compilation error:\ninvalid rounding mode '${mode.value}'`);
  }
  if (even) {
    const t = inferType(x!, c.st);
    const sc = s?.kind === 'number' ? Math.max(Number(s.text), 0) : t?.s ?? 0;
    return t?.f === 'fixed' ? `CAST(round_even(${X}, ${S}) AS DECIMAL(38,${sc}))` : `round_even(${X}, ${S})`;
  }
  return s ? `round(${X}, ${S})` : `round(${X})`;
}

function uniform(c: Call): string {
  c.check(3);
  const lo = c.arg(0);
  const hi = c.arg(1);
  const a = inferType(c.args[0]!, c.st);
  const b = inferType(c.args[1]!, c.st);
  if (a?.f === 'fixed' && b?.f === 'fixed' && !a.s && !b.s) return `CAST(floor(random() * ((${hi}) - (${lo}) + 1)) + (${lo}) AS BIGINT)`;
  return `(random() * ((${hi}) - (${lo})) + (${lo}))`;
}

function hyperbolic(fn: string): FnPrinter {
  return tpl(1, 1, ([x]) => `${fn}(CAST(${x} AS DOUBLE))`);
}

function bitwise(op: string): FnPrinter {
  return tpl(2, 2, ([a, b]) => `(CAST(${a} AS HUGEINT) ${op} CAST(${b} AS HUGEINT))`);
}

export const NUMERIC: Record<string, FnPrinter> = {
  ROUND: round,
  FLOOR: scaled('floor'),
  CEIL: scaled('ceil'),
  CEILING: scaled('ceil'),
  TRUNCATE: scaled('trunc'),
  WIDTH_BUCKET: tpl(4, 4, ([x, lo, hi, n]) => `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} < ${lo} THEN 0 WHEN ${x} >= ${hi} THEN (${n}) + 1 ELSE CAST(floor((CAST(${x} AS DOUBLE) - ${lo}) / ((${hi}) - (${lo})) * (${n})) + 1 AS BIGINT) END)`),
  MOD: tpl(2, 2, ([a, b]) => `(${a} % ${b})`),
  ABS: rename('abs', 1, 1),
  SIGN: rename('sign', 1, 1),
  POWER: tpl(2, 2, ([a, b]) => `power(${a}, ${b})`),
  POW: tpl(2, 2, ([a, b]) => `power(${a}, ${b})`),
  SQRT: rename('sqrt', 1, 1),
  CBRT: rename('cbrt', 1, 1),
  SQUARE: tpl(1, 1, ([x]) => `((${x}) * (${x}))`),
  // Great-circle distance in km on a 6371 km sphere (https://docs.snowflake.com/en/sql-reference/functions/haversine).
  HAVERSINE: tpl(4, 4, (a) => {
    const [la1, lo1, la2] = a;
    const lo2 = a[3]!;
    const r = (x: string): string => `radians(CAST(${x} AS DOUBLE))`;
    const h = `power(sin((${r(la2)} - ${r(la1)}) / 2), 2) + cos(${r(la1)}) * cos(${r(la2)}) * power(sin((${r(lo2)} - ${r(lo1)}) / 2), 2)`;
    return `(2 * 6371 * asin(sqrt(${h})))`;
  }),
  LN: rename('ln', 1, 1),
  LOG: tpl(2, 2, ([b, x]) => `(ln(${x}) / ln(${b}))`),
  EXP: rename('exp', 1, 1),
  PI: rename('pi', 0, 0),
  DEGREES: rename('degrees', 1, 1),
  RADIANS: rename('radians', 1, 1),
  SIN: rename('sin', 1, 1),
  COS: rename('cos', 1, 1),
  TAN: rename('tan', 1, 1),
  ASIN: rename('asin', 1, 1),
  ACOS: rename('acos', 1, 1),
  ATAN: rename('atan', 1, 1),
  ATAN2: rename('atan2', 2, 2),
  COT: rename('cot', 1, 1),
  // Hyperbolic functions and their inverses return FLOAT
  // (https://docs.snowflake.com/en/sql-reference/functions/sinh, …/asinh and siblings).
  SINH: hyperbolic('sinh'),
  COSH: hyperbolic('cosh'),
  TANH: hyperbolic('tanh'),
  ASINH: hyperbolic('asinh'),
  ACOSH: hyperbolic('acosh'),
  ATANH: hyperbolic('atanh'),
  // GETBIT(integer, position): bit 0 is the least significant; positions run to 127
  // (https://docs.snowflake.com/en/sql-reference/functions/getbit).
  GETBIT: tpl(2, 2, ([x, p]) => `CAST((CAST(${x} AS HUGEINT) >> CAST(${p} AS INTEGER)) & 1 AS DECIMAL(38,0))`),
  FACTORIAL: tpl(1, 1, ([x]) => `factorial(CAST(${x} AS INTEGER))`),
  DIV0: (c) => {
    c.check(2);
    return printDivision(c.args[0]!, c.args[1]!, c.st, 'zero');
  },
  DIV0NULL: (c) => {
    c.check(2);
    return printDivision(c.args[0]!, c.args[1]!, c.st, 'zeroIfNull');
  },
  UNIFORM: uniform,
  // NORMAL(mean, stddev, gen): a FLOAT drawn by Box-Muller from DuckDB's random(); like UNIFORM,
  // the generator's seed is not honoured (https://docs.snowflake.com/en/sql-reference/functions/normal).
  NORMAL: tpl(3, 3, ([m, sd]) => `(CAST(${m} AS DOUBLE) + CAST(${sd} AS DOUBLE) * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`),
  RANDOM: tpl(0, 1, () => 'CAST((random() * 2 - 1) * 9223372036854775000 AS BIGINT)'),
  BITAND: bitwise('&'),
  BITOR: bitwise('|'),
  BITXOR: tpl(2, 2, ([a, b]) => `xor(CAST(${a} AS HUGEINT), CAST(${b} AS HUGEINT))`),
  BITNOT: tpl(1, 1, ([a]) => `(~CAST(${a} AS HUGEINT))`),
  BITSHIFTLEFT: tpl(2, 2, ([a, b]) => `(CAST(${a} AS BIGINT) << CAST(${b} AS INTEGER))`),
  BITSHIFTRIGHT: tpl(2, 2, ([a, b]) => `(CAST(${a} AS BIGINT) >> CAST(${b} AS INTEGER))`),
};
