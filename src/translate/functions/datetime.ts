/**
 * @module translate/functions/datetime
 * Date and time functions (https://docs.snowflake.com/en/sql-reference/functions-date-time).
 * DATEADD keeps DATE for date parts on a DATE input; DATEDIFF counts part boundaries crossed (as
 * DuckDB's date_diff does); ADD_MONTHS keeps month-ends at month-end; DATE_FROM_PARTS accepts
 * out-of-range months and days; string arguments are typed as DATE or TIMESTAMP like Snowflake's
 * implicit casts. Date parts accept every Snowflake abbreviation (_dateparts.ts).
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import { inferType, isVariant } from '../transforms/infer-type.ts';
import { printVariantText } from '../transforms/semi-structured.ts';
import type { Call, FnPrinter } from './_call.ts';
import { tpl } from './_call.ts';
import { NUMERIC } from './numeric.ts';

const NUMERIC_TRUNC = (c: Call): string => NUMERIC.TRUNCATE!(c);
import { datePart, DUCK_PART, isDatePart, normaliseTimestampLiteral } from './_dateparts.ts';
import { clockWithPrecision } from './_fract-precision.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Argument i as a date/time value: string literals become DATE or TIMESTAMP. */
export function dtArg(c: Call, i: number): string {
  const a = c.args[i];
  if (a?.kind === 'string') {
    const v = normaliseTimestampLiteral(a.value, false) ?? a.value;
    return `CAST(${quoteString(v)} AS ${DATE_RE.test(v.trim()) ? 'DATE' : 'TIMESTAMP'})`;
  }
  if (a && isVariant(a, c.st)) return `CAST(${printVariantText(a, c.st)} AS TIMESTAMP)`;
  if (a && inferType(a, c.st)?.f === 'text') return `CAST(${c.arg(i)} AS TIMESTAMP)`;
  return c.arg(i);
}

function isDateArg(c: Call, i: number): boolean {
  const a = c.args[i];
  if (a?.kind === 'string') return DATE_RE.test(a.value.trim());
  return a !== undefined && inferType(a, c.st)?.f === 'date';
}

const INTERVAL_FN: Record<string, [string, number]> = {
  YEAR: ['to_years', 1], QUARTER: ['to_months', 3], MONTH: ['to_months', 1], WEEK: ['to_days', 7], DAY: ['to_days', 1],
  HOUR: ['to_hours', 1], MINUTE: ['to_minutes', 1], SECOND: ['to_seconds', 1], MILLISECOND: ['to_milliseconds', 1],
  MICROSECOND: ['to_microseconds', 1],
};

function dateAdd(c: Call): string {
  c.check(3);
  const part = datePart(c.args[0]);
  const n = c.arg(1);
  const d = dtArg(c, 2);
  let iv: string;
  if (part === 'NANOSECOND') iv = `to_microseconds(CAST(trunc((${n}) / 1000) AS BIGINT))`;
  else {
    const f = INTERVAL_FN[part];
    if (!f) throw new NotSupportedError(`DATEADD with part ${part}`);
    const [fn, mult] = f;
    const cnt = fn === 'to_seconds' ? `CAST(${n} AS DOUBLE)` : `CAST(trunc(${n}) AS INTEGER)`;
    iv = mult === 1 ? `${fn}(${cnt})` : `${fn}(${cnt} * ${mult})`;
  }
  const dateOnly = ['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY'].includes(part);
  // A string argument is coerced to TIMESTAMP_NTZ, even a bare date: DATEADD(day, 3, '2023-04-02')
  // answers 2023-04-05 00:00:00.000; only a real DATE keeps DATE.
  if (c.args[2]?.kind !== 'string' && isDateArg(c, 2) && dateOnly) return `CAST((${d} + ${iv}) AS DATE)`;
  return `(${d} + ${iv})`;
}

/**
 * WEEK_START as an ISO day number (1 = Monday ... 7 = Sunday); 0 (the default) behaves as Monday
 * (https://docs.snowflake.com/en/sql-reference/functions-date-time#label-calendar-weeks-weekdays).
 */
function weekStartOf(c: Call): number {
  const ws = Number(c.st.param('WEEK_START') ?? 0);
  return ws >= 1 && ws <= 7 ? ws : 1;
}

/** The first day (DATE) of the week holding `d`, weeks starting on ISO day `ws`. */
function weekStartDate(d: string, ws: number): string {
  return `(CAST(${d} AS DATE) - CAST(((isodow(${d}) - ${ws} + 7) % 7) AS INTEGER))`;
}

