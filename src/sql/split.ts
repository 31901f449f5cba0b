/**
 * @module sql/split
 * Script splitting for exec and the REPL: statements end at `;` outside strings, `$$...$$`,
 * comments and Snowflake Scripting blocks. Never throws (it tokenizes tolerantly).
 */
import { blockEnd, startsBlock } from './_blocks.ts';
import { tokenize } from './tokenizer.ts';
import type { Token } from './_tokens.ts';

export interface StatementSlice {
  text: string;
  /** 1-based line of the statement's first token. */
  line: number;
  /** Offset of the statement's first token in the script. */
  offset: number;
  /** 0-based column of the statement's first token (pass `{ line, col }` as `parse`'s origin). */
  col: number;
}

function isSemi(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'punct' && t.text === ';';
}

/** Split into statements plus whether the last one was closed by `;`. */
function scan(sql: string): { slices: StatementSlice[]; terminated: boolean } {
  const toks = tokenize(sql, { tolerant: true, keepTrivia: false });
  const slices: StatementSlice[] = [];
  let terminated = true;
  let i = 0;
  while (i < toks.length) {
    if (isSemi(toks[i])) {
      i++;
      continue;
    }
    const first = toks[i] as Token;
    let k = startsBlock(toks, i) ? blockEnd(toks, i) : i;
    const isCreate = first.type === 'keyword' && first.value === 'CREATE';
    while (k < toks.length && !isSemi(toks[k])) {
      // CREATE PROCEDURE ... AS BEGIN ... END: a scripting body written without $$ delimiters.
      const t = toks[k] as Token;
      if (isCreate && t.type === 'keyword' && t.value === 'AS' && startsBlock(toks, k + 1)) k = blockEnd(toks, k + 1);
      else k++;
    }
    const last = toks[k - 1] as Token;
    slices.push({ text: sql.slice(first.offset, last.offset + last.text.length), line: first.line, offset: first.offset, col: first.col });
    terminated = k < toks.length;
    i = k + 1;
  }
  return { slices, terminated };
}

/** Split a script into statements (empty statements dropped). Never throws. */
export function splitStatements(sql: string): StatementSlice[] {
  return scan(sql).slices;
}

/**
 * Is the REPL input complete: does it end with a `;` outside strings, comments and blocks?
 * @example isComplete("select 1;") // true
 */
export function isComplete(sql: string): boolean {
  const all = tokenize(sql, { tolerant: true, keepTrivia: true });
  // An unterminated string, quoted identifier or block comment swallows the rest of the input.
  const lastTok = all[all.length - 1];
  if (lastTok) {
    if (lastTok.type === 'comment' && lastTok.text.startsWith('/*') && !lastTok.text.endsWith('*/')) return false;
    if (lastTok.type === 'comment' && lastTok.text.length < 4 && lastTok.text.startsWith('/*')) return false;
  }
  const { slices, terminated } = scan(sql);
  return slices.length > 0 && terminated;
}
