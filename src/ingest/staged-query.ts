/**
 * @module ingest/staged-query
 * Querying staged files (https://docs.snowflake.com/en/user-guide/querying-stage):
 * `SELECT $1, METADATA$FILENAME FROM @s/path (FILE_FORMAT => 'f', PATTERN => '…') t`.
 * The translator cannot read files, so it prints each `@stage` FROM item as a temp table and lists
 * it on the plan (`DuckDbPlan.stagedFiles`); before the query runs, the engine calls
 * `materialiseStaged`, which reads every matching file with the COPY readers (ingest/readers.ts)
 * into that table: `METADATA$FILENAME` (path inside the stage), `METADATA$FILE_ROW_NUMBER`, then
 * `$1`…`$n`: VARCHAR for CSV, `$1` the document/row as JSON (a VARIANT) for JSON and Parquet.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { quoteIdent, quoteString } from '../catalog/names.ts';
import type { Database } from '../engine/database.ts';
import { optionsJson } from '../translate/ddl/_options.ts';
import type { OptionPair } from '../sql/ast.ts';
import { resolveFileFormat } from './file-format.ts';
import { loadRaw } from './readers.ts';
import { filesAt, resolveStage } from './storage.ts';
import { RAW_RELATION, type StageLocation } from './types.ts';

/** One `@stage` FROM item of a query, resolved by the translator. */
export interface StagedQuerySource {
  /** Temp table (schema temp.main) the rows are read into; the query reads it. */
  table: string;
  stage: StageLocation;
  formatName?: { database: string; schema: string; name: string };
  formatOptions: OptionPair[];
  pattern?: string;
  /** Schema to resolve a FORMAT_NAME inside the stage's own FILE_FORMAT against. */
  database: string;
  schema: string;
}

export const FILENAME_COLUMN = 'METADATA$FILENAME';
export const ROW_NUMBER_COLUMN = 'METADATA$FILE_ROW_NUMBER';

/** Highest `"$n"` the printed query reads (the table gets `$1`…`$n`, at least `$1`). */
export function positionalWidth(sql: string[]): number {
  let m = 1;
  for (const s of sql) for (const x of s.matchAll(/"\$(\d+)"/g)) m = Math.max(m, Number(x[1]));
  return m;
}

/** Read every file of the source into its temp table (replacing what an earlier query left there). */
export async function materialiseStaged(db: Database, src: StagedQuerySource, width: number): Promise<void> {
  const stage = await resolveStage(db, src.stage);
  const fmt = await resolveFileFormat(db, {
    statement: optionsJson(src.formatOptions),
    ...(src.formatName ? { named: src.formatName } : {}),
    stage: stage.fileFormat,
    database: src.database,
    schema: src.schema,
  });
  const valueType = fmt.type === 'CSV' ? 'VARCHAR' : 'JSON';
  const dollars = Array.from({ length: width }, (_, i) => quoteIdent(`$${i + 1}`));
  const table = `temp.main.${quoteIdent(src.table)}`;
  await db.run(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(src.table)} (${quoteIdent(FILENAME_COLUMN)} VARCHAR, ${quoteIdent(ROW_NUMBER_COLUMN)} BIGINT${dollars.map((d) => `, ${d} ${valueType}`).join('')})`);
  const tmpDir = join(db.stageRoot(), '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  try {
    for (const f of filesAt(stage, src.pattern)) {
      const raw = await loadRaw(db, f.abs, fmt, undefined, width, tmpDir);
      // JSON and Parquet give one value per record: `$2`… are NULL, as in Snowflake.
      const values = dollars.map((d, i) => (i < raw.width ? d : `NULL::${valueType}`));
      await db.run(`INSERT INTO ${table} SELECT ${quoteString(f.rel)}, "_mh_row", ${values.join(', ')} FROM temp.main.${quoteIdent(RAW_RELATION)} ORDER BY "_mh_row"`);
    }
  } finally {
    await db.run(`DROP TABLE IF EXISTS temp.main.${quoteIdent(RAW_RELATION)}`).catch(() => undefined);
  }
}
