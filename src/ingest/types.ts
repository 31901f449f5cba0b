/**
 * @module ingest/types
 * What the translator settles about a stage command before the engine touches files: which stage
 * (resolved against the current database and schema), the path inside it, and the COPY options.
 * Files and stage metadata are read only by the engine (ingest/*.ts executors).
 */
import type { OptionPair } from '../sql/ast.ts';

/**
 * A stage location (`@s/path`, `@db.sch.s/path`, `@~/path`, `@%t/path`) with its names resolved.
 * `path` is the text after the stage name, without a leading `/` ('' when none).
 */
export type StageLocation =
  | { kind: 'named'; database: string; schema: string; name: string; path: string }
  | { kind: 'user'; path: string }
  | { kind: 'table'; database: string; schema: string; table: string; path: string }
  /** A quoted URL instead of a stage (`COPY INTO t FROM 's3://b/p/' CREDENTIALS = (…)`), with its options. */
  | { kind: 'url'; url: string; path: string; options: OptionPair[] };

/** COPY INTO <table> [(cols)] FROM @stage | (SELECT ... FROM @stage). */
export interface CopyIntoTableSpec {
  kind: 'intoTable';
  database: string;
  schema: string;
  table: string;
  /** Name as written in the statement (for error messages: `"T"["A":1]`). */
  tableWritten: string;
  /** Explicit column list, or undefined for every table column in order. */
  columns?: string[];
  source: StageLocation;
  /**
   * COPY with transformation: the DuckDB SELECT over the raw rows of one file (table
   * `RAW_RELATION`, columns `$1`, `$2`, ...) printed by the translator.
   */
  transformSql?: string;
  /** File format options from the statement's FROM (@s (FILE_FORMAT => 'f')) or FILE_FORMAT clause. */
  formatName?: { database: string; schema: string; name: string };
  formatOptions: OptionPair[];
  files?: string[];
  pattern?: string;
  /** Remaining copy options (ON_ERROR, FORCE, PURGE, MATCH_BY_COLUMN_NAME, ...), names upper case. */
  options: OptionPair[];
}

/** COPY INTO @stage/prefix FROM <table> | (query): unload. */
export interface CopyIntoLocationSpec {
  kind: 'intoLocation';
  target: StageLocation;
  /** DuckDB SELECT producing the rows to write. */
  querySql: string;
  formatName?: { database: string; schema: string; name: string };
  formatOptions: OptionPair[];
  options: OptionPair[];
}

export type CopySpec = CopyIntoTableSpec | CopyIntoLocationSpec;

/** The raw-rows relation the transformation SELECT reads (a temp table created per file). */
export const RAW_RELATION = '_mh_copy_raw';
