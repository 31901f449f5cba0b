/**
 * @module catalog/types
 * Snowflake column types as declared in DDL, and everything derived from them: the DuckDB storage
 * type, the canonical spelling DESCRIBE prints (`NUMBER(38,0)`, `VARCHAR(16777216)`,
 * `TIMESTAMP_NTZ(9)`; snowflake-reference.md §4) and the result-column metadata clients receive.
 * The canonical spelling is what the metadata tables store; the SQL macros in `catalog/views.ts`
 * derive SHOW/INFORMATION_SCHEMA columns from it.
 *
 * Facts: docs.snowflake.com/en/sql-reference/data-types-numeric, …-text, …-datetime,
 * …-semistructured; architecture.md "Types".
 */
import type { ResultColumn, SnowflakeTypeName } from '../engine/types.ts';
import { NotSupportedError } from '../errors.ts';
import type { TypeName } from '../sql/ast.ts';

/** A resolved Snowflake column type. */
export interface SfType {
  /** Canonical base: NUMBER, FLOAT, VARCHAR, BINARY, BOOLEAN, DATE, TIME, TIMESTAMP_*, VARIANT, OBJECT, ARRAY. */
  base: SfBase;
  precision?: number;
  scale?: number;
  length?: number;
  /** CHAR / BINARY are fixed-length in SHOW COLUMNS' JSON. */
  fixed?: boolean;
  /** The declared spelling (`INT`, `STRING`, `CHAR(3)`), for INFORMATION_SCHEMA.COLUMNS.DATA_TYPE_ALIAS. */
  alias: string;
}

export type SfBase =
  | 'NUMBER' | 'FLOAT' | 'VARCHAR' | 'BINARY' | 'BOOLEAN' | 'DATE' | 'TIME'
  | 'TIMESTAMP_NTZ' | 'TIMESTAMP_LTZ' | 'TIMESTAMP_TZ' | 'VARIANT' | 'OBJECT' | 'ARRAY';

export const VARCHAR_MAX = 16777216;
export const BINARY_MAX = 8388608;

const INTEGER_NAMES = new Set(['INT', 'INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT', 'BYTEINT']);
const DECIMAL_NAMES = new Set(['NUMBER', 'DECIMAL', 'NUMERIC', 'DEC']);
const FLOAT_NAMES = new Set(['FLOAT', 'FLOAT4', 'FLOAT8', 'DOUBLE', 'DOUBLE PRECISION', 'REAL']);
const VARCHAR_NAMES = new Set([
  'VARCHAR', 'STRING', 'TEXT', 'NVARCHAR', 'NVARCHAR2', 'CHAR VARYING', 'NCHAR VARYING', 'CHARACTER VARYING',
]);
const CHAR_NAMES = new Set(['CHAR', 'CHARACTER', 'NCHAR']);
const NTZ_NAMES = new Set(['TIMESTAMP_NTZ', 'TIMESTAMPNTZ', 'TIMESTAMP WITHOUT TIME ZONE', 'DATETIME']);
const LTZ_NAMES = new Set(['TIMESTAMP_LTZ', 'TIMESTAMPLTZ', 'TIMESTAMP WITH LOCAL TIME ZONE']);
const TZ_NAMES = new Set(['TIMESTAMP_TZ', 'TIMESTAMPTZ', 'TIMESTAMP WITH TIME ZONE']);

function aliasOf(t: TypeName): string {
  return t.params.length ? `${t.name}(${t.params.join(',')})` : t.name;
}

/**
 * Resolve a declared type. `timestampMapping` is the session's TIMESTAMP_TYPE_MAPPING (plain
 * `TIMESTAMP` follows it; default TIMESTAMP_NTZ).
 */
