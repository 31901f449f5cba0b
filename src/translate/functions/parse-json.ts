/**
 * @module translate/functions/parse-json
 * PARSE_JSON / TRY_PARSE_JSON (https://docs.snowflake.com/en/sql-reference/functions/parse_json,
 * …/try_parse_json) over DuckDB's `json()`. The optional parameter is `'s'` (strict, the default:
 * a duplicate object key is an error, 100069 `Error parsing JSON: duplicate object attribute "a"`;
 * TRY_ gives NULL) or `'d'` (duplicates allowed, the last value wins). DuckDB's parser keeps
 * duplicate keys, so both modes look at the top-level keys (`json_keys`); a duplicate inside a
 * nested object is not detected (walking the whole tree per value costs a json_tree subquery, ten
 * times the parse).
 */
import { NotSupportedError } from '../../errors.ts';
import { RAISE_TAG } from '../../engine/internal-error.ts';
import { quoteString } from '../_quote.ts';
import type { Call } from './_call.ts';

/** 's' (strict) or 'd' (duplicates allowed); only a string constant is accepted, as documented. */
function mode(c: Call): 's' | 'd' {
  const p = c.args[1];
  if (!p) return 's';
  if (p.kind !== 'string') throw new NotSupportedError(`${c.name} with a parameter that is not a string constant`);
  const v = p.value.trim().toLowerCase();
  if (v === 's' || v === 'd') return v;
  throw new NotSupportedError(`${c.name} parameter '${p.value}'`);
}

/** The first top-level key that repeats an earlier one, or NULL. */
function firstDuplicateKey(j: string): string {
  const keys = `json_keys(${j})`;
  return `(CASE WHEN json_type(${j}) = 'OBJECT' THEN list_filter(${keys}, lambda k, i: list_position(${keys}, k) < i)[1] END)`;
}

/** 'd': a top-level object with repeated keys is rebuilt keeping each key's last value. */
function lastValueWins(j: string): string {
  const k = `json_keys(${j})`;
  const v = `json_extract(${j}, '$.*')`;
  const kept = `list_filter(range(1, len(${k}) + 1), lambda i: NOT list_contains(${k}[i + 1:], ${k}[i]))`;
  const rebuilt = `CAST(to_json(map_from_entries(list_transform(${kept}, lambda i: struct_pack(k := ${k}[i], v := ${v}[i])))) AS JSON)`;
  return `(CASE WHEN ${firstDuplicateKey(j)} IS NOT NULL THEN ${rebuilt} ELSE ${j} END)`;
}

/**
 * Snowflake's parser accepts object keys without quotes (`{ name: { first: "John" } }`, the
 * LATERAL FLATTEN doc example); DuckDB's does not. Text that is not valid JSON gets its bare keys
 * (an identifier after `{` or `,` and before `:`) quoted before parsing; valid JSON is untouched.
 */
function relaxKeys(s: string): string {
  return `(CASE WHEN json_valid(${s}) THEN ${s} ELSE regexp_replace(${s}, '([{,]\\s*)([A-Za-z_$][A-Za-z0-9_$]*)\\s*:', '\\1"\\2":', 'g') END)`;
}

/** `PARSE_JSON(s [, 's' | 'd'])`: '' is NULL, `null` in any case the JSON null (doc examples). */
export function parseJson(c: Call): string {
  c.check(1, 2);
  const s = relaxKeys(c.arg(0));
  const strict = mode(c) === 's';
  const j = `json(CASE WHEN lower(trim(${s})) = 'null' THEN 'null' WHEN trim(${s}) = '' THEN NULL ELSE ${s} END)`;
  if (!strict) return lastValueWins(j);
  const dup = firstDuplicateKey(j);
  const raise = `error(${quoteString(`${RAISE_TAG}|100069|22P02|Error parsing JSON: duplicate object attribute "`)} || ${dup} || '"')`;
  return `(CASE WHEN ${dup} IS NOT NULL THEN ${raise} ELSE ${j} END)`;
}

/** `TRY_PARSE_JSON(s [, 's' | 'd'])`: NULL instead of an error, including a strict-mode duplicate key. */
export function tryParseJson(c: Call): string {
  c.check(1, 2);
  const s = relaxKeys(c.arg(0));
  const strict = mode(c) === 's';
  const j = `json(${s})`;
  if (!strict) return `(CASE WHEN json_valid(${s}) THEN ${lastValueWins(j)} END)`;
  return `(CASE WHEN json_valid(${s}) AND ${firstDuplicateKey(j)} IS NULL THEN ${j} END)`;
}
