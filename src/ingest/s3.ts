/**
 * @module ingest/s3
 * Files of an external stage on Amazon S3 (`URL = 's3://bucket/path/'`) or on S3-compatible storage
 * (`URL = 's3compat://bucket/path/' ENDPOINT = 'host[:port]'`), reached with Bun's built-in S3
 * client (https://docs.snowflake.com/en/sql-reference/sql/create-stage,
 * …/user-guide/data-load-s3-compatible-storage).
 *
 * - Endpoint: an `s3compat://` stage uses its ENDPOINT (a bare host means https, except loopback
 *   hosts, which mean http; `http://…` is taken as written). An `s3://` stage uses AWS unless the
 *   environment variable `MOCKHAUS_S3_ENDPOINT` points elsewhere (e.g. a local MinIO). Custom
 *   endpoints are addressed path-style (`http://host/bucket/key`).
 * - Credentials: the stage's `CREDENTIALS = (AWS_KEY_ID = … AWS_SECRET_KEY = … [AWS_TOKEN = …])`,
 *   else `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` from the environment.
 *   Region: `AWS_REGION`, `AWS_DEFAULT_REGION`, else us-east-1.
 * - Failures (bad credentials, missing bucket, unreachable endpoint, timeout) become Snowflake's
 *   `091003 (22000) Failure using stage area. Cause: […]`. Every request gives up after
 *   `MOCKHAUS_S3_TIMEOUT_MS` (default 30 000) milliseconds.
 */
import { S3Client } from 'bun';
import { NotSupportedError, SnowflakeError } from '../errors.ts';
import type { OptionJson } from '../translate/ddl/_options.ts';

export interface S3Target {
  scheme: 's3' | 's3compat';
  bucket: string;
  /** Key prefix of the stage's URL: '' or ending in `/`. */
  prefix: string;
  /** Endpoint URL with scheme, or undefined for AWS itself. */
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  sessionToken: string | undefined;
  region: string;
}

