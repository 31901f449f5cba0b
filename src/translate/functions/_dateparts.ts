/**
 * @module translate/functions/_dateparts
 * Snowflake date and time part names and their abbreviations
 * (https://docs.snowflake.com/en/sql-reference/functions-date-time#label-supported-date-time-parts),
 * and Snowflake format strings → strftime/strptime
 * (https://docs.snowflake.com/en/sql-reference/functions-conversion#label-date-time-format-conversion).
 */
import type { Expr } from '../../sql/ast.ts';
import { SnowflakeError } from '../../errors.ts';

const ALIASES: Record<string, string> = {};
function alias(canon: string, ...names: string[]): void {
  ALIASES[canon] = canon;
  for (const n of names) ALIASES[n] = canon;
}
alias('YEAR', 'Y', 'YY', 'YYY', 'YYYY', 'YR', 'YEARS', 'YRS');
alias('MONTH', 'MM', 'MON', 'MONS', 'MONTHS');
alias('DAY', 'D', 'DD', 'DAYS', 'DAYOFMONTH');
alias('DAYOFWEEK', 'WEEKDAY', 'DOW', 'DW');
alias('DAYOFWEEKISO', 'WEEKDAY_ISO', 'DOW_ISO', 'DW_ISO');
alias('DAYOFYEAR', 'YEARDAY', 'DOY', 'DY');
alias('WEEK', 'W', 'WK', 'WEEKOFYEAR', 'WOY', 'WY');
alias('WEEKISO', 'WEEK_ISO', 'WEEKOFYEARISO', 'WEEKOFYEAR_ISO');
alias('QUARTER', 'Q', 'QTR', 'QTRS', 'QUARTERS');
alias('YEAROFWEEK');
alias('YEAROFWEEKISO');
alias('HOUR', 'H', 'HH', 'HR', 'HOURS', 'HRS');
alias('MINUTE', 'M', 'MI', 'MIN', 'MINUTES', 'MINS');
alias('SECOND', 'S', 'SEC', 'SECONDS', 'SECS');
alias('MILLISECOND', 'MS', 'MSEC', 'MILLISECONDS');
alias('MICROSECOND', 'US', 'USEC', 'MICROSECONDS');
alias('NANOSECOND', 'NS', 'NSEC', 'NANOSEC', 'NSECOND', 'NANOSECONDS', 'NANOSECS', 'NSECONDS');
alias('EPOCH_SECOND', 'EPOCH', 'EPOCH_SECONDS');
alias('EPOCH_MILLISECOND', 'EPOCH_MILLISECONDS');
alias('EPOCH_MICROSECOND', 'EPOCH_MICROSECONDS');
alias('EPOCH_NANOSECOND', 'EPOCH_NANOSECONDS');
alias('TIMEZONE_HOUR', 'TZH');
alias('TIMEZONE_MINUTE', 'TZM');

/** The canonical part named by an argument written as an identifier or a string. */
export function datePart(e: Expr | undefined): string {
  let raw: string | undefined;
  if (e?.kind === 'column' && e.parts.length === 1) raw = e.parts[0]!.name;
  else if (e?.kind === 'string') raw = e.value;
  if (raw === undefined) throw new SnowflakeError(1003, '42000', 'SQL compilation error:\ninvalid date or time part');
  const p = ALIASES[raw.toUpperCase()];
  if (!p) throw new SnowflakeError(1003, '42000', `SQL compilation error:\ninvalid date or time part '${raw}'`);
  return p;
}

/** True when the argument looks like a date part (for TRUNC(date, part) vs TRUNC(number, scale)). */
export function isDatePart(e: Expr | undefined): boolean {
  if (e?.kind === 'column' && e.parts.length === 1) return ALIASES[e.parts[0]!.name.toUpperCase()] !== undefined;
  if (e?.kind === 'string') return ALIASES[e.value.toUpperCase()] !== undefined;
  return false;
}

/** DuckDB date_part name for a canonical Snowflake part. */
export const DUCK_PART: Record<string, string> = {
  YEAR: 'year', MONTH: 'month', DAY: 'day', DAYOFWEEK: 'dayofweek', DAYOFWEEKISO: 'isodow', DAYOFYEAR: 'dayofyear',
  WEEK: 'week', WEEKISO: 'week', QUARTER: 'quarter', YEAROFWEEK: 'isoyear', YEAROFWEEKISO: 'isoyear', HOUR: 'hour',
  MINUTE: 'minute', SECOND: 'second', MILLISECOND: 'millisecond', MICROSECOND: 'microsecond', NANOSECOND: 'nanosecond',
  EPOCH_SECOND: 'epoch', EPOCH_MILLISECOND: 'epoch_ms', EPOCH_MICROSECOND: 'epoch_us', EPOCH_NANOSECOND: 'epoch_ns',
  TIMEZONE_HOUR: 'timezone_hour', TIMEZONE_MINUTE: 'timezone_minute',
};

