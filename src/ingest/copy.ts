/**
 * @module ingest/copy
 * COPY INTO <table> (https://docs.snowflake.com/en/sql-reference/sql/copy-into-table): each staged
 * file is read into a raw temp table (ingest/readers), converted column by column into the table's
 * types (ingest/_convert), and loaded unless ON_ERROR says otherwise. One result row per file:
 * `file, status, rows_parsed, rows_loaded, error_limit, errors_seen, first_error, first_error_line,
 * first_error_character, first_error_column_name`; `Copy executed with 0 files processed.` when no
 * file needs loading. Files loaded before (load metadata: `_mockhaus.load_history`) are skipped
 * unless FORCE = TRUE. With ON_ERROR = ABORT_STATEMENT (the default) nothing is loaded when any
 * record fails.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidIdentifier, NotSupportedError, SnowflakeError } from '../errors.ts';
import { metaRef, quoteIdent, quoteString } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import { optionBool, optionsJson } from '../translate/ddl/_options.ts';
import { columns, num, type Table } from './_result.ts';
import { columnKind, conversionError, convertSql, NOT_NULL_ERROR, type ColumnKind } from './_convert.ts';
import { resolveFileFormat, type FileFormat } from './file-format.ts';
import { loadRaw, type RawFile } from './readers.ts';
import { deleteFile, listFiles, localCopy, resolveStage, type Options, type ResolvedStage, type StagedFile } from './storage.ts';
import { RAW_RELATION, type CopyIntoTableSpec } from './types.ts';

const COPY_COLUMNS = columns([
  ['file', 'text'], ['status', 'text'], ['rows_parsed', 'fixed'], ['rows_loaded', 'fixed'], ['error_limit', 'fixed'],
  ['errors_seen', 'fixed'], ['first_error', 'text'], ['first_error_line', 'fixed'], ['first_error_character', 'fixed'],
  ['first_error_column_name', 'text'],
]);

export const NOTHING_LOADED = 'Copy executed with 0 files processed.';

const COPY_OPTIONS = new Set(['ON_ERROR', 'FORCE', 'PURGE', 'MATCH_BY_COLUMN_NAME', 'RETURN_FAILED_ONLY']);
const RAW = quoteIdent(RAW_RELATION);
const SRC = quoteIdent('_mh_copy_src');

type OnError = { kind: 'abort' } | { kind: 'continue' } | { kind: 'skipFile'; limit: number; percent: boolean };

function onErrorOf(v: unknown): OnError {
  const s = String(v ?? 'ABORT_STATEMENT').toUpperCase();
  if (s === 'ABORT_STATEMENT') return { kind: 'abort' };
  if (s === 'CONTINUE') return { kind: 'continue' };
  if (s === 'SKIP_FILE') return { kind: 'skipFile', limit: 1, percent: false };
  const m = /^SKIP_FILE_(\d+)(%?)$/.exec(s);
  if (m) return { kind: 'skipFile', limit: Number(m[1]), percent: m[2] === '%' };
  throw new SnowflakeError(1008, '22023', `SQL compilation error:\ninvalid value '${s}' for property 'ON_ERROR'`);
}

interface Target {
  name: string;
  position: number;
  duckType: string;
  kind: ColumnKind;
  nullable: boolean;
}

interface RowError {
  row: number;
  line: number;
  character: number | null;
  column: string | null;
  errno: number;
  sqlState: string;
  message: string;
}

interface FileOutcome {
  file: StagedFile;
  name: string;
  parsed: number;
  loaded: number;
  errors: RowError[];
  status: 'LOADED' | 'PARTIALLY_LOADED' | 'LOAD_FAILED';
  errorLimit: number;
  /** Temp table of converted rows to insert (undefined when the file is skipped). */
  conv?: string;
}

async function targetColumns(db: Database, spec: CopyIntoTableSpec): Promise<Target[]> {
  const rows = await db.rows(
    `SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE database_name = $1 AND schema_name = $2 AND table_name = $3 ORDER BY column_index`,
    [spec.database, spec.schema, spec.table],
  );
  const all = rows.map((r, i) => {
    const duckType = String(r.data_type);
    if (duckType === 'BLOB') throw new NotSupportedError('COPY into a BINARY column');
    return { name: String(r.column_name), position: i + 1, duckType, kind: columnKind(duckType), nullable: r.is_nullable !== false };
  });
  if (!spec.columns) return all;
  return spec.columns.map((c) => {
    const t = all.find((x) => x.name === c);
    if (!t) throw new InvalidIdentifier(`'${c}'`);
    return t;
  });
}

