/**
 * @module translate/functions/parse-url
 * PARSE_URL(string [, permissive]) (https://docs.snowflake.com/en/sql-reference/functions/parse_url):
 * an OBJECT with all seven keys, absent parts as JSON null: scheme; host (with any user info) and
 * port (text) from the authority after `//`; path without its leading `/`; query (after `?`) and
 * parameters (its `key=value` pairs as an object); fragment (after `#`). A NULL input gives NULL;
 * a string without a scheme fails (Snowflake's message and the permissive error object are not
 * known, so permissive = 1 is NotSupported).
 */
import { NotSupportedError } from '../../errors.ts';
import type { FnPrinter } from './_call.ts';
import { textArg } from './string.ts';

const URL_RE = String.raw`^([A-Za-z][A-Za-z0-9+.-]*):(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$`;
const URL_PARTS = `['scheme', 'slashes', 'auth', 'path', 'q', 'query', 'f', 'fragment']`;

export const PARSE_URL: FnPrinter = (c) => {
  c.check(1, 2);
  const p = c.args[1];
  if (p !== undefined && !(p.kind === 'number' && p.text === '0')) throw new NotSupportedError('PARSE_URL with permissive parse errors');
  const s = textArg(c, 0);
  const hp = `regexp_extract(u.auth, '^(.*?)(:([0-9]*))?$', ['host', 'c', 'port'])`;
  const pairs = `list_transform(string_split(u.query, '&'), lambda kv: struct_pack(k := split_part(kv, '=', 1), v := (CASE WHEN contains(kv, '=') THEN substr(kv, strpos(kv, '=') + 1) END)))`;
  const obj = [
    `'fragment', (CASE WHEN u.f <> '' THEN u.fragment END)`,
    `'host', (CASE WHEN u.slashes <> '' THEN ${hp}.host END)`,
    `'parameters', (CASE WHEN u.q <> '' THEN CAST(to_json(map_from_entries(${pairs})) AS JSON) END)`,
    `'path', (CASE WHEN u.slashes <> '' THEN regexp_replace(u.path, '^/', '') ELSE u.path END)`,
    `'port', (CASE WHEN u.slashes <> '' THEN nullif(${hp}.port, '') END)`,
    `'query', (CASE WHEN u.q <> '' THEN u.query END)`,
    `'scheme', u.scheme`,
  ];
  const parsed = `regexp_extract(${s}, '${URL_RE}', ${URL_PARTS})`;
  const bad = `error('Invalid URL: ' || ${s})`;
  return `(CASE WHEN ${s} IS NULL THEN NULL WHEN NOT regexp_matches(${s}, '${URL_RE}') THEN ${bad} ELSE list_transform([${parsed}], lambda u: json_object(${obj.join(', ')}))[1] END)`;
};
