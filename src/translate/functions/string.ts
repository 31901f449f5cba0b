/**
 * @module translate/functions/string
 * String functions (https://docs.snowflake.com/en/sql-reference/functions-string). Differences
 * from DuckDB handled here: CONCAT/CONCAT_WS return NULL when any argument is NULL; SPLIT returns
 * an ARRAY (JSON); SPLIT_PART treats part 0 as 1; STRTOK skips empty tokens; SUBSTR treats start
 * 0 as 1; CHARINDEX/POSITION take an optional start; INITCAP capitalises after Snowflake's default
 * delimiters; REGEXP_* take Snowflake's position/occurrence/parameters arguments.
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import type { Call, FnPrinter } from './_call.ts';
import { rename, tpl } from './_call.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { inferType, isVariant } from '../transforms/infer-type.ts';
import { printVariantText } from '../transforms/semi-structured.ts';

/**
 * Levenshtein distance over characters (https://docs.snowflake.com/en/sql-reference/functions/editdistance).
 * DuckDB's levenshtein counts bytes, so it is only used when both strings are ASCII; otherwise the
 * usual dynamic programme runs row by row: list_reduce over the characters of `a` carries the
 * previous row, and an inner list_reduce over the characters of `b` builds the next one.
 */
function editDistance(a: string, b: string): string {
  const codesA = `list_transform(string_split(${a}, ''), lambda _c: [CAST(unicode(_c) AS BIGINT)])`;
  const codesB = `list_transform(range(1, length(${b}) + 1), lambda _j: [_j, CAST(unicode(substr(${b}, _j, 1)) AS BIGINT)])`;
  const cell = `least(_p[_f[1] + 1] + 1, _r[_f[1]] + 1, _p[_f[1]] + (CASE WHEN _e[1] = _f[2] THEN 0 ELSE 1 END))`;
  const row = `list_reduce(${codesB}, lambda _r, _f: list_append(_r, ${cell}), [_p[1] + 1])`;
  const dp = `list_reduce(${codesA}, lambda _p, _e: ${row}, CAST(range(0, length(${b}) + 1) AS BIGINT[]))[length(${b}) + 1]`;
  return `(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL WHEN strlen(${a}) = length(${a}) AND strlen(${b}) = length(${b}) THEN levenshtein(${a}, ${b}) ELSE ${dp} END)`;
}

/**
 * Argument i as text, converted the way Snowflake converts string-function arguments: a VARIANT
 * gives its string value (no JSON quotes: `UPPER(v:fruit)` is `BANANA`), a number or boolean its
 * text (`TRIM(1)` is `'1'`; DuckDB has no implicit cast to VARCHAR for these).
 */
export function textArg(c: Call, i: number): string {
  const a = c.args[i];
  if (!a) return c.arg(i);
  if (isVariant(a, c.st)) return printVariantText(a, c.st);
  const t = inferType(a, c.st);
  if (t && (t.f === 'fixed' || t.f === 'real' || t.f === 'boolean')) return `CAST(${printExpr(a, c.st)} AS VARCHAR)`;
  return printExpr(a, c.st);
}

/** A CONCAT argument as VARCHAR: a VARIANT string without its JSON quotes (`'a' || v:name` is `abob`). */
function concatArg(c: Call, i: number): string {
  const a = c.args[i]!;
  return isVariant(a, c.st) ? printVariantText(a, c.st) : `CAST(${printExpr(a, c.st)} AS VARCHAR)`;
}

/** LENGTH/LEN: characters of a string (numbers and VARIANTs as text), bytes of a BINARY. */
function length(c: Call): string {
  c.check(1);
  if (inferType(c.args[0]!, c.st)?.f === 'binary') return `octet_length(${c.arg(0)})`;
  return `length(${textArg(c, 0)})`;
}

/** A string function whose first argument is converted to text (see `textArg`). */
function textFn(min: number, max: number, f: (s: string, rest: (string | undefined)[]) => string): FnPrinter {
  return (c) => {
    c.check(min, max);
    const rest = c.args.slice(1).map((_, i) => c.arg(i + 1));
    return f(textArg(c, 0), rest);
  };
}

