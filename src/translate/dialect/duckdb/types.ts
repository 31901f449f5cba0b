/**
 * @module translate/dialect/duckdb/types
 * Snowflake type names → DuckDB storage types (architecture.md "Types"; snowflake-reference.md §7;
 * https://docs.snowflake.com/en/sql-reference/intro-summary-data-types). Integers are stored as
 * DECIMAL(38,0) so NUMBER(38,0) semantics (38 digits, exact arithmetic) hold; see docs/decisions.md
 * "types". Also exported for the DDL translator so CREATE TABLE and casts agree.
 */
import type { TypeName } from '../../../sql/ast.ts';
import { NotSupportedError } from '../../../errors.ts';

/** The Snowflake family of a type name (for semantic decisions: variant casts, scale rules). */
export type TypeFamily = 'fixed' | 'real' | 'text' | 'binary' | 'boolean' | 'date' | 'time' | 'timestamp_ntz' | 'timestamp_ltz' | 'timestamp_tz' | 'variant' | 'object' | 'array';

const INT_NAMES = new Set(['INT', 'INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT', 'BYTEINT']);
const FIXED_NAMES = new Set(['NUMBER', 'DECIMAL', 'NUMERIC', 'DEC']);
const REAL_NAMES = new Set(['FLOAT', 'FLOAT4', 'FLOAT8', 'DOUBLE', 'DOUBLE PRECISION', 'REAL']);
const TEXT_NAMES = new Set(['VARCHAR', 'STRING', 'TEXT', 'CHAR', 'CHARACTER', 'NCHAR', 'NVARCHAR', 'NVARCHAR2', 'CHAR VARYING', 'NCHAR VARYING', 'CHARACTER VARYING']);

/**
 * The Snowflake family of a declared type. TIMESTAMP and DATETIME follow TIMESTAMP_TYPE_MAPPING
 * (default TIMESTAMP_NTZ) — `mapping` is that parameter's value.
 */
export function typeFamily(t: TypeName, mapping = 'TIMESTAMP_NTZ'): TypeFamily {
  const n = t.name;
  if (INT_NAMES.has(n) || FIXED_NAMES.has(n)) return 'fixed';
  if (REAL_NAMES.has(n)) return 'real';
  if (TEXT_NAMES.has(n)) return 'text';
  switch (n) {
    case 'BINARY':
    case 'VARBINARY':
      return 'binary';
    case 'BOOLEAN':
    case 'BOOL':
      return 'boolean';
    case 'DATE':
      return 'date';
    case 'TIME':
      return 'time';
    case 'DATETIME':
    case 'TIMESTAMP':
      return mapping === 'TIMESTAMP_LTZ' ? 'timestamp_ltz' : mapping === 'TIMESTAMP_TZ' ? 'timestamp_tz' : 'timestamp_ntz';
    case 'TIMESTAMP_NTZ':
    case 'TIMESTAMPNTZ':
    case 'TIMESTAMP WITHOUT TIME ZONE':
      return 'timestamp_ntz';
    case 'TIMESTAMP_LTZ':
    case 'TIMESTAMPLTZ':
    case 'TIMESTAMP WITH LOCAL TIME ZONE':
      return 'timestamp_ltz';
    case 'TIMESTAMP_TZ':
    case 'TIMESTAMPTZ':
    case 'TIMESTAMP WITH TIME ZONE':
      return 'timestamp_tz';
    case 'VARIANT':
      return 'variant';
    case 'OBJECT':
      return 'object';
    case 'ARRAY':
      return 'array';
    default:
      throw new NotSupportedError(`data type ${n}`);
  }
}

/** Precision and scale of a fixed-point type (NUMBER defaults to (38,0); ints are (38,0)). */
export function fixedParams(t: TypeName): [number, number] {
  if (INT_NAMES.has(t.name)) return [38, 0];
  const p = t.params[0] ?? 38;
  const s = t.params[1] ?? 0;
  return [Math.min(Math.max(p, 1), 38), Math.min(Math.max(s, 0), 37)];
}

/** The DuckDB type for a Snowflake type name. */
export function duckType(t: TypeName, mapping = 'TIMESTAMP_NTZ'): string {
  const f = typeFamily(t, mapping);
  switch (f) {
    case 'fixed': {
      const [p, s] = fixedParams(t);
      return `DECIMAL(${p},${s})`;
    }
    case 'real':
      return 'DOUBLE';
    case 'text':
      return 'VARCHAR';
    case 'binary':
      return 'BLOB';
    case 'boolean':
      return 'BOOLEAN';
    case 'date':
      return 'DATE';
    case 'time':
      return 'TIME';
    case 'timestamp_ntz':
      return 'TIMESTAMP';
    case 'timestamp_ltz':
    case 'timestamp_tz':
      return 'TIMESTAMPTZ';
    case 'variant':
    case 'object':
    case 'array':
      return 'JSON';
  }
}
