/**
 * @module sql/dml
 * INSERT [OVERWRITE] (single and multi-table ALL/FIRST), UPDATE ... FROM, DELETE ... USING, MERGE
 * and TRUNCATE. See https://docs.snowflake.com/en/sql-reference/sql-dml
 */
import type { Expr, Ident, Insert, InsertMulti, InsertMultiBranch, Merge, MergeClause, Statement, Update, Delete } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr, parseParenExprList } from './expr.ts';
import { parseAlias, parseFromList, parseJoinTree } from './from.ts';
import { parseObjectName } from './names.ts';
import { parseQuery, startsQuery } from './query.ts';

export function parseInsert(c: Cursor): Statement {
  c.expectWord('INSERT');
  const overwrite = c.acceptWord('OVERWRITE');
  if (c.isWord('ALL') || c.isWord('FIRST')) return parseInsertMulti(c, overwrite);
  c.expectWord('INTO');
  const table = parseObjectName(c);
  const ins: Insert = { kind: 'insert', overwrite, table, source: undefined as unknown as Insert['source'] };
  if (c.isOp('(') && !startsQuery(c, 1)) ins.columns = c.parenIdentList();
  if (!startsQuery(c)) c.fail();
  ins.source = parseQuery(c);
  return ins;
}

function parseInsertMulti(c: Cursor, overwrite: boolean): InsertMulti {
  const mode = c.next().value === 'ALL' ? 'ALL' : 'FIRST';
  const branches: InsertMultiBranch[] = [];
  let elseInto: InsertMultiBranch['into'] | undefined;
  if (c.isWord('INTO')) {
    branches.push({ into: parseIntoClauses(c) });
  } else {
    while (c.acceptWord('WHEN')) {
      const when = parseExpr(c);
      c.expectWord('THEN');
      branches.push({ when, into: parseIntoClauses(c) });
    }
    if (branches.length === 0) c.fail();
    if (c.acceptWord('ELSE')) elseInto = parseIntoClauses(c);
  }
  if (!startsQuery(c)) c.fail();
  const source = parseQuery(c);
  const out: InsertMulti = { kind: 'insertMulti', overwrite, mode, branches, source };
  if (elseInto) out.else = elseInto;
  return out;
}

function parseIntoClauses(c: Cursor): InsertMultiBranch['into'] {
  const out: InsertMultiBranch['into'] = [];
  while (c.acceptWord('INTO')) {
    const entry: InsertMultiBranch['into'][number] = { table: parseObjectName(c) };
    if (c.isOp('(')) entry.columns = c.parenIdentList();
    if (c.acceptWord('VALUES')) entry.values = parseParenExprList(c);
    out.push(entry);
  }
  if (out.length === 0) c.fail();
  return out;
}

function parseSetList(c: Cursor): { column: Ident[]; value: Expr }[] {
  const out: { column: Ident[]; value: Expr }[] = [];
  do {
    const column: Ident[] = [c.ident()];
    while (c.acceptOp('.')) column.push(c.anyIdent());
    c.expectOp('=');
    out.push({ column, value: parseExpr(c) });
  } while (c.acceptOp(','));
  return out;
}

export function parseUpdate(c: Cursor): Update {
  c.expectWord('UPDATE');
  const table = parseObjectName(c);
  const u: Update = { kind: 'update', table, set: [], from: [] };
  const alias = parseAlias(c);
  if (alias) u.alias = alias;
  c.expectWord('SET');
  u.set = parseSetList(c);
  if (c.acceptWord('FROM')) u.from = parseFromList(c);
  if (c.acceptWord('WHERE')) u.where = parseExpr(c);
  return u;
}

export function parseDelete(c: Cursor): Delete {
  c.expectWord('DELETE');
  c.expectWord('FROM');
  const table = parseObjectName(c);
  const d: Delete = { kind: 'delete', table, using: [] };
  const alias = parseAlias(c);
  if (alias) d.alias = alias;
  if (c.acceptWord('USING')) d.using = parseFromList(c);
  if (c.acceptWord('WHERE')) d.where = parseExpr(c);
  return d;
}

export function parseMerge(c: Cursor): Merge {
  c.expectWord('MERGE');
  c.expectWord('INTO');
  const target = parseObjectName(c);
  const targetAlias = parseAlias(c);
  c.expectWord('USING');
  const source = parseJoinTree(c);
  c.expectWord('ON');
  const on = parseExpr(c);
  const clauses: MergeClause[] = [];
  while (c.acceptWord('WHEN')) {
    const not = c.acceptWord('NOT');
    c.expectWord('MATCHED');
    if (not && c.acceptWord('BY')) c.expectWord('TARGET');
    const condition = c.acceptWord('AND') ? parseExpr(c) : undefined;
    c.expectWord('THEN');
    if ((c.isWord('INSERT') || c.isWord('UPDATE')) && c.isWord('ALL', 1)) {
      c.expectWord(not ? 'INSERT' : 'UPDATE');
      c.expectWord('ALL');
      c.expectWord('BY');
      c.expectWord('NAME');
      const kind = not ? 'whenNotMatchedInsertAll' : 'whenMatchedUpdateAll';
      clauses.push(condition ? { kind, condition } : { kind });
    } else if (not) {
      c.expectWord('INSERT');
      const clause: MergeClause = { kind: 'whenNotMatchedInsert', values: [] };
      if (c.isOp('(')) clause.columns = c.parenIdentList();
      c.expectWord('VALUES');
      clause.values = parseParenExprList(c);
      if (condition) clause.condition = condition;
      clauses.push(clause);
    } else if (c.acceptWord('DELETE')) {
      clauses.push(condition ? { kind: 'whenMatchedDelete', condition } : { kind: 'whenMatchedDelete' });
    } else {
      c.expectWord('UPDATE');
      c.expectWord('SET');
      const set = parseSetList(c);
      clauses.push(condition ? { kind: 'whenMatchedUpdate', condition, set } : { kind: 'whenMatchedUpdate', set });
    }
  }
  if (clauses.length === 0) c.fail();
  const m: Merge = { kind: 'merge', target, source, on, clauses };
  if (targetAlias) m.targetAlias = targetAlias;
  return m;
}

export function parseTruncate(c: Cursor): Statement {
  c.expectWord('TRUNCATE');
  c.acceptWord('TABLE');
  const ifExists = c.acceptWords('IF', 'EXISTS');
  return { kind: 'truncate', ifExists, table: parseObjectName(c) };
}