function regexEscapeClass(s: string): string {
  return s.replace(/[\\\]\[^-]/g, (c) => `\\${c}`);
}

/**
 * STRTOK's tokens of `s` (DuckDB list): split on any character of `delims`, empty tokens dropped;
 * with no delimiters a non-empty string is its only token
 * (https://docs.snowflake.com/en/sql-reference/functions/strtok).
 */
export function strtokList(s: string, delims: string): string {
  if (delims === '') return `(CASE WHEN ${s} = '' THEN CAST([] AS VARCHAR[]) ELSE [${s}] END)`;
  return `list_filter(regexp_split_to_array(${s}, ${quoteString(`[${regexEscapeClass(delims)}]`)}), lambda x: x <> '')`;
}

/** The pattern with Snowflake regex parameters ('i', 'c', 'm', 's', 'e') applied as RE2 flags. */
function regexWithParams(c: Call, pat: string, paramIdx: number): { pat: string; extract: boolean } {
  const p = c.args[paramIdx];
  if (!p) return { pat, extract: false };
  if (p.kind !== 'string') throw new NotSupportedError(`non-constant regular expression parameters in ${c.name}`);
  let flags = '';
  let ci = false;
  for (const ch of p.value) {
    if (ch === 'i') ci = true;
    else if (ch === 'c') ci = false;
    else if (ch === 'm' || ch === 's') flags += ch;
    else if (ch !== 'e') throw new NotSupportedError(`regular expression parameter '${ch}'`);
  }
  if (ci) flags += 'i';
  return { pat: flags ? `('(?${flags})' || ${pat})` : pat, extract: p.value.includes('e') };
}

/** SUBSTR: start 0 is 1, negative counts from the end; a length past the start of the string is cut. */
function substr(s: string, st: string, n: string | undefined): string {
  const start = `CAST((CASE WHEN ${st} = 0 THEN 1 ELSE ${st} END) AS BIGINT)`;
  return `substring(${s}, ${start}${n ? `, CAST((CASE WHEN ${n} < 0 THEN 0 ELSE ${n} END) AS BIGINT)` : ''})`;
}

function isLiteralInt(c: Call, i: number, v: number): boolean {
  const a = c.args[i];
  return !a || (a.kind === 'number' && Number(a.text) === v);
}

