/**
 * @module server/rest/_shape
 * Engine results and manager records → the REST JSON shapes (schemas.ts). Pure functions, so the
 * handlers only parse, call and serialise (STYLE.md convention 11).
 */
import type { Result, ResultColumn } from '../../engine/types.ts';
import { toJsonValue } from '../../engine/values.ts';
import type { SessionInfo as ManagerSessionInfo } from '../../session/manager.ts';

export interface RestColumn {
  name: string;
  type: string;
  precision: number | null;
  scale: number | null;
  length: number | null;
  nullable: boolean;
}

export function restColumn(c: ResultColumn): RestColumn {
  return { name: c.name, type: c.type, precision: c.precision, scale: c.scale, length: c.length, nullable: c.nullable };
}

/** Rows as objects keyed by column name, values in their REST JSON form (engine/values.ts). */
export function restRows(result: Result): Record<string, unknown>[] {
  const cols = result.columns;
  const out: Record<string, unknown>[] = new Array(result.rows.length);
  for (let r = 0; r < result.rows.length; r++) {
    const row = result.rows[r] as Result['rows'][number];
    const obj: Record<string, unknown> = {};
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i] as ResultColumn;
      obj[col.name] = toJsonValue(row[i] ?? null, col);
    }
    out[r] = obj;
  }
  return out;
}

/** The response of POST /api/v1/query: it describes the last statement that ran. */
export function queryResponse(results: Result[], sessionId: string, seconds: number, ctx: { database: string | null; schema: string | null }) {
  const last = results[results.length - 1];
  return {
    success: true as const,
    data: last ? restRows(last) : [],
    columns: last ? last.columns.map(restColumn) : [],
    row_count: last ? last.rows.length : 0,
    rows_affected: last?.rowsAffected ?? null,
    statement_type: last?.statementType ?? 'OTHER',
    statements: results.length,
    execution_time: Math.round(seconds * 1e6) / 1e6,
    translated_sql: last?.translatedSql ?? '',
    message: last?.message ?? null,
    warnings: results.flatMap((r) => r.warnings),
    session_id: sessionId,
    current_database: last ? last.database : ctx.database,
    current_schema: last ? last.schema : ctx.schema,
    query_id: last?.queryId ?? '',
  };
}

export function restSessionInfo(s: ManagerSessionInfo, now = Date.now()) {
  return {
    session_id: s.id,
    id: s.id,
    type: s.type,
    created_at: s.createdAt.toISOString(),
    last_accessed: s.lastAccessed.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    ttl_seconds: s.ttlSeconds,
    current_database: s.database,
    current_schema: s.schema,
    query_count: s.queryCount,
    storage: s.path ? { type: 'local', path: s.path } : null,
    is_active: s.loaded,
    is_expired: s.type === 'memory' && s.expiresAt.getTime() < now,
    busy: s.busy,
  };
}
