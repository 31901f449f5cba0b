/**
 * @module ingest/unload
 * COPY INTO <location> (https://docs.snowflake.com/en/sql-reference/sql/copy-into-location):
 * writes a query's rows to one file in a stage, as CSV, JSON (one document per line) or Parquet,
 * and answers `rows_unloaded, input_bytes, output_bytes` (DETAILED_OUTPUT = TRUE: `FILE_NAME,
 * FILE_SIZE, ROW_COUNT`). File names follow Snowflake's: `data_0_0_0.csv.gz` under a path that
 * ends in `/`, `<prefix>_0_0_0.csv.gz` otherwise, the path itself with SINGLE = TRUE.
 * NULLs are written as empty fields unless NULL_IF names a string (data-unload-considerations).
 * On an S3 stage the file is written to a temp folder, then uploaded.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NotSupportedError, SnowflakeError } from '../errors.ts';
import { quoteIdent, quoteString } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import { optionBool, optionsJson } from '../translate/ddl/_options.ts';
import { columns, num, type Table } from './_result.ts';
import { singleColumnError } from './copy.ts';
import { resolveFileFormat, type FileFormat } from './file-format.ts';
import { resolveStage, toOsPath, uploadFile, type Options } from './storage.ts';
import type { CopyIntoLocationSpec } from './types.ts';

const SUMMARY = columns([['rows_unloaded', 'fixed'], ['input_bytes', 'fixed'], ['output_bytes', 'fixed']]);
const DETAILED = columns([['FILE_NAME', 'text'], ['FILE_SIZE', 'fixed'], ['ROW_COUNT', 'fixed']]);
const UNLOAD_OPTIONS = new Set(['HEADER', 'SINGLE', 'OVERWRITE', 'MAX_FILE_SIZE', 'DETAILED_OUTPUT']);

function csvLine(values: (string | null)[], textColumn: boolean[], delim: string, enclosed: string, nullText: string): string {
  return values.map((v, i) => {
    if (v === null) return nullText;
    if (enclosed && textColumn[i]) return `${enclosed}${v.split(enclosed).join(enclosed + enclosed)}${enclosed}`;
    return v;
  }).join(delim);
}

export async function copyIntoLocation(db: Database, spec: CopyIntoLocationSpec): Promise<Table> {
  const stage = await resolveStage(db, spec.target);
  if (stage.external && !stage.s3) throw new NotSupportedError('COPY INTO a file:// stage (unload outside Mockhaus)');
  const opts = optionsJson(spec.options);
  for (const k of Object.keys(opts)) if (!UNLOAD_OPTIONS.has(k)) throw new NotSupportedError(`COPY INTO <location> option ${k}`);
  const statement = optionsJson(spec.formatOptions);
  const fmt = await resolveFileFormat(db, {
    statement,
    ...(spec.formatName ? { named: spec.formatName } : {}),
    stage: stage.fileFormat,
    database: spec.target.kind === 'named' ? spec.target.database : '',
    schema: spec.target.kind === 'named' ? spec.target.schema : '',
  });
  const compress = fmt.type !== 'PARQUET' && (fmt.compression === 'AUTO' || fmt.compression === 'GZIP');
  if (fmt.type !== 'PARQUET' && !compress && fmt.compression !== 'NONE') throw new NotSupportedError(`unload with COMPRESSION = ${fmt.compression}`);
  const ext = fmt.type === 'CSV' ? '.csv' : fmt.type === 'JSON' ? '.json' : '.snappy.parquet';
  const path = stage.path;
  const rel = optionBool(opts.SINGLE) ? path : path === '' || path.endsWith('/') ? `${path}data_0_0_0${ext}${compress ? '.gz' : ''}` : `${path}_0_0_0${ext}${compress ? '.gz' : ''}`;
  if (rel === '' || rel.endsWith('/')) throw new SnowflakeError(1003, '42000', 'SQL compilation error:\nSINGLE = TRUE needs a file name in the location.');
  const abs = stage.s3 ? join(db.stageRoot(), '.tmp', `unload-${randomUUID()}${ext}`) : join(stage.dir, toOsPath(rel));
  mkdirSync(dirname(abs), { recursive: true });
  try {
    const out = await writeUnload(db, spec.querySql, { abs, fmt, statement, header: optionBool(opts.HEADER), compress });
    if (stage.s3 && out.rowCount > 0) await uploadFile({ ...stage, s3: stage.s3 }, rel, abs);
    if (optionBool(opts.DETAILED_OUTPUT)) return { columns: DETAILED, rows: out.rowCount > 0 ? [[rel, num(out.outputBytes), num(out.rowCount)]] : [] };
    return { columns: SUMMARY, rows: [[num(out.rowCount), num(out.inputBytes), num(out.outputBytes)]] };
  } finally {
    if (stage.s3) rmSync(abs, { force: true });
  }
}

interface UnloadFile {
  abs: string;
  fmt: FileFormat;
  statement: Options;
  header: boolean;
  compress: boolean;
}

/** Write the query's rows to `abs`; no file when there are no rows. */
async function writeUnload(db: Database, querySql: string, w: UnloadFile): Promise<{ rowCount: number; inputBytes: number; outputBytes: number }> {
  const { abs, fmt, statement, compress } = w;
  const described = await db.rows(`DESCRIBE ${querySql}`);
  const names = described.map((d) => String(d.column_name));
  const types = described.map((d) => String(d.column_type));
  let rowCount: number;
  let inputBytes: number;
  if (fmt.type === 'PARQUET') {
    const counted = await db.rows(`SELECT count(*)::BIGINT AS n FROM (${querySql})`);
    rowCount = Number(counted[0]?.n ?? 0);
    if (rowCount > 0) await db.run(`COPY (${querySql}) TO ${quoteString(abs)} (FORMAT PARQUET, COMPRESSION SNAPPY)`);
    inputBytes = rowCount > 0 ? statSync(abs).size : 0;
  } else {
    if (fmt.type === 'JSON' && (names.length !== 1 || types[0] !== 'JSON')) {
      throw singleColumnError('JSON');
    }
    const cast = names.map((n) => `CAST(${quoteIdent(n)} AS VARCHAR) AS ${quoteIdent(n)}`).join(', ');
    const result = await db.conn.runAndReadAll(`SELECT ${cast} FROM (${querySql})`);
    const rows = result.getRows() as (string | null)[][];
    rowCount = rows.length;
    const textColumn = types.map((t) => t === 'VARCHAR');
    const nullText = statement.NULL_IF !== undefined ? (Array.isArray(statement.NULL_IF) ? String(statement.NULL_IF[0] ?? '') : String(statement.NULL_IF)) : '';
    const lines = fmt.type === 'JSON'
      ? rows.map((r) => r[0] ?? 'null')
      : rows.map((r) => csvLine(r, textColumn, fmt.csv.fieldDelimiter, fmt.csv.enclosedBy, nullText));
    if (fmt.type === 'CSV' && w.header) lines.unshift(names.join(fmt.csv.fieldDelimiter));
    const text = Buffer.from(lines.map((l) => l + fmt.csv.recordDelimiter).join(''), 'utf8');
    inputBytes = text.length;
    if (rowCount > 0) writeFileSync(abs, compress ? gzipSync(text) : text);
  }
  const outputBytes = rowCount > 0 ? statSync(abs).size : 0;
  return { rowCount, inputBytes, outputBytes };
}