async function pickFiles(stage: ResolvedStage, spec: CopyIntoTableSpec): Promise<StagedFile[]> {
  const present = await listFiles(stage, spec.pattern);
  if (!spec.files) return present;
  const base = stage.path === '' || stage.path.endsWith('/') ? stage.path : `${stage.path}/`;
  return spec.files.map((f) => {
    const rel = base + f.replace(/^\/+/, '');
    const hit = present.find((p) => p.rel === rel);
    if (!hit) throw new SnowflakeError(91016, '22000', `Remote file '${stage.display}${rel}' was not found. There are several potential causes. The file might not exist. The required credentials may be missing or invalid. If you are running a copy command, please make sure files are not deleted when they are being loaded or files are not being loaded into two different tables concurrently with auto purge option.`);
    return hit;
  });
}

async function alreadyLoaded(db: Database, spec: CopyIntoTableSpec): Promise<Set<string>> {
  const rows = await db.rows(
    `SELECT file_name FROM ${metaRef('load_history')} WHERE database_name = $1 AND schema_name = $2 AND table_name = $3 AND status IN ('LOADED', 'PARTIALLY_LOADED')`,
    [spec.database, spec.schema, spec.table],
  );
  return new Set(rows.map((r) => String(r.file_name)));
}

/** 002019: a JSON or Parquet record is one value, so a plain COPY needs one VARIANT target column. */
export function singleColumnError(type: string): SnowflakeError {
  return new SnowflakeError(2019, '0A000', `SQL compilation error:\n${type} file format can produce one and only one column of type variant, object, or array. Load data into separate columns using the MATCH_BY_COLUMN_NAME copy option or copy with transformation.`);
}

/** Per target column: the SQL of its source value in the raw table, and whether it is JSON. */
async function sourceColumns(db: Database, spec: CopyIntoTableSpec, raw: RawFile, targets: Target[], opts: Options, fmt: FileFormat): Promise<{ sql: string; json: boolean }[]> {
  if (spec.transformSql !== undefined) {
    await db.run(`CREATE OR REPLACE TEMP TABLE ${SRC} AS SELECT * FROM (${spec.transformSql})`);
    const cols = await db.rows(`SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = '_mh_copy_src' ORDER BY column_index`);
    if (cols.length !== targets.length) {
      throw new SnowflakeError(2020, '21S01', `SQL compilation error:\nInsert value list does not match column list expecting ${targets.length} but got ${cols.length}`);
    }
    return cols.map((c) => ({ sql: quoteIdent(String(c.column_name)), json: c.data_type === 'JSON', type: String(c.data_type) })).map((c) => ({
      sql: c.json || c.type === 'VARCHAR' ? c.sql : `CAST(${c.sql} AS VARCHAR)`,
      json: c.json,
    }));
  }
  const match = String(opts.MATCH_BY_COLUMN_NAME ?? 'NONE').toUpperCase();
  if (!raw.json) {
    if (match !== 'NONE') throw new NotSupportedError('MATCH_BY_COLUMN_NAME for CSV files');
    return targets.map((_, i) => ({ sql: quoteIdent(`$${i + 1}`), json: false }));
  }
  if (match === 'NONE') {
    if (targets.length !== 1 || targets[0]!.kind !== 'variant') {
      throw singleColumnError(fmt.type);
    }
    return [{ sql: quoteIdent('$1'), json: true }];
  }
  if (match !== 'CASE_SENSITIVE' && match !== 'CASE_INSENSITIVE') throw new NotSupportedError(`MATCH_BY_COLUMN_NAME = ${match}`);
  const keyRows = await db.rows(`SELECT DISTINCT unnest(json_keys("$1")) AS k FROM ${RAW} WHERE json_type("$1") = 'OBJECT'`);
  const keys = keyRows.map((r) => String(r.k));
  // Each document may spell a key differently under CASE_INSENSITIVE: take whichever is present.
  return targets.map((t) => {
    const hits = match === 'CASE_SENSITIVE' ? keys.filter((k) => k === t.name) : keys.filter((k) => k.toUpperCase() === t.name.toUpperCase());
    if (hits.length === 0) return { sql: 'NULL::JSON', json: true };
    const ex = hits.map((key) => `json_extract("$1", ${quoteString(`$."${key.replace(/(["\\])/g, '\\$1')}"`)})`);
    return { sql: ex.length === 1 ? ex[0]! : `COALESCE(${ex.join(', ')})`, json: true };
  });
}

