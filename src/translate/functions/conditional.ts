/**
 * @module translate/functions/conditional
 * Conditional expression functions (https://docs.snowflake.com/en/sql-reference/expressions-conditional):
 * IFF, NVL/IFNULL, NVL2, ZEROIFNULL, NULLIFZERO, COALESCE, NULLIF, DECODE (NULL matches NULL),
 * EQUAL_NULL, and GREATEST/LEAST, which return NULL when any argument is NULL (DuckDB's skip NULLs).
 */
import type { FnPrinter } from './_call.ts';
import { rename, tpl } from './_call.ts';
import { inferType } from '../transforms/infer-type.ts';

function nullSafeExtreme(fn: string): FnPrinter {
  return tpl(1, 255, (a) => `(CASE WHEN ${a.map((x) => `${x} IS NULL`).join(' OR ')} THEN NULL ELSE ${fn}(${a.join(', ')}) END)`);
}

/**
 * COALESCE/NVL/IFNULL over text and numbers: Snowflake coerces the text to NUMBER(18,5)
 * (https://docs.snowflake.com/en/sql-reference/data-type-conversion: `NVL('17', 1)` is 17.00000;
 * non-numeric text raises 100038).
 */
function coalesceLike(min: number, max: number): FnPrinter {
  return (c) => {
    c.check(min, max);
    const types = c.args.map((a) => inferType(a, c.st)?.f);
    const mixed = types.includes('text') && types.some((t) => t === 'fixed' || t === 'real');
    const args = c.args.map((_, i) => (mixed && (types[i] === 'text' || types[i] === 'fixed') ? `CAST(${c.arg(i)} AS DECIMAL(18,5))` : c.arg(i)));
    return `coalesce(${args.join(', ')})`;
  };
}

export const CONDITIONAL: Record<string, FnPrinter> = {
  IFF: tpl(3, 3, ([c, a, b]) => `(CASE WHEN ${c} THEN ${a} ELSE ${b} END)`),
  NVL: coalesceLike(2, 2),
  IFNULL: coalesceLike(2, 2),
  NVL2: tpl(3, 3, ([x, a, b]) => `(CASE WHEN ${x} IS NOT NULL THEN ${a} ELSE ${b} END)`),
  ZEROIFNULL: tpl(1, 1, ([x]) => `coalesce(${x}, 0)`),
  NULLIFZERO: tpl(1, 1, ([x]) => `nullif(${x}, 0)`),
  COALESCE: coalesceLike(1, 255),
  NULLIF: rename('nullif', 2, 2),
  EQUAL_NULL: tpl(2, 2, ([a, b]) => `(${a} IS NOT DISTINCT FROM ${b})`),
  DECODE: tpl(3, 255, (a) => {
    const [x, ...rest] = a;
    let s = '(CASE';
    let i = 0;
    for (; i + 1 < rest.length; i += 2) s += ` WHEN ${x} IS NOT DISTINCT FROM ${rest[i]} THEN ${rest[i + 1]}`;
    if (i < rest.length) s += ` ELSE ${rest[i]}`;
    return s + ' END)';
  }),
  GREATEST: nullSafeExtreme('greatest'),
  LEAST: nullSafeExtreme('least'),
  GREATEST_IGNORE_NULLS: rename('greatest', 1),
  LEAST_IGNORE_NULLS: rename('least', 1),
  BOOLAND: tpl(2, 2, ([a, b]) => `((${a}) <> 0 AND (${b}) <> 0)`),
  BOOLOR: tpl(2, 2, ([a, b]) => `((${a}) <> 0 OR (${b}) <> 0)`),
  BOOLNOT: tpl(1, 1, ([a]) => `(NOT ((${a}) <> 0))`),
  BOOLXOR: tpl(2, 2, ([a, b]) => `(((${a}) <> 0) <> ((${b}) <> 0))`),
};