export const STRING: Record<string, FnPrinter> = {
  CONCAT: (c) => {
    c.check(1, 255);
    const a = c.args.map((_, i) => concatArg(c, i));
    return a.length === 1 ? a[0]! : `(${a.join(' || ')})`;
  },
  CONCAT_WS: (c) => {
    c.check(2, 255);
    const a = c.args.map((_, i) => concatArg(c, i));
    return `(CASE WHEN ${a.map((x) => `${x} IS NULL`).join(' OR ')} THEN NULL ELSE concat_ws(${a.join(', ')}) END)`;
  },
  SPLIT: textFn(2, 2, (s, [d]) => `to_json(string_split(${s}, ${d}))`),
  SPLIT_PART: textFn(3, 3, (s, [d, n]) => `(CASE WHEN ${d} = '' THEN (CASE WHEN ${n} IN (0, 1, -1) THEN ${s} ELSE '' END) ELSE split_part(${s}, ${d}, CAST((CASE WHEN ${n} = 0 THEN 1 ELSE ${n} END) AS BIGINT)) END)`),
  STRTOK: (c) => {
    c.check(1, 3);
    const d = c.args[1];
    if (d && d.kind !== 'string') throw new NotSupportedError('STRTOK with a non-constant delimiter');
    const delims = d?.kind === 'string' ? d.value : ' ';
    const s = c.arg(0);
    const n = c.opt(2, '1');
    if (delims === '') return `(CASE WHEN ${s} = '' THEN NULL WHEN ${n} = 1 THEN ${s} END)`;
    return `list_filter(regexp_split_to_array(${s}, ${quoteString(`[${regexEscapeClass(delims)}]`)}), lambda x: x <> '')[CAST(${n} AS BIGINT)]`;
  },
  STRTOK_TO_ARRAY: (c) => {
    c.check(1, 2);
    const d = c.args[1];
    if (d && d.kind !== 'string') throw new NotSupportedError('STRTOK_TO_ARRAY with a non-constant delimiter');
    const delims = d?.kind === 'string' ? d.value : ' ';
    return `to_json(${strtokList(c.arg(0), delims)})`;
  },
  // A negative length gives '' (DuckDB would count from the other end).
  LEFT: textFn(2, 2, (s, [n]) => `(CASE WHEN ${n} < 0 THEN '' ELSE left(${s}, CAST(${n} AS BIGINT)) END)`),
  RIGHT: textFn(2, 2, (s, [n]) => `(CASE WHEN ${n} < 0 THEN '' ELSE right(${s}, CAST(${n} AS BIGINT)) END)`),
  LPAD: textFn(2, 3, (s, [n, p]) => `lpad(${s}, CAST(${n} AS INTEGER), ${p ?? "' '"})`),
  RPAD: textFn(2, 3, (s, [n, p]) => `rpad(${s}, CAST(${n} AS INTEGER), ${p ?? "' '"})`),
  CONTAINS: textFn(2, 2, (s, [x]) => `contains(${s}, ${x})`),
  STARTSWITH: textFn(2, 2, (s, [x]) => `starts_with(${s}, ${x})`),
  ENDSWITH: textFn(2, 2, (s, [x]) => `ends_with(${s}, ${x})`),
  REPLACE: tpl(2, 3, ([s, f, t]) => `(CASE WHEN ${f} = '' THEN ${s} ELSE replace(${s}, ${f}, ${t ?? "''"}) END)`),
  TRANSLATE: rename('translate', 3, 3),
  INITCAP: tpl(1, 2, ([s, d]) => {
    const delims = d ?? quoteString(' \t\n\r\f\v!?@"^#$&~_,.:;+-*%/|\\[](){}<>');
    return `array_to_string(list_transform(range(1, length(${s}) + 1), lambda i: CASE WHEN i = 1 OR contains(${delims}, substr(${s}, i - 1, 1)) THEN upper(substr(${s}, i, 1)) ELSE lower(substr(${s}, i, 1)) END), '')`;
  }),
  CHARINDEX: tpl(2, 3, ([sub, s, start]) =>
    start === undefined
      ? `instr(${s}, ${sub})`
      : `(CASE WHEN instr(substr(${s}, CAST(${start} AS BIGINT)), ${sub}) = 0 THEN 0 ELSE instr(substr(${s}, CAST(${start} AS BIGINT)), ${sub}) + ${start} - 1 END)`),
  POSITION: tpl(2, 3, ([sub, s, start]) =>
    start === undefined
      ? `instr(${s}, ${sub})`
      : `(CASE WHEN instr(substr(${s}, ${start}), ${sub}) = 0 THEN 0 ELSE instr(substr(${s}, ${start}), ${sub}) + ${start} - 1 END)`),
  REVERSE: textFn(1, 1, (s) => `reverse(${s})`),
  REPEAT: tpl(2, 2, ([s, n]) => `repeat(${s}, CAST(${n} AS BIGINT))`),
  LENGTH: length,
  LEN: length,
  // RTRIMMED_LENGTH: the length without trailing blanks (leading ones count).
  RTRIMMED_LENGTH: textFn(1, 1, (s) => `length(rtrim(${s}, ' '))`),
  CHAR_LENGTH: textFn(1, 1, (s) => `length(${s})`),
  CHARACTER_LENGTH: textFn(1, 1, (s) => `length(${s})`),
  // OCTET_LENGTH: bytes of a BINARY, UTF-8 bytes of a string
  // (https://docs.snowflake.com/en/sql-reference/functions/octet_length).
  OCTET_LENGTH: (c) => {
    c.check(1);
    return inferType(c.args[0]!, c.st)?.f === 'binary' ? `octet_length(${c.arg(0)})` : `strlen(${textArg(c, 0)})`;
  },
  UPPER: textFn(1, 1, (s) => `upper(${s})`),
  LOWER: textFn(1, 1, (s) => `lower(${s})`),
  TRIM: textFn(1, 2, (s, [ch]) => (ch ? `trim(${s}, ${ch})` : `trim(${s})`)),
  LTRIM: textFn(1, 2, (s, [ch]) => (ch ? `ltrim(${s}, ${ch})` : `ltrim(${s})`)),
  RTRIM: textFn(1, 2, (s, [ch]) => (ch ? `rtrim(${s}, ${ch})` : `rtrim(${s})`)),
  SUBSTR: textFn(2, 3, (s, [st, n]) => substr(s, st!, n)),
  SUBSTRING: textFn(2, 3, (s, [st, n]) => substr(s, st!, n)),
  LIKE: tpl(2, 3, ([s, p, e]) => `(${s} LIKE ${p}${e ? ` ESCAPE ${e}` : ''})`),
  ILIKE: tpl(2, 3, ([s, p, e]) => `(${s} ILIKE ${p}${e ? ` ESCAPE ${e}` : ''})`),
  REGEXP_LIKE: (c) => {
    c.check(2, 3);
    const { pat } = regexWithParams(c, c.arg(1), 2);
    return `regexp_full_match(${c.arg(0)}, ${pat})`;
  },
  RLIKE: (c) => {
    c.check(2, 3);
    const { pat } = regexWithParams(c, c.arg(1), 2);
    return `regexp_full_match(${c.arg(0)}, ${pat})`;
  },
  REGEXP_SUBSTR: (c) => {
    c.check(2, 6);
    const { pat, extract } = regexWithParams(c, c.arg(1), 4);
    const pos = c.opt(2, '1');
    const occ = c.opt(3, '1');
    const group = extract ? c.opt(5, '1') : '0';
    return `regexp_extract_all(substr(${c.arg(0)}, CAST(${pos} AS BIGINT)), ${pat}, CAST(${group} AS INTEGER))[CAST(${occ} AS BIGINT)]`;
  },
  REGEXP_REPLACE: (c) => {
    c.check(2, 6);
    const { pat } = regexWithParams(c, c.arg(1), 5);
    const repl = c.opt(2, "''");
    if (isLiteralInt(c, 3, 1) && isLiteralInt(c, 4, 0)) return `regexp_replace(${c.arg(0)}, ${pat}, ${repl}, 'g')`;
    // From a position, and/or only the n-th match: rebuild the string from the gaps between
    // matches and the matches, replacing the chosen one(s).
    const s = c.arg(0);
    const pos = `CAST(${c.opt(3, '1')} AS BIGINT)`;
    const occ = `CAST(${c.opt(4, '0')} AS BIGINT)`;
    const tail = `substr(${s}, ${pos})`;
    const gaps = `regexp_split_to_array(${tail}, ${pat})`;
    const hits = `regexp_extract_all(${tail}, ${pat})`;
    const piece = `(CASE WHEN i > len(${hits}) THEN '' WHEN ${occ} = 0 OR i = ${occ} THEN regexp_replace(${hits}[i], ${pat}, ${repl}) ELSE ${hits}[i] END)`;
    return `(substr(${s}, 1, ${pos} - 1) || array_to_string(list_transform(range(1, len(${gaps}) + 1), lambda i: ${gaps}[i] || ${piece}), ''))`;
  },
  COLLATE: (c) => {
    c.check(2);
    const spec = c.args[1]!;
    if (spec.kind !== 'string') throw new NotSupportedError('COLLATE with a non-constant specification');
    return printExpr({ kind: 'collate', expr: c.args[0]!, collation: spec.value }, c.st);
  },
  // REGEXP_SUBSTR_ALL(subject, pattern [, position [, occurrence [, parameters [, group]]]]) → ARRAY of
  // the matches from the occurrence-th on (https://docs.snowflake.com/en/sql-reference/functions/regexp_substr_all).
  REGEXP_SUBSTR_ALL: (c) => {
    c.check(2, 6);
    const { pat, extract } = regexWithParams(c, c.arg(1), 4);
    const group = extract ? c.opt(5, '1') : '0';
    const all = `regexp_extract_all(substr(${c.arg(0)}, CAST(${c.opt(2, '1')} AS BIGINT)), ${pat}, CAST(${group} AS INTEGER))`;
    return `to_json(list_slice(${all}, CAST(${c.opt(3, '1')} AS BIGINT), len(${all})))`;
  },
  // INSERT(base, pos, len, ins): replace len characters from pos with ins.
  INSERT: tpl(4, 4, ([b, pos, n, ins]) => `(substr(${b}, 1, CAST(${pos} AS BIGINT) - 1) || ${ins} || substr(${b}, CAST(${pos} AS BIGINT) + CAST(${n} AS BIGINT)))`),
  REGEXP_COUNT: (c) => {
    c.check(2, 4);
    const { pat } = regexWithParams(c, c.arg(1), 3);
    return `len(regexp_extract_all(substr(${c.arg(0)}, CAST(${c.opt(2, '1')} AS BIGINT)), ${pat}))`;
  },
  REGEXP_INSTR: (c) => {
    c.check(2, 7);
    if (c.n > 6 && !isLiteralInt(c, 6, 0)) throw new NotSupportedError('REGEXP_INSTR with a group number');
    const { pat } = regexWithParams(c, c.arg(1), 5);
    // The k-th match starts after the text before it: split on the pattern keeps the gaps.
    const s = `substr(${c.arg(0)}, CAST(${c.opt(2, '1')} AS BIGINT))`;
    const k = `CAST(${c.opt(3, '1')} AS BIGINT)`;
    const gaps = `regexp_split_to_array(${s}, ${pat})`;
    const hits = `regexp_extract_all(${s}, ${pat})`;
    const before = `(list_sum(list_transform(range(1, ${k} + 1), lambda i: length(${gaps}[i]))) + coalesce(list_sum(list_transform(range(1, ${k}), lambda i: length(${hits}[i]))), 0))`;
    const after = c.n > 4 ? c.arg(4) : '0';
    return `(CASE WHEN len(${hits}) < ${k} THEN 0 ELSE ${before} + ${c.opt(2, '1')} + (CASE WHEN ${after} = 1 THEN length(${hits}[${k}]) ELSE 0 END) END)`;
  },
  JAROWINKLER_SIMILARITY: tpl(2, 2, ([a, b]) => `CAST(round(jaro_winkler_similarity(${a}, ${b}) * 100) AS BIGINT)`),
  EDITDISTANCE: tpl(2, 3, ([a, b, m]) => {
    const d = editDistance(a!, b!);
    // LEAST(EDITDISTANCE(a, b), max_distance); a negative max_distance gives 0; NULL anywhere gives NULL.
    return m ? `(CASE WHEN ${m} IS NULL OR ${a} IS NULL OR ${b} IS NULL THEN NULL WHEN ${m} < 0 THEN 0 ELSE least(${d}, ${m}) END)` : d;
  }),
  ASCII: tpl(1, 1, ([s]) => `(CASE WHEN ${s} = '' THEN 0 ELSE ascii(${s}) END)`),
  CHR: tpl(1, 1, ([n]) => `chr(CAST(${n} AS INTEGER))`),
  CHAR: tpl(1, 1, ([n]) => `chr(CAST(${n} AS INTEGER))`),
  UNICODE: tpl(1, 1, ([s]) => `(CASE WHEN ${s} = '' THEN 0 ELSE unicode(${s}) END)`),
  SPACE: tpl(1, 1, ([n]) => `repeat(' ', CAST(${n} AS BIGINT))`),
  UUID_STRING: (c) => {
    if (c.n > 0) throw new NotSupportedError('UUID_STRING with a namespace (UUID version 5)');
    return 'CAST(uuid() AS VARCHAR)';
  },
};
