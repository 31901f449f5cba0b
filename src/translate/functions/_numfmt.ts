/**
 * @module translate/functions/_numfmt
 * Snowflake's numeric SQL format models (https://docs.snowflake.com/en/sql-reference/sql-format-models),
 * compiled at translate time into DuckDB expressions: TO_CHAR/TO_VARCHAR of a number with a
 * format, and TO_NUMBER/TO_DECIMAL/TO_DOUBLE of text with a format.
 *
 * Supported elements: fixed-position digits `9` / `0` with `,`/`G` groups and `.`/`D` decimal
 * point, `$`, `S` (leading or trailing explicit sign), `MI` (trailing minus), `B` (blank integer
 * zero), `FM` (fill mode: no padding), hexadecimal `X`/`x` (with `0` and `S`), the text-minimal
 * forms `TM`, `TM9`, `TME`, and double-quoted literal text before and after the number.
 * Fixed-position output keeps the format's width: the sign (`-`, or a blank) and `$` float to the
 * first printed digit, and a value too wide for the integer positions prints `#` in each digit.
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';

type Core =
  | { kind: 'digits'; intPos: string[]; frac: number; dollar: boolean; sign: 'none' | 'S-lead' | 'S-trail' | 'MI'; blankZero: boolean }
  | { kind: 'hex'; width: number; zeroLead: boolean; lower: boolean; sign: boolean }
  | { kind: 'tm'; sci: boolean };

interface NumFormat {
  prefix: string;
  suffix: string;
  fm: boolean;
  core: Core;
}

/** Parses a numeric format model; undefined when it is not one (e.g. a date format). */
export function parseNumFormat(fmt: string): NumFormat | undefined {
  let prefix = '';
  let suffix = '';
  let body = '';
  let seenCore = false;
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const lit = j < 0 ? fmt.slice(i + 1) : fmt.slice(i + 1, j);
      if (!seenCore) prefix += lit;
      else suffix += lit;
      i = j < 0 ? fmt.length : j + 1;
      continue;
    }
    if (suffix) throw new NotSupportedError('numeric format with text inside the number');
    body += ch;
    seenCore = true;
    i++;
  }
  let up = body.toUpperCase();
  let fm = false;
  if (up.startsWith('FM')) {
    fm = true;
    up = up.slice(2);
    body = body.slice(2);
  }
  if (up === 'TM' || up === 'TM9' || up === 'TME') return { prefix, suffix, fm, core: { kind: 'tm', sci: up === 'TME' } };
  if (/^S?0*X+$/.test(up)) {
    const sign = up.startsWith('S');
    const digits = sign ? body.slice(1) : body;
    return { prefix, suffix, fm, core: { kind: 'hex', width: digits.length, zeroLead: digits.startsWith('0'), lower: /x/.test(digits), sign } };
  }
  const m = /^(S?)(\$?)(B?)(\$?)([90,G]*)(?:[.D]([90]*))?(MI|S)?$/.exec(up);
  if (!m || (m[1] && m[7]) || (m[2] && m[4])) return undefined;
  const intPart = m[5]!;
  const frac = m[6]?.length ?? 0;
  if (!/[90]/.test(intPart) && frac === 0) return undefined;
  const sign = m[1] ? 'S-lead' : m[7] === 'S' ? 'S-trail' : m[7] === 'MI' ? 'MI' : 'none';
  return {
    prefix, suffix, fm,
    core: { kind: 'digits', intPos: [...intPart.replace(/G/g, ',')], frac, dollar: !!(m[2] || m[4]), sign, blankZero: !!m[3] },
  };
}

/** TO_CHAR(number, format) as a DuckDB expression over the printed number `x`. */
export function numberToChar(x: string, f: NumFormat): string {
  const core = f.core;
  let body: string;
  if (core.kind === 'tm') {
    body = core.sci ? sciText(x) : `CAST(${x} AS VARCHAR)`;
  } else if (core.kind === 'hex') {
    body = hexText(x, core);
  } else {
    body = fixedText(x, core);
  }
  if (f.fm) body = `trim(${body})`;
  const parts = [f.prefix && quoteString(f.prefix), body, f.suffix && quoteString(f.suffix)].filter(Boolean);
  return `(CASE WHEN ${x} IS NULL THEN NULL ELSE ${parts.join(' || ')} END)`;
}

/** `-1.2391E1`, `0E0`, `1E-1`: shortest mantissa, no exponent sign for positive exponents. */
function sciText(x: string): string {
  const d = `CAST(${x} AS DOUBLE)`;
  const e = `CAST(floor(log10(abs(${d}))) AS INTEGER)`;
  const mant = `rtrim(rtrim(printf('%.15f', round(${d} / power(10, ${e}), 14)), '0'), '.')`;
  return `(CASE WHEN ${d} = 0 THEN '0E0' ELSE ${mant} || 'E' || CAST(${e} AS VARCHAR) END)`;
}

function hexText(x: string, c: Extract<Core, { kind: 'hex' }>): string {
  const n = `CAST(round(${x}) AS HUGEINT)`;
  const mod = `CAST(power(16, ${c.width}) AS HUGEINT)`;
  // Without S a negative number prints its two's complement in the format's width.
  const v = c.sign ? `abs(${n})` : `((${n} % ${mod}) + ${mod}) % ${mod}`;
  let h = `format('{:X}', ${v})`;
  if (c.lower) h = `lower(${h})`;
  const over = `length(${h}) > ${c.width}`;
  const padded = `lpad(${h}, ${c.width}, ${c.zeroLead ? `'0'` : `' '`})`;
  let out = `(CASE WHEN ${over} THEN repeat('#', ${c.width}) ELSE ${padded} END)`;
  if (c.sign) out = `(CASE WHEN ${n} < 0 THEN '-' ELSE '+' END) || ${out}`;
  return out;
}

