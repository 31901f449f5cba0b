/**
 * @module ingest/_convert
 * How COPY turns a staged value into a target column: DuckDB SQL that converts the source text by
 * Snowflake's casting rules (https://docs.snowflake.com/en/sql-reference/data-type-conversion)
 * into the column's type, yielding NULL where the value is not recognised, and the error Snowflake
 * reports then (shared/docs/snowflake-reference.md §1).
 */
import { NotSupportedError } from '../errors.ts';
import { quoteString } from '../catalog/names.ts';
import { convertFormat } from '../translate/functions/_dateparts.ts';
import type { FileFormat } from './file-format.ts';

export type ColumnKind = 'number' | 'float' | 'boolean' | 'date' | 'time' | 'timestamp' | 'variant' | 'text';

/** A DuckDB column type (duckdb_columns().data_type) as COPY converts into it. */
export function columnKind(duckType: string): ColumnKind {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|DECIMAL)/.test(t)) return 'number';
  if (t === 'DOUBLE' || t === 'FLOAT' || t === 'REAL') return 'float';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'DATE') return 'date';
  if (t === 'TIME' || t === 'TIME WITH TIME ZONE') return 'time';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  if (t === 'JSON') return 'variant';
  if (t === 'VARCHAR') return 'text';
  throw new NotSupportedError(`COPY into a column of type ${duckType}`);
}

/** SQL converting VARCHAR expression `s` into `duckType`; NULL when not recognised. */
export function convertSql(s: string, duckType: string, fmt: FileFormat): string {
  switch (columnKind(duckType)) {
    case 'number':
      // Through DECIMAL first: Snowflake rounds '1.5' into NUMBER(38,0) rather than failing.
      return /^DECIMAL/i.test(duckType) ? `TRY_CAST(trim(${s}) AS ${duckType})` : `TRY_CAST(TRY_CAST(trim(${s}) AS DECIMAL(38,0)) AS ${duckType})`;
    case 'float':
      return `TRY_CAST(trim(${s}) AS ${duckType})`;
    case 'boolean':
      return `CASE WHEN lower(trim(${s})) IN ('true', 't', 'yes', 'y', 'on', '1') THEN true WHEN lower(trim(${s})) IN ('false', 'f', 'no', 'n', 'off', '0') THEN false END`;
    case 'date':
      return fmt.dateFormat ? `TRY_CAST(try_strptime(${s}, ${quoteString(convertFormat(fmt.dateFormat))}) AS DATE)` : `TRY_CAST(${s} AS DATE)`;
    case 'time':
      return fmt.timeFormat ? `TRY_CAST(try_strptime(${s}, ${quoteString(convertFormat(fmt.timeFormat))}) AS TIME)` : `TRY_CAST(${s} AS TIME)`;
    case 'timestamp':
      return fmt.timestampFormat ? `TRY_CAST(try_strptime(${s}, ${quoteString(convertFormat(fmt.timestampFormat))}) AS ${duckType})` : `TRY_CAST(${s} AS ${duckType})`;
    case 'variant':
      // A CSV field loaded into a VARIANT column is a string value.
      return `to_json(${s})`;
    case 'text':
      return s;
  }
}

/** errno, SQLSTATE and message when `value` cannot be converted into a column of this kind. */
export function conversionError(kind: ColumnKind, value: string): { errno: number; sqlState: string; message: string } {
  switch (kind) {
    case 'number':
    case 'float':
      return { errno: 100038, sqlState: '22018', message: `Numeric value '${value}' is not recognized` };
    case 'boolean':
      return { errno: 100037, sqlState: '22018', message: `Boolean value '${value}' is not recognized` };
    case 'date':
      return { errno: 100040, sqlState: '22007', message: `Date '${value}' is not recognized` };
    case 'time':
      return { errno: 100108, sqlState: '22007', message: `Time '${value}' is not recognized` };
    case 'timestamp':
      return { errno: 100035, sqlState: '22007', message: `Timestamp '${value}' is not recognized` };
    case 'variant':
    case 'text':
      return { errno: 100069, sqlState: '22P02', message: `Error parsing '${value}'` };
  }
}

export const NOT_NULL_ERROR = { errno: 100072, sqlState: '22000', message: 'NULL result in a non-nullable column' };
