/**
 * @module engine/_time
 * Exact calendar arithmetic for the canonical date/time forms (engine/types.ts `Value`): days and
 * epoch nanoseconds (BigInt, never floats) to `YYYY-MM-DD HH:MM:SS[.fffffffff]` text and back, and
 * UTC offsets of an IANA time zone (session parameter TIMEZONE) for TIMESTAMP_LTZ values.
 *
 * Fractions are trimmed one way everywhere: none when zero, otherwise exactly 9 digits.
 */

const NS_PER_SEC = 1_000_000_000n;
const NS_PER_DAY = 86_400n * NS_PER_SEC;

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** Civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function formatDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `HH:MM:SS[.fffffffff]` from nanoseconds since midnight. */
export function formatTimeOfDay(nanos: bigint): string {
  const secs = Number(nanos / NS_PER_SEC);
  const frac = nanos % NS_PER_SEC;
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const base = `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
  return frac === 0n ? base : `${base}.${frac.toString().padStart(9, '0')}`;
}

/** `YYYY-MM-DD HH:MM:SS[.fffffffff]` from nanoseconds since the epoch (wall clock). */
export function formatEpochNanos(nanos: bigint): string {
  let days = nanos / NS_PER_DAY;
  let rem = nanos % NS_PER_DAY;
  if (rem < 0n) {
    rem += NS_PER_DAY;
    days -= 1n;
  }
  return `${formatDate(Number(days))} ${formatTimeOfDay(rem)}`;
}

/** `+HH:MM` / `-HH:MM` from an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`;
}

const DATE_RE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const TS_RE = /^(-?\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:\s*([+-])(\d{2}):?(\d{2}))?$/;
const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/** Days since epoch of a canonical `YYYY-MM-DD`. */
export function parseDateDays(text: string): number {
  const m = DATE_RE.exec(text);
  if (!m) throw new Error(`not a canonical date: ${text}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Nanoseconds since midnight of a canonical `HH:MM:SS[.f]`. */
export function parseTimeNanos(text: string): bigint {
  const m = TIME_RE.exec(text);
  if (!m) throw new Error(`not a canonical time: ${text}`);
  const secs = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return BigInt(secs) * NS_PER_SEC + BigInt((m[4] ?? '').padEnd(9, '0') || '0');
}

/** A canonical timestamp: wall-clock epoch nanos (as if UTC) and the offset in minutes, if any. */
export interface ParsedTimestamp {
  wallNanos: bigint;
  offsetMinutes: number | null;
}

export function parseTimestamp(text: string): ParsedTimestamp {
  const m = TS_RE.exec(text);
  if (!m) throw new Error(`not a canonical timestamp: ${text}`);
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  const secs = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
  const frac = BigInt((m[7] ?? '').padEnd(9, '0') || '0');
  const wallNanos = BigInt(days) * NS_PER_DAY + BigInt(secs) * NS_PER_SEC + frac;
  const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : null;
  return { wallNanos, offsetMinutes };
}

/** Exact decimal seconds text of a nanosecond count, with `scale` fraction digits (truncated). */
export function nanosToSecondsText(nanos: bigint, scale: number): string {
  const neg = nanos < 0n;
  const abs = neg ? -nanos : nanos;
  const whole = abs / NS_PER_SEC;
  const frac = (abs % NS_PER_SEC).toString().padStart(9, '0').slice(0, Math.max(0, Math.min(9, scale)));
  const text = frac ? `${whole}.${frac}` : `${whole}`;
  return neg ? `-${text}` : text;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTC offset in minutes of `zone` at the instant `epochMs`. Offsets only change on quarter-hour
 * boundaries, so results are cached per zone and quarter hour.
 */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT') return 0;
  const bucket = Math.floor(epochMs / 900_000);
  const key = `${zone}|${bucket}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const at = bucket * 900_000;
  const parts = formatterFor(zone).formatToParts(new Date(at));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  // Not Date.UTC: it maps years 0-99 to 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  const wall = d.getTime();
  const off = Math.round((wall - at) / 60_000);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, off);
  return off;
}

/** Canonical LTZ/TZ text of an instant (epoch nanos) shown at `offsetMinutes`. */
export function formatInstant(epochNanos: bigint, offsetMinutes: number): string {
  return `${formatEpochNanos(epochNanos + BigInt(offsetMinutes) * 60n * NS_PER_SEC)} ${formatOffset(offsetMinutes)}`;
}
