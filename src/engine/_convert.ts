/**
 * @module engine/_convert
 * DuckDB result columns → Snowflake `ResultColumn`s (architecture.md, "Types"), and DuckDB values →
 * the canonical `Value` forms of engine/types.ts. Exact throughout: decimals come from DuckDB's
 * integer representation plus scale, timestamps from integer micro/nanoseconds.
 *
 * A translator hint (`DuckDbPlan.columns`) overrides the type DuckDB reports (VARCHAR storing JSON
 * reported as VARIANT, TIMESTAMPTZ reported as TIMESTAMP_TZ, VARCHAR(10) length, ...); values are
 * then coerced from DuckDB's natural form to the hinted type.
 */
import {
  DuckDBBlobValue, DuckDBDateValue, DuckDBDecimalType, DuckDBDecimalValue, DuckDBListValue, DuckDBArrayValue,
  DuckDBMapValue, DuckDBStructValue, DuckDBTimestampTZValue, DuckDBTimestampValue, DuckDBTimestampNanosecondsValue,
  DuckDBTimestampMillisecondsValue, DuckDBTimestampSecondsValue, DuckDBTimeValue, DuckDBTimeNSValue, DuckDBTimeTZValue,
  DuckDBTypeId, DuckDBVariantValue,
} from '@duckdb/node-api';
import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';
import type { ColumnHint } from '../translate/plan.ts';
import type { ResultColumn, SnowflakeTypeName, Value } from './types.ts';
import { compactJson } from './_json.ts';
import { formatDate, formatEpochNanos, formatInstant, formatTimeOfDay, parseTimestamp, zoneOffsetMinutes } from './_time.ts';

export const TEXT_MAX = 16_777_216;
export const BINARY_MAX = 8_388_608;

/** The ResultColumn Snowflake reports for a type when nothing more specific is known. */
export function defaultColumn(name: string, type: SnowflakeTypeName): ResultColumn {
  const col: ResultColumn = { name, type, precision: null, scale: null, length: null, byteLength: null, nullable: true };
  switch (type) {
    case 'fixed':
      col.precision = 38;
      col.scale = 0;
      break;
    case 'text':
      col.length = TEXT_MAX;
      col.byteLength = TEXT_MAX;
      break;
    case 'binary':
      col.length = BINARY_MAX;
      col.byteLength = BINARY_MAX;
      break;
    case 'time': case 'timestamp_ntz': case 'timestamp_ltz': case 'timestamp_tz':
      col.precision = 0;
      col.scale = 9;
      break;
    case 'real': case 'boolean': case 'date': case 'variant': case 'object': case 'array':
      break;
  }
  return col;
}

/** Snowflake type family of a DuckDB type. */
export function snowflakeTypeOf(t: DuckDBType): SnowflakeTypeName {
  switch (t.typeId) {
    case DuckDBTypeId.BOOLEAN: return 'boolean';
    case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER: case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER: case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT: case DuckDBTypeId.UHUGEINT: case DuckDBTypeId.INTEGER_LITERAL: case DuckDBTypeId.BIGNUM:
    case DuckDBTypeId.DECIMAL:
      return 'fixed';
    case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: return 'real';
    case DuckDBTypeId.VARCHAR: return t.alias === 'JSON' ? 'variant' : 'text';
    case DuckDBTypeId.BLOB: return 'binary';
    case DuckDBTypeId.DATE: return 'date';
    case DuckDBTypeId.TIME: case DuckDBTypeId.TIME_NS: case DuckDBTypeId.TIME_TZ: return 'time';
    case DuckDBTypeId.TIMESTAMP: case DuckDBTypeId.TIMESTAMP_S: case DuckDBTypeId.TIMESTAMP_MS: case DuckDBTypeId.TIMESTAMP_NS:
      return 'timestamp_ntz';
    case DuckDBTypeId.TIMESTAMP_TZ: return 'timestamp_ltz';
    case DuckDBTypeId.LIST: case DuckDBTypeId.ARRAY: return 'array';
    case DuckDBTypeId.STRUCT: case DuckDBTypeId.MAP: return 'object';
    case DuckDBTypeId.VARIANT: return 'variant';
    default: return 'text';
  }
}

