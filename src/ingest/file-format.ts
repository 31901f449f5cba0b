/**
 * @module ingest/file-format
 * The file format a COPY uses (https://docs.snowflake.com/en/sql-reference/sql/create-file-format):
 * the statement's FILE_FORMAT = (...) options over its FORMAT_NAME, over the stage's own
 * FILE_FORMAT, over Snowflake's defaults. Options Mockhaus does not implement fail loudly.
 */
import { NotSupportedError, SnowflakeError } from '../errors.ts';
import { metaRef } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import type { CsvOptions } from './csv.ts';
import type { Options } from './storage.ts';
import { optionBool } from '../translate/ddl/_options.ts';

export type FormatType = 'CSV' | 'JSON' | 'PARQUET';

export interface FileFormat {
  type: FormatType;
  csv: CsvOptions;
  /** AUTO | GZIP | NONE ... (COMPRESSION). */
  compression: string;
  stripOuterArray: boolean;
  errorOnColumnCountMismatch: boolean;
  /** DATE_FORMAT / TIME_FORMAT / TIMESTAMP_FORMAT; undefined for AUTO. */
  dateFormat?: string;
  timeFormat?: string;
  timestampFormat?: string;
}

/** Options accepted with their Snowflake meaning; anything else is NotSupported. */
const KNOWN = new Set([
  'TYPE', 'FORMAT_NAME', 'COMMENT', 'FIELD_DELIMITER', 'RECORD_DELIMITER', 'SKIP_HEADER', 'FIELD_OPTIONALLY_ENCLOSED_BY',
  'NULL_IF', 'EMPTY_FIELD_AS_NULL', 'COMPRESSION', 'DATE_FORMAT', 'TIME_FORMAT', 'TIMESTAMP_FORMAT', 'STRIP_OUTER_ARRAY',
  'ERROR_ON_COLUMN_COUNT_MISMATCH', 'SKIP_BLANK_LINES', 'TRIM_SPACE', 'ESCAPE', 'ESCAPE_UNENCLOSED_FIELD', 'ENCODING',
]);

async function namedFormat(db: Database, database: string, schema: string, name: string): Promise<Options> {
  const rows = await db.rows(`SELECT options FROM ${metaRef('file_formats')} WHERE database_name = $1 AND schema_name = $2 AND name = $3`, [database, schema, name]);
  const row = rows[0];
  if (!row) throw new SnowflakeError(2003, '02000', `SQL compilation error:\nFile format '${database}.${schema}.${name}' does not exist or not authorized.`);
  return typeof row.options === 'string' ? (JSON.parse(row.options) as Options) : {};
}

/** A FORMAT_NAME inside a stage's FILE_FORMAT, resolved in the stage's schema. */
async function expand(db: Database, opts: Options, database: string, schema: string): Promise<Options> {
  const name = opts.FORMAT_NAME;
  if (typeof name !== 'string') return opts;
  const parts = name.split('.');
  const fmt = await namedFormat(db, parts.length === 3 ? parts[0]! : database, parts.length >= 2 ? parts[parts.length - 2]! : schema, parts[parts.length - 1]!.toUpperCase());
  const { FORMAT_NAME: _n, ...rest } = opts;
  return { ...fmt, ...rest };
}

export interface FormatSources {
  statement: Options;
  named?: { database: string; schema: string; name: string };
  stage: Options;
  /** Schema the stage lives in (for a FORMAT_NAME in its FILE_FORMAT). */
  database: string;
  schema: string;
}

export async function resolveFileFormat(db: Database, src: FormatSources): Promise<FileFormat> {
  let merged: Options = await expand(db, src.stage, src.database, src.schema);
  if (src.named) merged = { ...(await namedFormat(db, src.named.database, src.named.schema, src.named.name)) };
  merged = { ...merged, ...src.statement };
  return toFileFormat(merged);
}

function text(v: unknown, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  const s = String(v);
  return s.toUpperCase() === 'NONE' ? '' : s;
}

function fmt(v: unknown): string | undefined {
  return v === undefined || v === null || String(v).toUpperCase() === 'AUTO' ? undefined : String(v);
}

export function toFileFormat(o: Options): FileFormat {
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) throw new NotSupportedError(`file format option ${k}`);
  const type = String(o.TYPE ?? 'CSV').toUpperCase();
  if (type !== 'CSV' && type !== 'JSON' && type !== 'PARQUET') throw new NotSupportedError(`file format TYPE = ${type}`);
  const encoding = String(o.ENCODING ?? 'UTF8').toUpperCase().replace('-', '');
  if (encoding !== 'UTF8') throw new NotSupportedError(`file format ENCODING = ${encoding}`);
  const nullIf = o.NULL_IF === undefined ? ['\\N'] : Array.isArray(o.NULL_IF) ? o.NULL_IF.map(String) : [String(o.NULL_IF)];
  const enclosed = text(o.FIELD_OPTIONALLY_ENCLOSED_BY, '');
  return {
    type,
    csv: {
      fieldDelimiter: text(o.FIELD_DELIMITER, ','),
      recordDelimiter: text(o.RECORD_DELIMITER, '\n') || '\n',
      enclosedBy: enclosed,
      escape: text(o.ESCAPE, ''),
      escapeUnenclosed: text(o.ESCAPE_UNENCLOSED_FIELD, '\\'),
      skipHeader: Number(o.SKIP_HEADER ?? 0),
      skipBlankLines: optionBool(o.SKIP_BLANK_LINES, false),
      trimSpace: optionBool(o.TRIM_SPACE, false),
      nullIf,
      emptyFieldAsNull: optionBool(o.EMPTY_FIELD_AS_NULL, true),
    },
    compression: String(o.COMPRESSION ?? 'AUTO').toUpperCase(),
    stripOuterArray: optionBool(o.STRIP_OUTER_ARRAY, false),
    errorOnColumnCountMismatch: optionBool(o.ERROR_ON_COLUMN_COUNT_MISMATCH, true),
    ...(fmt(o.DATE_FORMAT) ? { dateFormat: fmt(o.DATE_FORMAT)! } : {}),
    ...(fmt(o.TIME_FORMAT) ? { timeFormat: fmt(o.TIME_FORMAT)! } : {}),
    ...(fmt(o.TIMESTAMP_FORMAT) ? { timestampFormat: fmt(o.TIMESTAMP_FORMAT)! } : {}),
  };
}
