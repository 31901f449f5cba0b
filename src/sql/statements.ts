/**
 * @module sql/statements
 * The statement dispatch table, keyed by the statement's first word (sqlglot's STATEMENT_PARSERS).
 * A recognised statement whose details Mockhaus cannot parse raises NotSupportedError naming it.
 */
import { NotSupportedError } from '../errors.ts';
import type { Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { blockEnd, startsBlock } from './_blocks.ts';
import { parseAlter } from './alter.ts';
import {
  parseBegin, parseCall, parseCommentOn, parseCommitOrRollback, parseExecute, parseGrantRevoke, parseSet, parseStart,
  parseUnset, parseUse,
} from './commands.ts';
import { parseCreate } from './create.ts';
import { parseDelete, parseInsert, parseMerge, parseTruncate, parseUpdate } from './dml.ts';
import { parseDrop, parseUndrop } from './drop.ts';
import { parseCopy, parseGet, parseList, parsePut, parseRemove } from './stage-commands.ts';
import { parseDescribe, parseShow } from './show.ts';
import { parseQuery } from './query.ts';

type StatementParser = (c: Cursor) => Statement;

const query: StatementParser = (c) => ({ kind: 'query', query: parseQuery(c) });

const STATEMENT_PARSERS: Record<string, StatementParser> = {
  SELECT: query,
  WITH: query,
  VALUES: query,
  INSERT: parseInsert,
  UPDATE: parseUpdate,
  DELETE: parseDelete,
  MERGE: parseMerge,
  TRUNCATE: parseTruncate,
  CREATE: parseCreate,
  ALTER: parseAlter,
  DROP: parseDrop,
  UNDROP: parseUndrop,
  USE: parseUse,
  SET: parseSet,
  UNSET: parseUnset,
  SHOW: parseShow,
  DESCRIBE: parseDescribe,
  DESC: parseDescribe,
  BEGIN: (c) => (startsBlock(c.toks, c.i) ? parseBlock(c) : parseBegin(c)),
  DECLARE: parseBlock,
  START: parseStart,
  COMMIT: parseCommitOrRollback,
  ROLLBACK: parseCommitOrRollback,
  COPY: parseCopy,
  PUT: parsePut,
  GET: parseGet,
  LIST: parseList,
  LS: parseList,
  REMOVE: parseRemove,
  RM: parseRemove,
  CALL: parseCall,
  EXECUTE: parseExecute,
  GRANT: parseGrantRevoke,
  REVOKE: parseGrantRevoke,
  COMMENT: parseCommentOn,
  EXPLAIN: parseExplain,
};

/** Statements Snowflake has that Mockhaus recognises but does not model. */
const RECOGNISED_UNSUPPORTED: ReadonlySet<string> = new Set(['ABORT', 'KILL', 'CANCEL', 'REFRESH']);

export function parseStatement(c: Cursor): Statement {
  if (c.isOp('(')) return query(c);
  const w = c.word();
  const p = STATEMENT_PARSERS[w];
  if (!p) {
    if (RECOGNISED_UNSUPPORTED.has(w)) throw new NotSupportedError(w);
    return c.fail();
  }
  return p(c);
}

function parseBlock(c: Cursor): Statement {
  const start = c.tok.offset;
  const end = blockEnd(c.toks, c.i);
  if (end > c.toks.length || end <= c.i) c.fail();
  // The block must be closed by its END within the statement.
  const lastEnd = c.toks[end - 1];
  if (!lastEnd || (lastEnd.value !== 'END' && lastEnd.value !== 'CASE')) {
    c.i = c.toks.length;
    c.fail();
  }
  c.i = end;
  // `END label;` closes a labelled block.
  if (c.isIdent() && c.atEndAt(1)) c.next();
  return { kind: 'scriptBlock', text: c.slice(start, c.prevEnd) };
}

function parseExplain(c: Cursor): Statement {
  c.expectWord('EXPLAIN');
  let using: string | undefined;
  if (c.acceptWord('USING')) using = c.expectOneOf(['TABULAR', 'JSON', 'TEXT']);
  const statement = parseStatement(c);
  return using ? { kind: 'explain', using, statement } : { kind: 'explain', statement };
}
