/**
 * @module sql/_table
 * CREATE TABLE: column definitions (types, NOT NULL, DEFAULT, AUTOINCREMENT/IDENTITY, inline
 * constraints, COLLATE, COMMENT, virtual `AS (expr)`), table constraints, CTAS, LIKE, CLONE,
 * CLUSTER BY, COMMENT = and other table options. Also used by ALTER TABLE ADD COLUMN.
 * See https://docs.snowflake.com/en/sql-reference/sql/create-table
 */
import { NotSupportedError } from '../errors.ts';
import type { ColumnDef, CreateTable, Ident, QName, Statement, TableConstraint } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { acceptIfNotExists, type CreateModifiers } from './_create-common.ts';
import { parseExpr, parseExprList } from './expr.ts';
import { parseObjectName } from './names.ts';
import { atOption, parseOption, optionText } from './options.ts';
import { parseQuery, startsQuery } from './query.ts';
import { parseType } from './types.ts';

export function parseCreateTable(c: Cursor, m: CreateModifiers): Statement {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  const t: CreateTable = {
    kind: 'createTable', orReplace: m.orReplace, ifNotExists: m.ifNotExists, temporary: m.temporary,
    transient: m.transient, name, columns: [], constraints: [], options: [],
  };
  if (c.isWord('USING') && c.isWord('TEMPLATE', 1)) throw new NotSupportedError('CREATE TABLE ... USING TEMPLATE');
  if (c.acceptWord('LIKE')) t.like = c.qname();
  else if (c.acceptWord('CLONE')) {
    t.clone = c.qname();
    if ((c.isWord('AT') || c.isWord('BEFORE')) && c.isOp('(', 1)) throw new NotSupportedError('CLONE ... AT | BEFORE (time travel)');
  } else if (c.isOp('(') && !startsQuery(c, 1)) {
    c.next();
    do {
      if (atTableConstraint(c)) t.constraints.push(parseTableConstraint(c));
      else t.columns.push(parseColumnDef(c, true));
    } while (c.acceptOp(','));
    c.expectOp(')');
  }
  parseTableOptions(c, t);
  if (c.acceptWord('AS')) {
    if (!startsQuery(c)) c.fail();
    t.as = parseQuery(c);
  } else if ((startsQuery(c) && t.columns.length === 0) || t.columns.some((col) => !col.type)) {
    // Untyped columns are only valid in a CTAS column list.
    c.fail();
  }
  return t;
}

function parseTableOptions(c: Cursor, t: CreateTable): void {
  for (;;) {
    if (c.acceptWords('CLUSTER', 'BY')) {
      c.expectOp('(');
      t.clusterBy = parseExprList(c);
      c.expectOp(')');
    } else if (c.isWord('COMMENT') && c.isOp('=', 1)) {
      const o = parseOption(c);
      const text = optionText(o.value);
      if (text !== undefined) t.comment = text;
    } else if (c.isWord('COPY') && c.isWord('GRANTS', 1)) {
      c.next();
      c.next();
    } else if (c.isWord('WITH') && (c.isWord('TAG', 1) || c.isWord('ROW', 1))) {
      throw new NotSupportedError(`CREATE TABLE ... WITH ${c.word(1)}`);
    } else if (atOption(c)) {
      t.options.push(parseOption(c));
    } else if (c.isOp(',') && atOptionAt1(c)) c.next();
    else break;
  }
}

function atOptionAt1(c: Cursor): boolean {
  const n = c.peek();
  return (n.type === 'ident' || n.type === 'keyword') && c.isOp('=', 2);
}

function atTableConstraint(c: Cursor): boolean {
  const w = c.word();
  if (w === 'CONSTRAINT') return true;
  if (w === 'PRIMARY' && c.isWord('KEY', 1)) return true;
  if (w === 'UNIQUE' && c.isOp('(', 1)) return true;
  if (w === 'FOREIGN' && c.isWord('KEY', 1)) return true;
  return false;
}

export function parseTableConstraint(c: Cursor): TableConstraint {
  let name: Ident | undefined;
  if (c.acceptWord('CONSTRAINT')) name = c.ident();
  let out: TableConstraint;
  if (c.acceptWords('PRIMARY', 'KEY')) out = { kind: 'tableConstraint', type: 'PRIMARY KEY', columns: c.parenIdentList() };
  else if (c.acceptWord('UNIQUE')) out = { kind: 'tableConstraint', type: 'UNIQUE', columns: c.parenIdentList() };
  else if (c.acceptWords('FOREIGN', 'KEY')) {
    out = { kind: 'tableConstraint', type: 'FOREIGN KEY', columns: c.parenIdentList() };
    c.expectWord('REFERENCES');
    out.references = parseReferences(c);
  } else return c.fail();
  if (name) out.name = name;
  skipConstraintProperties(c);
  return out;
}