/** ResultColumn of a DuckDB column, with an optional translator hint applied on top. */
export function resultColumn(duckName: string, t: DuckDBType, hint?: ColumnHint): ResultColumn {
  const base = defaultColumn(duckName, snowflakeTypeOf(t));
  if (t.typeId === DuckDBTypeId.DECIMAL) {
    const d = t as DuckDBDecimalType;
    base.precision = d.width;
    base.scale = d.scale;
  }
  if (!hint) return base;
  const ht = hint.type;
  const col = ht && ht.type !== base.type ? defaultColumn(hint.name, ht.type) : { ...base, name: hint.name };
  if (ht) Object.assign(col, ht);
  col.name = hint.name;
  return col;
}

function formatDecimal(v: bigint, scale: number): string {
  if (scale === 0) return v.toString();
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Re-scale exact decimal text (round half away from zero), e.g. ("1.5", 2) → "1.50". */
export function rescaleDecimal(text: string, scale: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return text;
  let intPart = m[2] || '0';
  let frac = m[3] ?? '';
  const exp = Number(m[4] ?? 0);
  if (exp > 0) {
    frac = frac.padEnd(exp, '0');
    intPart += frac.slice(0, exp);
    frac = frac.slice(exp);
  } else if (exp < 0) {
    intPart = intPart.padStart(-exp + 1, '0');
    frac = intPart.slice(exp) + frac;
    intPart = intPart.slice(0, exp);
  }
  let v = BigInt(intPart + frac.padEnd(scale, '0').slice(0, scale));
  if ((frac[scale] ?? '0') >= '5') v += 1n;
  const out = formatDecimal(v, scale);
  return m[1] === '-' && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Compact JSON text of any DuckDB value (nested LIST/STRUCT/MAP/VARIANT become arrays/objects). */
export function duckValueToJsonText(v: DuckDBValue): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
    case 'bigint': return v.toString();
    case 'string': return JSON.stringify(v);
  }
  if (v instanceof DuckDBDecimalValue) return formatDecimal(v.value, v.scale);
  if (v instanceof DuckDBListValue || v instanceof DuckDBArrayValue) return `[${v.items.map(duckValueToJsonText).join(',')}]`;
  if (v instanceof DuckDBStructValue) {
    return `{${Object.entries(v.entries).map(([k, x]) => `${JSON.stringify(k)}:${duckValueToJsonText(x)}`).join(',')}}`;
  }
  if (v instanceof DuckDBMapValue) {
    return `{${v.entries.map((e) => `${JSON.stringify(String(e.key))}:${duckValueToJsonText(e.value)}`).join(',')}}`;
  }
  if (v instanceof DuckDBVariantValue) {
    if (v.value === null) return 'null';
    if (typeof v.value === 'string' && v.type?.alias === 'JSON') return compactJson(v.value);
    return duckValueToJsonText(v.value);
  }
  if (v instanceof DuckDBBlobValue) return JSON.stringify(Buffer.from(v.bytes).toString('hex').toUpperCase());
  if (v instanceof DuckDBDateValue) return JSON.stringify(formatDate(v.days));
  if (v instanceof DuckDBTimestampValue) return JSON.stringify(formatEpochNanos(v.micros * 1000n));
  return JSON.stringify(String(v));
}

/** Session facts a conversion needs (TIMESTAMP_LTZ values are shown in the session's TIMEZONE). */
export interface ConvertContext {
  timezone: string;
}

export type Converter = (v: DuckDBValue) => Value;

function naturalConverter(t: DuckDBType, ctx: ConvertContext): Converter {
  switch (t.typeId) {
    case DuckDBTypeId.BOOLEAN: return (v) => v as boolean;
    case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER: case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER: case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT: case DuckDBTypeId.UHUGEINT: case DuckDBTypeId.INTEGER_LITERAL: case DuckDBTypeId.BIGNUM:
      return (v) => String(v);
    case DuckDBTypeId.DECIMAL: return (v) => formatDecimal((v as DuckDBDecimalValue).value, (v as DuckDBDecimalValue).scale);
    case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: return (v) => v as number;
    case DuckDBTypeId.VARCHAR: return t.alias === 'JSON' ? (v) => compactJson(v as string) : (v) => v as string;
    case DuckDBTypeId.BLOB: return (v) => (v as DuckDBBlobValue).bytes;
    case DuckDBTypeId.DATE: return (v) => formatDate((v as DuckDBDateValue).days);
    case DuckDBTypeId.TIME: return (v) => formatTimeOfDay((v as DuckDBTimeValue).micros * 1000n);
    case DuckDBTypeId.TIME_NS: return (v) => formatTimeOfDay((v as DuckDBTimeNSValue).nanos);
    case DuckDBTypeId.TIME_TZ: return (v) => formatTimeOfDay((v as DuckDBTimeTZValue).micros * 1000n);
    case DuckDBTypeId.TIMESTAMP: return (v) => formatEpochNanos((v as DuckDBTimestampValue).micros * 1000n);
    case DuckDBTypeId.TIMESTAMP_S: return (v) => formatEpochNanos((v as DuckDBTimestampSecondsValue).seconds * 1_000_000_000n);
    case DuckDBTypeId.TIMESTAMP_MS: return (v) => formatEpochNanos((v as DuckDBTimestampMillisecondsValue).millis * 1_000_000n);
    case DuckDBTypeId.TIMESTAMP_NS: return (v) => formatEpochNanos((v as DuckDBTimestampNanosecondsValue).nanos);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return (v) => {
        const micros = (v as DuckDBTimestampTZValue).micros;
        return formatInstant(micros * 1000n, zoneOffsetMinutes(ctx.timezone, Number(micros / 1000n)));
      };
    case DuckDBTypeId.LIST: case DuckDBTypeId.ARRAY: case DuckDBTypeId.STRUCT: case DuckDBTypeId.MAP: case DuckDBTypeId.VARIANT:
      return duckValueToJsonText;
    default:
      return (v) => String(v);
  }
}