export function resolveType(t: TypeName, timestampMapping = 'TIMESTAMP_NTZ'): SfType {
  const name = t.name.toUpperCase();
  const alias = aliasOf({ ...t, name });
  const [p0, p1] = t.params;
  if (INTEGER_NAMES.has(name)) return { base: 'NUMBER', precision: 38, scale: 0, alias };
  if (DECIMAL_NAMES.has(name)) return { base: 'NUMBER', precision: p0 ?? 38, scale: p1 ?? 0, alias };
  if (FLOAT_NAMES.has(name)) return { base: 'FLOAT', alias };
  if (VARCHAR_NAMES.has(name)) return { base: 'VARCHAR', length: p0 ?? VARCHAR_MAX, alias };
  if (CHAR_NAMES.has(name)) return { base: 'VARCHAR', length: p0 ?? 1, fixed: true, alias };
  if (name === 'BINARY') return { base: 'BINARY', length: p0 ?? BINARY_MAX, fixed: true, alias };
  if (name === 'VARBINARY') return { base: 'BINARY', length: p0 ?? BINARY_MAX, alias };
  if (name === 'BOOLEAN' || name === 'BOOL') return { base: 'BOOLEAN', alias };
  if (name === 'DATE') return { base: 'DATE', alias };
  if (name === 'TIME') return { base: 'TIME', scale: p0 ?? 9, alias };
  if (name === 'TIMESTAMP') {
    const mapped = String(timestampMapping).toUpperCase();
    const base: SfBase = mapped === 'TIMESTAMP_LTZ' ? 'TIMESTAMP_LTZ' : mapped === 'TIMESTAMP_TZ' ? 'TIMESTAMP_TZ' : 'TIMESTAMP_NTZ';
    return { base, scale: p0 ?? 9, alias };
  }
  if (NTZ_NAMES.has(name)) return { base: 'TIMESTAMP_NTZ', scale: p0 ?? 9, alias };
  if (LTZ_NAMES.has(name)) return { base: 'TIMESTAMP_LTZ', scale: p0 ?? 9, alias };
  if (TZ_NAMES.has(name)) return { base: 'TIMESTAMP_TZ', scale: p0 ?? 9, alias };
  if (name === 'VARIANT' || name === 'OBJECT' || name === 'ARRAY') return { base: name, alias };
  throw new NotSupportedError(`column type ${name}`);
}

/** The spelling DESCRIBE TABLE prints and the metadata stores (`NUMBER(38,0)`, `VARCHAR(10)`). */
export function displayType(t: SfType): string {
  switch (t.base) {
    case 'NUMBER':
      return `NUMBER(${t.precision ?? 38},${t.scale ?? 0})`;
    case 'VARCHAR':
    case 'BINARY':
      return `${t.base}(${t.length ?? (t.base === 'VARCHAR' ? VARCHAR_MAX : BINARY_MAX)})`;
    case 'TIME':
    case 'TIMESTAMP_NTZ':
    case 'TIMESTAMP_LTZ':
    case 'TIMESTAMP_TZ':
      return `${t.base}(${t.scale ?? 9})`;
    case 'FLOAT':
    case 'BOOLEAN':
    case 'DATE':
    case 'VARIANT':
    case 'OBJECT':
    case 'ARRAY':
      return t.base;
  }
}

/** DuckDB storage type (architecture.md "Types"). */
export function duckdbType(t: SfType): string {
  switch (t.base) {
    case 'NUMBER':
      return `DECIMAL(${t.precision ?? 38},${t.scale ?? 0})`;
    case 'FLOAT':
      return 'DOUBLE';
    case 'VARCHAR':
      return 'VARCHAR';
    case 'BINARY':
      return 'BLOB';
    case 'BOOLEAN':
      return 'BOOLEAN';
    case 'DATE':
      return 'DATE';
    case 'TIME':
      return 'TIME';
    case 'TIMESTAMP_NTZ':
      return 'TIMESTAMP';
    case 'TIMESTAMP_LTZ':
    case 'TIMESTAMP_TZ':
      return 'TIMESTAMPTZ';
    case 'VARIANT':
    case 'OBJECT':
    case 'ARRAY':
      return 'JSON';
  }
}

