/**
 * @module translate/functions/_fract-precision
 * The optional `fract_sec_precision` of CURRENT_TIMESTAMP / LOCALTIMESTAMP / CURRENT_TIME /
 * LOCALTIME (https://docs.snowflake.com/en/sql-reference/functions/current_timestamp): the value is
 * reported with that many digits after the decimal point (0-9, default 9). DuckDB keeps
 * microseconds, so precisions 6-9 are the value itself; below 6 the extra digits are cut off.
 */
import { NotSupportedError } from '../../errors.ts';
import type { Call, FnPrinter } from './_call.ts';

/** The precision argument as a number, or undefined when absent. */
function precisionArg(c: Call): number | undefined {
  const a = c.args[0];
  if (!a) return undefined;
  if (a.kind !== 'number' || !/^\d+$/.test(a.text)) throw new NotSupportedError(`${c.name} with a non-constant precision`);
  const p = Number(a.text);
  if (p > 9) throw new NotSupportedError(`${c.name} precision ${p} (valid values are 0-9)`);
  return p;
}

/** A clock function (`now` is its DuckDB SQL, a function call) that honours the optional precision argument. */
export function clockWithPrecision(now: string): FnPrinter {
  return (c) => {
    c.check(0, 1);
    const p = precisionArg(c);
    if (p === undefined || p >= 6) return now;
    // microsecond(x) is the seconds field in microseconds; drop its digits past the precision.
    return `(${now} - to_microseconds(microsecond(${now}) % ${10 ** (6 - p)}))`;
  };
}
