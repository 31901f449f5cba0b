/**
 * @module translate/ddl/account
 * CREATE/ALTER/DROP of account objects Mockhaus only records (WAREHOUSE, ROLE, USER, …) and
 * GRANT/REVOKE (accepted, nothing recorded: Mockhaus has no access control). Rows live in
 * `account_objects` so SHOW WAREHOUSES and friends list them
 * (docs.snowflake.com/en/sql-reference/sql/create-warehouse, …/create-role, …/create-user).
 * Streams, tasks and pipes are schema objects with behaviour Mockhaus does not emulate: NotSupported.
 */
import { NotSupportedError, ObjectAlreadyExists, SnowflakeError } from '../../errors.ts';
import type { AccountObjectStmt } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { errPart, nameParts } from './_names.ts';
import { optionsJson, optionText } from './_options.ts';
import { alreadyDropped, alreadyExists, created, dropped, metaDelete, metaInsert, metaUpdate, NOW, STATEMENT_OK, statusOnly } from './_sql.ts';

const NOUN: Record<AccountObjectStmt['objectType'], string> = {
  WAREHOUSE: 'Warehouse',
  ROLE: 'Role',
  USER: 'User',
  'DATABASE ROLE': 'Database role',
  'RESOURCE MONITOR': 'Resource monitor',
  INTEGRATION: 'Integration',
  'NETWORK POLICY': 'Network policy',
  TAG: 'Tag',
  'MASKING POLICY': 'Masking policy',
  'ROW ACCESS POLICY': 'Row access policy',
  STREAM: 'Stream',
  TASK: 'Task',
  PIPE: 'Pipe',
  SECRET: 'Secret',
};

export function accountObject(s: AccountObjectStmt, ctx: TranslateContext): Plan {
  const type = s.objectType;
  if (type === 'STREAM' || type === 'TASK' || type === 'PIPE') throw new NotSupportedError(`${s.verb} ${type}`);
  const parts = nameParts(s.name, ctx);
  const name = parts[parts.length - 1] ?? '';
  const exists = ctx.catalog.hasObject?.(type, '', '', name);
  const where = { object_type: type, name };
  switch (s.verb) {
    case 'CREATE': {
      if (exists) {
        if (s.ifNotExists) return statusOnly(alreadyExists(name));
        if (!s.orReplace) throw new ObjectAlreadyExists(name);
      }
      const opts = optionsJson(s.options);
      const suspended = type === 'WAREHOUSE' && String(opts['INITIALLY_SUSPENDED'] ?? 'FALSE').toUpperCase() === 'TRUE';
      return statusOnly(created(NOUN[type], name), [
        metaDelete('account_objects', where),
        metaInsert('account_objects', {
          ...where,
          created_on: NOW,
          updated_on: NOW,
          comment: optionText(s.options, 'COMMENT'),
          state: type === 'WAREHOUSE' ? (suspended ? 'SUSPENDED' : 'STARTED') : undefined,
          options: JSON.stringify(opts),
        }),
      ]);
    }
    case 'DROP':
      if (exists === false) {
        if (s.ifExists) return statusOnly(alreadyDropped(name));
        throw new SnowflakeError(2003, '02000', `SQL compilation error:\n${NOUN[type]} '${errPart(name)}' does not exist or not authorized.`);
      }
      return statusOnly(dropped(name), [metaDelete('account_objects', where)]);
    case 'ALTER': {
      if (exists === false && !s.ifExists) {
        throw new SnowflakeError(2003, '02000', `SQL compilation error:\n${NOUN[type]} '${errPart(name)}' does not exist or not authorized.`);
      }
      return statusOnly(STATEMENT_OK, alterSql(s, where));
    }
  }
}

function alterSql(s: AccountObjectStmt, where: { object_type: string; name: string }): string[] {
  const action = (s.action ?? '').trim().toUpperCase();
  const out: string[] = [];
  const rename = /^RENAME\s+TO\s+("?)(.+)\1$/i.exec((s.action ?? '').trim());
  if (rename) {
    const to = rename[1] ? (rename[2] ?? '') : (rename[2] ?? '').toUpperCase();
    out.push(metaUpdate('account_objects', { name: to, updated_on: NOW }, where));
    return out;
  }
  if (action.startsWith('SUSPEND')) out.push(metaUpdate('account_objects', { state: 'SUSPENDED', updated_on: NOW }, where));
  if (action.startsWith('RESUME')) out.push(metaUpdate('account_objects', { state: 'STARTED', updated_on: NOW }, where));
  const comment = optionText(s.options, 'COMMENT');
  if (comment !== undefined) out.push(metaUpdate('account_objects', { comment, updated_on: NOW }, where));
  if (s.options.length) {
    out.push(metaUpdate('account_objects', { options: { raw: `json_merge_patch(coalesce(options, '{}'), ${quoteJson(optionsJson(s.options))})::VARCHAR` }, updated_on: NOW }, where));
  }
  if (out.length === 0) out.push(metaUpdate('account_objects', { updated_on: NOW }, where));
  return out;
}

function quoteJson(v: unknown): string {
  return `'${JSON.stringify(v).replace(/'/g, "''")}'`;
}

export function grant(): Plan {
  return statusOnly(STATEMENT_OK);
}
