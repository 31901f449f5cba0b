/**
 * @module ingest/storage
 * Where a stage's files live. Internal stages (named, user `@~`, table `@%t`) are folders under the
 * session's stage root (`Database.stageRoot()`); a stage created with `URL = 'file:///abs/dir/'`
 * reads that folder directly; `s3://` and `s3compat://` stages are read through ingest/s3.ts
 * (listed remotely, downloaded to a temp file when COPY reads one). GCS and Azure are NotSupported.
 * File names inside a stage are `/`-separated paths relative to the stage folder (or URL).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotSupportedError } from '../errors.ts';
import { metaRef } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import { optionsJson, type OptionJson } from '../translate/ddl/_options.ts';
import { urlCloud } from './location.ts';
import { deleteObject, getObject, isS3Url, listObjects, putObject, s3Display, s3Target, type S3Target } from './s3.ts';
import type { StageLocation } from './types.ts';

export type Options = Record<string, OptionJson>;

/** A stage location made concrete: its folder, how LIST/COPY name its files, its own options. */
export interface ResolvedStage {
  dir: string;
  /** Path inside the stage given after the stage name ('' for none). */
  path: string;
  /** Prefix of file names in LIST/REMOVE/COPY output: `my_stage/`, `` (user, table stages) or the URL. */
  display: string;
  external: boolean;
  /** The stage's FILE_FORMAT (inline options or FORMAT_NAME) and COPY_OPTIONS as created. */
  fileFormat: Options;
  copyOptions: Options;
  /** Set for `s3://` and `s3compat://` stages: files live in that bucket, not under `dir`. */
  s3?: S3Target;
}

