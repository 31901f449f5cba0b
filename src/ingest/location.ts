/**
 * @module ingest/location
 * Splitting a stage reference as written after `@` into its name parts and path
 * (https://docs.snowflake.com/en/sql-reference/sql/list: `@[namespace.]stage[/path]`,
 * `@[namespace.]%table[/path]`, `@~[/path]`). Unquoted names fold to upper case; the path is
 * case-sensitive and kept as written.
 */
import { NotSupportedError } from '../errors.ts';

export type WrittenLocation =
  | { kind: 'user'; path: string }
  | { kind: 'named' | 'table'; parts: string[]; path: string };

/** `s3://`, `gcs://`, `azure://` and other URLs given directly instead of a stage. */
export function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9]*:\/\//i.test(text);
}

/** Which cloud a stage URL points at, as NotSupported names it. */
export function urlCloud(url: string): string {
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  if (scheme === 's3' || scheme === 's3gov' || scheme === 's3china') return 'S3';
  if (scheme === 'gcs') return 'GCS';
  if (scheme === 'azure') return 'Azure';
  return scheme;
}

export function splitLocation(text: string): WrittenLocation {
  if (isUrl(text)) throw new NotSupportedError(`COPY or stage command on a URL (${urlCloud(text)}) without a stage`);
  if (text.startsWith('~')) return { kind: 'user', path: stripSlash(text.slice(1)) };
  const parts: string[] = [];
  let i = 0;
  let cur = '';
  let quoted = false;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const j = text.indexOf('"', i + 1);
      cur += text.slice(i + 1, j < 0 ? text.length : j);
      quoted = true;
      i = j < 0 ? text.length : j;
      continue;
    }
    if (ch === '/') break;
    if (ch === '.') {
      parts.push(quoted ? cur : cur.toUpperCase());
      cur = '';
      quoted = false;
      continue;
    }
    cur += ch;
  }
  let last = quoted ? cur : cur.toUpperCase();
  let kind: 'named' | 'table' = 'named';
  if (!quoted && last.startsWith('%')) {
    kind = 'table';
    last = last.slice(1);
  }
  parts.push(last);
  if (parts.some((p) => p === '')) throw new NotSupportedError(`stage reference '@${text}'`);
  return { kind, parts, path: stripSlash(text.slice(i)) };
}

function stripSlash(p: string): string {
  return p.replace(/^\/+/, '');
}
