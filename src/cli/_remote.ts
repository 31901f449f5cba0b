/**
 * @module cli/_remote
 * `exec --server URL`: the same script runner, but each statement goes to a running Mockhaus server
 * over the REST API (`POST /api/v1/query`) in one server session that is deleted at the end.
 */
import type { Result, ResultColumn, SnowflakeTypeName } from '../engine/types.ts';
import { canonicalValue } from '../repl/rest-backend.ts';
import type { Session } from '../session/types.ts';
import { SnowflakeError } from '../errors.ts';

interface RestColumn {
  name: string;
  type: string;
  precision?: number | null;
  scale?: number | null;
  nullable?: boolean;
}
interface RestQueryResponse {
  success: boolean;
  data?: Record<string, unknown>[];
  columns?: RestColumn[];
  row_count?: number;
  translated_sql?: string;
  message?: string;
  session_id?: string;
  current_database?: string | null;
  current_schema?: string | null;
  query_id?: string;
  execution_time?: number;
  detail?: string;
  errno?: string;
  sql_state?: string;
  error?: string;
}

export async function remoteSession(serverUrl: string): Promise<Pick<Session, 'execute' | 'close'>> {
  const base = serverUrl.replace(/\/+$/, '');
  const token = process.env.MOCKHAUS_AUTH_TOKEN;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let sessionId: string | undefined;
  try {
    const res = await fetch(`${base}/api/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ type: 'memory' }) });
    const body = (await res.json()) as { session_id?: string; id?: string; session?: { id?: string } };
    sessionId = body.session_id ?? body.id ?? body.session?.id;
  } catch (err) {
    throw new Error(`no Mockhaus server answers at ${base} (${(err as Error).message}); start one with 'mockhaus serve'`);
  }
  return {
    async execute(sql: string): Promise<Result[]> {
      const res = await fetch(`${base}/api/v1/query`, { method: 'POST', headers, body: JSON.stringify({ sql, session_id: sessionId }) });
      const body = (await res.json()) as RestQueryResponse;
      if (!body.success) {
        if (body.errno) {
          const err = new SnowflakeError(Number(body.errno), body.sql_state ?? '', body.detail ?? 'error');
          if (body.query_id) err.queryId = body.query_id;
          throw err;
        }
        throw new Error(body.detail ?? body.error ?? `HTTP ${res.status}`);
      }
      const columns: ResultColumn[] = (body.columns ?? []).map((c) => ({
        name: c.name,
        type: c.type as SnowflakeTypeName,
        precision: c.precision ?? null,
        scale: c.scale ?? null,
        length: null,
        byteLength: null,
        nullable: c.nullable ?? true,
      }));
      const rows = (body.data ?? []).map((obj) => columns.map((c) => canonicalValue(obj[c.name], c)));
      return [
        {
          queryId: body.query_id ?? '',
          statementType: 'OTHER',
          columns,
          rows,
          rowsAffected: null,
          message: body.message,
          translatedSql: body.translated_sql ?? '',
          sql,
          database: body.current_database ?? null,
          schema: body.current_schema ?? null,
          warnings: [],
          elapsedMs: body.execution_time ?? 0,
        },
      ];
    },
    async close() {
      if (sessionId) await fetch(`${base}/api/v1/sessions/${sessionId}`, { method: 'DELETE', headers }).catch(() => undefined);
    },
  };
}
