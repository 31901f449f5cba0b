/**
 * @module ingest/storage
 * Where a stage's files live. Internal stages (named, user `@~`, table `@%t`) are folders under the
 * session's stage root (`Database.stageRoot()`); a stage created with `URL = 'file:///abs/dir/'`
 * reads that folder directly. Cloud URLs (s3://, gcs://, azure://) are NotSupported.
 * File names inside a stage are `/`-separated paths relative to the stage folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotSupportedError } from '../errors.ts';
import { metaRef } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import type { OptionJson } from '../translate/ddl/_options.ts';
import { urlCloud } from './location.ts';
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
}

export interface StagedFile {
  /** Path relative to the stage folder, `/`-separated. */
  rel: string;
  abs: string;
  size: number;
  mtime: Date;
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function asOptions(v: OptionJson | undefined): Options {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export async function resolveStage(db: Database, loc: StageLocation): Promise<ResolvedStage> {
  const root = db.stageRoot();
  switch (loc.kind) {
    case 'user':
      return { dir: join(root, 'user'), path: loc.path, display: '', external: false, fileFormat: {}, copyOptions: {} };
    case 'table':
      return { dir: join(root, 'table', enc(loc.database), enc(loc.schema), enc(loc.table)), path: loc.path, display: '', external: false, fileFormat: {}, copyOptions: {} };
    case 'named': {
      const rows = await db.rows(`SELECT url, options FROM ${metaRef('stages')} WHERE database_name = $1 AND schema_name = $2 AND name = $3`, [loc.database, loc.schema, loc.name]);
      const row = rows[0];
      const opts = row && typeof row.options === 'string' ? (JSON.parse(row.options) as Options) : {};
      const base = { path: loc.path, fileFormat: asOptions(opts.FILE_FORMAT), copyOptions: asOptions(opts.COPY_OPTIONS) };
      const url = row && typeof row.url === 'string' ? row.url : '';
      if (url) {
        if (!/^file:\/\//i.test(url)) throw new NotSupportedError(`external stage on ${urlCloud(url)}`);
        const dir = fileURLToPath(url.replace(/^file:\/\/(?!\/)/i, 'file:///'));
        return { ...base, dir, display: url.endsWith('/') ? url : `${url}/`, external: true };
      }
      return { ...base, dir: join(root, 'named', enc(loc.database), enc(loc.schema), enc(loc.name)), display: `${loc.name.toLowerCase()}/`, external: false };
    }
  }
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
  const re = pattern !== undefined ? new RegExp(`^(?:${pattern})$`) : undefined;
  return allFiles(stage).filter((f) => f.rel.startsWith(stage.path) && (!re || re.test(f.rel) || re.test(stage.display + f.rel)));
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
