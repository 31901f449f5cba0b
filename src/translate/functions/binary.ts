/**
 * @module translate/functions/binary
 * Hash and encoding functions (https://docs.snowflake.com/en/sql-reference/functions-string:
 * Checksum, Cryptographic Hash, Encoding/Decoding) and BINARY conversions. Strings are hashed as
 * their UTF-8 bytes, BINARY values as their bytes, numbers as their text. DuckDB has SHA-1, SHA-256
 * and MD5 only: other SHA-2 digest sizes are NotSupported. The TRY_ forms give NULL where the plain
 * form fails (DuckDB's `try()`).
 */
import type { Expr } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import { inferType } from '../transforms/infer-type.ts';
import type { Call, FnPrinter } from './_call.ts';
import { textArg } from './string.ts';

/** Argument i as hash input: BINARY as is, anything else as text. */
function message(c: Call, i = 0): string {
  return textArg(c, i);
}

function isBinary(c: Call, i: number): boolean {
  const a = c.args[i];
  return a !== undefined && inferType(a, c.st)?.f === 'binary';
}

/** The digest size of SHA2*(msg [, digest_size]) — only 256 has a DuckDB function. */
function sha2(c: Call): string {
  c.check(1, 2);
  const bits = c.args[1];
  const n = bits === undefined ? 256 : bits.kind === 'number' ? Number(bits.text) : NaN;
  if (n !== 256) throw new NotSupportedError(`${c.name} with a digest size other than 256 (DuckDB has SHA-256 only)`);
  return `sha256(${message(c)})`;
}

/** MD5_NUMBER_LOWER64/UPPER64: half of the digest read as a big-endian unsigned 64-bit number. */
function md5Half(from: 1 | 17): FnPrinter {
  return (c) => {
    c.check(1);
    return `CAST(CAST('0x' || substr(md5(${message(c)}), ${from}, 16) AS UBIGINT) AS DECIMAL(20,0))`;
  };
}

/**
 * Hex text → bytes; an odd number of digits is not a legal hex value (DuckDB would pad it). With
 * `tryIt` a bad value is NULL (DuckDB's try() cannot hold error(), so the odd case is tested first).
 */
export function hexBytes(s: string, tryIt: boolean): string {
  const odd = tryIt ? 'NULL' : `error('The following string is not a legal hex-encoded value: ''' || ${s} || '''')`;
  return `(CASE WHEN length(${s}) % 2 = 1 THEN ${odd} ELSE ${tryIt ? `try(unhex(${s}))` : `unhex(${s})`} END)`;
}

/** The alphabet argument ('+/=' by default): characters 62, 63 and the padding character. */
function alphabet(c: Call, i: number): string {
  const a = c.args[i];
  if (a === undefined) return '+/=';
  if (a.kind !== 'string') throw new NotSupportedError(`${c.name} with a non-constant alphabet`);
  return a.value + '+/='.slice(a.value.length);
}

/** Base64 text `b64` in the given alphabet → bytes; line breaks are ignored. */
function base64Bytes(b64: string, alpha = '+/='): string {
  let s = `replace(replace(${b64}, chr(10), ''), chr(13), '')`;
  if (alpha !== '+/=') s = `translate(${s}, ${quoteString(alpha)}, '+/=')`;
  return `from_base64(${s})`;
}

/** BASE64_ENCODE(input [, max_line_length [, alphabet]]). */
function base64Encode(c: Call): string {
  c.check(1, 3);
  const bytes = isBinary(c, 0) ? c.arg(0) : `encode(${message(c)})`;
  let out = `to_base64(${bytes})`;
  const alpha = alphabet(c, 2);
  if (alpha !== '+/=') out = `translate(${out}, '+/=', ${quoteString(alpha)})`;
  const len = c.args[1];
  if (len !== undefined) {
    if (len.kind !== 'number' || !/^\d+$/.test(len.text)) throw new NotSupportedError('BASE64_ENCODE with a non-constant line length');
    const n = Number(len.text);
    if (n > 0) out = `rtrim(regexp_replace(${out}, '(.{${n}})', '\\1' || chr(10), 'g'), chr(10))`;
  }
  return out;
}

