/**
 * @module sql
 * Mockhaus's Snowflake SQL front end: `tokenize`, `parse` (whole scripts, with statement lines
 * relative to the script), `parseOne`, `splitStatements` and `isComplete`.
 * @example parse("select 1; select 2").map((s) => s.statement.kind) // ['query', 'query']
 */
import { NotSupportedError } from '../errors.ts';
import type { ParsedStatement, Statement } from './ast.ts';
import { Cursor } from './_cursor.ts';
import { parseStatement } from './statements.ts';
import { tokenize } from './tokenizer.ts';
import type { Token } from './_tokens.ts';

export { tokenize } from './tokenizer.ts';
export { splitStatements, isComplete } from './split.ts';
export type { StatementSlice } from './split.ts';

export type { Token, TokenType } from './_tokens.ts';
export type { TokenizeOptions } from './tokenizer.ts';
export { RESERVED, KEYWORDS } from './_tokens.ts';

export interface ParseOptions {
  /**
   * Where `sql` starts in the whole script (from `splitStatements`: its `line`, and the column of
   * its `offset`), so statement lines and syntax-error positions refer to the script.
   */
  origin?: { line: number; col: number };
}

function isSemi(t: Token): boolean {
  return t.type === 'punct' && t.text === ';';
}

/**
 * Parse a script into statements. Throws SqlSyntaxError (001003) with the line and position of the
 * offending token in the whole script, or NotSupportedError for recognised but unmodelled syntax.
 */
export function parse(sql: string, opts: ParseOptions = {}): ParsedStatement[] {
  const toks = tokenize(sql, opts.origin ? { origin: opts.origin } : {});
  const c = new Cursor(sql, toks);
  const out: ParsedStatement[] = [];
  while (c.i < toks.length) {
    const t = c.tok;
    if (isSemi(t)) {
      c.next();
      continue;
    }
    c.bindCount = 0;
    c.depth = 0;
    const statement = parseStatement(c);
    // `stmt ->> stmt` pipes results between statements (https://docs.snowflake.com/en/sql-reference/operators-flow).
    if (c.isOp('->>')) throw new NotSupportedError('flow operator ->>');
    if (!c.atEnd()) c.fail();
    out.push({ statement, text: sql.slice(t.offset, c.prevEnd), line: t.line });
  }
  return out;
}

/** Parse exactly one statement (a trailing `;` is allowed). */
export function parseOne(sql: string): Statement {
  const all = parse(sql);
  const first = all[0];
  if (!first) {
    const c = new Cursor(sql, tokenize(sql));
    return c.fail();
  }
  if (all.length > 1) {
    const second = all[1] as ParsedStatement;
    const toks = tokenize(sql);
    const tok = toks.find((t) => t.line === second.line && sql.startsWith(second.text, t.offset));
    const c = new Cursor(sql, toks);
    return c.fail(tok);
  }
  return first.statement;
}
