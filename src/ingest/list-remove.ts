/**
 * @module ingest/list-remove
 * LIST / LS (https://docs.snowflake.com/en/sql-reference/sql/list): `name, size, md5,
 * last_modified`, names prefixed `my_stage/` for named stages; REMOVE / RM (…/sql/remove):
 * `name, result` with result `removed`. Both take the path after the stage as a prefix and an
 * optional PATTERN regular expression.
 */
import { rmSync } from 'node:fs';
import { NotSupportedError } from '../errors.ts';
import type { Database } from '../engine/database.ts';
import { columns, num, type Table } from './_result.ts';
import { filesAt, lastModified, md5Of, resolveStage } from './storage.ts';
import type { StageLocation } from './types.ts';

const LIST_COLUMNS = columns([['name', 'text'], ['size', 'fixed'], ['md5', 'text'], ['last_modified', 'text']]);
const REMOVE_COLUMNS = columns([['name', 'text'], ['result', 'text']]);

export async function list(db: Database, loc: StageLocation, pattern?: string): Promise<Table> {
  const stage = await resolveStage(db, loc);
  const rows = filesAt(stage, pattern).map((f) => [stage.display + f.rel, num(f.size), md5Of(f.abs), lastModified(f.mtime)]);
  return { columns: LIST_COLUMNS, rows };
}

export async function remove(db: Database, loc: StageLocation, pattern?: string): Promise<Table> {
  const stage = await resolveStage(db, loc);
  if (stage.external) throw new NotSupportedError('REMOVE from a file:// stage (would delete files outside Mockhaus)');
  const rows = filesAt(stage, pattern).map((f) => {
    rmSync(f.abs, { force: true });
    return [stage.display + f.rel, 'removed'];
  });
  return { columns: REMOVE_COLUMNS, rows };
}