/** TO_BINARY(input [, format]) as DuckDB bytes; a BINARY input is returned as is. */
function toBinary(tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1, 2);
    if (isBinary(c, 0)) return c.arg(0);
    const f: Expr | undefined = c.args[1];
    const fmt = f === undefined ? 'HEX' : f.kind === 'string' ? f.value.toUpperCase() : '';
    if (fmt === 'HEX') return hexBytes(c.arg(0), tryIt);
    if (fmt === 'BASE64') return tryOf(base64Bytes(c.arg(0)), tryIt);
    if (fmt === 'UTF-8' || fmt === 'UTF8') return `encode(${c.arg(0)})`;
    throw new NotSupportedError(`${c.name} format ${fmt || 'expression'}`);
  };
}

/** `try(sql)` for the TRY_ forms: NULL where the conversion fails. */
function tryOf(sql: string, tryIt: boolean): string {
  return tryIt ? `try(${sql})` : sql;
}

function hexDecode(text: boolean, tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1);
    const bytes = hexBytes(c.arg(0), tryIt);
    return text ? tryOf(`decode(${bytes})`, tryIt) : bytes;
  };
}

function base64Decode(text: boolean, tryIt: boolean): FnPrinter {
  return (c) => {
    c.check(1, 2);
    const bytes = base64Bytes(c.arg(0), alphabet(c, 1));
    return tryOf(text ? `decode(${bytes})` : bytes, tryIt);
  };
}

export const BINARY: Record<string, FnPrinter> = {
  SHA2: sha2,
  SHA2_HEX: sha2,
  SHA2_BINARY: (c) => `unhex(${sha2(c)})`,
  SHA1: (c) => (c.check(1), `sha1(${message(c)})`),
  SHA1_HEX: (c) => (c.check(1), `sha1(${message(c)})`),
  SHA1_BINARY: (c) => (c.check(1), `unhex(sha1(${message(c)}))`),
  MD5: (c) => (c.check(1), `md5(${message(c)})`),
  MD5_HEX: (c) => (c.check(1), `md5(${message(c)})`),
  MD5_BINARY: (c) => (c.check(1), `unhex(md5(${message(c)}))`),
  MD5_NUMBER_LOWER64: md5Half(17),
  MD5_NUMBER_UPPER64: md5Half(1),
  HEX_ENCODE: (c) => {
    c.check(1, 2);
    const s = `upper(hex(${message(c)}))`;
    return c.n === 1 ? s : `(CASE WHEN ${c.arg(1)} = 0 THEN lower(${s}) ELSE ${s} END)`;
  },
  HEX_DECODE_STRING: hexDecode(true, false),
  HEX_DECODE_BINARY: hexDecode(false, false),
  TRY_HEX_DECODE_STRING: hexDecode(true, true),
  TRY_HEX_DECODE_BINARY: hexDecode(false, true),
  BASE64_ENCODE: base64Encode,
  BASE64_DECODE_STRING: base64Decode(true, false),
  BASE64_DECODE_BINARY: base64Decode(false, false),
  TRY_BASE64_DECODE_STRING: base64Decode(true, true),
  TRY_BASE64_DECODE_BINARY: base64Decode(false, true),
  TO_BINARY: toBinary(false),
  TRY_TO_BINARY: toBinary(true),
  // BIT_LENGTH: 8 × the bytes of the UTF-8 text or of the BINARY value.
  BIT_LENGTH: (c) => {
    c.check(1);
    return isBinary(c, 0) ? `(octet_length(${c.arg(0)}) * 8)` : `bit_length(${message(c)})`;
  },
};