/** Convert the raw rows of one file into temp table `conv`, and collect the rows that fail. */
async function convertFile(db: Database, spec: CopyIntoTableSpec, raw: RawFile, targets: Target[], fmt: FileFormat, opts: Options, conv: string): Promise<RowError[]> {
  const sources = await sourceColumns(db, spec, raw, targets, opts, fmt);
  const from = spec.transformSql !== undefined ? `(SELECT row_number() OVER () AS "_mh_row", row_number() OVER () AS "_mh_line", * FROM ${SRC})` : RAW;
  const items = targets.map((t, i) => {
    const s = sources[i]!;
    const text = s.json ? `(${s.sql} ->> '$')` : s.sql;
    const value = t.kind === 'variant' ? (s.json ? s.sql : `to_json(${s.sql})`) : convertSql(text, t.duckType, fmt);
    return `${text} AS ${quoteIdent(`s${i}`)}, ${value} AS ${quoteIdent(`v${i}`)}`;
  });
  const bad = targets.map((t, i) => {
    const s = quoteIdent(`s${i}`);
    const v = quoteIdent(`v${i}`);
    const conversion = t.kind === 'variant' || t.kind === 'text' ? '' : ` WHEN ${s} IS NOT NULL AND ${v} IS NULL THEN ${i}`;
    const notNull = t.nullable ? '' : ` WHEN ${v} IS NULL THEN ${-(i + 1)}`;
    return conversion + notNull;
  }).join('');
  const badSql = bad ? `CASE${bad} END` : 'NULL::INTEGER';
  await db.run(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(conv)} AS SELECT *, ${badSql} AS "_mh_bad" FROM (SELECT "_mh_row", "_mh_line", ${items.join(', ')} FROM ${from}) ORDER BY "_mh_row"`);
  const rows = await db.rows(`SELECT * FROM ${quoteIdent(conv)} WHERE "_mh_bad" IS NOT NULL ORDER BY "_mh_row"`);
  return rows.map((r) => {
    const code = Number(r._mh_bad);
    const i = code >= 0 ? code : -code - 1;
    const t = targets[i]!;
    const row = Number(r._mh_row);
    const e = code >= 0 ? conversionError(t.kind, String(r[`s${i}`])) : NOT_NULL_ERROR;
    const pos = raw.positions?.get(row)?.[sourceIndex(spec, i)];
    return { row, line: Number(r._mh_line), character: pos ?? 1, column: `"${spec.tableWritten}"["${t.name}":${t.position}]`, ...e };
  });
}

/** Field index in the CSV record that feeds target column i (plain COPY: the same position). */
function sourceIndex(_spec: CopyIntoTableSpec, i: number): number {
  return i;
}

function abortMessage(e: RowError, file: string): string {
  const where = e.column !== null ? `\n  Row ${e.row}, column ${e.column}` : `\n  Row ${e.row}`;
  return `${e.message}\n  File '${file}', line ${e.line}, character ${e.character ?? 1}${where}\n  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option. For more information on loading options, please run 'info loading_data' in a SQL client.`;
}

async function dropTemp(db: Database, names: string[]): Promise<void> {
  for (const n of [...names, RAW_RELATION, '_mh_copy_src']) await db.run(`DROP TABLE IF EXISTS temp.main.${quoteIdent(n)}`).catch(() => undefined);
}

export async function copyIntoTable(db: Database, spec: CopyIntoTableSpec): Promise<Table | { status: string }> {
  const stage = await resolveStage(db, spec.source);
  const opts: Options = { ...stage.copyOptions, ...optionsJson(spec.options) };
  for (const k of Object.keys(opts)) if (!COPY_OPTIONS.has(k)) throw new NotSupportedError(`COPY option ${k}`);
  const onError = onErrorOf(opts.ON_ERROR);
  const stageDb = spec.source.kind === 'user' || spec.source.kind === 'url' ? spec.database : spec.source.database;
  const stageSchema = spec.source.kind === 'user' || spec.source.kind === 'url' ? spec.schema : spec.source.schema;
  const fmt = await resolveFileFormat(db, {
    statement: optionsJson(spec.formatOptions),
    ...(spec.formatName ? { named: spec.formatName } : {}),
    stage: stage.fileFormat,
    database: stageDb,
    schema: stageSchema,
  });
  const force = optionBool(opts.FORCE);
  const loadedBefore = force ? new Set<string>() : await alreadyLoaded(db, spec);
  const files = (await pickFiles(stage, spec)).filter((f) => !loadedBefore.has(stage.display + f.rel));
  if (files.length === 0) return { status: NOTHING_LOADED };
  const targets = await targetColumns(db, spec);
  const need = spec.transformSql !== undefined ? maxDollar(spec.transformSql) : targets.length;
  const tmpDir = join(db.stageRoot(), '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  const outcomes: FileOutcome[] = [];
  const temps: string[] = [];
  try {
    for (const [k, file] of files.entries()) {
      const name = stage.display + file.rel;
      const local = await localCopy(stage, file, tmpDir);
      let raw: RawFile;
      try {
        raw = await loadRaw(db, local.abs, fmt, spec.transformSql === undefined && fmt.type === 'CSV' ? targets.length : undefined, Math.max(need, 1), tmpDir);
      } finally {
        if (local.temporary) rmSync(local.abs, { force: true });
      }
      const conv = `_mh_copy_conv_${k}`;
      temps.push(conv);
      const rowErrors = await convertFile(db, spec, raw, targets, fmt, opts, conv);
      const parseErrors: RowError[] = raw.parseErrors.map((p) => ({
        row: p.row, line: p.line, character: 1, column: `"${spec.tableWritten}"[${Math.min(p.found, targets.length + 1)}]`,
        errno: 100080, sqlState: '22000',
        message: `Number of columns in file (${p.found}) does not match that of the corresponding table (${targets.length}), use file format option error_on_column_count_mismatch=false to ignore this error`,
      }));
      const errors = [...parseErrors, ...rowErrors].sort((a, b) => a.row - b.row);
      if (errors.length > 0 && onError.kind === 'abort') {
        const e = errors[0]!;
        throw new SnowflakeError(e.errno, e.sqlState, abortMessage(e, name));
      }
      const good = raw.parsed - errors.length;
      let status: FileOutcome['status'] = errors.length === 0 ? 'LOADED' : good > 0 ? 'PARTIALLY_LOADED' : 'LOAD_FAILED';
      let errorLimit = onError.kind === 'continue' ? raw.parsed : 1;
      if (onError.kind === 'skipFile') {
        errorLimit = onError.percent ? Math.ceil((raw.parsed * onError.limit) / 100) : onError.limit;
        if (errors.length >= errorLimit && errors.length > 0) status = 'LOAD_FAILED';
      }
      const loaded = status === 'LOAD_FAILED' ? 0 : good;
      outcomes.push({ file, name, parsed: raw.parsed, loaded, errors, status, errorLimit, ...(loaded > 0 ? { conv } : {}) });
    }
    const cols = targets.map((t) => quoteIdent(t.name)).join(', ');
    const table = `${quoteIdent(spec.database)}.${quoteIdent(spec.schema)}.${quoteIdent(spec.table)}`;
    for (const o of outcomes) {
      if (!o.conv) continue;
      await db.run(`INSERT INTO ${table} (${cols}) SELECT ${targets.map((_, i) => quoteIdent(`v${i}`)).join(', ')} FROM temp.main.${quoteIdent(o.conv)} WHERE "_mh_bad" IS NULL ORDER BY "_mh_row"`);
    }
  } finally {
    await dropTemp(db, temps);
  }
  await recordLoads(db, spec, outcomes);
  // PURGE deletes from Mockhaus's own folders and from S3, never from a file:// stage's folder.
  if (optionBool(opts.PURGE) && (!stage.external || stage.s3)) for (const o of outcomes) if (o.status !== 'LOAD_FAILED') await deleteFile(stage, o.file);
  const shown = optionBool(opts.RETURN_FAILED_ONLY) ? outcomes.filter((o) => o.status !== 'LOADED') : outcomes;
  return {
    columns: COPY_COLUMNS,
    rows: shown.map((o) => {
      const e = o.errors[0];
      return [o.name, o.status, num(o.parsed), num(o.loaded), num(o.errorLimit), num(o.errors.length), e?.message ?? null, num(e?.line ?? null), num(e?.character ?? null), e?.column ?? null];
    }),
  };
}

function maxDollar(sql: string): number {
  let m = 0;
  for (const x of sql.matchAll(/"\$(\d+)"/g)) m = Math.max(m, Number(x[1]));
  return m;
}

async function recordLoads(db: Database, spec: CopyIntoTableSpec, outcomes: FileOutcome[]): Promise<void> {
  const sql = outcomes.map((o) => {
    const e = o.errors[0];
    const v = (x: string | number | null | undefined): string => (x === null || x === undefined ? 'NULL' : typeof x === 'number' ? String(x) : quoteString(x));
    return `INSERT INTO ${metaRef('load_history')} (database_name, schema_name, table_name, file_name, last_load_time, status, row_count, row_parsed, first_error_message, first_error_line_number, first_error_character_position, first_error_col_name, error_count, error_limit) VALUES (${[
      v(spec.database), v(spec.schema), v(spec.table), v(o.name), 'now()', v(o.status), v(o.loaded), v(o.parsed), v(e?.message), v(e?.line), v(e?.character), v(e?.column), v(o.errors.length), v(o.errorLimit),
    ].join(', ')})`;
  });
  await db.runAfter(sql);
}
