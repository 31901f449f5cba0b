/**
 * @module session/_open
 * Opening a session's database: a fresh memory instance, or a persistent file reopened with all its
 * databases, metadata and its current database/schema (stored in the metadata DB on every change).
 * The initial database and schema (defaults MOCKHAUS / PUBLIC, or what the creator asks for) are
 * created when missing (issue 3 §5).
 */
import { DEFAULT_DATABASE, DEFAULT_SCHEMA, metaRef, quoteIdent, quoteString } from '../catalog/names.ts';
import { OWNER_ROLE, type CatalogFactsRow } from '../catalog/index.ts';
import { openDatabase, type Database } from '../engine/database.ts';
import { newEngineState, type EngineState } from '../engine/state.ts';
import { syncDuckDbContext } from '../engine/_commands.ts';
import type { OpenSessionOptions, SessionType } from './types.ts';

/** Login user when the creator names none. */
export const DEFAULT_USER = 'MOCKHAUS';

export interface OpenedSession {
  db: Database;
  state: EngineState;
  type: SessionType;
  /**
   * The catalog of a brand-new memory session, known without asking DuckDB: its database with
   * PUBLIC and the requested schema. Reading it from DuckDB costs ~30 ms, a quarter of start-up.
   */
  freshCatalog: CatalogFactsRow[] | null;
}

function freshCatalogRows(database: string, schema: string): CatalogFactsRow[] {
  const row = (kind: string, schemaName: string | null): CatalogFactsRow => ({
    kind,
    database_name: database,
    schema_name: schemaName,
    name: null,
    column_name: null,
    ordinal: null,
    data_type: null,
    nullable: null,
    fixed: null,
  });
  const schemas = [...new Set([DEFAULT_SCHEMA, schema])].map((s) => row('SCHEMA', s));
  return [row('DATABASE', null), ...schemas];
}

async function ensureSchema(db: Database, database: string, schema: string): Promise<void> {
  if (await db.hasSchema(database, schema)) return;
  await db.run(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(database)}.${quoteIdent(schema)}`);
  await db.run(
    `INSERT INTO ${metaRef('schemas')} (database_name, name, created_on, last_altered) ` +
      `SELECT $1, $2, now(), now() WHERE NOT EXISTS (SELECT 1 FROM ${metaRef('schemas')} WHERE database_name = $1 AND name = $2)`,
    [database, schema],
  );
}

export async function openSessionDatabase(opts: OpenSessionOptions): Promise<OpenedSession> {
  const type: SessionType = opts.type ?? (opts.path ? 'persistent' : 'memory');
  if (type === 'persistent' && !opts.path) throw new Error('A persistent session needs a path');
  const db = await openDatabase({
    ...(type === 'persistent' && opts.path ? { path: opts.path } : { memory: true }),
    ...(opts.memoryLimit ? { memoryLimit: opts.memoryLimit } : {}),
    ...(opts.threads ? { threads: opts.threads } : {}),
  });
  try {
    let database: string | null = opts.database ?? null;
    let schema: string | null = opts.schema ?? null;
    let restored = false;
    if (!database && type === 'persistent') {
      const saved = await db.loadState();
      if (saved.initialized) {
        restored = true;
        database = saved.database ?? null;
        schema = saved.schema ?? null;
        if (database && !(await db.hasDatabase(database))) database = schema = null;
        if (database && schema && !(await db.hasSchema(database, schema))) schema = null;
      }
    }
    let freshCatalog: CatalogFactsRow[] | null = null;
    if (!restored) {
      database ??= DEFAULT_DATABASE;
      schema ??= DEFAULT_SCHEMA;
      const existed = await db.hasDatabase(database);
      if (!existed) await db.attachDatabase(database);
      await ensureSchema(db, database, schema);
      if (!existed && type === 'memory') freshCatalog = freshCatalogRows(database, schema);
    }
    const state = newEngineState(database, schema);
    state.user = opts.user ?? DEFAULT_USER;
    state.role = opts.role ?? OWNER_ROLE;
    state.warehouse = opts.warehouse ?? null;
    await db.run(`SET TimeZone = ${quoteString(String(state.params.TIMEZONE))}`);
    await syncDuckDbContext(db, state);
    if (db.path !== null) await db.saveState({ initialized: 'true' });
    return { db, state, type, freshCatalog };
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}
