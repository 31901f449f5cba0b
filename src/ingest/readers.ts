/**
 * @module ingest/readers
 * One reader per file type: each loads one staged file into the temp table RAW_RELATION
 * (`_mh_row` record number, `_mh_line` line, then `$1`, `$2`, ...) for COPY to convert.
 * CSV fields arrive as VARCHAR (ingest/csv.ts); a JSON document or a Parquet row arrives as one
 * JSON value `$1` (DuckDB's read_json_objects / read_parquet, both built in).
 * Compressed files (COMPRESSION = AUTO detects gzip by its magic bytes) are inflated in memory.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { NotSupportedError } from '../errors.ts';
import { quoteIdent, quoteString } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import { readCsv } from './csv.ts';
import type { FileFormat } from './file-format.ts';
import { RAW_RELATION } from './types.ts';

/** A record COPY must report as an error before conversion (wrong number of CSV fields). */
export interface ParseError {
  row: number;
  line: number;
  found: number;
}

export interface RawFile {
  /** Records parsed (including those with parse errors). */
  parsed: number;
  parseErrors: ParseError[];
  /** CSV: 1-based character position of each field, by record number. */
  positions?: Map<number, number[]>;
  /** Columns `$1`…`$n` of RAW_RELATION and whether they are JSON (else VARCHAR). */
  width: number;
  json: boolean;
}

function decompress(buf: Buffer, compression: string, name: string): Buffer {
  let c = compression;
  if (c === 'AUTO') c = buf[0] === 0x1f && buf[1] === 0x8b ? 'GZIP' : /\.br$/i.test(name) ? 'BROTLI' : /\.deflate$/i.test(name) ? 'DEFLATE' : 'NONE';
  switch (c) {
    case 'NONE': return buf;
    case 'GZIP': return gunzipSync(buf);
    case 'DEFLATE': return inflateSync(buf);
    case 'RAW_DEFLATE': return inflateRawSync(buf);
    case 'BROTLI': return brotliDecompressSync(buf);
    default: throw new NotSupportedError(`COMPRESSION = ${c}`);
  }
}

const RAW = quoteIdent(RAW_RELATION);

/**
 * Load a CSV file. `width`: the number of fields each record must have (the target's column
 * count), or undefined for a COPY transformation (which reads `$n` as far as it needs).
 */
async function loadCsv(db: Database, abs: string, fmt: FileFormat, width: number | undefined, need: number): Promise<RawFile> {
  let text = decompress(readFileSync(abs), fmt.compression, abs).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (fmt.csv.recordDelimiter === '\n') text = text.replace(/\r\n/g, '\n');
  const records = readCsv(text, fmt.csv);
  const cols = width ?? need;
  await db.run(`CREATE OR REPLACE TEMP TABLE ${RAW} ("_mh_row" BIGINT, "_mh_line" BIGINT${Array.from({ length: cols }, (_, i) => `, ${quoteIdent(`$${i + 1}`)} VARCHAR`).join('')})`);
  const parseErrors: ParseError[] = [];
  const positions = new Map<number, number[]>();
  const app = await db.conn.createAppender(RAW_RELATION, 'main', 'temp');
  try {
    records.forEach((r, k) => {
      const row = k + 1;
      if (width !== undefined && r.values.length !== width && fmt.errorOnColumnCountMismatch) {
        parseErrors.push({ row, line: r.line, found: r.values.length });
        return;
      }
      positions.set(row, r.positions);
      app.appendBigInt(BigInt(row));
      app.appendBigInt(BigInt(r.line));
      for (let i = 0; i < cols; i++) {
        const v = r.values[i];
        if (v === undefined || v === null) app.appendNull();
        else app.appendVarchar(v);
      }
      app.endRow();
    });
    app.flushSync();
  } finally {
    app.closeSync();
  }
  return { parsed: records.length, parseErrors, positions, width: cols, json: false };
}

async function loadJson(db: Database, abs: string, fmt: FileFormat, tmpDir: string): Promise<RawFile> {
  const raw = readFileSync(abs);
  const body = decompress(raw, fmt.compression, abs);
  let path = abs;
  if (body !== raw) {
    path = join(tmpDir, `copy-${randomUUID()}.json`);
    writeFileSync(path, body);
  }
  try {
    const format = fmt.stripOuterArray ? 'array' : 'unstructured';
    await db.run(`CREATE OR REPLACE TEMP TABLE ${RAW} AS SELECT row_number() OVER () AS "_mh_row", row_number() OVER () AS "_mh_line", "json" AS "$1" FROM read_json_objects(${quoteString(path)}, format := ${quoteString(format)})`);
  } finally {
    if (path !== abs) rmSync(path, { force: true });
  }
  return countRows(db);
}

async function loadParquet(db: Database, abs: string): Promise<RawFile> {
  await db.run(`CREATE OR REPLACE TEMP TABLE ${RAW} AS SELECT row_number() OVER () AS "_mh_row", row_number() OVER () AS "_mh_line", to_json("_mh_p") AS "$1" FROM read_parquet(${quoteString(abs)}) AS "_mh_p"`);
  return countRows(db);
}

async function countRows(db: Database): Promise<RawFile> {
  const rows = await db.rows(`SELECT count(*)::INTEGER AS n FROM ${RAW}`);
  return { parsed: Number(rows[0]?.n ?? 0), parseErrors: [], width: 1, json: true };
}

/** Load one staged file into RAW_RELATION. */
export async function loadRaw(db: Database, abs: string, fmt: FileFormat, width: number | undefined, need: number, tmpDir: string): Promise<RawFile> {
  switch (fmt.type) {
    case 'CSV': return loadCsv(db, abs, fmt, width, need);
    case 'JSON': return loadJson(db, abs, fmt, tmpDir);
    case 'PARQUET': return loadParquet(db, abs);
  }
}
