/**
 * @module sql/create-objects
 * CREATE for everything but tables: DATABASE, SCHEMA, VIEW, SEQUENCE, STAGE, FILE FORMAT,
 * FUNCTION/PROCEDURE (`_routine.ts`) and the account objects Mockhaus only records (WAREHOUSE,
 * ROLE, USER, ...). See https://docs.snowflake.com/en/sql-reference/sql-ddl-summary
 */
import { NotSupportedError } from '../errors.ts';
import type { AccountObjectStmt, CreateSequence, CreateView, OptionPair, QName, Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { ACCOUNT_OBJECT_TYPES, acceptIfNotExists, type CreateParser } from './_create-common.ts';
import { parseObjectName } from './names.ts';
import { atOption, optionText, parseOption, parseOptions } from './options.ts';
import { parseQuery, startsQuery } from './query.ts';
import { parseCreateRoutine } from './_routine.ts';

/** Options until the statement ends; COMMENT = is pulled out by the caller. */
function trailingOptions(c: Cursor): OptionPair[] {
  const out: OptionPair[] = [];
  for (;;) {
    if (atOption(c)) out.push(parseOption(c));
    else if (c.isOp(',')) c.next();
    else if (c.isWord('WITH') && c.isWord('TAG', 1)) throw new NotSupportedError('WITH TAG');
    else if (c.isWord('WITH') && (c.isWord('MANAGED', 1) || atOptionAt(c, 1))) c.next();
    else break;
  }
  return out;
}
function atOptionAt(c: Cursor, k: number): boolean {
  const t = c.peek(k);
  return (t.type === 'ident' || t.type === 'keyword') && c.isOp('=', k + 1);
}

function takeComment(options: OptionPair[]): string | undefined {
  const i = options.findIndex((o) => o.name === 'COMMENT');
  if (i < 0) return undefined;
  const [o] = options.splice(i, 1);
  return optionText(o?.value);
}

function cloneSource(c: Cursor): QName | undefined {
  if (!c.acceptWord('CLONE')) return undefined;
  const q = c.qname();
  if ((c.isWord('AT') || c.isWord('BEFORE')) && c.isOp('(', 1)) throw new NotSupportedError('CLONE ... AT | BEFORE (time travel)');
  return q;
}

const createDatabase: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  if (c.acceptWords('FROM', 'SHARE') || c.isWord('AS')) throw new NotSupportedError('CREATE DATABASE FROM SHARE / AS REPLICA');
  const clone = cloneSource(c);
  const options = trailingOptions(c);
  const comment = takeComment(options);
  return {
    kind: 'createDatabase', orReplace: m.orReplace, ifNotExists: m.ifNotExists, transient: m.transient, name,
    ...(clone ? { clone } : {}), ...(comment !== undefined ? { comment } : {}), options,
  };
};

const createSchema: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  const clone = cloneSource(c);
  let managedAccess = false;
  const options: OptionPair[] = [];
  for (;;) {
    if (c.acceptWords('WITH', 'MANAGED', 'ACCESS') || c.acceptWords('MANAGED', 'ACCESS')) managedAccess = true;
    else if (atOption(c)) options.push(parseOption(c));
    else if (c.isWord('WITH') && c.isWord('TAG', 1)) throw new NotSupportedError('WITH TAG');
    else break;
  }
  const comment = takeComment(options);
  return {
    kind: 'createSchema', orReplace: m.orReplace, ifNotExists: m.ifNotExists, transient: m.transient, managedAccess, name,
    ...(clone ? { clone } : {}), ...(comment !== undefined ? { comment } : {}), options,
  };
};