function fixedText(x: string, c: Extract<Core, { kind: 'digits' }>): string {
  const digitIdx = c.intPos.flatMap((ch, i) => (ch === ',' ? [] : [i]));
  const n = digitIdx.length;
  const firstZero = c.intPos.findIndex((ch) => ch === '0');
  const zeroFrom = firstZero < 0 ? n : digitIdx.indexOf(firstZero);
  // |x| rounded to the format's scale, as text: `12.4`, `0.0`, `3987`.
  const abs = `CAST(abs(CAST(${x} AS DECIMAL(38,${c.frac}))) AS VARCHAR)`;
  const intStr = `split_part(${abs}, '.', 1)`;
  const fracStr = `split_part(${abs}, '.', 2)`;
  const neg = `(CAST(${x} AS DECIMAL(38,${c.frac})) < 0)`;
  // Significant integer digits; a zero integer part prints one 0 unless B (or a 0 position) says otherwise.
  const sig = `(CASE WHEN ${intStr} = '0' THEN ${c.blankZero || zeroFrom < n ? 0 : n > 0 ? 1 : 0} ELSE length(${intStr}) END)`;
  const padded = `lpad(${intStr}, ${Math.max(n, 1)}, '0')`;
  const pieces: string[] = [];
  const hashes: string[] = [];
  let d = 0;
  for (const ch of c.intPos) {
    if (ch === ',') {
      // A group separator prints only when a digit is printed to its left.
      const k = d - 1;
      pieces.push(k < 0 ? `' '` : `(CASE WHEN ${shown(k, n, zeroFrom, sig)} THEN ',' ELSE ' ' END)`);
      hashes.push(`','`);
      continue;
    }
    pieces.push(`(CASE WHEN ${shown(d, n, zeroFrom, sig)} THEN substr(${padded}, length(${padded}) - ${n - 1 - d}, 1) ELSE ' ' END)`);
    hashes.push(`'#'`);
    d++;
  }
  if (c.frac > 0) {
    pieces.push(`'.'`, `rpad(${fracStr}, ${c.frac}, '0')`);
    hashes.push(`'.'`, quoteString('#'.repeat(c.frac)));
  }
  const digits = pieces.length ? pieces.join(' || ') : `''`;
  const over = `(length(${intStr}) > ${n} AND ${intStr} <> '0')`;
  const lead = c.sign === 'none' ? `(CASE WHEN ${neg} THEN '-' ELSE ' ' END)` : c.sign === 'S-lead' ? `(CASE WHEN ${neg} THEN '-' ELSE '+' END)` : `''`;
  const trail = c.sign === 'S-trail' ? `(CASE WHEN ${neg} THEN '-' ELSE '+' END)` : c.sign === 'MI' ? `(CASE WHEN ${neg} THEN '-' ELSE ' ' END)` : `''`;
  const dollar = c.dollar ? `'$'` : `''`;
  const width = c.intPos.length + (c.frac > 0 ? c.frac + 1 : 0) + (c.dollar ? 1 : 0) + (c.sign === 'S-trail' || c.sign === 'MI' ? 0 : 1);
  // Sign and $ float to the first printed character; the whole keeps the format's width.
  const normal = `lpad(${lead} || ${dollar} || ltrim(${digits}), ${width}, ' ') || ${trail}`;
  const overflow = `${lead} || ${dollar} || ${hashes.join(' || ') || `''`} || ${trail}`;
  return `(CASE WHEN ${over} THEN ${overflow} ELSE ${normal} END)`;
}

/** Whether integer digit position `d` (0-based from the left, of `n`) prints a digit. */
function shown(d: number, n: number, zeroFrom: number, sig: string): string {
  if (d >= zeroFrom) return 'TRUE';
  return `(${n - d} <= ${sig})`;
}

/**
 * Text → number under a format (TO_NUMBER/TO_DECIMAL/TO_DOUBLE with a format): literal text, `$`,
 * group separators and blanks are dropped, a trailing `-` (MI/S) moves to the front, hexadecimal
 * formats read base 16. Returns the cleaned text (or a HUGEINT for hex) for the caller to cast.
 */
export function charToNumber(x: string, f: NumFormat): { text: string; hex: boolean } {
  let s = `CAST(${x} AS VARCHAR)`;
  for (const lit of [f.prefix, f.suffix]) if (lit) s = `replace(${s}, ${quoteString(lit)}, '')`;
  if (f.core.kind === 'hex') {
    const h = `regexp_replace(${s}, '[\\s+]', '', 'g')`;
    return { text: `(CASE WHEN starts_with(${h}, '-') THEN -1 ELSE 1 END) * CAST(('0x' || ltrim(${h}, '-')) AS BIGINT)`, hex: true };
  }
  s = `regexp_replace(${s}, '[\\s$,]', '', 'g')`;
  // A trailing sign (MI, trailing S) goes in front.
  s = `regexp_replace(${s}, '^([^+-]*)([+-])$', '\\2\\1')`;
  return { text: s, hex: false };
}

/**
 * A FLOAT as text (TO_VARCHAR, `::VARCHAR`): whole numbers print without `.0`, fractions with
 * up to 10 significant digits (`TO_VARCHAR(LOG(3,4))` is `1.261859507`,
 * https://docs.snowflake.com/en/sql-reference/functions/to_char#examples).
 */
export function floatText(x: string): string {
  const plain = `regexp_replace(CAST(${x} AS VARCHAR), '\\.0$', '')`;
  return `(CASE WHEN isfinite(${x}) AND ${x} <> trunc(${x}) THEN printf('%.10g', ${x}) ELSE ${plain} END)`;
}
