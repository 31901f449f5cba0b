/**
 * @module translate/transforms/staged-files
 * `FROM @stage[/path] [(FILE_FORMAT => 'f', PATTERN => '…')] [alias]` in a query
 * (https://docs.snowflake.com/en/user-guide/querying-stage). Files cannot be read while
 * translating, so the item prints as a temp table the engine fills first (ingest/staged-query):
 * its columns are `METADATA$FILENAME`, `METADATA$FILE_ROW_NUMBER` and `$1`…`$n`, so `$n`,
 * `t.$n` and the METADATA$ columns print as plain column references.
 */
import type { TableRefStage } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { quoteIdent } from '../_quote.ts';
import { resolveFormat, resolveStage } from '../ingest.ts';

/** `$n` names of a staged FROM item (a CSV record has as many fields as it has; DuckDB caps columns anyway). */
export const STAGED_POSITIONAL: string[] = Array.from({ length: 1000 }, (_, i) => `$${i + 1}`);

/** Register the staged source on the state and return the temp table it will be read into. */
export function stagedTable(t: TableRefStage, st: PrintState): string {
  st.cacheable = false;
  const stage = resolveStage(t.location, st, 'SELECT');
  const table = `_mh_stage_q${st.stagedFiles.length}`;
  const home = stage.kind === 'named' || stage.kind === 'table' ? stage : { database: st.ctx.database ?? '', schema: st.ctx.schema ?? '' };
  st.stagedFiles.push({
    table,
    stage,
    ...(t.fileFormat !== undefined ? { formatName: resolveFormat(t.fileFormat, st) } : {}),
    formatOptions: [],
    ...(t.pattern !== undefined ? { pattern: t.pattern } : {}),
    database: home.database,
    schema: home.schema,
  });
  return `temp.main.${quoteIdent(table)}`;
}
