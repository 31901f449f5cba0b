/**
 * @module sql/stage-commands
 * Loading and unloading: COPY INTO <table> FROM <location|query>, COPY INTO <location> FROM
 * <table|query>, PUT, GET, LIST/LS and REMOVE/RM. Locations are kept as written after `@` (or the
 * quoted URL, e.g. `s3://bucket/path`). See https://docs.snowflake.com/en/sql-reference/sql/copy-into-table
 */
import { NotSupportedError } from '../errors.ts';
import type { CopyInto, OptionPair, Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr } from './expr.ts';
import { parseObjectName } from './names.ts';
import { atOption, optionText, parseOption, parseOptions } from './options.ts';
import { parseQuery, startsQuery } from './query.ts';

/** A stage or URL location at the cursor, or undefined. */
function acceptLocation(c: Cursor): string | undefined {
  const t = c.tok;
  if (t.type === 'stage') {
    c.next();
    return t.value;
  }
  if (t.type === 'string' && (t.value.startsWith('@') || /^[a-z0-9]+:\/\//i.test(t.value))) {
    c.next();
    return t.value.startsWith('@') ? t.value.slice(1) : t.value;
  }
  return undefined;
}

function expectLocation(c: Cursor): string {
  const l = acceptLocation(c);
  if (l === undefined) c.fail();
  return l;
}

export function parseCopy(c: Cursor): Statement {
  c.expectWord('COPY');
  c.expectWord('INTO');
  const copy: CopyInto = { kind: 'copyInto', direction: 'table', options: [] };
  const target = acceptLocation(c);
  if (target !== undefined) {
    copy.direction = 'location';
    copy.location = target;
    c.expectWord('FROM');
    if (c.isOp('(')) {
      c.next();
      copy.query = parseQuery(c);
      c.expectOp(')');
    } else copy.fromTable = parseObjectName(c);
    if (c.acceptWords('PARTITION', 'BY')) throw new NotSupportedError('COPY INTO <location> PARTITION BY');
  } else {
    copy.table = parseObjectName(c);
    if (c.isOp('(') && !startsQuery(c, 1)) copy.columns = c.parenIdentList();
    c.expectWord('FROM');
    if (c.isOp('(')) {
      c.next();
      copy.query = parseQuery(c);
      c.expectOp(')');
    } else copy.location = expectLocation(c);
  }
  parseCopyOptions(c, copy);
  return copy;
}

function parseCopyOptions(c: Cursor, copy: CopyInto): void {
  for (;;) {
    if (!atOption(c)) {
      if (c.isOp(',') && c.peek().type !== 'eof') {
        c.next();
        continue;
      }
      break;
    }
    const o = parseOption(c);
    switch (o.name) {
      case 'FILES':
        if (o.value.kind === 'optTuple') copy.files = o.value.items.map((v) => optionText(v) ?? '');
        else if (o.value.kind === 'optString') copy.files = [o.value.value];
        else c.fail(c.prev);
        break;
      case 'PATTERN': {
        const p = optionText(o.value);
        if (p === undefined) c.fail(c.prev);
        copy.pattern = p;
        break;
      }
      case 'FILE_FORMAT':
        if (o.value.kind === 'optList') {
          const nameOpt = o.value.options.find((x) => x.name === 'FORMAT_NAME');
          const others = o.value.options.filter((x) => x.name !== 'FORMAT_NAME');
          const name = optionText(nameOpt?.value);
          copy.fileFormat = name !== undefined && others.length === 0 ? { name } : { ...(name !== undefined ? { name } : {}), options: others };
        } else {
          const name = optionText(o.value);
          if (name === undefined) c.fail(c.prev);
          copy.fileFormat = { name };
        }
        break;
      default:
        copy.options.push(o);
    }
  }
}

/** PUT file://<path> @<stage>[/path] [options] */
export function parsePut(c: Cursor): Statement {
  c.expectWord('PUT');
  const t = c.tok;
  if (t.type !== 'string') c.fail();
  c.next();
  const location = expectLocation(c);
  return { kind: 'put', file: t.value, location, options: parseLooseOptions(c) };
}

/** GET @<stage>[/path] file://<dir> [options] */
export function parseGet(c: Cursor): Statement {
  c.expectWord('GET');
  const location = expectLocation(c);
  const t = c.tok;
  if (t.type !== 'string') c.fail();
  c.next();
  return { kind: 'get', location, file: t.value, options: parseLooseOptions(c) };
}

function parseLooseOptions(c: Cursor): OptionPair[] {
  const out = parseOptions(c);
  return out;
}

function stageWithPattern(c: Cursor): { location: string; pattern?: string } {
  c.next();
  const location = expectLocation(c);
  if (c.acceptWord('PATTERN')) {
    c.expectOp('=');
    const p = parseExpr(c);
    if (p.kind === 'string') return { location, pattern: p.value };
    throw new NotSupportedError('PATTERN given by an expression');
  }
  return { location };
}

export function parseList(c: Cursor): Statement {
  return { kind: 'list', ...stageWithPattern(c) };
}

export function parseRemove(c: Cursor): Statement {
  return { kind: 'remove', ...stageWithPattern(c) };
}
