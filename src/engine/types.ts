/**
 * @module engine/types
 * What every transport receives from the engine. Values are in one canonical JS form per Snowflake
 * type (below) so that REST, the driver protocol, the CLI and the REPL shape them without knowing
 * DuckDB. Conversions to transport encodings live in `engine/values.ts`.
 */

import type { FileTransfer } from '../ingest/transfer.ts';

/** Snowflake's type names as the driver protocol spells them (lower case). */
export type SnowflakeTypeName =
  | 'fixed' | 'real' | 'text' | 'boolean' | 'date' | 'time'
  | 'timestamp_ntz' | 'timestamp_ltz' | 'timestamp_tz'
  | 'variant' | 'object' | 'array' | 'binary';

export interface ResultColumn {
  /** Snowflake's column name (`A`, `1+1`, `number of rows inserted`). */
  name: string;
  type: SnowflakeTypeName;
  /** fixed: precision (38 for integers); null otherwise. */
  precision: number | null;
  /** fixed: scale; time/timestamps: 9 (fraction digits); null otherwise. */
  scale: number | null;
  /** text: declared length (16777216 when undeclared); binary: 8388608; null otherwise. */
  length: number | null;
  byteLength: number | null;
  nullable: boolean;
}

/**
 * Canonical value forms:
 * - null → `null`
 * - fixed → `string`, exact decimal text (`"42"`, `"-0.500000"`, scale digits kept)
 * - real → `number` (NaN and ±Infinity allowed)
 * - text → `string`; boolean → `boolean`
 * - date → `string` `YYYY-MM-DD`; time → `string` `HH:MM:SS[.fffffffff]`
 * - timestamp_ntz → `string` `YYYY-MM-DD HH:MM:SS[.fffffffff]` (wall clock)
 * - timestamp_ltz / timestamp_tz → `string` `YYYY-MM-DD HH:MM:SS[.fffffffff] +HH:MM` (offset always present)
 * - variant / object / array → `string` compact JSON text
 * - binary → `Uint8Array`
 */
export type Value = null | string | number | boolean | Uint8Array;
export type Row = Value[];

/** Statement categories; the driver protocol maps them to statementTypeId (server/wire/constants.ts). */
export type StatementType =
  | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE' | 'MULTI_INSERT' | 'COPY' | 'UNLOAD'
  | 'USE' | 'SHOW' | 'DESCRIBE' | 'SET' | 'ALTER_SESSION' | 'TCL' | 'DDL'
  | 'PUT' | 'GET' | 'LIST' | 'REMOVE' | 'CALL' | 'OTHER';

export interface Result {
  /** UUID (8-4-4-4-12 hex): drivers reject anything else. */
  queryId: string;
  statementType: StatementType;
  columns: ResultColumn[];
  /** All rows, unless `stream` is set (then `rows` is empty and rows come from `stream`). */
  rows: Row[];
  /** Present only when the caller asked to stream: batches of rows, pulled lazily. */
  stream?: AsyncIterable<Row[]>;
  /** For DML: rows inserted/updated/deleted (sum of the count row). Null otherwise. */
  rowsAffected: number | null;
  /** Human status line for DDL/USE/SET (`Table T successfully created.`), else undefined. */
  message?: string;
  /** The DuckDB SQL that ran (for `--translate-only`, REST `translated_sql`, history). */
  translatedSql: string;
  /** The Snowflake SQL text of this one statement. */
  sql: string;
  /** Session context after the statement ran. */
  database: string | null;
  schema: string | null;
  warnings: string[];
  /** Milliseconds spent executing the statement. */
  elapsedMs: number;
  /** PUT/GET run with `fileTransfer: 'client'`: what the driver must transfer itself (no rows). */
  fileTransfer?: FileTransfer;
}
