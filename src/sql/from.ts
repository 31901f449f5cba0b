/**
 * @module sql/from
 * FROM items: tables (with time travel, SAMPLE and aliases), stages (`@s/path`, `'@s'`), derived
 * tables, `TABLE(fn(...))`, `[LATERAL] FLATTEN(...)`, VALUES, PIVOT/UNPIVOT, and every join kind
 * (`NATURAL`, `ASOF ... MATCH_CONDITION`, `LATERAL`).
 * See https://docs.snowflake.com/en/sql-reference/constructs/from and .../constructs/join
 */
import { NotSupportedError } from '../errors.ts';
import type { Expr, FuncCall, Ident, Join, OrderItem, Pivot, Sample, TableAlias, TableRef, Unpivot } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseFunctionCall } from './_functions.ts';
import { TABLE_ALIAS_STOP } from './_tokens.ts';
import { parseExpr, parseParenExprList } from './expr.ts';
import { parseObjectName } from './names.ts';
import { parseOrderBy, parseQuery, parseValuesRows, startsQuery } from './query.ts';

export function parseFromList(c: Cursor): TableRef[] {
  const out = [parseJoinTree(c)];
  while (c.acceptOp(',')) out.push(parseJoinTree(c));
  return out;
}

const JOIN_STARTS: ReadonlySet<string> = new Set(['JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'NATURAL', 'ASOF']);

export function parseJoinTree(c: Cursor): TableRef {
  let left = parseTableFactor(c);
  while (c.isWordIn(JOIN_STARTS)) {
    const natural = c.acceptWord('NATURAL');
    let joinType: Join['joinType'] = 'INNER';
    const w = c.acceptOneOf(['INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'ASOF']);
    if (w === 'LEFT' || w === 'RIGHT' || w === 'FULL') {
      joinType = w;
      c.acceptWord('OUTER');
    } else if (w === 'CROSS' || w === 'ASOF') joinType = w;
    c.expectWord('JOIN');
    const right = parseTableFactor(c);
    const join: Join = { kind: 'join', joinType, natural, left, right };
    if (joinType === 'ASOF') {
      c.expectWord('MATCH_CONDITION');
      c.expectOp('(');
      join.matchCondition = parseExpr(c);
      c.expectOp(')');
    }
    if (!natural && joinType !== 'CROSS') {
      if (c.acceptWord('ON')) join.on = parseExpr(c);
      else if (c.acceptWord('USING')) join.using = c.parenIdentList();
    }
    left = join;
  }
  return left;
}

function parseTableFactor(c: Cursor): TableRef {
  c.enter();
  let ref = parsePrimaryTable(c);
  for (;;) {
    if (c.isWord('PIVOT') && c.isOp('(', 1)) ref = parsePivot(c, ref);
    else if (c.isWord('UNPIVOT')) ref = parseUnpivot(c, ref);
    else if (c.isWord('MATCH_RECOGNIZE')) throw new NotSupportedError('MATCH_RECOGNIZE');
    else break;
  }
  c.leave();
  return ref;
}

function parsePrimaryTable(c: Cursor): TableRef {
  const t = c.tok;
  if (t.type === 'stage' || (t.type === 'string' && t.value.startsWith('@'))) return parseStageRef(c);
  if (c.isOp('(')) {
    if (startsQuery(c, 1)) {
      c.next();
      const query = parseQuery(c);
      c.expectOp(')');
      return withAlias(c, { kind: 'derived', query, lateral: false });
    }
    c.next();
    const inner = parseJoinTree(c);
    c.expectOp(')');
    return inner;
  }
  if (c.isWord('LATERAL')) {
    c.next();
    if (c.isOp('(')) {
      c.next();
      const query = parseQuery(c);
      c.expectOp(')');
      return withAlias(c, { kind: 'derived', query, lateral: true });
    }
    const name = c.qname();
    if (!c.isOp('(')) c.fail();
    return withAlias(c, { kind: 'tableFunc', func: parseFunctionCall(c, name.parts), lateral: true, tableWrapper: false });
  }
  if (c.isWord('TABLE') && c.isOp('(', 1)) {
    c.next();
    c.next();
    const a = c.tok;
    if (a.type === 'string' || a.type === 'variable' || a.type === 'bind') {
      // TABLE('name') / TABLE($var): a table named by a literal.
      const arg = parseExpr(c);
      c.expectOp(')');
      return parseTableSuffixes(c, { kind: 'table', name: { kind: 'identifierFn', arg } });
    }
    const name = c.qname();
    if (!c.isOp('(')) c.fail();
    const func = parseFunctionCall(c, name.parts);
    c.expectOp(')');
    return withAlias(c, { kind: 'tableFunc', func, lateral: false, tableWrapper: true });
  }
  if (c.isWord('VALUES') && c.isOp('(', 1)) {
    return withAlias(c, { kind: 'valuesTable', rows: parseValuesRows(c) });
  }
  const name = parseObjectName(c);
  if (name.kind === 'qname' && c.isOp('(')) {
    const func: FuncCall = parseFunctionCall(c, name.parts);
    return withAlias(c, { kind: 'tableFunc', func, lateral: false, tableWrapper: false });
  }
  return parseTableSuffixes(c, { kind: 'table', name });
}

/** Time travel, SAMPLE and alias after a table name (Snowflake accepts SAMPLE either side of the alias). */
function parseTableSuffixes(c: Cursor, ref: TableRef & { kind: 'table' }): TableRef {
  const w = c.word();
  if ((w === 'AT' || w === 'BEFORE') && c.isOp('(', 1)) {
    c.next();
    c.next();
    const param = c.anyIdent().name;
    c.expectOp('=>');
    const value = parseExpr(c);
    c.expectOp(')');
    ref.timeTravel = { kind: 'timeTravel', when: w, param, value };
  }
  if (c.isWord('CHANGES') && c.isOp('(', 1)) throw new NotSupportedError('CHANGES clause');
  if (c.isWord('SAMPLE') || c.isWord('TABLESAMPLE')) ref.sample = parseSample(c);
  const alias = parseAlias(c);
  if (alias) ref.alias = alias;
  if (!ref.sample && (c.isWord('SAMPLE') || c.isWord('TABLESAMPLE'))) ref.sample = parseSample(c);
  return ref;
}

function parseSample(c: Cursor): Sample {
  c.next();
  const m = c.acceptOneOf(['BERNOULLI', 'ROW', 'SYSTEM', 'BLOCK']) as Sample['method'] | '';
  c.expectOp('(');
  const size = parseExpr(c);
  const rows = c.acceptWord('ROWS');
  c.expectOp(')');
  const s: Sample = { kind: 'sample', size, rows };
  if (m) s.method = m;
  if (c.acceptOneOf(['REPEATABLE', 'SEED'])) {
    c.expectOp('(');
    s.seed = parseExpr(c);
    c.expectOp(')');
  }
  return s;
}

/** `[AS] alias [(c1, c2)]` unless the next word starts a clause. */
export function parseAlias(c: Cursor): TableAlias | undefined {
  if (c.acceptWord('AS')) {
    const name = c.ident();
    return aliasColumns(c, { kind: 'tableAlias', name });
  }
  if (!c.isIdent(0, TABLE_ALIAS_STOP)) return undefined;
  return aliasColumns(c, { kind: 'tableAlias', name: c.ident(TABLE_ALIAS_STOP) });
}

function aliasColumns(c: Cursor, a: TableAlias): TableAlias {
  if (c.isOp('(') && c.isIdent(1)) a.columns = c.parenIdentList();
  return a;
}

function withAlias<T extends TableRef & { alias?: TableAlias }>(c: Cursor, ref: T): T {
  const a = parseAlias(c);
  if (a) ref.alias = a;
  return ref;
}

function parseStageRef(c: Cursor): TableRef {
  const t = c.next();
  const location = t.type === 'stage' ? t.value : t.value.slice(1);
  const ref: TableRef = { kind: 'stageRef', location };
  if (c.isOp('(') && (c.isWord('FILE_FORMAT', 1) || c.isWord('PATTERN', 1))) {
    c.next();
    do {
      const name = c.expectOneOf(['FILE_FORMAT', 'PATTERN']);
      c.expectOp('=>');
      const v = c.tok;
      if (v.type === 'string') {
        c.next();
        if (name === 'FILE_FORMAT') ref.fileFormat = v.value;
        else ref.pattern = v.value;
      } else if (name === 'FILE_FORMAT') {
        // An unquoted (possibly qualified) format name: folded parts joined by dots.
        ref.fileFormat = c.qname().parts.map((p) => (p.quoted ? `"${p.name}"` : p.name)).join('.');
      } else c.fail();
    } while (c.acceptOp(','));
    c.expectOp(')');
  }
  const a = parseAlias(c);
  if (a) ref.alias = a;
  return ref;
}

function parsePivot(c: Cursor, source: TableRef): TableRef {
  c.next();
  c.expectOp('(');
  const agg = parseExpr(c);
  if (agg.kind !== 'func') c.fail(c.prev);
  const aggAlias = c.acceptWord('AS') ? c.ident() : undefined;
  c.expectWord('FOR');
  const pivotColumn = parseExpr(c, 40);
  c.expectWord('IN');
  c.expectOp('(');
  let values: Pivot['values'];
  if (c.acceptWord('ANY')) {
    const orderBy: OrderItem[] | undefined = c.isWord('ORDER') ? parseOrderBy(c) : undefined;
    values = orderBy ? { kind: 'any', orderBy } : { kind: 'any' };
  } else if (startsQuery(c)) values = { kind: 'query', query: parseQuery(c) };
  else values = parsePivotValues(c);
  c.expectOp(')');
  const p: Pivot = { kind: 'pivot', source, agg, pivotColumn, values };
  if (aggAlias) p.aggAlias = aggAlias;
  if (c.acceptWords('DEFAULT', 'ON', 'NULL')) {
    const d: Expr[] = parseParenExprList(c);
    if (d.length !== 1) c.fail(c.prev);
    p.defaultOnNull = d[0] as Expr;
  }
  c.expectOp(')');
  const a = parseAlias(c);
  if (a) p.alias = a;
  return p;
}

/** `'a' [AS x], 'b' [AS y], ...` */
function parsePivotValues(c: Cursor): Pivot['values'] {
  const items: Expr[] = [];
  const aliases: (Ident | undefined)[] = [];
  do {
    items.push(parseExpr(c));
    aliases.push(c.acceptWord('AS') ? c.anyIdentOrString() : undefined);
  } while (c.acceptOp(','));
  return aliases.some((a) => a !== undefined) ? { kind: 'list', items, aliases } : { kind: 'list', items };
}

function parseUnpivot(c: Cursor, source: TableRef): TableRef {
  c.next();
  let includeNulls = false;
  if (c.acceptWord('INCLUDE')) {
    c.expectWord('NULLS');
    includeNulls = true;
  } else if (c.acceptWord('EXCLUDE')) c.expectWord('NULLS');
  c.expectOp('(');
  const valueColumn = c.ident();
  c.expectWord('FOR');
  const nameColumn = c.ident();
  c.expectWord('IN');
  const columns = c.parenIdentList();
  c.expectOp(')');
  const u: Unpivot = { kind: 'unpivot', source, includeNulls, valueColumn, nameColumn, columns };
  const a = parseAlias(c);
  if (a) u.alias = a;
  return u;
}

