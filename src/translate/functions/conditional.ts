/**
 * @module translate/functions/conditional
 * Conditional expression functions (https://docs.snowflake.com/en/sql-reference/expressions-conditional):
 * IFF, NVL/IFNULL, NVL2, ZEROIFNULL, NULLIFZERO, COALESCE, NULLIF, DECODE (NULL matches NULL),
 * EQUAL_NULL, and GREATEST/LEAST, which return NULL when any argument is NULL (DuckDB's skip NULLs).
 */
import type { FnPrinter } from './_call.ts';
import { rename, tpl } from './_call.ts';

function nullSafeExtreme(fn: string): FnPrinter {
  return tpl(1, 255, (a) => `(CASE WHEN ${a.map((x) => `${x} IS NULL`).join(' OR ')} THEN NULL ELSE ${fn}(${a.join(', ')}) END)`);
}

export const CONDITIONAL: Record<string, FnPrinter> = {
  IFF: tpl(3, 3, ([c, a, b]) => `(CASE WHEN ${c} THEN ${a} ELSE ${b} END)`),
  NVL: rename('coalesce', 2, 2),
  IFNULL: rename('coalesce', 2, 2),
  NVL2: tpl(3, 3, ([x, a, b]) => `(CASE WHEN ${x} IS NOT NULL THEN ${a} ELSE ${b} END)`),
  ZEROIFNULL: tpl(1, 1, ([x]) => `coalesce(${x}, 0)`),
  NULLIFZERO: tpl(1, 1, ([x]) => `nullif(${x}, 0)`),
  COALESCE: rename('coalesce', 1),
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
