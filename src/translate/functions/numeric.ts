/**
 * @module translate/functions/numeric
 * Numeric functions (https://docs.snowflake.com/en/sql-reference/functions-numeric): ROUND rounds
 * half away from zero (DuckDB's round does too); FLOOR/CEIL take a scale; DIV0/DIV0NULL; UNIFORM
 * draws from DuckDB's random() (the generator argument's seed is not honoured); RANDOM returns a
 * 64-bit integer.
 */
import { inferType } from '../transforms/infer-type.ts';
import { printDivision } from '../transforms/division.ts';
import type { Call, FnPrinter } from './_call.ts';
import { rename, tpl } from './_call.ts';

function scaled(fn: string): FnPrinter {
  return tpl(1, 2, ([x, s]) => (s === undefined ? `${fn}(${x})` : `(${fn}((${x}) * power(10, ${s})) / power(10, ${s}))`));
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

function bitwise(op: string): FnPrinter {
  return tpl(2, 2, ([a, b]) => `(CAST(${a} AS HUGEINT) ${op} CAST(${b} AS HUGEINT))`);
}

export const NUMERIC: Record<string, FnPrinter> = {
  ROUND: tpl(1, 3, ([x, s]) => (s === undefined ? `round(${x})` : `round(${x}, CAST(${s} AS INTEGER))`)),
  FLOOR: scaled('floor'),
  CEIL: scaled('ceil'),
  CEILING: scaled('ceil'),
  TRUNCATE: tpl(1, 2, ([x, s]) => (s === undefined ? `trunc(${x})` : `(trunc((${x}) * power(10, ${s})) / power(10, ${s}))`)),
  MOD: tpl(2, 2, ([a, b]) => `(${a} % ${b})`),
  ABS: rename('abs', 1, 1),
  SIGN: rename('sign', 1, 1),
  POWER: tpl(2, 2, ([a, b]) => `power(${a}, ${b})`),
  POW: tpl(2, 2, ([a, b]) => `power(${a}, ${b})`),
  SQRT: rename('sqrt', 1, 1),
  CBRT: rename('cbrt', 1, 1),
  SQUARE: tpl(1, 1, ([x]) => `((${x}) * (${x}))`),
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
  RANDOM: tpl(0, 1, () => 'CAST((random() * 2 - 1) * 9223372036854775000 AS BIGINT)'),
  BITAND: bitwise('&'),
  BITOR: bitwise('|'),
  BITXOR: tpl(2, 2, ([a, b]) => `xor(CAST(${a} AS HUGEINT), CAST(${b} AS HUGEINT))`),
  BITNOT: tpl(1, 1, ([a]) => `(~CAST(${a} AS HUGEINT))`),
  BITSHIFTLEFT: tpl(2, 2, ([a, b]) => `(CAST(${a} AS BIGINT) << CAST(${b} AS INTEGER))`),
  BITSHIFTRIGHT: tpl(2, 2, ([a, b]) => `(CAST(${a} AS BIGINT) >> CAST(${b} AS INTEGER))`),
};