function parseReferences(c: Cursor): { table: QName; columns: Ident[] } {
  const table = c.qname();
  const columns = c.isOp('(') ? c.parenIdentList() : [];
  return { table, columns };
}

/** ENFORCED / NOT ENFORCED / DEFERRABLE / RELY ... : informational in Snowflake, accepted and ignored. */
function skipConstraintProperties(c: Cursor): void {
  for (;;) {
    if (c.acceptWords('NOT', 'ENFORCED') || c.acceptWords('NOT', 'DEFERRABLE') || c.acceptWords('NOT', 'DEFERRED')) continue;
    if (c.acceptWords('INITIALLY', 'DEFERRED') || c.acceptWords('INITIALLY', 'IMMEDIATE')) continue;
    if (c.acceptOneOf(['ENFORCED', 'DEFERRABLE', 'RELY', 'NORELY', 'VALIDATE', 'NOVALIDATE', 'ENABLE', 'DISABLE'])) continue;
    if (c.acceptWords('MATCH', 'FULL') || c.acceptWords('MATCH', 'SIMPLE') || c.acceptWords('MATCH', 'PARTIAL')) continue;
    if (c.isWord('ON') && (c.isWord('UPDATE', 1) || c.isWord('DELETE', 1))) {
      c.next();
      c.next();
      if (!c.acceptWords('NO', 'ACTION') && !c.acceptWords('SET', 'NULL') && !c.acceptWords('SET', 'DEFAULT')) {
        c.expectOneOf(['CASCADE', 'RESTRICT']);
      }
      continue;
    }
    break;
  }
}

/** One column definition; `typed` false allows a bare name (CTAS / view column lists). */
export function parseColumnDef(c: Cursor, typed: boolean): ColumnDef {
  const col: ColumnDef = { kind: 'columnDef', name: c.ident(), notNull: false, primaryKey: false, unique: false };
  if (c.isOp(',') || c.isOp(')')) return col; // CTAS column list: names only
  if (typed) col.type = parseType(c);
  else if (c.tok.type === 'ident' || (c.tok.type === 'keyword' && !c.isWord('COMMENT'))) col.type = parseType(c);
  for (;;) {
    if (c.acceptWords('NOT', 'NULL')) col.notNull = true;
    else if (c.acceptWord('NULL')) col.notNull = false;
    else if (c.acceptWord('DEFAULT')) col.default = parseExpr(c, 40);
    else if (c.isWord('AUTOINCREMENT') || c.isWord('IDENTITY')) {
      c.next();
      col.identity = { start: 1, step: 1 };
      if (c.acceptOp('(')) {
        col.identity.start = signedNumber(c);
        c.expectOp(',');
        col.identity.step = signedNumber(c);
        c.expectOp(')');
      } else if (c.acceptWord('START')) {
        col.identity.start = signedNumber(c);
        c.expectWord('INCREMENT');
        col.identity.step = signedNumber(c);
      }
      c.acceptOneOf(['ORDER', 'NOORDER']);
    } else if (c.acceptWords('PRIMARY', 'KEY')) {
      col.primaryKey = true;
      skipConstraintProperties(c);
    } else if (c.acceptWord('UNIQUE')) {
      col.unique = true;
      skipConstraintProperties(c);
    } else if (c.acceptWords('FOREIGN', 'KEY') || c.isWord('REFERENCES')) {
      c.expectWord('REFERENCES');
      col.references = parseReferences(c);
      skipConstraintProperties(c);
    } else if (c.acceptWord('CONSTRAINT')) {
      c.ident();
    } else if (c.acceptWord('COLLATE')) {
      const t = c.tok;
      if (t.type !== 'string') c.fail();
      c.next();
      col.collate = t.value;
    } else if (c.acceptWord('COMMENT')) {
      c.acceptOp('=');
      const t = c.tok;
      if (t.type !== 'string') c.fail();
      c.next();
      col.comment = t.value;
    } else if (c.isWord('AS') && c.isOp('(', 1)) {
      c.next();
      c.next();
      col.as = parseExpr(c);
      c.expectOp(')');
    } else if (c.isWord('WITH') || c.isWord('MASKING') || c.isWord('PROJECTION') || c.isWord('TAG')) {
      throw new NotSupportedError(`column ${c.word(c.isWord('WITH') ? 1 : 0)} clause`);
    } else break;
  }
  return col;
}

function signedNumber(c: Cursor): number {
  const neg = c.acceptOp('-');
  const t = c.tok;
  if (t.type !== 'number') c.fail();
  c.next();
  return neg ? -Number(t.text) : Number(t.text);
}
