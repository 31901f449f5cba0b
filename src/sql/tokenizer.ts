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
import { RESERVED, type Token, type TokenType } from './_tokens.ts';
import {
  endsStage, isDigit, isIdentPart, isIdentStart, isSpace, operatorLength, scanNumber, scanString, skipSpace, word,
} from './_lex.ts';

export interface TokenizeOptions {
  /** Never throw (REPL highlighting of partial input): unterminated strings run to the end. */
  tolerant?: boolean;
  /** Keep whitespace and comment tokens (default false for the parser, true for tolerant mode). */
  keepTrivia?: boolean;
  /**
   * Where `sql` starts in a larger script (1-based line, 0-based column), so positions (and syntax
   * errors) are reported relative to the whole script when a caller tokenizes one split statement.
   */
  origin?: { line: number; col: number };
}

const PUNCT = new Set(['(', ')', ',', ';', '[', ']', '{', '}']);


/** Token types after which `:` is a path operator rather than the start of a bind. */
const ENDS_OPERAND: ReadonlySet<TokenType> = new Set(['ident', 'quotedIdent', 'string', 'number', 'variable', 'bind']);

/**
 * Split SQL text into tokens. In strict mode an unterminated string or quoted identifier raises
 * Snowflake's syntax error; every other oddity becomes an `operator` token the parser rejects.
 * @example tokenize("select a from t").map((t) => t.value) // ['SELECT', 'A', 'FROM', 'T']
 */
export function tokenize(sql: string, opts: TokenizeOptions = {}): Token[] {
  const tolerant = opts.tolerant === true;
  const lexer = new Lexer(sql, tolerant, opts.keepTrivia ?? tolerant);
  if (opts.origin) {
    lexer.line = opts.origin.line;
    lexer.lineStart = -opts.origin.col;
  }
  return lexer.run();
}

/** One tokenizer pass. State lives in fields (not closure variables) so the hot loop stays fast. */
class Lexer {
  readonly sql: string;
  readonly n: number;
  readonly tolerant: boolean;
  readonly keepTrivia: boolean;
  readonly out: Token[] = [];
  i = 0;
  line = 1;
  lineStart = 0;
  last: Token | undefined = undefined;

  constructor(sql: string, tolerant: boolean, keepTrivia: boolean) {
    this.sql = sql;
    this.n = sql.length;
    this.tolerant = tolerant;
    this.keepTrivia = keepTrivia;
  }

  private push(type: TokenType, start: number, line: number, col: number, value: string, text: string): void {
    const tok: Token = { type, text, value, line, col, offset: start };
    this.out.push(tok);
    this.last = tok;
  }

  private trivia(type: 'whitespace' | 'comment', start: number, line: number, col: number): void {
    if (this.keepTrivia) this.out.push({ type, text: this.sql.slice(start, this.i), value: '', line, col, offset: start });
  }

  /** Advance to `to`, counting newlines. */
  private advanceTo(to: number): void {
    const sql = this.sql;
    for (let k = this.i; k < to; k++) {
      if (sql.charCodeAt(k) === 10) {
        this.line++;
        this.lineStart = k + 1;
      }
    }
    this.i = to;
  }

  private unterminated(start: number, line: number, col: number): void {
    if (!this.tolerant) throw new SqlSyntaxError(line, col, this.sql.slice(start, Math.min(this.n, start + 40)));
  }

  run(): Token[] {
    const sql = this.sql;
    const n = this.n;
    while (this.i < n) {
      const i = this.i;
      const c = sql.charCodeAt(i);
      const sl = this.line;
      const sc = i - this.lineStart;
      if (isSpace(c)) {
        this.advanceTo(skipSpace(sql, i));
        this.trivia('whitespace', i, sl, sc);
      } else if (isIdentStart(c) && !(c === 102 && isFileUrl(sql, i))) {
        let k = i + 1;
        let h = c;
        for (; k < n; k++) {
          const d = sql.charCodeAt(k);
          if (!isIdentPart(d)) break;
          h = (Math.imul(h, 31) + d) | 0;
        }
        this.i = k;
        const w = word(sql, i, k, h);
        this.push(w.keyword ? 'keyword' : 'ident', i, sl, sc, w.upper, w.raw);
      } else this.other(c, i, sl, sc);
    }
    return this.out;
  }

