/**
 * @module translate/functions/conversion
 * Conversion functions (https://docs.snowflake.com/en/sql-reference/functions-conversion):
 * TO_NUMBER/TO_DECIMAL/TO_NUMERIC with precision and scale (default NUMBER(38,0)), TO_DOUBLE,
 * TO_BOOLEAN with Snowflake's accepted strings (and 100037 for anything else), and the TRY_
 * variants returning NULL. Invalid numeric text makes DuckDB raise a conversion error that the
 * engine maps to 100038.
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import { inferType, isVariant } from '../transforms/infer-type.ts';
import { printVariantText } from '../transforms/semi-structured.ts';
import type { Expr } from '../../sql/ast.ts';
import type { Call, FnPrinter } from './_call.ts';
import { charToNumber, parseNumFormat } from './_numfmt.ts';

function valueArg(c: Call): string {
  const a = c.args[0]!;
  return isVariant(a, c.st) ? printVariantText(a, c.st) : c.arg(0);
}

/** The value read under a constant numeric format model (text for the caller to cast). */
function formatted(c: Call, fmt: Expr, tryIt: boolean): string {
  if (fmt.kind !== 'string') throw new NotSupportedError(`${c.name} with a non-constant format`);
  const nf = parseNumFormat(fmt.value);
  if (!nf) throw new NotSupportedError(`${c.name} with format '${fmt.value}'`);
  const r = charToNumber(valueArg(c), nf);
  return r.hex && tryIt ? `TRY(${r.text})` : r.text;
}

function toNumber(tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1, 4);
    let i = 1;
    let x = valueArg(c);
    const fmt = c.args[1];
    if (fmt && fmt.kind !== 'number') {
      x = formatted(c, fmt, tryIt);
      i = 2;
    }
    const p = c.args[i]?.kind === 'number' ? Number((c.args[i++] as { text: string }).text) : 38;
    const s = c.args[i]?.kind === 'number' ? Number((c.args[i] as { text: string }).text) : 0;
    return `${tryIt ? 'TRY_CAST' : 'CAST'}(${x} AS DECIMAL(${p},${s}))`;
  };
}

function toDouble(tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1, 2);
    const x = c.n > 1 ? formatted(c, c.args[1]!, tryIt) : valueArg(c);
    return `${tryIt ? 'TRY_CAST' : 'CAST'}(${x} AS DOUBLE)`;
  };
}

const TRUE_WORDS = ['true', 't', 'yes', 'y', 'on', '1'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', 'off', '0'];

function toBoolean(tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1);
    const a = c.args[0]!;
    const t = inferType(a, c.st);
    if (t?.f === 'boolean') return c.arg(0);
    if (t?.f === 'fixed' || t?.f === 'real') return `((${c.arg(0)}) <> 0)`;
    const x = valueArg(c);
    const lx = `lower(trim(CAST(${x} AS VARCHAR)))`;
    const bad = tryIt ? 'NULL' : `error('Boolean value ''' || CAST(${x} AS VARCHAR) || ''' is not recognized')`;
    return `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${lx} IN (${TRUE_WORDS.map(quoteString).join(', ')}) THEN TRUE WHEN ${lx} IN (${FALSE_WORDS.map(quoteString).join(', ')}) THEN FALSE ELSE ${bad} END)`;
  };
}

export const CONVERSION: Record<string, FnPrinter> = {
  TO_NUMBER: toNumber(false),
  TO_DECIMAL: toNumber(false),
  TO_NUMERIC: toNumber(false),
  TRY_TO_NUMBER: toNumber(true),
  TRY_TO_DECIMAL: toNumber(true),
  TRY_TO_NUMERIC: toNumber(true),
  TO_DOUBLE: toDouble(false),
  TRY_TO_DOUBLE: toDouble(true),
  TO_BOOLEAN: toBoolean(false),
  TRY_TO_BOOLEAN: toBoolean(true),
};
