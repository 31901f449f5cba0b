/**
 * @module server/wire/_http
 * The transport rules every driver-protocol endpoint follows (wire-protocol spec §2): always HTTP
 * 200, the header exactly `Content-Type: application/json` (Bun's `Response.json()` appends a
 * charset, which driver 2.3.4 rejects), the `{data, code, message, success}` envelope with a
 * string `code`, and request bodies that may be gzip-compressed whatever the headers say.
 */
import { ApiError, SnowflakeError } from '../../errors.ts';

export const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

/** A JSON response with the exact header the drivers expect. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** `success:true` envelope. */
export function ok(data: unknown, code: string | null = null, message: string | null = null): Response {
  return jsonResponse({ data, code, message, success: true });
}

/** `success:false` envelope for protocol (non-SQL) failures such as bad credentials. */
export function fail(code: string, message: string, data: Record<string, unknown> | null = null): Response {
  return jsonResponse({ data, code, message, success: false, headers: null });
}

/** Any thrown error as a wire failure: Snowflake errors serialise themselves (STYLE.md convention 8). */
export function errorResponse(err: unknown): Response {
  return jsonResponse(toWireError(err));
}

export function toWireError(err: unknown): Record<string, unknown> {
  if (err instanceof SnowflakeError) return err.toWireBody();
  // Anything else is a Mockhaus API condition (session limit, shutting down) or a bug: report it as
  // Snowflake's internal error (000603) with the reason, never a stack.
  const message = err instanceof ApiError ? err.message : `Internal error: ${err instanceof Error ? err.message : String(err)}`;
  const body = new SnowflakeError(603, 'XX000', message).toWireBody();
  (body.data as Record<string, unknown>).internalError = true;
  return body;
}

/**
 * Read a JSON request body. The driver's HTTP layer may gzip a body on a racing callback, so the
 * body is decompressed when it starts with the gzip magic bytes, whatever the headers say.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const buf = new Uint8Array(await request.arrayBuffer());
  if (buf.length === 0) return {};
  const bytes = buf[0] === 0x1f && buf[1] === 0x8b ? Bun.gunzipSync(buf) : buf;
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

/** `Authorization: Snowflake Token="<token>"` → token. */
export function snowflakeToken(request: Request): string | null {
  const h = request.headers.get('authorization');
  if (!h) return null;
  const m = /Token="([^"]*)"/i.exec(h);
  return m?.[1] ?? null;
}

/** Scheme and host the client reached us on, for absolute URLs (chunk downloads). */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host ? `${url.protocol}//${host}` : url.origin;
}