  /** Everything but whitespace and words. */
  private other(c: number, start: number, sl: number, sc: number): void {
    const sql = this.sql;
    const n = this.n;
    const i = start;
    // Comments: --, //, /* */
    if ((c === 45 && sql.charCodeAt(i + 1) === 45) || (c === 47 && sql.charCodeAt(i + 1) === 47)) {
      let k = i + 2;
      while (k < n && sql.charCodeAt(k) !== 10) k++;
      this.i = k;
      this.trivia('comment', start, sl, sc);
      return;
    }
    if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const end = sql.indexOf('*/', i + 2);
      this.advanceTo(end < 0 ? n : end + 2);
      this.trivia('comment', start, sl, sc);
      return;
    }
    if (c === 102) {
      // PUT/GET local paths are written unquoted: `PUT file:///tmp/a.csv @s` (// is not a comment here).
      // Only lower-case `file://` is a path: Snowflake rejects `PUT FILE://...` at 'FILE'.
      let k = i + 7;
      while (k < n && !isSpace(sql.charCodeAt(k)) && sql.charCodeAt(k) !== 59) k++;
      this.i = k;
      const text = sql.slice(start, k);
      this.push('string', start, sl, sc, text, text);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(sql.charCodeAt(i + 1)))) {
      this.i = scanNumber(sql, i);
      const text = sql.slice(start, this.i);
      this.push('number', start, sl, sc, text, text);
      return;
    }
    if (c === 39) {
      const r = scanString(sql, i);
      if (r.end < 0) {
        this.unterminated(start, sl, sc);
        this.advanceTo(n);
      } else this.advanceTo(r.end);
      this.push('string', start, sl, sc, r.value, sql.slice(start, this.i));
      return;
    }
    if (c === 34) {
      this.quotedIdent(start, sl, sc);
      return;
    }
    if (c === 36) {
      // $$raw$$, $name, $1
      if (sql.charCodeAt(i + 1) === 36) {
        const end = sql.indexOf('$$', i + 2);
        if (end < 0) this.unterminated(start, sl, sc);
        const value = end < 0 ? sql.slice(i + 2) : sql.slice(i + 2, end);
        this.advanceTo(end < 0 ? n : end + 2);
        this.push('string', start, sl, sc, value, sql.slice(start, this.i));
        return;
      }
      let k = i + 1;
      while (k < n && isIdentPart(sql.charCodeAt(k))) k++;
      if (k > i + 1) {
        this.i = k;
        this.push('variable', start, sl, sc, sql.slice(start + 1, k).toUpperCase(), sql.slice(start, k));
        return;
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
      this.i = k;
      this.push('stage', start, sl, sc, sql.slice(start + 1, k), sql.slice(start, k));
      return;
    }
    if (c === 63) {
      this.i = i + 1;
      this.push('bind', start, sl, sc, '', '?');
      return;
    }
    if (c === 58 && sql.charCodeAt(i + 1) !== 58 && (this.last === undefined || !endsOperand(this.last))) {
      const d = sql.charCodeAt(i + 1);
      if (isDigit(d) || isIdentStart(d)) {
        let k = i + 2;
        while (k < n && isIdentPart(sql.charCodeAt(k))) k++;
        this.i = k;
        this.push('bind', start, sl, sc, sql.slice(start + 1, k).toUpperCase(), sql.slice(start, k));
        return;
      }
    }
    const opLen = operatorLength(c, sql.charCodeAt(i + 1), sql.charCodeAt(i + 2));
    this.i = i + opLen;
    const text = opLen === 1 ? (sql[i] as string) : sql.slice(start, this.i);
    this.push(opLen === 1 && PUNCT.has(text) ? 'punct' : 'operator', start, sl, sc, text, text);
  }

  private quotedIdent(start: number, sl: number, sc: number): void {
    const sql = this.sql;
    const n = this.n;
    let k = start + 1;
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
      this.unterminated(start, sl, sc);
      value += sql.slice(k);
      k = n;
    }
    this.advanceTo(k);
    this.push('quotedIdent', start, sl, sc, value, sql.slice(start, k));
  }
}

function isFileUrl(sql: string, i: number): boolean {
  return sql.charCodeAt(i + 4) === 58 && sql.startsWith('file://', i);
}

function endsOperand(t: Token): boolean {
  if (ENDS_OPERAND.has(t.type)) return true;
  if (t.type === 'keyword') return !RESERVED.has(t.value);
  return t.type === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}');
}

