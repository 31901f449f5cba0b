/**
 * @module sql/_cursor
 * The parser's token cursor: look-ahead, keyword/operator matching, identifier rules and
 * Snowflake-form syntax errors (`syntax error line L at position P unexpected 'X'.`). Recursion is
 * bounded by `enter()` so deeply nested input becomes a syntax error, never a stack overflow.
 */
import { SqlSyntaxError } from '../errors.ts';
import type { Ident, QName } from './ast.ts';
import { RESERVED, type Token } from './_tokens.ts';

/** Nesting depth (expressions, subqueries) beyond which input is rejected as a syntax error. */
export const MAX_DEPTH = 200;

export class Cursor {
  readonly src: string;
  readonly toks: Token[];
  i = 0;
  depth = 0;
  /** Next `?` bind number (Snowflake numbers `?` from 1 in order of appearance, per statement). */
  bindCount = 0;

  constructor(src: string, toks: Token[], start = 0) {
    this.src = src;
    this.toks = toks;
    this.i = start;
  }

  get tok(): Token {
    return this.toks[this.i] ?? this.eof();
  }
  peek(k = 1): Token {
    return this.toks[this.i + k] ?? this.eof();
  }
  /** The last token consumed (for source slices). */
  get prev(): Token {
    return this.toks[this.i - 1] ?? this.eof();
  }
  /** Offset just after the last consumed token. */
  get prevEnd(): number {
    const p = this.toks[this.i - 1];
    return p ? p.offset + p.text.length : 0;
  }
  next(): Token {
    const t = this.tok;
    if (this.i < this.toks.length) this.i++;
    return t;
  }
  atEnd(): boolean {
    const t = this.tok;
    return t.type === 'eof' || (t.type === 'punct' && t.text === ';');
  }

  /** Is token k ahead the end of the statement? */
  atEndAt(k: number): boolean {
    const t = this.peek(k);
    return t.type === 'eof' || (t.type === 'punct' && t.text === ';');
  }

  private eofTok: Token | undefined;
  eof(): Token {
    if (this.eofTok) return this.eofTok;
    const last = this.toks[this.toks.length - 1];
    let line = 1;
    let col = 0;
    let offset = 0;
    if (last) {
      // Snowflake reports <EOF> one past the input's last character, trailing whitespace included
      // (a script ending in a newline fails at column 0 of the next line).
      offset = this.src.length;
      line = last.line;
      col = last.col;
      for (let k = last.offset; k < offset; k++) {
        if (this.src.charCodeAt(k) === 10) {
          line++;
          col = 0;
        } else col++;
      }
    }
    this.eofTok = { type: 'eof', text: '<EOF>', value: '', line, col, offset };
    return this.eofTok;
  }

  // --- words -------------------------------------------------------------------------------
  /** True if token k ahead is the unquoted word `w` (upper case). */
  isWord(w: string, k = 0): boolean {
    const t = k === 0 ? this.tok : this.peek(k);
    return (t.type === 'keyword' || t.type === 'ident') && t.value === w;
  }
  isWordIn(set: ReadonlySet<string>, k = 0): boolean {
    const t = k === 0 ? this.tok : this.peek(k);
    return (t.type === 'keyword' || t.type === 'ident') && set.has(t.value);
  }
  /** The current token's upper-case word, or '' if it is not an unquoted word. */
  word(k = 0): string {
    const t = k === 0 ? this.tok : this.peek(k);
    return t.type === 'keyword' || t.type === 'ident' ? t.value : '';
  }
  acceptWord(w: string): boolean {
    if (this.isWord(w)) {
      this.i++;
      return true;
    }
    return false;
  }
  /** Accept a sequence of words only if all match. */
  acceptWords(...ws: string[]): boolean {
    for (let k = 0; k < ws.length; k++) if (!this.isWord(ws[k] as string, k)) return false;
    this.i += ws.length;
    return true;
  }
  expectWord(w: string): Token {
    if (!this.isWord(w)) this.fail();
    return this.next();
  }
  /** Accept one of the words in `ws`, returning it, or ''. */
  acceptOneOf(ws: readonly string[]): string {
    const w = this.word();
    if (w && ws.includes(w)) {
      this.i++;
      return w;
    }
    return '';
  }
  expectOneOf(ws: readonly string[]): string {
    const w = this.acceptOneOf(ws);
    if (!w) this.fail();
    return w;
  }

  // --- operators / punctuation ---------------------------------------------------------------
  isOp(text: string, k = 0): boolean {
    const t = k === 0 ? this.tok : this.peek(k);
    return (t.type === 'operator' || t.type === 'punct') && t.text === text;
  }
  acceptOp(text: string): boolean {
    if (this.isOp(text)) {
      this.i++;
      return true;
    }
    return false;
  }
  expectOp(text: string): Token {
    if (!this.isOp(text)) this.fail();
    return this.next();
  }

  // --- identifiers -------------------------------------------------------------------------
  /** Can the current token be an identifier (quoted, or an unquoted non-reserved word)? */
  isIdent(k = 0, stop: ReadonlySet<string> = RESERVED): boolean {
    const t = k === 0 ? this.tok : this.peek(k);
    if (t.type === 'quotedIdent') return true;
    return (t.type === 'ident' || t.type === 'keyword') && !stop.has(t.value);
  }
  ident(stop: ReadonlySet<string> = RESERVED): Ident {
    if (!this.isIdent(0, stop)) this.fail();
    const t = this.next();
    return { kind: 'ident', name: t.value, quoted: t.type === 'quotedIdent' };
  }
  /** Any word, reserved or not (after a `.`, or where the grammar allows any name). */
  anyIdent(): Ident {
    const t = this.tok;
    if (t.type !== 'quotedIdent' && t.type !== 'ident' && t.type !== 'keyword') this.fail();
    this.i++;
    return { kind: 'ident', name: t.value, quoted: t.type === 'quotedIdent' };
  }
  /** An alias after AS: any word, a quoted identifier, or a string literal (kept case). */
  anyIdentOrString(): Ident {
    const t = this.tok;
    if (t.type === 'string') {
      this.i++;
      return { kind: 'ident', name: t.value, quoted: true };
    }
    return this.ident();
  }
  /** `a`, `a.b`, `a.b.c`; also `a..c` (default schema) which Snowflake allows. */
  qname(): QName {
    const parts: Ident[] = [this.ident()];
    while (this.isOp('.')) {
      this.i++;
      if (this.isOp('.')) {
        parts.push({ kind: 'ident', name: 'PUBLIC', quoted: false });
        continue;
      }
      parts.push(this.anyIdent());
    }
    if (parts.length > 4) this.fail(this.prev);
    return { kind: 'qname', parts };
  }
  identList(): Ident[] {
    const out: Ident[] = [this.ident()];
    while (this.acceptOp(',')) out.push(this.ident());
    return out;
  }
  /** `( a, b, c )` */
  parenIdentList(): Ident[] {
    this.expectOp('(');
    const ids = this.identList();
    this.expectOp(')');
    return ids;
  }

  // --- errors and depth ----------------------------------------------------------------------
  fail(t: Token = this.tok): never {
    throw new SqlSyntaxError(t.line, t.col, t.type === 'eof' ? '<EOF>' : t.text);
  }
  enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail();
  }
  leave(): void {
    this.depth--;
  }
  /** Source text between two offsets. */
  slice(from: number, to: number): string {
    return this.src.slice(from, to);
  }
}
