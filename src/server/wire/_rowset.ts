/**
 * @module server/wire/_rowset
 * Result metadata in the driver protocol's shape: `rowtype` entries (spec §3.3: lower-case type,
 * scale always present for time/timestamps, precision, nullable) and the `parameters` list every
 * query response echoes, built from the format defaults, the session's parameters and the
 * parameters the client set at login.
 */
import type { ResultColumn, SnowflakeTypeName } from '../../engine/types.ts';
import { assertNever } from '../../errors.ts';
import type { ParamValue } from './_connections.ts';
import { FORMAT_PARAMETERS } from './constants.ts';

export interface RowTypeEntry {
  name: string;
  database: string;
  schema: string;
  table: string;
  type: string;
  scale: number | null;
  precision: number | null;
  length: number | null;
  byteLength: number | null;
  nullable: boolean;
  collation: string | null;
}

/**
 * Scale as drivers read it. The Node driver turns an omitted scale into NaN for time and
 * timestamps (spec §3.3), so those always carry one (9 when the engine did not say).
 */
export function wireScale(type: SnowflakeTypeName, scale: number | null): number | null {
  switch (type) {
    case 'fixed':
      return scale ?? 0;
    case 'time':
    case 'timestamp_ntz':
    case 'timestamp_ltz':
    case 'timestamp_tz':
      return scale ?? 9;
    case 'real':
    case 'text':
    case 'boolean':
    case 'date':
    case 'variant':
    case 'object':
    case 'array':
    case 'binary':
      return scale;
    default:
      return assertNever(type, 'column type');
  }
}

export function rowTypeEntry(col: ResultColumn, upperCaseType = false): RowTypeEntry {
  return {
    name: col.name,
    database: '',
    schema: '',
    table: '',
    type: upperCaseType ? col.type.toUpperCase() : col.type,
    scale: wireScale(col.type, col.scale),
    precision: col.type === 'fixed' ? (col.precision ?? 38) : col.precision,
    length: col.length,
    byteLength: col.byteLength,
    nullable: col.nullable,
    collation: null,
  };
}

/** The one-cell result of DDL-like parents (multi-statement parent row). */
export function textColumn(name: string): ResultColumn {
  return { name, type: 'text', precision: null, scale: null, length: 16777216, byteLength: 16777216, nullable: false };
}

/** Keep only scalar values (the protocol's parameter values are strings, numbers or booleans). */
export function scalarParams(src: Record<string, unknown>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(src)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k.toUpperCase()] = v;
  }
  return out;
}

/**
 * Parameters to echo: format defaults, then the session's current parameters, then what the
 * client set at login, then anything the session changed since login (ALTER SESSION wins over
 * the login value).
 */
export function effectiveParameters(
  sessionNow: Record<string, ParamValue>,
  sessionAtLogin: Record<string, ParamValue>,
  clientParams: Record<string, ParamValue>,
): Record<string, ParamValue> {
  const changed: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(sessionNow)) if (sessionAtLogin[k] !== v) changed[k] = v;
  const merged: Record<string, ParamValue> = { ...FORMAT_PARAMETERS, ...sessionNow, ...clientParams, ...changed };
  // An empty TIMEZONE would make LTZ conversion throw in the driver.
  if (typeof merged.TIMEZONE !== 'string' || merged.TIMEZONE === '') merged.TIMEZONE = FORMAT_PARAMETERS.TIMEZONE ?? 'UTC';
  return merged;
}

export function parameterList(params: Record<string, ParamValue>): { name: string; value: ParamValue }[] {
  return Object.entries(params).map(([name, value]) => ({ name, value }));
}
