/**
 * @module sql/tokenizer
 * Snowflake's lexical rules in one pass over char codes (no regex per char): unquoted identifiers
 * fold to upper case, `"quoted"` identifiers keep case (`""` escapes), `'strings'` with `''` and
 * backslash escapes, `$$raw$$` strings, `--`/`//`/`/* *\/` comments, `?`/`:1`/`:name` binds,
 * `$var` / `$1` variables, and `@stage/path` references.
 * See https://docs.snowflake.com/en/sql-reference/identifiers-syntax and
 * https://docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants
 */
import { SqlSyntaxError } from '../errors.ts';
import { KEYWORDS, RESERVED, type Token, type TokenType } from './_tokens.ts';

export interface TokenizeOptions {
  /** Never throw (REPL highlighting of partial input): unterminated strings run to the end. */
  tolerant?: boolean;
  /** Keep whitespace and comment tokens (default false for the parser, true for tolerant mode). */
  keepTrivia?: boolean;
}

const THREE_CHAR_OPS = new Set(['->>']);
const TWO_CHAR_OPS = new Set(['::', '=>', '->', '||', '!=', '<>', '<=', '>=', '==', '**']);
const PUNCT = new Set(['(', ')', ',', ';', '[', ']', '{', '}']);

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/** Characters that end a stage reference such as `@db.s.stage/path/file.csv`. */
function endsStage(c: number): boolean {
  return isSpace(c) || c === 59 || c === 41 || c === 40 || c === 44 || c === 39;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', Z: '\x1a' };

/** Token types after which `:` is a path operator rather than the start of a bind. */
const ENDS_OPERAND: ReadonlySet<TokenType> = new Set(['ident', 'quotedIdent', 'string', 'number', 'variable', 'bind']);

/**
 * Split SQL text into tokens. In strict mode an unterminated string or quoted identifier raises
 * Snowflake's syntax error; every other oddity becomes an `operator` token the parser rejects.
 * @example tokenize("select a from t").map((t) => t.value) // ['SELECT', 'A', 'FROM', 'T']
 */
export function tokenize(sql: string, opts: TokenizeOptions = {}): Token[] {
  const tolerant = opts.tolerant === true;
  const keepTrivia = opts.keepTrivia ?? tolerant;
  const out: Token[] = [];
  const n = sql.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let last: Token | undefined;

  const push = (type: TokenType, start: number, startLine: number, startCol: number, value: string): void => {
    const tok: Token = { type, text: sql.slice(start, i), value, line: startLine, col: startCol, offset: start };
    if (type === 'whitespace' || type === 'comment') {
      if (keepTrivia) out.push(tok);
      return;
    }
    out.push(tok);
    last = tok;
  };
  /** Advance over `[from, to)`, keeping line bookkeeping. */
  const advanceTo = (to: number): void => {
    for (let k = i; k < to; k++) {
      if (sql.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = to;
  };
  const unterminated = (start: number, startLine: number, startCol: number): void => {
    if (!tolerant) throw new SqlSyntaxError(startLine, startCol, sql.slice(start, Math.min(n, start + 40)));
  };

  while (i < n) {
    const start = i;
    const sl = line;
    const sc = i - lineStart;
    const c = sql.charCodeAt(i);

    if (isSpace(c)) {
      advanceTo(skipSpace(sql, i));
      push('whitespace', start, sl, sc, '');
      continue;
    }
    // Comments: --, //, /* */
    if ((c === 45 && sql.charCodeAt(i + 1) === 45) || (c === 47 && sql.charCodeAt(i + 1) === 47)) {
      let k = i + 2;
      while (k < n && sql.charCodeAt(k) !== 10) k++;
      i = k;
      push('comment', start, sl, sc, '');
      continue;
    }
    if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const end = sql.indexOf('*/', i + 2);
      advanceTo(end < 0 ? n : end + 2);
      push('comment', start, sl, sc, '');
      continue;
    }
    if ((c === 102 || c === 70) && sql.slice(i, i + 7).toLowerCase() === 'file://') {
      // PUT/GET local paths are written unquoted: `PUT file:///tmp/a.csv @s` (// is not a comment here).
      let k = i + 7;
      while (k < n && !isSpace(sql.charCodeAt(k)) && sql.charCodeAt(k) !== 59) k++;
      i = k;
      push('string', start, sl, sc, sql.slice(start, k));
      continue;
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (k < n && isIdentPart(sql.charCodeAt(k))) k++;
      i = k;
      const upper = sql.slice(start, k).toUpperCase();
      push(KEYWORDS.has(upper) ? 'keyword' : 'ident', start, sl, sc, upper);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(sql.charCodeAt(i + 1)))) {
      i = scanNumber(sql, i);
      push('number', start, sl, sc, sql.slice(start, i));
      continue;
    }
    if (c === 39) {
      const r = scanString(sql, i);
      if (r.end < 0) {
        unterminated(start, sl, sc);
        advanceTo(n);
      } else advanceTo(r.end);
      push('string', start, sl, sc, r.value);
      continue;
    }
    if (c === 34) {
      let k = i + 1;
      let value = '';
      let closed = false;
      while (k < n) {
        const q = sql.indexOf('"', k);
        if (q < 0) break;
        value += sql.slice(k, q);
        if (sql.charCodeAt(q + 1) === 34) {
          value += '"';
          k = q + 2;
          continue;
        }
        k = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        unterminated(start, sl, sc);
        value += sql.slice(k);
        k = n;
      }
      advanceTo(k);
      push('quotedIdent', start, sl, sc, value);
      continue;
    }
    if (c === 36) {
      // $$raw$$, $name, $1
      if (sql.charCodeAt(i + 1) === 36) {
        const end = sql.indexOf('$$', i + 2);
        if (end < 0) {
          unterminated(start, sl, sc);
          const value = sql.slice(i + 2);
          advanceTo(n);
          push('string', start, sl, sc, value);
        } else {
          const value = sql.slice(i + 2, end);
          advanceTo(end + 2);
          push('string', start, sl, sc, value);
        }
        continue;
      }
      let k = i + 1;
      while (k < n && isIdentPart(sql.charCodeAt(k))) k++;
      if (k > i + 1) {
        i = k;
        push('variable', start, sl, sc, sql.slice(start + 1, k).toUpperCase());
        continue;
      }
    }
    if (c === 64) {
      // @stage, @~/path, @%table, @"quoted stage"/path
      let k = i + 1;
      while (k < n) {
        const d = sql.charCodeAt(k);
        if (d === 34) {
          const q = sql.indexOf('"', k + 1);
          k = q < 0 ? n : q + 1;
          continue;
        }
        if (endsStage(d)) break;
        k++;
      }
      i = k;
      push('stage', start, sl, sc, sql.slice(start + 1, k));
      continue;
    }
    if (c === 63) {
      i++;
      push('bind', start, sl, sc, '');
      continue;
    }
    if (c === 58 && sql.charCodeAt(i + 1) !== 58 && (last === undefined || !endsOperand(last))) {
      const d = sql.charCodeAt(i + 1);
      if (isDigit(d) || isIdentStart(d)) {
        let k = i + 2;
        while (k < n && isIdentPart(sql.charCodeAt(k))) k++;
        i = k;
        push('bind', start, sl, sc, sql.slice(start + 1, k).toUpperCase());
        continue;
      }
    }
    const three = sql.slice(i, i + 3);
    if (THREE_CHAR_OPS.has(three)) {
      i += 3;
      push('operator', start, sl, sc, three);
      continue;
    }
    const two = sql.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      i += 2;
      push('operator', start, sl, sc, two);
      continue;
    }
    const one = sql[i] ?? '';
    i++;
    push(PUNCT.has(one) ? 'punct' : 'operator', start, sl, sc, one);
  }
  return out;
}

function endsOperand(t: Token): boolean {
  if (ENDS_OPERAND.has(t.type)) return true;
  if (t.type === 'keyword') return !RESERVED.has(t.value);
  return t.type === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}');
}

function skipSpace(sql: string, i: number): number {
  let k = i;
  while (k < sql.length && isSpace(sql.charCodeAt(k))) k++;
  return k;
}

function scanNumber(sql: string, i: number): number {
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
function scanString(sql: string, i: number): { value: string; end: number } {
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