/**
 * WEEK / YEAROFWEEK under WEEK_START and WEEK_OF_YEAR_POLICY: policy 0 makes week 1 the first week
 * with at least 4 days of the year (ISO when weeks start on Monday); policy 1 makes it the week
 * holding January 1 (the days before it in that week are the last week of the previous year).
 */
function weekOfYear(part: 'WEEK' | 'YEAROFWEEK', d: string, c: Call): string | undefined {
  const ws = weekStartOf(c);
  const policy = Number(c.st.param('WEEK_OF_YEAR_POLICY') ?? 0);
  if (policy === 1) {
    if (part === 'YEAROFWEEK') return `year(${d})`;
    const rel = `((isodow(make_date(year(${d}), 1, 1)) - ${ws} + 7) % 7)`;
    return `((dayofyear(${d}) - 1 + ${rel}) // 7 + 1)`;
  }
  if (ws === 1) return undefined;
  const mid = `(${weekStartDate(d, ws)} + 3)`;
  return part === 'YEAROFWEEK' ? `year(${mid})` : `((dayofyear(${mid}) - 1) // 7 + 1)`;
}

function dateDiff(c: Call): string {
  c.check(3);
  const part = datePart(c.args[0]);
  const duck = DUCK_PART[part];
  if (!duck || part.startsWith('EPOCH') || part.startsWith('TIMEZONE')) throw new NotSupportedError(`DATEDIFF with part ${part}`);
  const a = dtArg(c, 1);
  const b = dtArg(c, 2);
  if (part === 'NANOSECOND') return `(date_diff('microsecond', ${a}, ${b}) * 1000)`;
  // Week boundaries crossed, weeks starting on WEEK_START (DuckDB counts whole 7-day spans).
  if (part === 'WEEK') {
    const ws = weekStartOf(c);
    return `(date_diff('day', ${weekStartDate(a, ws)}, ${weekStartDate(b, ws)}) // 7)`;
  }
  return `date_diff('${duck}', ${a}, ${b})`;
}

function extract(part: string): FnPrinter {
  return (c) => {
    c.check(1);
    return partOf(part, dtArg(c, 0), c);
  };
}

/** date_part with WEEK_START honoured for DAYOFWEEK (1 = Monday ... 7 = Sunday; 0 = legacy Sunday-0). */
function partOf(part: string, d: string, c: Call): string {
  if (part === 'DAYOFWEEK') {
    const ws = Number(c.st.param('WEEK_START') ?? 0);
    if (ws >= 1 && ws <= 7) return `(((isodow(${d}) - ${ws} + 7) % 7) + 1)`;
  }
  if (part === 'WEEK' || part === 'YEAROFWEEK') {
    const w = weekOfYear(part, d, c);
    if (w) return w;
  }
  if (part === 'EPOCH_SECOND') return `CAST(floor(epoch(${d})) AS BIGINT)`;
  if (part === 'EPOCH_MILLISECOND') return `epoch_ms(${d})`;
  if (part === 'EPOCH_MICROSECOND') return `epoch_us(${d})`;
  if (part === 'EPOCH_NANOSECOND') return `epoch_ns(${d})`;
  // Nanoseconds within the second (DuckDB's 'microsecond' part also counts the seconds; microsecond precision).
  if (part === 'NANOSECOND') return `(CAST(date_part('microsecond', ${d}) AS BIGINT) % 1000000 * 1000)`;
  return `date_part('${DUCK_PART[part]}', ${d})`;
}

function datePartFn(c: Call): string {
  c.check(2);
  const part = datePart(c.args[0]);
  return partOf(part, dtArg(c, 1), c);
}

/** DATE_TRUNC(part, d) keeping the input's type. */
export function dateTrunc(part: string, d: string, isDate: boolean, weekStart = 0): string {
  if (part === 'WEEK' && weekStart > 1 && weekStart <= 7) {
    const t = `(CAST(${d} AS DATE) - CAST(((isodow(${d}) - ${weekStart} + 7) % 7) AS INTEGER))`;
    return isDate ? t : `CAST(${t} AS TIMESTAMP)`;
  }
  const duck = part === 'WEEK' || part === 'WEEKISO' ? 'week' : DUCK_PART[part];
  if (!duck || part.startsWith('EPOCH') || part.startsWith('DAYOF')) throw new NotSupportedError(`DATE_TRUNC with part ${part}`);
  const t = `date_trunc('${duck}', ${d})`;
  return isDate ? `CAST(${t} AS DATE)` : t;
}

