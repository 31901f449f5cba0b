/**
 * @module sql/alter
 * ALTER SESSION, ALTER TABLE (rename, swap, add/drop/rename/alter columns, constraints, set/unset,
 * cluster by), ALTER DATABASE|SCHEMA|VIEW|SEQUENCE|STAGE|FILE FORMAT|FUNCTION|PROCEDURE and ALTER of
 * account objects (kept as an action text). Dispatch is by object type through a lookup table.
 * See https://docs.snowflake.com/en/sql-reference/sql/alter-table
 */
import { NotSupportedError } from '../errors.ts';
import type { AlterObject, AlterTableAction, OptionPair, Statement, TypeName } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { ACCOUNT_OBJECT_TYPES, ACCOUNT_TYPES } from './_create-common.ts';
import { readObjectType } from './drop.ts';
import { parseAlterColumns } from './_alter-columns.ts';
import { parseExprList } from './expr.ts';
import { parseObjectName } from './names.ts';
import { atOption, parseOption, parseOptions } from './options.ts';
import { parseColumnDef, parseTableConstraint } from './_table.ts';
import { parseType } from './types.ts';

type AlterParser = (c: Cursor, type: string) => Statement;

const OBJECT_TYPES: ReadonlySet<string> = new Set([
  'DATABASE', 'SCHEMA', 'VIEW', 'SEQUENCE', 'STAGE', 'FILE FORMAT', 'FUNCTION', 'PROCEDURE',
]);
const UNMODELLED: ReadonlySet<string> = new Set([
  'MATERIALIZED VIEW', 'EXTERNAL TABLE', 'DYNAMIC TABLE', 'ICEBERG TABLE', 'ACCOUNT', 'SHARE', 'ALERT', 'NOTEBOOK',
]);

const ALTER_OWN: ReadonlySet<string> = new Set(['SESSION', 'TABLE']);
const PARSERS: Record<string, AlterParser> = {
  SESSION: parseAlterSession,
  TABLE: parseAlterTable,
};

export function parseAlter(c: Cursor): Statement {
  c.expectWord('ALTER');
  const type = readObjectType(c, ALTER_OWN, OBJECT_TYPES, ACCOUNT_TYPES, UNMODELLED);
  if (!type) return c.fail();
  const p = PARSERS[type];
  if (p) return p(c, type);
  if (UNMODELLED.has(type)) throw new NotSupportedError(`ALTER ${type}`);
  if (ACCOUNT_TYPES.has(type)) return parseAlterAccountObject(c, type);
  return parseAlterObject(c, type as AlterObject['objectType']);
}

function parseAlterSession(c: Cursor): Statement {
  if (c.acceptWord('SET')) return { kind: 'alterSession', set: requireOptions(c), unset: [] };
  c.expectWord('UNSET');
  return { kind: 'alterSession', set: [], unset: parseNameList(c) };
}

function requireOptions(c: Cursor, what = 'ALTER'): OptionPair[] {
  const opts = parseOptions(c);
  if (opts.length === 0) {
    // `SET TAG ...`, `SET MASKING POLICY ...`: real Snowflake clauses Mockhaus does not model.
    if (c.word() && !c.isOp('=', 1)) throw new NotSupportedError(`${what} SET ${c.word()}`);
    c.fail();
  }
  return opts;
}

function parseNameList(c: Cursor): string[] {
  const out = [c.anyIdent().name];
  while (c.acceptOp(',')) out.push(c.anyIdent().name);
  return out;
}

function parseAlterTable(c: Cursor): Statement {
  const ifExists = c.acceptWords('IF', 'EXISTS');
  const name = parseObjectName(c);
  return { kind: 'alterTable', ifExists, name, action: parseTableAction(c) };
}

