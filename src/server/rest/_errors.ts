/**
 * @module server/rest/_errors
 * The one place REST failures become HTTP responses (issue 4 §2). Errors serialise themselves
 * (`toRestBody()`, STYLE.md convention 8); this only picks the status:
 * SQL error 400, unknown session 404, no session capacity 429, bad JSON / schema 400 naming the field,
 * body over the limit 413, anything else 500 with an id that is logged with the stack.
 */
import { ApiError, SnowflakeError, type RestErrorBody } from '../../errors.ts';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

interface ValueErrorLike {
  path?: string;
  message?: string;
  summary?: string;
  /** Union members' own errors (TypeBox ValueErrorIterator per member). */
  errors?: Iterable<ValueErrorLike>[];
}

/**
 * For a union ("Expected union value"), a member's own complaint is the useful one. Elysia's numeric
 * types are unions with a numeric *string*, so a complaint about strings comes last.
 */
function innermost(e: ValueErrorLike): ValueErrorLike {
  if (e.message !== 'Expected union value') return e;
  const inner: ValueErrorLike[] = [];
  for (const member of e.errors ?? []) for (const x of member) if (x.message && !/^Expected (undefined|null)$/.test(x.message)) inner.push(x);
  const best = inner.find((x) => !x.message?.startsWith('Expected string')) ?? inner[0];
  return best ? innermost(best) : e;
}

/** `/storage/path` → `storage.path`; the root → `body`. */
function fieldName(path: string | undefined): string {
  const p = (path ?? '').replace(/^\//, '').replace(/\//g, '.');
  return p === '' ? 'body' : p;
}

/** An Elysia ValidationError → "field 'sql': Expected required property". */
export function validationDetail(err: unknown, where: string): string {
  const e = err as { all?: ValueErrorLike[]; valueError?: ValueErrorLike; type?: string };
  let first: ValueErrorLike | undefined;
  try {
    first = e.valueError ?? e.all?.[0];
  } catch {
    first = undefined;
  }
  const kind = e.type === 'query' ? 'query parameter' : e.type === 'params' ? 'path parameter' : 'field';
  if (!first) return `Invalid request ${where}`;
  first = { ...innermost(first), path: first.path };
  return `Invalid request ${where}: ${kind} '${fieldName(first.path)}': ${first.message ?? first.summary ?? 'invalid value'}`;
}

/** A request body over the REST limit. */
export class PayloadTooLarge extends ApiError {
  constructor(limit: number) {
    super(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${Math.round(limit / (1024 * 1024))} MB`);
  }
}

/** Malformed JSON in a request body. */
export class InvalidJson extends ApiError {
  constructor(reason: string) {
    super(400, 'INVALID_JSON', `Request body is not valid JSON: ${reason}`);
  }
}

export type ErrorLogger = (id: string, err: unknown, request: Request) => void;

export const defaultErrorLogger: ErrorLogger = (id, err, request) => {
  const url = new URL(request.url);
  console.error(`mockhaus: internal error ${id} on ${request.method} ${url.pathname}:`, err);
  const sql = (err as { sql?: unknown }).sql;
  if (typeof sql === 'string') console.error(`mockhaus: internal error ${id} SQL: ${sql.length > 4000 ? `${sql.slice(0, 4000)}…` : sql}`);
};

/**
 * The Response for any error a REST route raised. `code` is Elysia's error code when Elysia raised it.
 * Unknown errors are logged with a fresh id, and only the id reaches the client.
 */
export function errorResponse(code: string | number, err: unknown, request: Request, log: ErrorLogger = defaultErrorLogger): Response {
  // Elysia wraps whatever a parse hook throws (our 413, 401, bad JSON) in a ParseError.
  const cause = (err as { cause?: unknown }).cause;
  if (code === 'PARSE' && cause instanceof ApiError) return errorResponse('UNKNOWN', cause, request, log);
  if (err instanceof SnowflakeError) return jsonResponse(400, err.toRestBody());
  if (err instanceof ApiError) {
    const headers: Record<string, string> = err.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    return jsonResponse(err.status, err.toRestBody(), headers);
  }
  switch (code) {
    case 'PARSE':
      return jsonResponse(400, body('INVALID_JSON', `Request body is not valid JSON: ${((cause ?? err) as Error).message}`));
    case 'VALIDATION': {
      const type = (err as { type?: string }).type;
      const where = type === 'query' ? 'query' : type === 'params' ? 'path' : 'body';
      if (type === 'response') break; // our own bug: a 500 below
      return jsonResponse(400, body('INVALID_REQUEST', validationDetail(err, where)));
    }
    case 'NOT_FOUND':
      return jsonResponse(404, body('NOT_FOUND', `No route ${request.method} ${new URL(request.url).pathname}`));
    default:
      break;
  }
  const status = (err as { status?: unknown }).status;
  if (status === 413) return jsonResponse(413, body('PAYLOAD_TOO_LARGE', 'Request body too large'));
  const id = crypto.randomUUID();
  log(id, err, request);
  return jsonResponse(500, { ...body('INTERNAL_ERROR', `Unexpected server error (logged as ${id})`), error_id: id });
}

function body(error: string, detail: string): RestErrorBody {
  return { success: false, error, detail };
}