function lastDay(c: Call): string {
  c.check(1, 2);
  const d = dtArg(c, 0);
  const part = c.args[1] ? datePart(c.args[1]) : 'MONTH';
  switch (part) {
    case 'MONTH':
      return `last_day(${d})`;
    case 'YEAR':
      return `CAST(date_trunc('year', ${d}) + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)`;
    case 'QUARTER':
      return `CAST(date_trunc('quarter', ${d}) + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE)`;
    case 'WEEK':
      return `(${weekStartDate(d, weekStartOf(c))} + 6)`;
    default:
      throw new NotSupportedError(`LAST_DAY with part ${part}`);
  }
}

export const DATETIME: Record<string, FnPrinter> = {
  DATEADD: dateAdd,
  TIMEADD: dateAdd,
  TIMESTAMPADD: dateAdd,
  DATEDIFF: dateDiff,
  TIMEDIFF: dateDiff,
  TIMESTAMPDIFF: dateDiff,
  DATE_TRUNC: (c) => {
    c.check(2);
    const a = c.args[1];
    if (a && inferType(a, c.st)?.f === 'time') {
      // DuckDB truncates timestamps only: anchor the TIME on a day and take the time back.
      return `CAST(${dateTrunc(datePart(c.args[0]), `(CAST('1970-01-01' AS DATE) + ${c.arg(1)})`, false)} AS TIME)`;
    }
    return dateTrunc(datePart(c.args[0]), dtArg(c, 1), isDateArg(c, 1), Number(c.st.param('WEEK_START') ?? 0));
  },
  TRUNC: (c) => {
    if (isDatePart(c.args[1])) return dateTrunc(datePart(c.args[1]), dtArg(c, 0), isDateArg(c, 0));
    return NUMERIC_TRUNC(c);
  },
  DATE_PART: datePartFn,
  EXTRACT: (c) => {
    if (c.f.part) {
      c.check(1);
      return partOf(datePart({ kind: 'string', value: c.f.part }), dtArg(c, 0), c);
    }
    return datePartFn(c);
  },
  YEAR: extract('YEAR'),
  MONTH: extract('MONTH'),
  DAY: extract('DAY'),
  DAYOFMONTH: extract('DAY'),
  DAYOFWEEK: extract('DAYOFWEEK'),
  DAYOFWEEKISO: extract('DAYOFWEEKISO'),
  DAYOFYEAR: extract('DAYOFYEAR'),
  WEEK: extract('WEEK'),
  WEEKOFYEAR: extract('WEEK'),
  WEEKISO: extract('WEEKISO'),
  YEAROFWEEK: extract('YEAROFWEEK'),
  YEAROFWEEKISO: extract('YEAROFWEEKISO'),
  QUARTER: extract('QUARTER'),
  HOUR: extract('HOUR'),
  MINUTE: extract('MINUTE'),
  SECOND: extract('SECOND'),
  LAST_DAY: lastDay,
  ADD_MONTHS: tpl(2, 2, ([d, n], c) => {
    const dd = dtArg(c, 0);
    const shifted = `(${dd} + to_months(CAST(trunc(${n}) AS INTEGER)))`;
    void d;
    const t = inferType(c.args[0]!, c.st)?.f;
    const keep = t === 'timestamp_ntz' || t === 'timestamp_ltz' || t === 'timestamp_tz';
    const r = `(CASE WHEN CAST(${dd} AS DATE) = last_day(${dd}) THEN CAST(last_day(${shifted}) AS TIMESTAMP) + (CAST(${dd} AS TIMESTAMP) - date_trunc('day', CAST(${dd} AS TIMESTAMP))) ELSE ${shifted} END)`;
    return keep ? r : `CAST(${r} AS DATE)`;
  }),
  DATE_FROM_PARTS: tpl(3, 3, ([y, m, d]) => `CAST(make_date(CAST(${y} AS BIGINT), 1, 1) + to_months(CAST(${m} AS INTEGER) - 1) + to_days(CAST(${d} AS INTEGER) - 1) AS DATE)`),
  DATEFROMPARTS: tpl(3, 3, ([y, m, d]) => `CAST(make_date(CAST(${y} AS BIGINT), 1, 1) + to_months(CAST(${m} AS INTEGER) - 1) + to_days(CAST(${d} AS INTEGER) - 1) AS DATE)`),
  TIMEFROMPARTS: tpl(3, 4, ([h, m, s, ns]) => `CAST(TIME '00:00:00' + to_hours(CAST(${h} AS BIGINT)) + to_minutes(CAST(${m} AS BIGINT)) + to_seconds(CAST(${s} AS DOUBLE))${ns ? ` + to_microseconds(CAST(trunc((${ns}) / 1000) AS BIGINT))` : ''} AS TIME)`),
  TIME_FROM_PARTS: tpl(3, 4, ([h, m, s, ns]) => `CAST(TIME '00:00:00' + to_hours(CAST(${h} AS BIGINT)) + to_minutes(CAST(${m} AS BIGINT)) + to_seconds(CAST(${s} AS DOUBLE))${ns ? ` + to_microseconds(CAST(trunc((${ns}) / 1000) AS BIGINT))` : ''} AS TIME)`),
  // https://docs.snowflake.com/en/sql-reference/functions/timestamp_from_parts (and its aliases).
  TIMESTAMP_FROM_PARTS: tsFromParts('TIMESTAMP'),
  TIMESTAMPFROMPARTS: tsFromParts('TIMESTAMP'),
  TIMESTAMP_NTZ_FROM_PARTS: tsFromParts('TIMESTAMP'),
  TIMESTAMPNTZFROMPARTS: tsFromParts('TIMESTAMP'),
  TIMESTAMP_LTZ_FROM_PARTS: tsFromParts('TIMESTAMPTZ'),
  TIMESTAMPLTZFROMPARTS: tsFromParts('TIMESTAMPTZ'),
  TIMESTAMP_TZ_FROM_PARTS: tsFromParts('TIMESTAMPTZ', true),
  TIMESTAMPTZFROMPARTS: tsFromParts('TIMESTAMPTZ', true),
  CONVERT_TIMEZONE: (c) => {
    c.check(2, 3);
    // Two arguments: the instant in the target zone. DuckDB cannot carry a per-value offset, so the
    // result is that zone's wall-clock time (docs/translation.md).
    if (c.n === 2) {
      // The source is a TIMESTAMP_TZ: a string keeps its UTC offset.
      const a = c.args[1]!;
      const lit = a.kind === 'string' ? normaliseTimestampLiteral(a.value, true) : null;
      const src = lit !== null ? `CAST(${quoteString(lit)} AS TIMESTAMPTZ)` : `CAST(${dtArg(c, 1)} AS TIMESTAMPTZ)`;
      // In the session's own zone the TIMESTAMP_TZ result prints with its offset.
      const z = c.args[0];
      if (z?.kind === 'string' && z.value === c.st.param('TIMEZONE')) return src;
      return `timezone(${c.arg(0)}, ${src})`;
    }
    return `timezone(${c.arg(1)}, timezone(${c.arg(0)}, CAST(${dtArg(c, 2)} AS TIMESTAMP)))`;
  },
  // Function-call forms: DuckDB binds a bare `current_date` aliased "CURRENT_DATE" as a forward
  // reference to that alias (Binder Error), so `SELECT CURRENT_DATE` failed.
  CURRENT_DATE: tpl(0, 0, () => 'current_date()'),
  CURRENT_TIMESTAMP: clockWithPrecision('get_current_timestamp()'),
  LOCALTIMESTAMP: clockWithPrecision('get_current_timestamp()'),
  GETDATE: tpl(0, 0, () => 'current_timestamp'),
  SYSTIMESTAMP: tpl(0, 0, () => 'current_timestamp'),
  SYSDATE: tpl(0, 0, () => `timezone('UTC', current_timestamp)`),
  // Wall-clock time in the session time zone (DuckDB's TimeZone follows TIMEZONE); DuckDB cannot cast TIMESTAMPTZ to TIME.
  CURRENT_TIME: clockWithPrecision('current_localtime()'),
  LOCALTIME: clockWithPrecision('current_localtime()'),
  TIME_SLICE: (c) => {
    // https://docs.snowflake.com/en/sql-reference/functions/time_slice: buckets aligned to 1970-01-01.
    c.check(3, 4);
    const part = datePart(c.args[2]);
    const unit = { YEAR: 'YEAR', QUARTER: 'MONTH', MONTH: 'MONTH', WEEK: 'DAY', DAY: 'DAY', HOUR: 'HOUR', MINUTE: 'MINUTE', SECOND: 'SECOND' }[part];
    if (!unit) throw new NotSupportedError(`TIME_SLICE with part ${part}`);
    const mult = part === 'QUARTER' ? 3 : part === 'WEEK' ? 7 : 1;
    const iv = `to_${unit.toLowerCase()}s(CAST(${c.arg(1)} AS INTEGER)${mult > 1 ? ` * ${mult}` : ''})`;
    const ts = dtArg(c, 0);
    // Week slices start on the first day (WEEK_START) of the week holding 1970-01-01, a Thursday.
    const origin = part === 'WEEK' ? `CAST(DATE '1970-01-01' - ${(4 - weekStartOf(c) + 7) % 7} AS TIMESTAMP)` : `TIMESTAMP '1970-01-01 00:00:00'`;
    const start = `time_bucket(${iv}, CAST(${ts} AS TIMESTAMP), ${origin})`;
    const endArg = c.args[3];
    const end = endArg?.kind === 'string' && endArg.value.toUpperCase() === 'END';
    const r = end ? `(${start} + ${iv})` : start;
    return isDateArg(c, 0) ? `CAST(${r} AS DATE)` : r;
  },
  MONTHS_BETWEEN: (c) => {
    c.check(2);
    const a = dtArg(c, 0);
    const b = dtArg(c, 1);
    // Whole months when the days of month match or both are month-ends; otherwise a 31-day month
    // fraction including the time of day (https://docs.snowflake.com/en/sql-reference/functions/months_between).
    const whole = `((year(${a}) - year(${b})) * 12 + (month(${a}) - month(${b})))`;
    const same = `(day(${a}) = day(${b}) OR (CAST(${a} AS DATE) = last_day(${a}) AND CAST(${b} AS DATE) = last_day(${b})))`;
    const frac = `((epoch(CAST(${a} AS TIMESTAMP)) - epoch(date_trunc('month', CAST(${a} AS TIMESTAMP)))) - (epoch(CAST(${b} AS TIMESTAMP)) - epoch(date_trunc('month', CAST(${b} AS TIMESTAMP))))) / 2678400.0`;
    return `CAST((CASE WHEN ${same} THEN ${whole} ELSE ${whole} + ${frac} END) AS DECIMAL(38,6))`;
  },
  MONTHNAME: (c) => `strftime(${dtArg(c, 0)}, '%b')`,
  DAYNAME: (c) => `strftime(${dtArg(c, 0)}, '%a')`,
  NEXT_DAY: (c) => nextPrev(c, true),
  PREVIOUS_DAY: (c) => nextPrev(c, false),
};

