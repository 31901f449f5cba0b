/**
 * @module test/conformance/rest-transport
 * The REST transport: `POST /api/v1/sessions` for a memory session, then `POST /api/v1/query`
 * with `{ sql, session_id }` over real HTTP; `DELETE /api/v1/sessions/:id` on close. REST rows are
 * objects keyed by column name with JSON values (engine/values.ts `toJsonValue`); they are turned
 * back into the case normalisation using the `columns` metadata (type and scale).
 */
import { normaliseValue, type TypeFamily } from './_normalise.ts';
import type { QueryOutput, Transport } from './types.ts';

interface RestColumn {
  name: string;
  type: string;
  scale: number | null;
}

/** A REST JSON value back to the normalised form of its column. */
export function fromRestValue(value: unknown, col: RestColumn): unknown {
  if (value === null || value === undefined) return null;
  const type = col.type as TypeFamily;
  switch (type) {
    case 'fixed':
      // Exact decimals arrive as numbers only when the number prints the same digits.
      if (typeof value === 'number') return (col.scale ?? 0) > 0 ? value.toFixed(col.scale ?? 0) : String(value);
      return String(value);
    case 'variant':
    case 'object':
    case 'array':
      // Parsed JSON (a VARIANT string arrives as a JS string, so it is re-quoted here).
      return JSON.stringify(value);
    default:
      return normaliseValue(value, type);
  }
}

async function call(url: string, method: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { detail: text };
  }
  return { status: res.status, json };
}

/** A transport on one REST session of the server at `baseUrl`. */
export async function restTransport(baseUrl: string): Promise<Transport> {
  const created = await call(`${baseUrl}/api/v1/sessions`, 'POST', { type: 'memory' });
  const sessionId: string | undefined = created.json?.session_id ?? created.json?.id;
  if (created.status >= 300 || !sessionId) throw new Error(`session create failed: ${created.status} ${JSON.stringify(created.json)}`);
  return {
    async execute(sql: string): Promise<QueryOutput> {
      const { status, json } = await call(`${baseUrl}/api/v1/query`, 'POST', { sql, session_id: sessionId });
      if (status !== 200 || !json?.success) {
        if (json?.errno) throw { errno: String(json.errno), sqlState: String(json.sql_state ?? ''), message: String(json.detail ?? '') };
        throw new Error(`REST ${status}: ${JSON.stringify(json)}`);
      }
      const columns = json.columns as RestColumn[];
      const rows = (json.data as Record<string, unknown>[]).map((obj) => columns.map((c) => fromRestValue(obj[c.name], c)));
      return { columns: columns.map((c) => c.name), rows };
    },
    async close(): Promise<void> {
      await call(`${baseUrl}/api/v1/sessions/${encodeURIComponent(sessionId)}`, 'DELETE');
    },
  };
}
