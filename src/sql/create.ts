/**
 * @module sql/create
 * CREATE statements, dispatched through a table keyed by object type after the shared modifiers
 * (`OR REPLACE`, `TEMP|TEMPORARY|LOCAL TEMP|VOLATILE|TRANSIENT`, `SECURE`, `MATERIALIZED`,
 * `RECURSIVE`, `IF NOT EXISTS`). Table definitions live in `_table.ts`, routines and other objects
 * in `create-objects.ts`. See https://docs.snowflake.com/en/sql-reference/sql-ddl-summary
 */
import { NotSupportedError } from '../errors.ts';
import type { Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseCreateTable } from './_table.ts';
import { CREATE_OBJECT_PARSERS } from './create-objects.ts';
import type { CreateModifiers, CreateParser } from './_create-common.ts';

let parsers: Record<string, CreateParser> | undefined;
function createParsers(): Record<string, CreateParser> {
  parsers ??= { TABLE: parseCreateTable, ...CREATE_OBJECT_PARSERS };
  return parsers;
}

/** Two-word object types, matched before single words. */
const TWO_WORD: ReadonlySet<string> = new Set([
  'FILE FORMAT', 'EXTERNAL TABLE', 'DYNAMIC TABLE', 'HYBRID TABLE', 'ICEBERG TABLE', 'EVENT TABLE',
  'DATABASE ROLE', 'RESOURCE MONITOR', 'NETWORK POLICY', 'MASKING POLICY', 'ROW ACCESS POLICY',
  'NETWORK RULE', 'STORAGE INTEGRATION', 'API INTEGRATION', 'NOTIFICATION INTEGRATION', 'SECURITY INTEGRATION',
  'EXTERNAL FUNCTION', 'EXTERNAL VOLUME', 'AUTHENTICATION POLICY', 'PASSWORD POLICY', 'SESSION POLICY',
  'AGGREGATION POLICY', 'PROJECTION POLICY', 'SEMANTIC VIEW', 'GIT REPOSITORY', 'IMAGE REPOSITORY',
  'COMPUTE POOL', 'FAILOVER GROUP', 'REPLICATION GROUP', 'CORTEX SEARCH',
]);

/** Single-word object types Snowflake can create that Mockhaus does not model. */
const UNMODELLED: ReadonlySet<string> = new Set([
  'NOTEBOOK', 'STREAMLIT', 'ALERT', 'SHARE', 'CONNECTION', 'APPLICATION', 'SERVICE', 'MODEL', 'SNAPSHOT', 'ACCOUNT', 'ORGANIZATION', 'DATASET',
  'DBT', 'AGENT',
]);

export function parseCreate(c: Cursor): Statement {
  c.expectWord('CREATE');
  const m: CreateModifiers = {
    orReplace: false, temporary: false, transient: false, secure: false, materialized: false, recursive: false, ifNotExists: false,
  };
  if (c.acceptWords('OR', 'REPLACE')) m.orReplace = true;
  else if (c.acceptWords('OR', 'ALTER')) throw new NotSupportedError('CREATE OR ALTER');
  for (;;) {
    const w = c.word();
    if (w === 'LOCAL' || w === 'GLOBAL') c.next();
    else if (w === 'TEMP' || w === 'TEMPORARY' || w === 'VOLATILE') {
      c.next();
      m.temporary = true;
    } else if (w === 'TRANSIENT') {
      c.next();
      m.transient = true;
    } else if (w === 'SECURE') {
      c.next();
      m.secure = true;
    } else if (w === 'MATERIALIZED') {
      c.next();
      m.materialized = true;
    } else if (w === 'RECURSIVE') {
      c.next();
      m.recursive = true;
    } else break;
  }
  let type = c.word();
  if (!type) c.fail();
  const three = `${type} ${c.word(1)} ${c.word(2)}`;
  const two = `${type} ${c.word(1)}`;
  if (TWO_WORD.has(three)) {
    type = three;
    c.next();
    c.next();
  } else if (TWO_WORD.has(two)) {
    type = two;
    c.next();
  }
  const parser = createParsers()[type];
  if (!parser) {
    if (TWO_WORD.has(type) || UNMODELLED.has(type)) throw new NotSupportedError(`CREATE ${type}`);
    return c.fail();
  }
  c.next();
  return parser(c, m);
}
