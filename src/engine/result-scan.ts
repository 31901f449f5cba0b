/**
 * @module engine/result-scan
 * `TABLE(RESULT_SCAN('<query id>'))` (docs.snowflake.com/en/sql-reference/functions/result_scan):
 * the session keeps recent results; when a plan lists `resultScans`, the engine loads each one into
 * a table in DuckDB's scratch `memory` catalog named by `resultScanTable(id)`, with the Snowflake
 * column names and types, and the translated SQL reads from it.
 */
import { quoteIdent } from '../catalog/names.ts';
import type { Database } from './database.ts';
import type { ResultColumn, Row, Value } from './types.ts';

/** DuckDB table (fully qualified, quoted) holding the result of `queryId`. */
export function resultScanTable(queryId: string): string {
  return `${quoteIdent('memory')}.${quoteIdent('main')}.${quoteIdent(`_mh_result_${queryId.replace(/-/g, '').toLowerCase()}`)}`;
}

/** DuckDB type that holds a Snowflake column's canonical values. */
function duckType(c: ResultColumn): string {
  switch (c.type) {
    case 'fixed': return `DECIMAL(${Math.min(38, c.precision ?? 38)},${c.scale ?? 0})`;
    case 'real': return 'DOUBLE';
    case 'text': return 'VARCHAR';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'time': return 'TIME';
    case 'timestamp_ntz': return 'TIMESTAMP';
    case 'timestamp_ltz': case 'timestamp_tz': return 'TIMESTAMPTZ';
    case 'variant': case 'object': case 'array': return 'JSON';
    case 'binary': return 'BLOB';
  }
}

function asText(v: Value, c: ResultColumn): string | null {
  if (v === null) return null;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  // DuckDB reads `… 04:34:56-08:00`, not the canonical `… 04:34:56 -08:00`.
  if (c.type === 'timestamp_ltz' || c.type === 'timestamp_tz') return String(v).replace(/ ([+-]\d{2}:\d{2})$/, '$1');
  return String(v);
}

/** Load a kept result into its RESULT_SCAN table (no-op when it is already there). */
export async function loadResultTable(db: Database, queryId: string, columns: ResultColumn[], rows: Row[]): Promise<void> {
  const table = resultScanTable(queryId);
  const staging = resultScanTable(`${queryId}_staging`);
  const exists = await db.rows(`SELECT 1 FROM duckdb_tables() WHERE database_name = 'memory' AND table_name = $1`, [`_mh_result_${queryId.replace(/-/g, '').toLowerCase()}`]);
  if (exists.length > 0) return;
  const cols = columns.map((_, i) => `c${i} VARCHAR`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${staging} (${cols || 'c0 VARCHAR'})`);
  if (columns.length > 0 && rows.length > 0) {
    const params: (string | null)[] = [];
    const tuples: string[] = [];
    for (const row of rows) {
      tuples.push(`(${columns.map((_c, i) => {
        params.push(asText(row[i] ?? null, columns[i]!));
        return `$${params.length}`;
      }).join(', ')})`);
      if (params.length > 30_000) {
        await db.run(`INSERT INTO ${staging} VALUES ${tuples.join(', ')}`, params);
        params.length = 0;
        tuples.length = 0;
      }
    }
    if (tuples.length > 0) await db.run(`INSERT INTO ${staging} VALUES ${tuples.join(', ')}`, params);
  }
  const seen = new Map<string, number>();
  const select = columns.map((c, i) => {
    const n = seen.get(c.name) ?? 0;
    seen.set(c.name, n + 1);
    const name = n === 0 ? c.name : `${c.name}_${n}`;
    const expr = c.type === 'binary' ? `unhex(c${i})` : `CAST(c${i} AS ${duckType(c)})`;
    return `${expr} AS ${quoteIdent(name)}`;
  });
  await db.run(`CREATE TABLE ${table} AS SELECT ${select.join(', ') || 'NULL AS "_"'} FROM ${staging}`);
  await db.run(`DROP TABLE ${staging}`);
}
