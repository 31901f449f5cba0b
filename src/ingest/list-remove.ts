/**
 * @module ingest/list-remove
 * LIST / LS (https://docs.snowflake.com/en/sql-reference/sql/list): `name, size, md5,
 * last_modified`, names prefixed `my_stage/` for named stages; REMOVE / RM (…/sql/remove):
 * `name, result` with result `removed`. Both take the path after the stage as a prefix and an
 * optional PATTERN regular expression. On an S3 stage LIST names files by their full URL
 * (`s3://bucket/key`) with the object's ETag as md5, and REMOVE deletes the objects.
 */
import { NotSupportedError } from '../errors.ts';
import type { Database } from '../engine/database.ts';
import { columns, num, type Table } from './_result.ts';
import { deleteFile, lastModified, listFiles, md5Of, resolveStage } from './storage.ts';
import type { StageLocation } from './types.ts';

const LIST_COLUMNS = columns([['name', 'text'], ['size', 'fixed'], ['md5', 'text'], ['last_modified', 'text']]);
const REMOVE_COLUMNS = columns([['name', 'text'], ['result', 'text']]);

export async function list(db: Database, loc: StageLocation, pattern?: string): Promise<Table> {
  const stage = await resolveStage(db, loc);
  const rows = (await listFiles(stage, pattern)).map((f) => [stage.display + f.rel, num(f.size), f.md5 ?? md5Of(f.abs), lastModified(f.mtime)]);
  return { columns: LIST_COLUMNS, rows };
}

export async function remove(db: Database, loc: StageLocation, pattern?: string): Promise<Table> {
  const stage = await resolveStage(db, loc);
  if (stage.external && !stage.s3) throw new NotSupportedError('REMOVE from a file:// stage (would delete files outside Mockhaus)');
  const rows: (string | null)[][] = [];
  for (const f of await listFiles(stage, pattern)) {
    await deleteFile(stage, f);
    rows.push([stage.display + f.rel, 'removed']);
  }
  return { columns: REMOVE_COLUMNS, rows };
}
