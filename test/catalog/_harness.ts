/**
 * @module test/catalog/_harness
 * Runs DDL/SHOW/DESCRIBE statements (hand-built ASTs, until the parser lands) through the real
 * pieces: translateDdl with a ctx whose catalog facts are read from the session's DuckDB, then the
 * engine's plan executor on a real session database (openSessionDatabase: MOCKHAUS.PUBLIC).
 */
import { catalogFactsFromRows, catalogFactsSql, type CatalogFactsRow } from '../../src/catalog/index.ts';
import type { Database } from '../../src/engine/database.ts';
import type { EngineState } from '../../src/engine/state.ts';
import type { Result } from '../../src/engine/types.ts';
import { openSessionDatabase } from '../../src/session/_open.ts';
import type { Ident, QName, TypeName, ColumnDef, Statement } from '../../src/sql/ast.ts';
import type { SessionVariable, TranslateContext } from '../../src/translate/context.ts';
import { translateDdl, type DdlStatement } from '../../src/translate/ddl/index.ts';
import type { Plan } from '../../src/translate/plan.ts';

export interface Harness {
  db: Database;
  state: EngineState;
  variables: Map<string, SessionVariable>;
  ctx(): Promise<TranslateContext>;
  plan(stmt: Statement): Promise<Plan>;
  exec(stmt: Statement): Promise<Result>;
  /** Rows of a result as objects keyed by column name. */
  rows(stmt: Statement): Promise<Record<string, unknown>[]>;
  sql(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const { db, state } = await openSessionDatabase({});
  const variables = new Map<string, SessionVariable>();
  let n = 0;
  const ctx = async (): Promise<TranslateContext> => ({
    database: state.database,
    schema: state.schema,
    sessionId: 'test-session',
    variables,
    params: state.params,
    catalog: catalogFactsFromRows((await db.rows(catalogFactsSql())) as unknown as CatalogFactsRow[]),
  });
  const plan = async (stmt: Statement): Promise<Plan> => translateDdl(stmt as DdlStatement, await ctx());
  const exec = async (stmt: Statement): Promise<Result> => {
    const p = await plan(stmt);
    n++;
    return db.execute(p, state, { queryId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, sql: '' });
  };
  return {
    db,
    state,
    variables,
    ctx,
    plan,
    exec,
    rows: async (stmt) => {
      const r = await exec(stmt);
      return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
    },
    sql: (sql) => db.rows(sql),
    close: () => db.close(),
  };
}

// ---- AST builders -------------------------------------------------------------------------------

/** An identifier as the parser folds it: unquoted → upper case. */
export const id = (name: string, quoted = false): Ident => ({ kind: 'ident', name: quoted ? name : name.toUpperCase(), quoted });
export const qn = (...parts: (string | Ident)[]): QName => ({ kind: 'qname', parts: parts.map((p) => (typeof p === 'string' ? id(p) : p)) });
export const ty = (name: string, ...params: number[]): TypeName => ({ kind: 'type', name, params });
export function col(name: string, type: TypeName, extra: Partial<ColumnDef> = {}): ColumnDef {
  return { kind: 'columnDef', name: id(name), type, notNull: false, primaryKey: false, unique: false, ...extra };
}
export function createTable(name: QName, columns: ColumnDef[], extra: Partial<Extract<Statement, { kind: 'createTable' }>> = {}): Statement {
  return { kind: 'createTable', orReplace: false, ifNotExists: false, temporary: false, transient: false, name, columns, constraints: [], options: [], ...extra };
}
export function show(objectType: string, extra: Partial<Extract<Statement, { kind: 'show' }>> = {}): Statement {
  return { kind: 'show', terse: false, objectType, history: false, ...extra };
}
export function drop(objectType: Extract<Statement, { kind: 'drop' }>['objectType'], name: QName, ifExists = false): Statement {
  return { kind: 'drop', objectType, ifExists, name };
}
export const describeTable = (name: QName, objectType = 'TABLE'): Statement => ({ kind: 'describe', objectType, name });
