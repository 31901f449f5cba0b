/**
 * @module ingest/transfer
 * PUT and GET as Snowflake's drivers carry them out: the server only answers with what to
 * transfer and where (`command: UPLOAD | DOWNLOAD`, `src_locations`, `stageInfo`), and the driver
 * copies the files itself. Mockhaus stages are folders on the server host, and Mockhaus runs on
 * the client's machine, so the answer is a `LOCAL_FS` stage whose `location` is the stage folder:
 * snowflake-sdk's local_util.js then reads/writes that folder directly (no encryption), gzips
 * uploads itself (AUTO_COMPRESS) and names them `<file>.gz`. Nothing is reported back after the
 * upload; LIST and COPY see the files because they read the same folder.
 * Checked against snowflake-sdk 3.3.0 `file_transfer_agent.js` (parseCommand, processFileCompressionType).
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NotSupportedError, SnowflakeError } from '../errors.ts';
import type { Database } from '../engine/database.ts';
import type { OptionPair } from '../sql/ast.ts';
import { optionBool, optionsJson } from '../translate/ddl/_options.ts';
import { expandLocal, getSources, localPath } from './put-get.ts';
import { resolveStage, toOsPath } from './storage.ts';
import type { StageLocation } from './types.ts';

/** The stage as the driver sees it: always a local folder here. */
export interface TransferStageInfo {
  locationType: 'LOCAL_FS';
  location: string;
  path: string;
  region: null;
  storageAccount: null;
  isClientSideEncrypted: false;
  creds: Record<string, never>;
}

/** What the driver needs to carry out a PUT (UPLOAD) or GET (DOWNLOAD) itself. */
export type FileTransfer =
  | {
    command: 'UPLOAD';
    src_locations: string[];
    autoCompress: boolean;
    /** `auto_detect` or the mime subtype the driver looks up (`gzip`, `deflate`, …). */
    sourceCompression: string;
    overwrite: boolean;
    parallel: number;
    stageInfo: TransferStageInfo;
  }
  | {
    command: 'DOWNLOAD';
    src_locations: string[];
    localLocation: string;
    parallel: number;
    stageInfo: TransferStageInfo;
  };

/** SOURCE_COMPRESSION → the mime subtype snowflake-sdk's file_compression_type table knows. */
const SOURCE_COMPRESSION: Record<string, string> = {
  AUTO_DETECT: 'auto_detect', GZIP: 'gzip', DEFLATE: 'deflate', RAW_DEFLATE: 'raw_deflate', BZ2: 'bz2', BROTLI: 'br', ZSTD: 'zstd',
};

function stageInfo(location: string): TransferStageInfo {
  return { locationType: 'LOCAL_FS', location, path: '', region: null, storageAccount: null, isClientSideEncrypted: false, creds: {} };
}

/**
 * PUT over the driver protocol. A missing local file fails here with the client's
 * `253006 File doesn't exist` (the driver would otherwise fail after the response with a bare ENOENT).
 */
export async function putTransfer(db: Database, file: string, loc: StageLocation, options: OptionPair[]): Promise<FileTransfer> {
  const stage = await resolveStage(db, loc);
  if (stage.external) throw new NotSupportedError('PUT to an external stage');
  const opts = optionsJson(options);
  const declared = String(opts.SOURCE_COMPRESSION ?? 'AUTO_DETECT').toUpperCase();
  const sourceCompression = SOURCE_COMPRESSION[declared];
  if (sourceCompression === undefined) throw new NotSupportedError(`PUT SOURCE_COMPRESSION = ${declared} over the driver protocol`);
  const path = localPath(file);
  if (/\?/.test(basename(path))) throw new NotSupportedError("PUT with a '?' wildcard over the driver protocol");
  if (expandLocal(path).length === 0) throw new SnowflakeError(253006, '02000', `File doesn't exist: ['${path}']`);
  const folder = join(stage.dir, toOsPath(stage.path));
  mkdirSync(folder, { recursive: true });
  return {
    command: 'UPLOAD',
    src_locations: [path],
    autoCompress: optionBool(opts.AUTO_COMPRESS, true),
    sourceCompression,
    overwrite: optionBool(opts.OVERWRITE),
    parallel: Number(opts.PARALLEL ?? 4),
    stageInfo: stageInfo(folder),
  };
}

/** GET over the driver protocol: the staged files under the path (and PATTERN), relative to the stage folder. */
export async function getTransfer(db: Database, loc: StageLocation, file: string, options: OptionPair[]): Promise<FileTransfer> {
  // The driver stats the local folder before it would create it (parseCommand): getSources makes it.
  const { stage, files, dir, opts } = await getSources(db, loc, file, options);
  return {
    command: 'DOWNLOAD',
    src_locations: files.map((f) => f.rel),
    localLocation: dir,
    parallel: Number(opts.PARALLEL ?? 10),
    stageInfo: stageInfo(stage.dir),
  };
}
