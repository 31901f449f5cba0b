/**
 * @module sql/_lex
 * Character classes and scanners for the tokenizer: numbers, `'...'` strings with Snowflake's
 * escapes (`''`, `\n`, `\t`, octal `\ooo`, hex `\xhh`, unicode `\uhhhh`), multi-character
 * operators by char code, and the word-interning cache.
 */
import { KEYWORDS } from './_tokens.ts';

export function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
export function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/** Characters that end a stage reference such as `@db.s.stage/path/file.csv`. */
export function endsStage(c: number): boolean {
  return isSpace(c) || c === 59 || c === 41 || c === 40 || c === 44 || c === 39;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', Z: '\x1a' };

export function skipSpace(sql: string, i: number): number {
  let k = i;
  while (k < sql.length && isSpace(sql.charCodeAt(k))) k++;
  return k;
}

export function scanNumber(sql: string, i: number): number {
  const n = sql.length;
  let k = i;
  while (k < n && isDigit(sql.charCodeAt(k))) k++;
  if (sql.charCodeAt(k) === 46) {
    k++;
    while (k < n && isDigit(sql.charCodeAt(k))) k++;
  }
  const e = sql.charCodeAt(k);
  if (e === 101 || e === 69) {
    let m = k + 1;
    const s = sql.charCodeAt(m);
    if (s === 43 || s === 45) m++;
    if (isDigit(sql.charCodeAt(m))) {
      while (m < n && isDigit(sql.charCodeAt(m))) m++;
      k = m;
    }
  }
  return k;
}

/** Scan `'...'` from the opening quote. `end` is -1 when the string is not terminated. */
export function scanString(sql: string, i: number): { value: string; end: number } {
  const n = sql.length;
  let k = i + 1;
  let value = '';
  let chunk = k;
  while (k < n) {
    const c = sql.charCodeAt(k);
    if (c === 39) {
      value += sql.slice(chunk, k);
      if (sql.charCodeAt(k + 1) === 39) {
        value += "'";
        k += 2;
        chunk = k;
        continue;
      }
      return { value, end: k + 1 };
    }
    if (c === 92) {
      value += sql.slice(chunk, k);
      const e = sql[k + 1];
      if (e === undefined) break;
      const coded = codedEscape(sql, k);
      if (coded) {
        value += coded.char;
        k = coded.end;
      } else {
        value += ESCAPES[e] ?? e;
        k += 2;
      }
      chunk = k;
      continue;
    }
    k++;
  }
  value += sql.slice(chunk, n);
  return { value, end: -1 };
}

const HEX = /^[0-9a-fA-F]+$/;
const OCT = /^[0-7]{3}$/;

/** `\ooo` (octal), `\xhh` (hex) and `\uhhhh` (unicode) escapes starting at the backslash `k`. */
function codedEscape(sql: string, k: number): { char: string; end: number } | undefined {
  const e = sql[k + 1];
  if (e === 'x') {
    const h = sql.slice(k + 2, k + 4);
    if (h.length === 2 && HEX.test(h)) return { char: String.fromCharCode(parseInt(h, 16)), end: k + 4 };
  } else if (e === 'u') {
    const h = sql.slice(k + 2, k + 6);
    if (h.length === 4 && HEX.test(h)) return { char: String.fromCharCode(parseInt(h, 16)), end: k + 6 };
  } else if (e !== undefined && e >= '0' && e <= '7') {
    const o = sql.slice(k + 1, k + 4);
    if (OCT.test(o)) return { char: String.fromCharCode(parseInt(o, 8)), end: k + 4 };
  }
  return undefined;
}

/**
 * Length of a multi-character operator starting with char codes `a b c` (`->>`, `::`, `=>`, `->`,
 * `||`, `!=`, `<>`, `<=`, `>=`, `==`, `**`), or 1. Char-code tests keep the hot loop allocation-free.
 */
export function operatorLength(a: number, b: number, c: number): number {
  switch (a) {
    case 45: // -
      return b === 62 ? (c === 62 ? 3 : 2) : 1;
    case 58: // :
      return b === 58 ? 2 : 1;
    case 61: // =
      return b === 62 || b === 61 ? 2 : 1;
    case 124: // |
      return b === 124 ? 2 : 1;
    case 33: // !
      return b === 61 ? 2 : 1;
    case 60: // <
      return b === 62 || b === 61 ? 2 : 1;
    case 62: // >
      return b === 61 ? 2 : 1;
    case 42: // *
      return b === 42 ? 2 : 1;
    default:
      return 1;
  }
}

export interface Word {
  raw: string;
  upper: string;
  keyword: boolean;
}

/**
 * Words are interned in a small direct-mapped cache keyed by a hash computed while scanning, so a
 * repeated word costs no allocation (String#toUpperCase on substrings is slow in JavaScriptCore).
 */
const WORD_CACHE: (Word | undefined)[] = new Array<Word | undefined>(4096);

export function word(sql: string, start: number, end: number, h: number): Word {
  const idx = (h ^ (h >>> 12)) & 4095;
  const len = end - start;
  const hit = WORD_CACHE[idx];
  if (hit !== undefined && hit.raw.length === len) {
    let same = true;
    for (let k = 0; k < len; k++) {
      if (hit.raw.charCodeAt(k) !== sql.charCodeAt(start + k)) {
        same = false;
        break;
      }
    }
    if (same) return hit;
  }
  const raw = sql.slice(start, end);
  const upper = raw.toUpperCase();
  const w: Word = { raw, upper, keyword: KEYWORDS.has(upper) };
  WORD_CACHE[idx] = w;
  return w;
}