/** Parse a canonical spelling back (`NUMBER(10,2)` → base NUMBER, precision 10, scale 2). */
export function parseDisplayType(text: string, fixed = false): SfType {
  const m = /^([A-Z_]+)(?:\((\d+)(?:,(\d+))?\))?$/.exec(text.trim().toUpperCase());
  if (!m) throw new Error(`not a canonical Snowflake type: ${text}`);
  const base = m[1] as SfBase;
  const a = m[2] === undefined ? undefined : Number(m[2]);
  const b = m[3] === undefined ? undefined : Number(m[3]);
  const t: SfType = { base, alias: text };
  if (base === 'NUMBER') {
    t.precision = a ?? 38;
    t.scale = b ?? 0;
  } else if (base === 'VARCHAR' || base === 'BINARY') {
    t.length = a ?? (base === 'VARCHAR' ? VARCHAR_MAX : BINARY_MAX);
  } else if (base === 'TIME' || base.startsWith('TIMESTAMP')) {
    t.scale = a ?? 9;
  }
  if (fixed) t.fixed = true;
  return t;
}

const PROTOCOL_NAME: Record<SfBase, SnowflakeTypeName> = {
  NUMBER: 'fixed',
  FLOAT: 'real',
  VARCHAR: 'text',
  BINARY: 'binary',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIME: 'time',
  TIMESTAMP_NTZ: 'timestamp_ntz',
  TIMESTAMP_LTZ: 'timestamp_ltz',
  TIMESTAMP_TZ: 'timestamp_tz',
  VARIANT: 'variant',
  OBJECT: 'object',
  ARRAY: 'array',
};

/** Result-column metadata for a column of this type (driver protocol rowtype). */
export function resultColumnOf(name: string, t: SfType, nullable = true): ResultColumn {
  const col: ResultColumn = {
    name,
    type: PROTOCOL_NAME[t.base],
    precision: null,
    scale: null,
    length: null,
    byteLength: null,
    nullable,
  };
  if (t.base === 'NUMBER') {
    col.precision = t.precision ?? 38;
    col.scale = t.scale ?? 0;
  } else if (t.base === 'VARCHAR') {
    col.length = t.length ?? VARCHAR_MAX;
    col.byteLength = Math.min(col.length * 4, VARCHAR_MAX);
  } else if (t.base === 'BINARY') {
    col.length = t.length ?? BINARY_MAX;
    col.byteLength = col.length;
  } else if (t.base === 'TIME' || t.base.startsWith('TIMESTAMP')) {
    col.precision = 0;
    col.scale = t.scale ?? 9;
  }
  return col;
}

/** The `text` result column Snowflake uses for SHOW/DESCRIBE string columns. */
export function textColumn(name: string, nullable = true): ResultColumn {
  return resultColumnOf(name, { base: 'VARCHAR', length: VARCHAR_MAX, alias: 'VARCHAR' }, nullable);
}

/** The canonical spelling of a result column's type (inverse of `resultColumnOf`). */
export function displayFromResultColumn(c: Pick<ResultColumn, 'type'> & Partial<ResultColumn>): string {
  switch (c.type) {
    case 'fixed':
      return `NUMBER(${c.precision ?? 38},${c.scale ?? 0})`;
    case 'real':
      return 'FLOAT';
    case 'text':
      return `VARCHAR(${c.length ?? VARCHAR_MAX})`;
    case 'binary':
      return `BINARY(${c.length ?? BINARY_MAX})`;
    case 'boolean':
      return 'BOOLEAN';
    case 'date':
      return 'DATE';
    case 'time':
      return `TIME(${c.scale ?? 9})`;
    case 'timestamp_ntz':
      return `TIMESTAMP_NTZ(${c.scale ?? 9})`;
    case 'timestamp_ltz':
      return `TIMESTAMP_LTZ(${c.scale ?? 9})`;
    case 'timestamp_tz':
      return `TIMESTAMP_TZ(${c.scale ?? 9})`;
    case 'variant':
      return 'VARIANT';
    case 'object':
      return 'OBJECT';
    case 'array':
      return 'ARRAY';
  }
}
