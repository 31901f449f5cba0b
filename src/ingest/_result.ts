/**
 * @module ingest/_result
 * Result tables of the stage commands: column lists as Snowflake names them (lower case) and
 * the row values in the engine's canonical forms (fixed as decimal strings).
 */
import { defaultColumn } from '../engine/_convert.ts';
import type { ResultColumn, Row, SnowflakeTypeName } from '../engine/types.ts';

export interface Table {
  columns: ResultColumn[];
  rows: Row[];
}

export function columns(spec: [string, SnowflakeTypeName][]): ResultColumn[] {
  return spec.map(([n, t]) => defaultColumn(n, t));
}

export function num(n: number | null): string | null {
  return n === null ? null : String(n);
}
