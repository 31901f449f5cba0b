/**
 * @module sql/show
 * SHOW [TERSE] <objects> [HISTORY] [LIKE '...'] [IN ...] [STARTS WITH '...'] [LIMIT n [FROM '...']]
 * and DESCRIBE|DESC <object> <name> (incl. `DESC FUNCTION f(types)` and `DESC RESULT 'id'`).
 * Object types come from lookup sets, so two- and three-word types (FILE FORMATS, USER FUNCTIONS,
 * ROW ACCESS POLICIES) match first. See https://docs.snowflake.com/en/sql-reference/sql/show
 */
import { NotSupportedError } from '../errors.ts';
import type { Describe, Show, Statement, TypeName } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { readObjectType } from './drop.ts';
import { parseExpr } from './expr.ts';
import { parseObjectName } from './names.ts';
import { parseType } from './types.ts';

const SHOW_TYPES: ReadonlySet<string> = new Set([
  'TABLES', 'SCHEMAS', 'DATABASES', 'VIEWS', 'COLUMNS', 'STAGES', 'FILE FORMATS', 'SEQUENCES', 'FUNCTIONS',
  'USER FUNCTIONS', 'EXTERNAL FUNCTIONS', 'PROCEDURES', 'USER PROCEDURES', 'OBJECTS', 'PRIMARY KEYS',
  'IMPORTED KEYS', 'EXPORTED KEYS', 'UNIQUE KEYS', 'WAREHOUSES', 'ROLES', 'USERS', 'PARAMETERS', 'GRANTS',
  'VARIABLES', 'MATERIALIZED VIEWS', 'EXTERNAL TABLES', 'DYNAMIC TABLES', 'HYBRID TABLES', 'ICEBERG TABLES',
  'EVENT TABLES', 'TASKS', 'STREAMS', 'PIPES', 'INTEGRATIONS', 'SHARES', 'TRANSACTIONS', 'LOCKS', 'REPLICATION DATABASES',
  'NETWORK POLICIES', 'MASKING POLICIES', 'ROW ACCESS POLICIES', 'TAGS', 'SECRETS', 'DATABASE ROLES',
  'RESOURCE MONITORS', 'ORGANIZATION ACCOUNTS', 'ACCOUNTS', 'REGIONS', 'CHANNELS', 'CONNECTIONS', 'ALERTS',
  'SEMANTIC VIEWS', 'NOTEBOOKS', 'STREAMLITS', 'GIT REPOSITORIES', 'COMPUTE POOLS', 'SERVICES',
  'STORAGE INTEGRATIONS', 'NETWORK RULES', 'PASSWORD POLICIES', 'SESSION POLICIES', 'CLASSES', 'MODELS',
  'DELEGATED AUTHORIZATIONS', 'REPLICATION ACCOUNTS', 'FUTURE GRANTS',
]);

const IN_SCOPES: ReadonlySet<string> = new Set(['ACCOUNT', 'DATABASE', 'SCHEMA', 'TABLE', 'VIEW', 'WAREHOUSE', 'USER', 'ROLE', 'SESSION']);

function stringLit(c: Cursor): string {
  const t = c.tok;
  if (t.type !== 'string') c.fail();
  c.next();
  return t.value;
}

export function parseShow(c: Cursor): Statement {
  c.expectWord('SHOW');
  const terse = c.acceptWord('TERSE');
  const objectType = readObjectType(c, SHOW_TYPES);
  if (!objectType) {
    if (c.word()) throw new NotSupportedError(`SHOW ${c.word()}`);
    return c.fail();
  }
  const s: Show = { kind: 'show', terse, objectType, history: c.acceptWord('HISTORY') };
  if (objectType === 'GRANTS' && (c.isWord('ON') || c.isWord('TO') || c.isWord('OF'))) {
    throw new NotSupportedError(`SHOW GRANTS ${c.word()}`);
  }
  if (c.acceptWord('LIKE')) s.like = stringLit(c);
  if (c.acceptWord('IN') || (objectType === 'PARAMETERS' && c.acceptWord('FOR'))) {
    const scope = c.word();
    if (IN_SCOPES.has(scope)) {
      c.next();
      const hasName = !c.atEnd() && !c.isWord('STARTS') && !c.isWord('LIMIT') && (c.isIdent() || c.isWord('IDENTIFIER'));
      s.in = hasName ? { scope: scope as NonNullable<Show['in']>['scope'] & string, name: parseObjectName(c) } : { scope: scope as NonNullable<Show['in']>['scope'] & string };
    } else if (objectType === 'PARAMETERS') {
      // SHOW PARAMETERS takes only a scope keyword after IN/FOR (docs.snowflake.com/en/sql-reference/sql/show-parameters).
      return c.fail();
    } else s.in = { name: parseObjectName(c) };
  }
  if (c.acceptWords('STARTS', 'WITH')) s.startsWith = stringLit(c);
  if (c.acceptWord('LIMIT')) {
    const t = c.tok;
    if (t.type !== 'number') c.fail();
    c.next();
    s.limit = Number(t.text);
    if (c.acceptWord('FROM')) s.from = stringLit(c);
  }
  return s;
}

const DESCRIBE_TYPES: ReadonlySet<string> = new Set([
  'TABLE', 'VIEW', 'SCHEMA', 'DATABASE', 'STAGE', 'FILE FORMAT', 'SEQUENCE', 'FUNCTION', 'PROCEDURE', 'RESULT',
  'USER', 'WAREHOUSE', 'MATERIALIZED VIEW', 'EXTERNAL TABLE', 'DYNAMIC TABLE', 'TASK', 'STREAM', 'PIPE',
  'INTEGRATION', 'ROLE', 'SEMANTIC VIEW', 'MASKING POLICY', 'ROW ACCESS POLICY', 'NETWORK POLICY', 'SHARE',
  'EXTERNAL FUNCTION', 'ICEBERG TABLE', 'HYBRID TABLE', 'EVENT TABLE', 'SEARCH OPTIMIZATION',
]);

export function parseDescribe(c: Cursor): Statement {
  c.next();
  const objectType = readObjectType(c, DESCRIBE_TYPES) || 'TABLE';
  if (objectType === 'SEARCH OPTIMIZATION') throw new NotSupportedError('DESCRIBE SEARCH OPTIMIZATION');
  if (objectType === 'RESULT') {
    const result = parseExpr(c);
    return { kind: 'describe', objectType, name: { kind: 'qname', parts: [] }, result };
  }
  const d: Describe = { kind: 'describe', objectType, name: parseObjectName(c) };
  if ((objectType === 'FUNCTION' || objectType === 'PROCEDURE') && c.acceptOp('(')) {
    const argTypes: TypeName[] = [];
    if (!c.isOp(')')) {
      do argTypes.push(parseType(c));
      while (c.acceptOp(','));
    }
    c.expectOp(')');
    d.argTypes = argTypes;
  }
  if (c.acceptWord('TYPE')) {
    c.expectOp('=');
    d.type = c.expectOneOf(['COLUMNS', 'STAGE']);
  }
  return d;
}
