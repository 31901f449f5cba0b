/**
 * @module translate/functions/datetime-convert
 * Conversions to dates, times and timestamps and back to text
 * (https://docs.snowflake.com/en/sql-reference/functions/to_date, …/to_timestamp, …/to_char):
 * formats, the `AUTO` format, epoch numbers and integer strings (seconds/ms/µs/ns by magnitude),
 * UTC offsets on literals, and Snowflake's default output format for TIMESTAMP → text.
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import { inferType, isVariant } from '../transforms/infer-type.ts';
import { printVariantText } from '../transforms/semi-structured.ts';
import type { Expr, FuncCall } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { Call, type FnPrinter } from './_call.ts';
import { convertFormat, normaliseTimestampLiteral } from './_dateparts.ts';
import { floatText, numberToChar, parseNumFormat } from './_numfmt.ts';

function toDateLike(target: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMPTZ', tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1, 2);
    const a = c.args[0]!;
    const cast = tryIt ? 'TRY_CAST' : 'CAST';
    const fmt = c.args[1];
    if (fmt && !(fmt.kind === 'string' && fmt.value.toUpperCase() === 'AUTO')) {
      if (fmt.kind === 'number' && target !== 'DATE' && target !== 'TIME') {
        return epochTs(c.arg(0), `power(10, ${fmt.text})`, target);
      }
      if (fmt.kind !== 'string') throw new NotSupportedError(`${c.name} with a non-constant format`);
      const f = quoteString(convertFormat(fmt.value));
      return tryIt ? `CAST(try_strptime(${c.arg(0)}, ${f}) AS ${target})` : `CAST(strptime(${c.arg(0)}, ${f}) AS ${target})`;
    }
    if (isVariant(a, c.st)) {
      // A VARIANT holding an integer (or integer string) is epoch seconds/ms/µs/ns, like text.
      const x = printVariantText(a, c.st);
      return target === 'TIME' || tryIt ? `${cast}(${x} AS ${target})` : epochOrParse(x, target);
    }
    if (a.kind === 'string' && /^\s*-?\d+\s*$/.test(a.value)) {
      // An integer string is seconds, milliseconds, microseconds or nanoseconds since the epoch,
      // by magnitude (https://docs.snowflake.com/en/sql-reference/functions/to_date#usage-notes).
      const n = Math.abs(Number(a.value));
      const div = n < 31536000000 ? '1' : n < 31536000000000 ? '1000' : n < 31536000000000000 ? '1000000' : '1000000000';
      const ts = epochTs(a.value.trim(), div, 'TIMESTAMP');
      return target === 'TIMESTAMP' ? ts : `CAST(${ts} AS ${target})`;
    }
    if (a.kind === 'string' && target !== 'TIME') {
      const v = normaliseTimestampLiteral(a.value, target === 'TIMESTAMPTZ');
      if (v !== null) return `${cast}(${quoteString(v)} AS ${target})`;
    }
    const t = inferType(a, c.st);
    if (t?.f === 'text' && !tryIt) return epochOrParse(c.arg(0), target);
    if ((t?.f === 'fixed' || t?.f === 'real') && target !== 'DATE' && target !== 'TIME') return epochTs(c.arg(0), '1', target);
    if (t?.f === 'fixed' && target === 'DATE') return `CAST(to_timestamp(${c.arg(0)}) AT TIME ZONE 'UTC' AS DATE)`;
    return `${cast}(${c.arg(0)} AS ${target})`;
  };
}

/** Text that is an integer is epoch seconds/ms/µs/ns by magnitude (TIME: its time of day); other text is parsed. */
function epochOrParse(x: string, target: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMPTZ'): string {
  const n = `abs(CAST(${x} AS HUGEINT))`;
  const div = `(CASE WHEN ${n} < 31536000000 THEN 1 WHEN ${n} < 31536000000000 THEN 1000 WHEN ${n} < 31536000000000000 THEN 1000000 ELSE 1000000000 END)`;
  const epoch = epochTs(`CAST(${x} AS HUGEINT)`, div, 'TIMESTAMP');
  const e2 = target === 'TIMESTAMP' ? epoch : `CAST(${epoch} AS ${target})`;
  return `(CASE WHEN regexp_full_match(${x}, '\\s*-?\\d+\\s*') THEN ${e2} ELSE CAST(${x} AS ${target}) END)`;
}

/**
 * `CAST(x AS DATE | TIMESTAMP_*)` / `x::...` of a number, an integer string or a VARIANT follows
 * TO_DATE / TO_TIMESTAMP_* (epoch seconds, or seconds/ms/µs/ns by magnitude for integer text:
 * https://docs.snowflake.com/en/sql-reference/functions/to_timestamp#usage-notes). Undefined when a
 * plain cast applies.
 */