export interface StagedFile {
  /** Path relative to the stage folder, `/`-separated. */
  rel: string;
  abs: string;
  size: number;
  mtime: Date;
  /** S3 stages: the object's ETag (LIST's md5) and full key; `abs` is '' until fetched. */
  md5?: string;
  key?: string;
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function asOptions(v: OptionJson | undefined): Options {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

/** A stage's FILE_FORMAT: inline options, or a bare name (`FILE_FORMAT = my_csv`) read as FORMAT_NAME. */
function asFileFormat(v: OptionJson | undefined): Options {
  return typeof v === 'string' ? { FORMAT_NAME: v } : asOptions(v);
}

export async function resolveStage(db: Database, loc: StageLocation): Promise<ResolvedStage> {
  const root = db.stageRoot();
  switch (loc.kind) {
    case 'user':
      return { dir: join(root, 'user'), path: loc.path, display: '', external: false, fileFormat: {}, copyOptions: {} };
    case 'table':
      return { dir: join(root, 'table', enc(loc.database), enc(loc.schema), enc(loc.table)), path: loc.path, display: '', external: false, fileFormat: {}, copyOptions: {} };
    case 'named': {
      const rows = await db.rows(`SELECT url, options, CAST(epoch_us(created_on) AS VARCHAR) AS created FROM ${metaRef('stages')} WHERE database_name = $1 AND schema_name = $2 AND name = $3`, [loc.database, loc.schema, loc.name]);
      const row = rows[0];
      const opts = row && typeof row.options === 'string' ? (JSON.parse(row.options) as Options) : {};
      const base = { path: loc.path, fileFormat: asFileFormat(opts.FILE_FORMAT), copyOptions: asOptions(opts.COPY_OPTIONS) };
      const url = row && typeof row.url === 'string' ? row.url : '';
      if (url) {
        if (isS3Url(url)) return { ...base, ...s3Stage(url, opts) };
        if (!/^file:\/\//i.test(url)) throw new NotSupportedError(`external stage on ${urlCloud(url)}`);
        const dir = fileURLToPath(url.replace(/^file:\/\/(?!\/)/i, 'file:///'));
        return { ...base, dir, display: url.endsWith('/') ? url : `${url}/`, external: true };
      }
      // The folder is keyed by the stage's creation time too: a dropped or replaced stage's files
      // do not reappear in a new stage of the same name (Snowflake deletes them with the stage).
      const created = row && typeof row.created === 'string' ? row.created : '0';
      return { ...base, dir: join(root, 'named', enc(loc.database), enc(loc.schema), enc(loc.name), created), display: `${loc.name.toLowerCase()}/`, external: false };
    }
    case 'url': {
      if (!isS3Url(loc.url)) throw new NotSupportedError(`COPY or stage command on a URL (${urlCloud(loc.url)}) without a stage`);
      return { path: loc.path, fileFormat: {}, copyOptions: {}, ...s3Stage(loc.url, optionsJson(loc.options)) };
    }
  }
}

function s3Stage(url: string, opts: Options): { dir: string; display: string; external: true; s3: S3Target } {
  const s3 = s3Target(url, opts);
  return { dir: '', display: s3Display(s3), external: true, s3 };
}

/**
 * Files under the location's path whose name matches PATTERN, from the stage folder or, for an S3
 * stage, from a ListObjectsV2 of the stage prefix plus the path.
 */
export async function listFiles(stage: ResolvedStage, pattern?: string): Promise<StagedFile[]> {
  const s3 = stage.s3;
  if (!s3) return filesAt(stage, pattern);
  const objects = await listObjects(s3, s3.prefix + stage.path);
  const files = objects.map((o) => ({ rel: o.key.slice(s3.prefix.length), abs: '', size: o.size, mtime: o.lastModified, md5: o.etag, key: o.key }));
  return files.filter(matcher(stage, pattern));
}

/** A local path holding the file's bytes: the file itself, or an S3 object downloaded into tmpDir. */
export async function localCopy(stage: ResolvedStage, f: StagedFile, tmpDir: string): Promise<{ abs: string; temporary: boolean }> {
  if (!stage.s3 || f.key === undefined) return { abs: f.abs, temporary: false };
  const abs = join(tmpDir, `s3-${randomUUID()}-${basename(f.rel)}`);
  writeFileSync(abs, await getObject(stage.s3, f.key));
  return { abs, temporary: true };
}

/** Delete one staged file (REMOVE, PURGE). */
export async function deleteFile(stage: ResolvedStage, f: StagedFile): Promise<void> {
  if (stage.s3 && f.key !== undefined) await deleteObject(stage.s3, f.key);
  else rmSync(f.abs, { force: true });
}

/** Upload a local file to `rel` inside an S3 stage (unload). */
export async function uploadFile(stage: ResolvedStage & { s3: S3Target }, rel: string, abs: string): Promise<void> {
  await putObject(stage.s3, stage.s3.prefix + rel, readFileSync(abs));
}

/** Every file under the stage folder (recursively), sorted by name. */
export function allFiles(stage: ResolvedStage): StagedFile[] {
  const out: StagedFile[] = [];
  const walk = (dir: string, rel: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(abs, r);
      else if (e.isFile()) {
        const st = statSync(abs);
        out.push({ rel: r, abs, size: st.size, mtime: st.mtime });
      }
    }
  };
  walk(stage.dir, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/**
 * Files under the location's path (a prefix, as in cloud storage) whose name matches PATTERN.
 * PATTERN is a regular expression that must match the whole name; Snowflake applies it to the
 * path within the stage, so both `.*[.]csv` and `sub/.*` work.
 */
export function filesAt(stage: ResolvedStage, pattern?: string): StagedFile[] {
  if (stage.s3) throw new NotSupportedError('this command on an S3 stage');
  return allFiles(stage).filter(matcher(stage, pattern));
}

function matcher(stage: ResolvedStage, pattern?: string): (f: StagedFile) => boolean {
  const re = pattern !== undefined ? new RegExp(`^(?:${pattern})$`) : undefined;
  return (f) => f.rel.startsWith(stage.path) && (!re || re.test(f.rel) || re.test(stage.display + f.rel));
}

export function md5Of(abs: string): string {
  return createHash('md5').update(readFileSync(abs)).digest('hex');
}

/** LIST's `last_modified`: RFC 1123 like `Tue, 4 Jul 2023 03:40:44 GMT` (day of month not padded). */
export function lastModified(d: Date): string {
  return d.toUTCString().replace(/^(\w{3}, )0(\d)/, '$1$2');
}

export function toOsPath(rel: string): string {
  return rel.split('/').join(sep);
}