function toJsonText(v: Value, from: SnowflakeTypeName): string {
  if (v instanceof Uint8Array) return JSON.stringify(Buffer.from(v).toString('hex').toUpperCase());
  switch (from) {
    case 'fixed': return String(v);
    case 'real': return Number.isFinite(v as number) ? String(v) : JSON.stringify(String(v));
    case 'boolean': return v ? 'true' : 'false';
    case 'variant': case 'object': case 'array': return String(v);
    default: return JSON.stringify(String(v));
  }
}

/** Coerce a canonical value of type `from` to the canonical form of column `to`. */
function coerce(v: Value, from: SnowflakeTypeName, to: ResultColumn, ctx: ConvertContext): Value {
  if (v === null) return null;
  switch (to.type) {
    case 'fixed':
      if (typeof v === 'number') return Number.isFinite(v) ? rescaleDecimal(String(v), to.scale ?? 0) : String(v);
      if (typeof v === 'boolean') return v ? '1' : '0';
      return rescaleDecimal(String(v), to.scale ?? 0);
    case 'real': return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : Number(v);
    case 'text':
      if (v instanceof Uint8Array) return Buffer.from(v).toString('hex').toUpperCase();
      return String(v);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      return /^(true|t|yes|y|on|1)$/i.test(String(v)) || (from === 'fixed' && Number(v) !== 0);
    case 'date': return String(v).slice(0, 10);
    case 'time': return String(v);
    case 'timestamp_ntz':
      return from === 'timestamp_ltz' || from === 'timestamp_tz' ? String(v).replace(/ [+-]\d{2}:\d{2}$/, '') : String(v);
    case 'timestamp_ltz': case 'timestamp_tz': {
      const text = String(v);
      if (from === 'timestamp_ltz' || from === 'timestamp_tz') return text;
      const p = parseTimestamp(from === 'date' ? `${text} 00:00:00` : text);
      if (p.offsetMinutes !== null) return text;
      // Wall clock read in the session zone: offset at (wall - offset) ≈ offset at wall.
      const ms = Number(p.wallNanos / 1_000_000n);
      const off = zoneOffsetMinutes(ctx.timezone, ms - zoneOffsetMinutes(ctx.timezone, ms) * 60_000);
      return formatInstant(p.wallNanos - BigInt(off) * 60_000_000_000n, off);
    }
    case 'variant': case 'object': case 'array':
      return from === 'text' ? compactJson(String(v)) : toJsonText(v, from);
    case 'binary':
      return v instanceof Uint8Array ? v : new TextEncoder().encode(String(v));
  }
}

/** Converter from a DuckDB column of type `t` to the canonical form of `col`. */
export function makeConverter(t: DuckDBType, col: ResultColumn, ctx: ConvertContext): Converter {
  const natural = naturalConverter(t, ctx);
  const from = snowflakeTypeOf(t);
  const sameScale = from !== 'fixed' || t.typeId !== DuckDBTypeId.DECIMAL || (t as DuckDBDecimalType).scale === (col.scale ?? 0);
  const needsScale = from === 'fixed' && t.typeId !== DuckDBTypeId.DECIMAL && (col.scale ?? 0) !== 0;
  if (from === col.type && sameScale && !needsScale) return (v) => (v === null ? null : natural(v));
  return (v) => (v === null ? null : coerce(natural(v), from, col, ctx));
}