const DOW: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

function nextPrev(c: Call, next: boolean): string {
  c.check(2);
  const w = c.args[1];
  if (w?.kind !== 'string') throw new NotSupportedError(`${c.name} with a non-constant day`);
  const dow = DOW[w.value.slice(0, 2).toUpperCase()];
  if (dow === undefined) throw new NotSupportedError(`${c.name} day '${w.value}'`);
  const d = dtArg(c, 0);
  return next
    ? `CAST(${d} + to_days(CAST(((${dow} - dayofweek(${d}) + 6) % 7) + 1 AS INTEGER)) AS DATE)`
    : `CAST(${d} - to_days(CAST(((dayofweek(${d}) - ${dow} + 6) % 7) + 1 AS INTEGER)) AS DATE)`;
}

function tsFromParts(target: string, withZone = false): FnPrinter {
  return (c) => {
    c.check(2, withZone ? 8 : 7);
    if (c.n === 2) return `CAST(${dtArg(c, 0)} + ${c.arg(1)} AS ${target})`;
    if (c.n < 6) c.check(6, withZone ? 8 : 7);
    // The optional time zone is the last argument: the 7th when it is a string, else the 8th.
    const zi = withZone && c.n >= 7 && (c.n === 8 || c.args[6]!.kind === 'string') ? c.n - 1 : -1;
    const [y, mo, d, h, mi, s] = [0, 1, 2, 3, 4, 5].map((i) => c.arg(i));
    const ns = c.n > 6 && zi !== 6 ? c.arg(6) : '0';
    const base = `make_date(CAST(${y} AS BIGINT), 1, 1) + to_months(CAST(${mo} AS INTEGER) - 1) + to_days(CAST(${d} AS INTEGER) - 1)`;
    const t = `to_hours(CAST(${h} AS BIGINT)) + to_minutes(CAST(${mi} AS BIGINT)) + to_seconds(CAST(${s} AS DOUBLE)) + to_microseconds(CAST(trunc((${ns}) / 1000) AS BIGINT))`;
    const wall = `CAST(${base} AS TIMESTAMP) + ${t}`;
    // A wall-clock time in the named zone (DuckDB's timezone(zone, TIMESTAMP) → TIMESTAMPTZ).
    if (zi >= 0) return `timezone(${c.arg(zi)}, ${wall})`;
    return `CAST(${wall} AS ${target})`;
  };
}