/** One object under a prefix, as ListObjectsV2 reports it. */
export interface S3Object {
  key: string;
  size: number;
  /** ETag without quotes (the MD5 of the content for single-part uploads). */
  etag: string;
  lastModified: Date;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Server-side encryption is invisible to readers; client-side (AWS_CSE) would need the key. */
const TRANSPARENT_ENCRYPTION = new Set(['NONE', 'AWS_SSE_S3', 'AWS_SSE_KMS']);

export function isS3Url(url: string): boolean {
  return /^s3(compat)?:\/\//i.test(url);
}

function text(v: OptionJson | undefined): string | undefined {
  return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}

function record(v: OptionJson | undefined): Record<string, OptionJson> {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export function stageAreaError(cause: string): SnowflakeError {
  return new SnowflakeError(91003, '22000', `Failure using stage area. Cause: [${cause}]`);
}

function endpointUrl(raw: string): string {
  if (/^https?:\/\//i.test(raw)) return raw.replace(/\/+$/, '');
  const host = raw.replace(/\/+$/, '');
  const loopback = /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/i.test(host);
  return `${loopback ? 'http' : 'https'}://${host}`;
}

/**
 * The bucket, prefix, endpoint and credentials of an `s3://` or `s3compat://` URL with the stage's
 * (or COPY statement's) options: CREDENTIALS, ENDPOINT, ENCRYPTION, STORAGE_INTEGRATION.
 */
export function s3Target(url: string, options: Record<string, OptionJson>): S3Target {
  const m = /^(s3|s3compat):\/\/([^/]+)\/?(.*)$/i.exec(url);
  if (!m) throw stageAreaError(`Invalid S3 URL '${url}'`);
  const scheme = m[1]!.toLowerCase() === 's3' ? 's3' : 's3compat';
  const rest = m[3] ?? '';
  if (text(options.STORAGE_INTEGRATION) !== undefined) throw new NotSupportedError('STORAGE_INTEGRATION on an S3 stage (use CREDENTIALS)');
  const creds = record(options.CREDENTIALS);
  if (text(creds.AWS_ROLE) !== undefined) throw new NotSupportedError('CREDENTIALS = (AWS_ROLE = …) on an S3 stage');
  const encryption = (text(record(options.ENCRYPTION).TYPE) ?? 'NONE').toUpperCase();
  if (!TRANSPARENT_ENCRYPTION.has(encryption)) throw new NotSupportedError(`ENCRYPTION = (TYPE = ${encryption}) on an S3 stage`);
  let endpoint: string | undefined;
  if (scheme === 's3compat') {
    const e = text(options.ENDPOINT);
    if (e === undefined || e === '') throw stageAreaError(`The s3compat stage '${url}' has no ENDPOINT`);
    endpoint = endpointUrl(e);
  } else {
    const e = process.env.MOCKHAUS_S3_ENDPOINT;
    endpoint = e ? endpointUrl(e) : undefined;
  }
  const keyId = text(creds.AWS_KEY_ID);
  const fromStage = keyId !== undefined;
  return {
    scheme,
    bucket: m[2]!,
    prefix: rest === '' || rest.endsWith('/') ? rest : `${rest}/`,
    endpoint,
    accessKeyId: fromStage ? keyId : process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: fromStage ? text(creds.AWS_SECRET_KEY) : process.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: fromStage ? text(creds.AWS_TOKEN) : process.env.AWS_SESSION_TOKEN,
    region: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
  };
}

/** How LIST and COPY name the stage's files: `s3://bucket/prefix/`. */
export function s3Display(t: S3Target): string {
  return `${t.scheme}://${t.bucket}/${t.prefix}`;
}

function client(t: S3Target): S3Client {
  return new S3Client({
    bucket: t.bucket,
    region: t.region,
    virtualHostedStyle: false,
    ...(t.endpoint !== undefined ? { endpoint: t.endpoint } : {}),
    ...(t.accessKeyId !== undefined ? { accessKeyId: t.accessKeyId } : {}),
    ...(t.secretAccessKey !== undefined ? { secretAccessKey: t.secretAccessKey } : {}),
    ...(t.sessionToken !== undefined ? { sessionToken: t.sessionToken } : {}),
  });
}

function timeoutMs(): number {
  const n = Number(process.env.MOCKHAUS_S3_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
}

/** HTTP status S3 answers with for the error codes its clients report without one. */
const STATUS_BY_CODE: Record<string, number> = {
  AccessDenied: 403, InvalidAccessKeyId: 403, SignatureDoesNotMatch: 403, InvalidToken: 400, ExpiredToken: 400,
  NoSuchBucket: 404, NoSuchKey: 404, AllAccessDisabled: 403,
};

/** Network-level failures Bun reports as S3Error codes (no response from the server). */
function unreachable(code: string): boolean {
  return /^(ConnectionRefused|ConnectionClosed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|FailedToOpenSocket|UnableToConnect)$/i.test(code);
}

function mapError(e: unknown, t: S3Target): SnowflakeError {
  if (e instanceof SnowflakeError) return e;
  const err = e as { code?: unknown; message?: unknown; status?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : String(e);
  const where = t.endpoint ?? `s3.${t.region}.amazonaws.com`;
  if (code === '' || unreachable(code) || /unexpected error/i.test(message)) {
    return stageAreaError(`Unable to reach S3 endpoint ${where} for bucket '${t.bucket}'${code ? ` (${code})` : `: ${message}`}`);
  }
  const status = typeof err.status === 'number' ? err.status : STATUS_BY_CODE[code];
  return stageAreaError(`${message} (${status !== undefined ? `Status Code: ${status}; ` : ''}Error Code: ${code})`);
}

/** Run one S3 request, giving up after the timeout; every failure becomes 091003. */
async function call<T>(t: S3Target, run: (c: S3Client) => Promise<T>): Promise<T> {
  if (!t.accessKeyId || !t.secretAccessKey) {
    throw stageAreaError(`Missing AWS credentials for bucket '${t.bucket}': give the stage CREDENTIALS = (AWS_KEY_ID = '…' AWS_SECRET_KEY = '…') or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`);
  }
  const ms = timeoutMs();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(stageAreaError(`Request to S3 endpoint ${t.endpoint ?? 'AWS'} for bucket '${t.bucket}' timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([run(client(t)), timeout]);
  } catch (e) {
    throw mapError(e, t);
  } finally {
    clearTimeout(timer);
  }
}

/** Every object whose key starts with `prefix` (full key, not relative to the stage), by key. */
export async function listObjects(t: S3Target, prefix: string): Promise<S3Object[]> {
  const out: S3Object[] = [];
  let token: string | undefined;
  do {
    const page = await call(t, (c) => c.list({ prefix, maxKeys: 1000, ...(token !== undefined ? { continuationToken: token } : {}) }));
    for (const o of page.contents ?? []) {
      if (o.key.endsWith('/') && (o.size ?? 0) === 0) continue; // folder placeholders
      out.push({ key: o.key, size: o.size ?? 0, etag: (o.eTag ?? '').replace(/"/g, ''), lastModified: new Date(o.lastModified ?? 0) });
    }
    token = page.isTruncated ? page.nextContinuationToken : undefined;
  } while (token !== undefined);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export async function getObject(t: S3Target, key: string): Promise<Uint8Array> {
  return new Uint8Array(await call(t, (c) => c.file(key).arrayBuffer()));
}

export async function putObject(t: S3Target, key: string, body: Uint8Array): Promise<void> {
  await call(t, (c) => c.write(key, body));
}

export async function deleteObject(t: S3Target, key: string): Promise<void> {
  await call(t, (c) => c.delete(key));
}
