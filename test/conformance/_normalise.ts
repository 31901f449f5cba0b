/**
 * @module test/conformance/_normalise
 * The one value normalisation every transport applies before comparing with a case (README.md):
 * fixed → exact decimal text with its scale, real → JS number, dates `YYYY-MM-DD`, times and
 * timestamps without trailing fraction zeros, LTZ/TZ with a `+HH:MM` offset, semi-structured →
 * compact JSON text, binary → upper-case hex.
 */

/** Snowflake type family of a result column, as the transports report it (lower case). */
export type TypeFamily =
  | 'fixed' | 'real' | 'text' | 'boolean' | 'date' | 'time'
  | 'timestamp_ntz' | 'timestamp_ltz' | 'timestamp_tz'
  | 'variant' | 'object' | 'array' | 'binary';

/** Drop trailing zeros of the fractional seconds (and the dot when nothing is left). */
export function trimFraction(text: string): string {
  return text.replace(/(\d{2}:\d{2}:\d{2})(\.\d*?)0*(?=$|\s|[+-]\d)/, (_m, hms: string, frac: string) =>
    frac === '.' ? hms : `${hms}${frac}`,
  );
}

/** `-0700`, `-07:00`, `Z` → `-07:00` / `+00:00`. */
function normaliseOffset(text: string): string {
  const m = /^(.*\d)\s*(Z|[+-]\d{2}:?\d{2})$/.exec(text.trim());
  if (!m) return text;
  const body = m[1]!;
  const off = m[2]!;
  if (off === 'Z') return `${body} +00:00`;
  const digits = off.replace(':', '');
  return `${body} ${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

/** Normalise one canonical value (engine/types.ts `Value`) of a column of `type`. */
export function normaliseValue(value: unknown, type: TypeFamily): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'fixed':
      return typeof value === 'string' ? value : String(value);
    case 'real':
      if (typeof value === 'number') return value;
      if (value === 'NaN') return NaN;
      if (value === 'Infinity' || value === 'inf') return Infinity;
      if (value === '-Infinity' || value === '-inf') return -Infinity;
      return Number(value);
    case 'text':
      return String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true' || value === '1' || value === 1;
    case 'date':
      return String(value);
    case 'time':
    case 'timestamp_ntz':
      return trimFraction(String(value).replace('T', ' '));
    case 'timestamp_ltz':
    case 'timestamp_tz':
      return normaliseOffset(trimFraction(String(value).replace('T', ' ')));
    case 'variant':
    case 'object':
    case 'array':
      return typeof value === 'string' ? compactJson(value) : JSON.stringify(value);
    case 'binary':
      return value instanceof Uint8Array ? hex(value) : String(value).toUpperCase();
  }
}
