/**
 * @module engine/values
 * Canonical values (engine/types.ts `Value`) in each transport's encoding:
 * - `toWireString`: the driver protocol's JSON rowset strings (snowflake-wire-protocol.md §4);
 * - `toJsonValue`: REST `data` rows (numbers where exact, ISO text for dates, parsed VARIANTs);
 * - `toDisplayString`: CLI/REPL text in Snowflake's default output formats (reference §6:
 *   DATE `YYYY-MM-DD`, TIME `HH24:MI:SS`, NTZ `YYYY-MM-DD HH24:MI:SS.FF3`, LTZ/TZ
 *   `YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM`, BINARY `HEX`, semi-structured pretty-printed, JSON_INDENT 2).
 *
 * @example toWireString('2024-01-15', dateColumn) // "19737"
 */
import type { ResultColumn, Value } from './types.ts';
import { prettyJson } from './_json.ts';
import { nanosToSecondsText, parseDateDays, parseTimeNanos, parseTimestamp } from './_time.ts';

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

function realText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return String(n);
}

/** Scale used for time/timestamp fractions: the column's, default 9. */
function fracScale(column: ResultColumn): number {
  return column.scale ?? 9;
}

/** Driver-protocol rowset string of a value; `null` for SQL NULL. */
export function toWireString(value: Value, column: ResultColumn): string | null {
  if (value === null) return null;
  switch (column.type) {
    case 'fixed': case 'text': return String(value);
    case 'real': return realText(value as number);
    case 'boolean': return value ? '1' : '0';
    case 'date': return String(parseDateDays(String(value)));
    case 'time': return nanosToSecondsText(parseTimeNanos(String(value)), fracScale(column));
    case 'timestamp_ntz': return nanosToSecondsText(parseTimestamp(String(value)).wallNanos, fracScale(column));
    case 'timestamp_ltz': case 'timestamp_tz': {
      const p = parseTimestamp(String(value));
      const off = p.offsetMinutes ?? 0;
      const epoch = nanosToSecondsText(p.wallNanos - BigInt(off) * 60_000_000_000n, fracScale(column));
      return column.type === 'timestamp_ltz' ? epoch : `${epoch} ${off + 1440}`;
    }
    case 'variant': case 'object': case 'array': return prettyJson(String(value));
    case 'binary': return value instanceof Uint8Array ? hex(value) : String(value);
  }
}

/** Normalised decimal text (no trailing fraction zeros) for exactness checks. */
function trimDecimal(text: string): string {
  if (!text.includes('.')) return text.replace(/^-0$/, '0');
  const t = text.replace(/0+$/, '').replace(/\.$/, '');
  return t === '-0' ? '0' : t;
}

/** REST JSON value of a canonical value. */
export function toJsonValue(value: Value, column: ResultColumn): unknown {
  if (value === null) return null;
  switch (column.type) {
    case 'fixed': {
      const text = String(value);
      const n = Number(text);
      if ((column.scale ?? 0) === 0) return Number.isSafeInteger(n) ? n : text;
      return String(n) === trimDecimal(text) ? n : text;
    }
    case 'real': {
      const n = value as number;
      return Number.isFinite(n) ? n : realText(n);
    }
    case 'text': case 'date': case 'time': return String(value);
    case 'boolean': return Boolean(value);
    case 'timestamp_ntz': return String(value).replace(' ', 'T');
    case 'timestamp_ltz': case 'timestamp_tz': return String(value).replace(' ', 'T').replace(' ', '');
    case 'variant': case 'object': case 'array':
      try {
        return JSON.parse(String(value));
      } catch {
        return String(value);
      }
    case 'binary': return value instanceof Uint8Array ? hex(value) : String(value);
  }
}

/** FF3: fraction truncated to milliseconds, always 3 digits. */
function ff3(hms: string): string {
  const [base, frac = ''] = hms.split('.');
  return `${base}.${frac.padEnd(3, '0').slice(0, 3)}`;
}

/** CLI/REPL text of a value, in Snowflake's default output formats; `NULL` for SQL NULL. */
export function toDisplayString(value: Value, column: ResultColumn): string {
  if (value === null) return 'NULL';
  switch (column.type) {
    case 'fixed': case 'text': case 'date': return String(value);
    case 'real': return realText(value as number);
    case 'boolean': return value ? 'TRUE' : 'FALSE';
    case 'time': return String(value).slice(0, 8);
    case 'timestamp_ntz': {
      const [d, t = '00:00:00'] = String(value).split(' ');
      return `${d} ${ff3(t)}`;
    }
    case 'timestamp_ltz': case 'timestamp_tz': {
      const [d, t = '00:00:00', off = '+00:00'] = String(value).split(' ');
      return `${d} ${ff3(t)} ${off.replace(':', '')}`;
    }
    case 'variant': case 'object': case 'array': return prettyJson(String(value));
    case 'binary': return value instanceof Uint8Array ? hex(value) : String(value);
  }
}