const FORMAT_TOKENS: [string, string][] = [
  ['YYYY', '%Y'], ['YY', '%y'], ['MMMM', '%B'], ['MON', '%b'], ['MM', '%m'], ['DD', '%d'], ['DY', '%a'],
  ['HH24', '%H'], ['HH12', '%I'], ['HH', '%H'], ['AM', '%p'], ['PM', '%p'], ['MI', '%M'], ['SS', '%S'],
  ['FF9', '%n'], ['FF6', '%f'], ['FF3', '%g'], ['FF', '%n'], ['TZH:TZM', '%z'], ['TZHTZM', '%z'],
];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * Snowflake's AUTO input formats for a date/timestamp string literal that DuckDB would not read
 * (`05-Mar-2016`, `03-April-2024`, `3/5/2016`), normalised to ISO; null when already ISO or unknown.
 */
export function normaliseDateLiteral(v: string): string | null {
  const t = v.trim();
  let m = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})(.*)$/.exec(t);
  if (m) {
    const mon = MONTHS.indexOf(m[2]!.slice(0, 3).toUpperCase());
    if (mon < 0) return null;
    return `${m[3]}-${String(mon + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}${m[4]}`;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(t);
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}${m[4]}`;
  return null;
}

const OFFSET_RE = /^(.*\d)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * A timestamp literal for DuckDB: AUTO formats normalised (normaliseDateLiteral), a `T` separator
 * allowed, and a trailing UTC offset (`-0700`, `+02:00`, `Z`) dropped for TIMESTAMP_NTZ (Snowflake
 * ignores it) or rewritten as `+HH:MM` right after the time for LTZ/TZ. Null when unchanged.
 */
export function normaliseTimestampLiteral(v: string, withZone: boolean): string | null {
  const base = normaliseDateLiteral(v) ?? v.trim();
  const m = OFFSET_RE.exec(base);
  if (!m || !/\d{1,2}:\d{2}/.test(m[1]!)) return base === v ? null : base;
  const body = m[1]!.replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ');
  if (!withZone) return body;
  const off = m[2]!.toUpperCase() === 'Z' ? '+00:00' : m[2]!.replace(/^([+-]\d{2}):?(\d{2})?$/, (_x, h: string, mm?: string) => `${h}:${mm ?? '00'}`);
  return `${body}${off}`;
}

/** A Snowflake date/time format → a DuckDB strftime/strptime format. */
export function convertFormat(fmt: string): string {
  let out = '';
  let i = 0;
  const up = fmt.toUpperCase();
  outer: while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const lit = j < 0 ? fmt.slice(i + 1) : fmt.slice(i + 1, j);
      out += lit.replace(/%/g, '%%');
      i = j < 0 ? fmt.length : j + 1;
      continue;
    }
    for (const [tok, rep] of FORMAT_TOKENS) {
      if (up.startsWith(tok, i)) {
        out += rep;
        i += tok.length;
        continue outer;
      }
    }
    out += ch === '%' ? '%%' : ch;
    i++;
  }
  return out;
}

const INTERVAL_PARTS: Record<string, [string, number]> = {
  YEAR: ['to_years', 1], QUARTER: ['to_months', 3], MONTH: ['to_months', 1], WEEK: ['to_days', 7], DAY: ['to_days', 1],
  HOUR: ['to_hours', 1], MINUTE: ['to_minutes', 1], SECOND: ['to_seconds', 1], MILLISECOND: ['to_milliseconds', 1],
  MICROSECOND: ['to_microseconds', 1],
};

/**
 * A Snowflake interval constant `INTERVAL '1 year, 3 q, 4 mm, 7 h, 1000 ms'` as a sum of DuckDB
 * intervals: comma-separated `<integer> <part>` items, the part any date/time part name or
 * abbreviation (or its plural), nanoseconds kept to microseconds
 * (https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants).
 * Undefined when the text is not of that form (DuckDB then reads it as written).
 */
export function intervalConstant(value: string): string | undefined {
  const terms: string[] = [];
  for (const item of value.split(',')) {
    const m = /^\s*([+-]?\d+)\s*([A-Za-z_]+)\s*$/.exec(item);
    if (!m) return undefined;
    const u = m[2]!.toUpperCase();
    const part = ALIASES[u] ?? ALIASES[u.replace(/S$/, '')];
    const n = m[1]!;
    if (part === 'NANOSECOND') {
      terms.push(`to_microseconds(CAST(${n} AS BIGINT) // 1000)`);
      continue;
    }
    const f = part ? INTERVAL_PARTS[part] : undefined;
    if (!f) return undefined;
    const t = f[0] === 'to_years' || f[0] === 'to_months' || f[0] === 'to_days' ? 'INTEGER' : 'BIGINT';
    terms.push(`${f[0]}(CAST(${n} AS ${t})${f[1] > 1 ? ` * ${f[1]}` : ''})`);
  }
  return terms.length ? `(${terms.join(' + ')})` : undefined;
}