function parseTableAction(c: Cursor): AlterTableAction {
  if (c.acceptWords('RENAME', 'TO')) return { kind: 'renameTable', to: c.qname() };
  if (c.acceptWords('SWAP', 'WITH')) return { kind: 'swapWith', other: c.qname() };
  if (c.acceptWords('RENAME', 'COLUMN')) {
    const from = c.ident();
    c.expectWord('TO');
    return { kind: 'renameColumn', from, to: c.ident() };
  }
  if (c.acceptWord('ADD')) {
    if (c.isWord('CONSTRAINT') || c.isWord('PRIMARY') || c.isWord('UNIQUE') || c.isWord('FOREIGN')) {
      return { kind: 'addConstraint', constraint: parseTableConstraint(c) };
    }
    if (c.isWord('ROW') || c.isWord('SEARCH') || c.isWord('TAG')) throw new NotSupportedError(`ALTER TABLE ADD ${c.word()}`);
    c.acceptWord('COLUMN');
    const ifNotExists = c.acceptWords('IF', 'NOT', 'EXISTS');
    const columns = [parseColumnDef(c, true)];
    while (c.acceptOp(',')) {
      c.acceptWord('COLUMN');
      columns.push(parseColumnDef(c, true));
    }
    return { kind: 'addColumns', columns, ifNotExists };
  }
  if (c.acceptWord('DROP')) {
    if (c.acceptWord('CONSTRAINT')) {
      const name = c.ident();
      c.acceptOneOf(['CASCADE', 'RESTRICT']);
      return { kind: 'dropConstraint', name };
    }
    if (c.acceptWords('PRIMARY', 'KEY')) return { kind: 'dropConstraint', type: 'PRIMARY KEY' };
    if (c.isWord('UNIQUE') || c.isWord('FOREIGN')) throw new NotSupportedError(`ALTER TABLE DROP ${c.word()} (columns)`);
    if (c.acceptWords('CLUSTERING', 'KEY')) return { kind: 'clusterBy', exprs: [] };
    if (c.isWord('ROW') || c.isWord('SEARCH')) throw new NotSupportedError(`ALTER TABLE DROP ${c.word()}`);
    c.acceptWord('COLUMN');
    const ifExists = c.acceptWords('IF', 'EXISTS');
    const columns = [c.ident()];
    while (c.acceptOp(',')) {
      c.acceptWord('COLUMN');
      columns.push(c.ident());
    }
    return { kind: 'dropColumns', columns, ifExists };
  }
  if (c.isWord('ALTER') || c.isWord('MODIFY')) {
    c.next();
    return { kind: 'alterColumns', changes: parseAlterColumns(c) };
  }
  if (c.acceptWords('CLUSTER', 'BY')) {
    c.expectOp('(');
    const exprs = parseExprList(c);
    c.expectOp(')');
    return { kind: 'clusterBy', exprs };
  }
  if (c.acceptWord('SET')) return { kind: 'setOptions', options: requireOptions(c, 'ALTER TABLE') };
  if (c.acceptWord('UNSET')) {
    if (c.isWord('TAG')) throw new NotSupportedError('ALTER TABLE UNSET TAG');
    return { kind: 'unsetOptions', names: parseNameList(c) };
  }
  const w = c.word();
  if (w) throw new NotSupportedError(`ALTER TABLE ${w}`);
  return c.fail();
}

function parseAlterObject(c: Cursor, objectType: AlterObject['objectType']): Statement {
  const ifExists = c.acceptWords('IF', 'EXISTS');
  const name = parseObjectName(c);
  let argTypes: TypeName[] | undefined;
  if ((objectType === 'FUNCTION' || objectType === 'PROCEDURE') && c.acceptOp('(')) {
    argTypes = [];
    if (!c.isOp(')')) {
      do argTypes.push(parseType(c));
      while (c.acceptOp(','));
    }
    c.expectOp(')');
  }
  let action: AlterObject['action'];
  if (c.acceptWords('RENAME', 'TO')) action = { kind: 'rename', to: c.qname() };
  else if (c.acceptWords('SWAP', 'WITH')) action = { kind: 'swapWith', other: c.qname() };
  else if (objectType === 'SEQUENCE' && (c.isWord('INCREMENT') || (c.isWord('SET') && c.isWord('INCREMENT', 1)))) {
    c.acceptWord('SET');
    c.next();
    c.acceptWord('BY');
    c.acceptOp('=');
    const neg = c.acceptOp('-');
    const t = c.tok;
    if (t.type !== 'number') c.fail();
    c.next();
    action = { kind: 'setOptions', options: [{ name: 'INCREMENT', value: { kind: 'optNumber', value: neg ? -Number(t.text) : Number(t.text), text: neg ? `-${t.text}` : t.text } }] };
  } else if (c.acceptWord('SET')) {
    if ((objectType === 'VIEW' || objectType === 'FUNCTION' || objectType === 'PROCEDURE') && c.acceptWord('SECURE')) {
      action = { kind: 'setOptions', options: [{ name: 'SECURE', value: { kind: 'optBool', value: true } }] };
    } else action = { kind: 'setOptions', options: requireOptions(c, `ALTER ${objectType}`) };
  } else if (c.acceptWord('UNSET')) action = { kind: 'unsetOptions', names: parseNameList(c) };
  else {
    const w = c.word();
    if (w) throw new NotSupportedError(`ALTER ${objectType} ${w}`);
    return c.fail();
  }
  const out: AlterObject = { kind: 'alterObject', objectType, ifExists, name, action };
  if (argTypes) out.argTypes = argTypes;
  return out;
}

function parseAlterAccountObject(c: Cursor, type: string): Statement {
  const ifExists = c.acceptWords('IF', 'EXISTS');
  const name = parseObjectName(c);
  if (c.atEnd()) c.fail();
  const start = c.tok.offset;
  let options: OptionPair[] = [];
  if (c.isWord('SET') && atOptionAt(c, 1)) {
    c.next();
    options = requireOptions(c);
  }
  while (!c.atEnd()) {
    if (atOption(c)) options.push(parseOption(c));
    else c.next();
  }
  return {
    kind: 'accountObject', verb: 'ALTER', objectType: type as (typeof ACCOUNT_OBJECT_TYPES)[number], orReplace: false,
    ifNotExists: false, ifExists, name, action: c.slice(start, c.prevEnd), options,
  };
}

function atOptionAt(c: Cursor, k: number): boolean {
  const t = c.peek(k);
  return (t.type === 'ident' || t.type === 'keyword') && c.isOp('=', k + 1);
}