const createView: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  const v: CreateView = {
    kind: 'createView', orReplace: m.orReplace, ifNotExists: m.ifNotExists, secure: m.secure, materialized: m.materialized,
    temporary: m.temporary, recursive: m.recursive, name, query: undefined as unknown as CreateView['query'], queryText: '',
  };
  if (c.isOp('(')) {
    c.next();
    v.columns = [];
    do {
      const col: { name: ReturnType<Cursor['ident']>; comment?: string } = { name: c.ident() };
      if (c.isWord('WITH') || c.isWord('MASKING') || c.isWord('PROJECTION')) throw new NotSupportedError('view column policy');
      if (c.acceptWord('COMMENT')) {
        const t = c.tok;
        if (t.type !== 'string') c.fail();
        c.next();
        col.comment = t.value;
      }
      v.columns.push(col);
    } while (c.acceptOp(','));
    c.expectOp(')');
  }
  const options: OptionPair[] = [];
  for (;;) {
    if (c.acceptWords('COPY', 'GRANTS')) continue;
    if (c.acceptWords('CHANGE_TRACKING') && c.isOp('=')) {
      c.i--;
      options.push(parseOption(c));
      continue;
    }
    if (atOption(c)) options.push(parseOption(c));
    else if (c.isWord('WITH') && (c.isWord('TAG', 1) || c.isWord('ROW', 1))) throw new NotSupportedError(`CREATE VIEW ... WITH ${c.word(1)}`);
    else if (c.isWord('CLUSTER') && c.isWord('BY', 1)) throw new NotSupportedError('CREATE MATERIALIZED VIEW ... CLUSTER BY');
    else break;
  }
  const comment = takeComment(options);
  if (comment !== undefined) v.comment = comment;
  c.expectWord('AS');
  if (!startsQuery(c)) c.fail();
  const start = c.tok.offset;
  v.query = parseQuery(c);
  v.queryText = c.slice(start, c.prevEnd);
  return v;
};

const createSequence: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  const s: CreateSequence = { kind: 'createSequence', orReplace: m.orReplace, ifNotExists: m.ifNotExists, name, start: 1, increment: 1 };
  c.acceptWord('WITH');
  for (;;) {
    if (c.acceptWord('START')) {
      c.acceptWord('WITH');
      c.acceptOp('=');
      s.start = signedInt(c);
    } else if (c.acceptWord('INCREMENT')) {
      c.acceptWord('BY');
      c.acceptOp('=');
      s.increment = signedInt(c);
    } else if (c.acceptWord('ORDER')) s.order = true;
    else if (c.acceptWord('NOORDER')) s.order = false;
    else if (c.isWord('COMMENT') && c.isOp('=', 1)) {
      const t = optionText(parseOption(c).value);
      if (t !== undefined) s.comment = t;
    } else if (c.acceptOp(',')) continue;
    else break;
  }
  return s;
};

function signedInt(c: Cursor): number {
  const neg = c.acceptOp('-');
  const t = c.tok;
  if (t.type !== 'number') c.fail();
  c.next();
  return neg ? -Number(t.text) : Number(t.text);
}

const createStage: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  return { kind: 'createStage', orReplace: m.orReplace, ifNotExists: m.ifNotExists, temporary: m.temporary, name, options: trailingOptions(c) };
};

const createFileFormat: CreateParser = (c, m) => {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  return { kind: 'createFileFormat', orReplace: m.orReplace, ifNotExists: m.ifNotExists, temporary: m.temporary, name, options: parseOptions(c) };
};

function accountObject(objectType: AccountObjectStmt['objectType']): CreateParser {
  return (c, m): Statement => {
    acceptIfNotExists(c, m);
    const name = parseObjectName(c);
    const options = trailingOptions(c);
    // Streams, tasks, pipes, policies... have bodies (ON TABLE, AS <sql>) Mockhaus does not model.
    if (!c.atEnd()) throw new NotSupportedError(`CREATE ${objectType} ${c.word() || c.tok.text}`);
    return { kind: 'accountObject', verb: 'CREATE', objectType, orReplace: m.orReplace, ifNotExists: m.ifNotExists, ifExists: false, name, options };
  };
}

export const CREATE_OBJECT_PARSERS: Record<string, CreateParser> = {
  DATABASE: createDatabase,
  SCHEMA: createSchema,
  VIEW: createView,
  SEQUENCE: createSequence,
  STAGE: createStage,
  'FILE FORMAT': createFileFormat,
  FUNCTION: (c, m) => parseCreateRoutine(c, m, 'FUNCTION'),
  PROCEDURE: (c, m) => parseCreateRoutine(c, m, 'PROCEDURE'),
  ...Object.fromEntries(ACCOUNT_OBJECT_TYPES.map((t) => [t, accountObject(t)])),
};

