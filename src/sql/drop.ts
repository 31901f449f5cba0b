/**
 * @module sql/drop
 * DROP <object> [IF EXISTS] name [CASCADE|RESTRICT] (plus `DROP FUNCTION f(types)`), and
 * UNDROP TABLE|SCHEMA|DATABASE. Account objects (WAREHOUSE, ROLE, ...) become `accountObject`.
 * See https://docs.snowflake.com/en/sql-reference/sql/drop
 */
import { NotSupportedError } from '../errors.ts';
import type { DropObjectType, Statement, TypeName } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { ACCOUNT_OBJECT_TYPES, ACCOUNT_TYPES } from './_create-common.ts';
import { parseObjectName } from './names.ts';
import { parseType } from './types.ts';

const DROP_TYPES: ReadonlySet<string> = new Set<DropObjectType>([
  'TABLE', 'VIEW', 'MATERIALIZED VIEW', 'SCHEMA', 'DATABASE', 'SEQUENCE', 'STAGE', 'FILE FORMAT', 'FUNCTION',
  'PROCEDURE', 'EXTERNAL TABLE', 'DYNAMIC TABLE',
]);

/** Read a one-, two- or three-word object type that is a member of one of `sets`. */
export function readObjectType(c: Cursor, ...sets: ReadonlySet<string>[]): string {
  const w0 = c.word();
  const w1 = c.word(1);
  const w2 = c.word(2);
  const has = (s: string): boolean => sets.some((set) => set.has(s));
  for (const [cand, n] of [[`${w0} ${w1} ${w2}`, 3], [`${w0} ${w1}`, 2], [w0, 1]] as const) {
    if (w0 && has(cand)) {
      for (let k = 0; k < n; k++) c.next();
      return cand;
    }
  }
  return '';
}

/** Snowflake object types Mockhaus does not model: DROP of these is NotSupported, not a syntax error. */
const OTHER_DROPPABLE: ReadonlySet<string> = new Set([
  'EXTERNAL FUNCTION', 'EXTERNAL VOLUME', 'NETWORK RULE', 'STORAGE INTEGRATION', 'API INTEGRATION', 'NOTIFICATION INTEGRATION',
  'SECURITY INTEGRATION', 'AUTHENTICATION POLICY', 'PASSWORD POLICY', 'SESSION POLICY', 'AGGREGATION POLICY',
  'PROJECTION POLICY', 'SEMANTIC VIEW', 'GIT REPOSITORY', 'IMAGE REPOSITORY', 'COMPUTE POOL', 'NOTEBOOK', 'STREAMLIT',
  'FAILOVER GROUP', 'REPLICATION GROUP', 'ALERT', 'SHARE', 'SERVICE', 'HYBRID TABLE', 'ICEBERG TABLE', 'EVENT TABLE',
  'CONNECTION', 'APPLICATION', 'APPLICATION PACKAGE', 'MODEL', 'SNAPSHOT',
]);

export function parseDrop(c: Cursor): Statement {
  c.expectWord('DROP');
  const type = readObjectType(c, DROP_TYPES, ACCOUNT_TYPES);
  if (!type) {
    const other = readObjectType(c, OTHER_DROPPABLE);
    if (other) throw new NotSupportedError(`DROP ${other}`);
    return c.fail();
  }
  const ifExists = c.acceptWords('IF', 'EXISTS');
  const name = parseObjectName(c);
  if (ACCOUNT_TYPES.has(type)) {
    return {
      kind: 'accountObject', verb: 'DROP', objectType: type as (typeof ACCOUNT_OBJECT_TYPES)[number], orReplace: false,
      ifNotExists: false, ifExists, name, options: [],
    };
  }
  const out: Statement = { kind: 'drop', objectType: type as DropObjectType, ifExists, name };
  if ((type === 'FUNCTION' || type === 'PROCEDURE') && c.acceptOp('(')) {
    const argTypes: TypeName[] = [];
    if (!c.isOp(')')) {
      do argTypes.push(parseType(c));
      while (c.acceptOp(','));
    }
    c.expectOp(')');
    out.argTypes = argTypes;
  }
  const cr = c.acceptOneOf(['CASCADE', 'RESTRICT']);
  if (cr) out.cascade = cr === 'CASCADE';
  return out;
}

export function parseUndrop(c: Cursor): Statement {
  c.expectWord('UNDROP');
  const t = c.word();
  if (t !== 'TABLE' && t !== 'SCHEMA' && t !== 'DATABASE') {
    if (t) throw new NotSupportedError(`UNDROP ${t}`);
    return c.fail();
  }
  c.next();
  return { kind: 'undrop', objectType: t, name: parseObjectName(c) };
}
