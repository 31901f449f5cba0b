/**
 * @module ingest/put-get
 * PUT (https://docs.snowflake.com/en/sql-reference/sql/put) copies local files into an internal
 * stage, gzip-compressing them unless AUTO_COMPRESS = FALSE or they are compressed already; GET
 * (…/sql/get) copies staged files to a local folder as they are stored. Result rows are the ones
 * the Snowflake clients print (shared/docs/snowflake-reference.md §0): PUT `source, target,
 * source_size, target_size, source_compression, target_compression, status, message` with status
 * UPLOADED or SKIPPED (target exists, OVERWRITE = FALSE); GET `file, size, status, message`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NotSupportedError, SnowflakeError } from '../errors.ts';
import type { Database } from '../engine/database.ts';
import type { OptionPair } from '../sql/ast.ts';
import { optionBool, optionsJson } from '../translate/ddl/_options.ts';
import { columns, num, type Table } from './_result.ts';
import { filesAt, resolveStage, toOsPath, type ResolvedStage, type StagedFile } from './storage.ts';
import type { StageLocation } from './types.ts';

const PUT_COLUMNS = columns([
  ['source', 'text'], ['target', 'text'], ['source_size', 'fixed'], ['target_size', 'fixed'],
  ['source_compression', 'text'], ['target_compression', 'text'], ['status', 'text'], ['message', 'text'],
]);
const GET_COLUMNS = columns([['file', 'text'], ['size', 'fixed'], ['status', 'text'], ['message', 'text']]);

/** Compression names by file extension, as PUT's SOURCE_COMPRESSION spells them. */
const BY_EXTENSION: [RegExp, string][] = [
  [/\.gz$/i, 'GZIP'], [/\.bz2$/i, 'BZ2'], [/\.br$/i, 'BROTLI'], [/\.zst$/i, 'ZSTD'],
  [/\.deflate$/i, 'DEFLATE'], [/\.raw_deflate$/i, 'RAW_DEFLATE'], [/\.parquet$/i, 'PARQUET'], [/\.orc$/i, 'ORC'],
];

/** `file:///dir/x.csv` → `/dir/x.csv` (file:// URIs as the PUT doc writes them). */
export function localPath(uri: string): string {
  if (!/^file:\/\//i.test(uri)) throw new SnowflakeError(1003, '42000', `SQL compilation error:\nsyntax error line 1 at position 4 unexpected '${uri}'.`);
  return decodeURI(uri.replace(/^file:\/\//i, ''));
}

/** Local files matching a path whose last segment may hold `*` and `?` wildcards. */
export function expandLocal(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  if (!/[*?]/.test(name)) return existsSync(path) && statSync(path).isFile() ? [path] : [];
  const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => re.test(f) && statSync(join(dir, f)).isFile()).sort().map((f) => join(dir, f));
}

function sourceCompression(file: string, declared: string): string {
  if (declared !== 'AUTO_DETECT') return declared;
  for (const [re, c] of BY_EXTENSION) if (re.test(file)) return c;
  const head = readFileSync(file).subarray(0, 2);
  return head[0] === 0x1f && head[1] === 0x8b ? 'GZIP' : 'NONE';
}

export async function put(db: Database, file: string, loc: StageLocation, options: OptionPair[]): Promise<Table> {
  const stage = await resolveStage(db, loc);
  if (stage.external) throw new NotSupportedError('PUT to an external stage');
  const opts = optionsJson(options);
  const autoCompress = optionBool(opts.AUTO_COMPRESS, true);
  const overwrite = optionBool(opts.OVERWRITE);
  const declared = String(opts.SOURCE_COMPRESSION ?? 'AUTO_DETECT').toUpperCase();
  const path = localPath(file);
  const sources = expandLocal(path);
  if (sources.length === 0) throw new SnowflakeError(253006, '02000', `File doesn't exist: ['${path}']`);
  const folder = join(stage.dir, toOsPath(stage.path));
  mkdirSync(folder, { recursive: true });
  const rows = sources.map((src) => {
    const name = basename(src);
    const srcComp = sourceCompression(src, declared);
    const compress = autoCompress && srcComp === 'NONE';
    const target = compress ? `${name}.gz` : name;
    const targetComp = compress ? 'GZIP' : srcComp;
    const dest = join(folder, target);
    const srcSize = statSync(src).size;
    if (existsSync(dest) && !overwrite) {
      return [name, target, num(srcSize), num(statSync(dest).size), srcComp, targetComp, 'SKIPPED', ''];
    }
    if (compress) writeFileSync(dest, gzipSync(readFileSync(src)));
    else copyFileSync(src, dest);
    return [name, target, num(srcSize), num(statSync(dest).size), srcComp, targetComp, 'UPLOADED', ''];
  });
  return { columns: PUT_COLUMNS, rows };
}

/** What a GET reads: the staged files under the path (and PATTERN), and the local folder, created. */
export async function getSources(db: Database, loc: StageLocation, file: string, options: OptionPair[]): Promise<{ stage: ResolvedStage; files: StagedFile[]; dir: string; opts: Record<string, unknown> }> {
  const stage = await resolveStage(db, loc);
  const opts = optionsJson(options);
  const pattern = opts.PATTERN === undefined ? undefined : String(opts.PATTERN);
  const dir = localPath(file);
  mkdirSync(dir, { recursive: true });
  return { stage, files: filesAt(stage, pattern), dir, opts };
}

export async function get(db: Database, loc: StageLocation, file: string, options: OptionPair[]): Promise<Table> {
  const { files, dir } = await getSources(db, loc, file, options);
  const rows = files.map((f) => {
    const name = f.rel.slice(f.rel.lastIndexOf('/') + 1);
    copyFileSync(f.abs, join(dir, name));
    return [name, num(f.size), 'DOWNLOADED', ''];
  });
  return { columns: GET_COLUMNS, rows };
}
