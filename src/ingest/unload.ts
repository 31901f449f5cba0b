/**
 * @module ingest/unload
 * COPY INTO <location> (https://docs.snowflake.com/en/sql-reference/sql/copy-into-location).
 */
import { NotSupportedError } from '../errors.ts';
import type { Database } from '../engine/database.ts';
import type { Table } from './_result.ts';
import type { CopyIntoLocationSpec } from './types.ts';

export async function copyIntoLocation(_db: Database, _spec: CopyIntoLocationSpec): Promise<Table> {
  throw new NotSupportedError('COPY INTO <location> (unload)');
}