export function printDateLikeCast(e: Expr, fam: string, tryCast: boolean, st: PrintState): string | undefined {
  const target = fam === 'date' ? 'DATE' : fam === 'timestamp_ntz' ? 'TIMESTAMP' : fam === 'timestamp_ltz' || fam === 'timestamp_tz' ? 'TIMESTAMPTZ' : undefined;
  if (!target) return undefined;
  const f = isVariant(e, st) ? 'variant' : inferType(e, st)?.f;
  const intText = e.kind === 'string' && /^\s*-?\d+\s*$/.test(e.value);
  const numeric = target !== 'DATE' && (f === 'fixed' || f === 'real');
  if (!intText && !numeric && f !== 'variant') return undefined;
  const name = target === 'DATE' ? 'TO_DATE' : 'TO_TIMESTAMP';
  const call: FuncCall = { kind: 'func', name: [{ kind: 'ident', name, quoted: false }], args: [e], distinct: false, star: false };
  return toDateLike(target, tryCast)(new Call(call, st, name));
}

/** Seconds (divided by `div`) since the epoch → TIMESTAMP (UTC wall clock) or TIMESTAMPTZ. */
export function epochTs(n: string, div: string, target: string): string {
  const us = `make_timestamp(CAST(round(CAST(${n} AS DOUBLE) * 1000000 / ${div}) AS BIGINT))`;
  return target === 'TIMESTAMP' ? us : `timezone('UTC', ${us})`;
}

/**
 * TO_CHAR / TO_VARCHAR of a BINARY (https://docs.snowflake.com/en/sql-reference/functions/to_char):
 * encoded as HEX (the default, upper case), BASE64 or UTF-8.
 */
function binaryToChar(c: Call, fmt: Expr | undefined): string {
  if (fmt && fmt.kind !== 'string') throw new NotSupportedError(`${c.name} of a BINARY with a non-constant format`);
  const f = (fmt?.value ?? 'HEX').toUpperCase();
  const x = c.arg(0);
  if (f === 'HEX') return `upper(hex(${x}))`;
  if (f === 'BASE64') return `to_base64(${x})`;
  if (f === 'UTF-8' || f === 'UTF8') return `decode(${x})`;
  throw new NotSupportedError(`${c.name} of a BINARY with format '${fmt?.value}'`);
}

/** TO_CHAR / TO_VARCHAR with an optional date/time format. */
export function toChar(c: Call): string {
  c.check(1, 2);
  const a = c.args[0]!;
  const fmt = c.args[1];
  const t = inferType(a, c.st);
  if (isVariant(a, c.st)) return printVariantText(a, c.st);
  if (t?.f === 'binary') return binaryToChar(c, fmt);
  if (fmt) {
    if (fmt.kind !== 'string') throw new NotSupportedError(`${c.name} with a non-constant format`);
    if (t?.f === 'fixed' || t?.f === 'real') {
      const nf = parseNumFormat(fmt.value);
      if (!nf) throw new NotSupportedError(`${c.name} with numeric format '${fmt.value}'`);
      return numberToChar(c.arg(0), nf);
    }
    // DuckDB's strftime takes no TIME: format it as a time on 1970-01-01.
    const v = t?.f === 'time' ? `(DATE '1970-01-01' + ${c.arg(0)})` : c.arg(0);
    return `strftime(${v}, ${quoteString(convertFormat(fmt.value))})`;
  }
  if (t?.f === 'timestamp_ntz') return `strftime(${c.arg(0)}, '%Y-%m-%d %H:%M:%S.%g')`;
  if (t?.f === 'real') return floatText(c.arg(0));
  return `CAST(${c.arg(0)} AS VARCHAR)`;
}

export const DATETIME_CONVERT: Record<string, FnPrinter> = {
  TO_DATE: toDateLike('DATE', false),
  DATE: toDateLike('DATE', false),
  TRY_TO_DATE: toDateLike('DATE', true),
  TO_TIME: toDateLike('TIME', false),
  TIME: toDateLike('TIME', false),
  TRY_TO_TIME: toDateLike('TIME', true),
  TO_TIMESTAMP: toDateLike('TIMESTAMP', false),
  TO_TIMESTAMP_NTZ: toDateLike('TIMESTAMP', false),
  TO_TIMESTAMP_LTZ: toDateLike('TIMESTAMPTZ', false),
  TO_TIMESTAMP_TZ: toDateLike('TIMESTAMPTZ', false),
  TRY_TO_TIMESTAMP: toDateLike('TIMESTAMP', true),
  TRY_TO_TIMESTAMP_NTZ: toDateLike('TIMESTAMP', true),
  TRY_TO_TIMESTAMP_LTZ: toDateLike('TIMESTAMPTZ', true),
  TRY_TO_TIMESTAMP_TZ: toDateLike('TIMESTAMPTZ', true),
  TO_CHAR: toChar,
  TO_VARCHAR: toChar,
};
