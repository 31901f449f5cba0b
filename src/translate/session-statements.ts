/**
 * @module translate/session-statements
 * USE (https://docs.snowflake.com/en/sql-reference/sql/use), SET/UNSET
 * (https://docs.snowflake.com/en/sql-reference/sql/set), ALTER SESSION and BEGIN/COMMIT/ROLLBACK.
 * USE resolves names into a CommandPlan the engine applies; SET evaluates its expressions with
 * one DuckDB SELECT whose single row holds the values in order.
 */
import type { AlterSession, OptionValue, SetVar, Transaction, UnsetVar, Use } from '../sql/ast.ts';
import { NotSupportedError, NoCurrentDatabase, SnowflakeError } from '../errors.ts';
import { quoteIdent } from './_quote.ts';
import type { PrintState } from './_state.ts';
import type { CommandPlan, DuckDbPlan } from './plan.ts';
import { optionScalar } from './ddl/_options.ts';
import { printExpr } from './dialect/duckdb/expr.ts';
import { nameParts } from './transforms/names.ts';

export function translateUse(s: Use, st: PrintState): CommandPlan {
  const parts = nameParts(s.name, st);
  const names = parts.map((p) => p.name);
  switch (s.objectType) {
    case 'WAREHOUSE':
      return { kind: 'use', statementType: 'USE', warehouse: names.join('.') };
    case 'ROLE':
      return { kind: 'use', statementType: 'USE', role: names.join('.') };
    case 'SECONDARY ROLES':
      return { kind: 'use', statementType: 'USE' };
    case 'DATABASE':
      if (parts.length !== 1) throw new SnowflakeError(2003, '02000', `SQL compilation error:\nDatabase '${names.join('.')}' does not exist or not authorized.`);
      return { kind: 'use', statementType: 'USE', database: names[0]! };
    case 'SCHEMA':
    case undefined: {
      if (parts.length === 2) return { kind: 'use', statementType: 'USE', database: names[0]!, schema: names[1]! };
      if (parts.length !== 1) throw new SnowflakeError(2003, '02000', `SQL compilation error:\nSchema '${names.join('.')}' does not exist or not authorized.`);
      if (s.objectType === undefined) return { kind: 'use', statementType: 'USE', database: names[0]! };
      st.cmd = 'USE SCHEMA';
      const db = st.database();
      if (db === null) throw new NoCurrentDatabase('USE SCHEMA');
      return { kind: 'use', statementType: 'USE', database: db, schema: names[0]! };
    }
    default: {
      const x: never = s.objectType;
      throw new NotSupportedError(`USE ${String(x)}`);
    }
  }
}

export function translateSet(s: SetVar, st: PrintState): CommandPlan {
  if (s.names.length !== s.values.length) {
    throw new SnowflakeError(1003, '42000', 'SQL compilation error:\nThe number of variables does not match the number of values.');
  }
  const sel = s.values.map((v, i) => `${printExpr(v, st)} AS ${quoteIdent(s.names[i]!.name)}`).join(', ');
  if (st.params.length) throw new NotSupportedError('bind variables in SET');
  return { kind: 'setVariables', statementType: 'SET', names: s.names.map((n) => n.name), sql: `SELECT ${sel}` };
}

export function translateUnset(s: UnsetVar): CommandPlan {
  return { kind: 'unsetVariables', statementType: 'SET', names: s.names.map((n) => n.name) };
}

function optValue(v: OptionValue): string | number | boolean {
  const value = optionScalar(v);
  if (value === undefined) throw new NotSupportedError('ALTER SESSION with a non-scalar value');
  return value;
}

export function translateAlterSession(s: AlterSession): CommandPlan {
  const set: Record<string, string | number | boolean> = {};
  for (const o of s.set) set[o.name.toUpperCase()] = optValue(o.value);
  return { kind: 'alterSession', statementType: 'ALTER_SESSION', set, unset: s.unset.map((u) => u.toUpperCase()) };
}

export function translateTransaction(s: Transaction): DuckDbPlan {
  const sql = s.action === 'BEGIN' ? 'BEGIN TRANSACTION' : s.action;
  return { kind: 'duckdb', statementType: 'TCL', sql: [sql], params: [], shape: { kind: 'status', message: 'Statement executed successfully.' } };
}
