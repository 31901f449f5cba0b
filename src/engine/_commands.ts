/**
 * @module engine/_commands
 * CommandPlans the engine carries out itself: USE, SET/UNSET variables, ALTER SESSION,
 * CREATE/DROP DATABASE (ATTACH/DETACH of a catalog per Snowflake database) and plain status rows.
 * Status wording follows shared/docs/snowflake-reference.md §2; errors §1.
 */
import {
  NotSupportedError, ObjectAlreadyExists, ObjectDoesNotExistOrCannotOperate, ObjectNotFound, SessionVariableNotFound,
  SnowflakeError, assertNever,
} from '../errors.ts';
import { DEFAULT_SCHEMA, quoteIdent, quoteString } from '../catalog/names.ts';
import type { CommandPlan } from '../translate/plan.ts';
import type { Database } from './database.ts';
import type { EngineState } from './state.ts';
import { validateParameter, PARAMETER_DEFAULTS } from './params.ts';
import { columnsOf, convertersOf, readAll } from './_rows.ts';
import { checkInterrupt, statusColumn, statusOutcome, translatedSqlOf, type ExecOptions, type Outcome } from './execute.ts';
import { mapDuckDbError } from './map-duckdb-error.ts';
import { displayName } from './map-duckdb-error.ts';
import { copyIntoLocation, copyIntoTable, get, getTransfer, list, put, putTransfer, remove, type CopySpec, type FileTransfer, type IngestTable } from '../ingest/index.ts';

const OK = 'Statement executed successfully.';

/** Point DuckDB's default catalog/schema at the session's (unqualified DuckDB names resolve there). */
export async function syncDuckDbContext(db: Database, state: EngineState): Promise<void> {
  if (state.database && state.schema && (await db.hasSchema(state.database, state.schema))) {
    await db.run(`USE ${quoteIdent(state.database)}.${quoteIdent(state.schema)}`);
  } else if (state.database) {
    await db.run(`USE ${quoteIdent(state.database)}`);
  } else {
    await db.run(`USE ${quoteIdent('memory')}`);
  }
  if (db.path !== null) await db.saveState({ database: state.database, schema: state.schema });
}

async function use(db: Database, plan: Extract<CommandPlan, { kind: 'use' }>, state: EngineState): Promise<void> {
  if (plan.warehouse !== undefined) state.warehouse = plan.warehouse;
  if (plan.role !== undefined) state.role = plan.role;
  if (plan.database === undefined && plan.schema === undefined) return;
  const database = plan.database ?? state.database;
  if (!database || !(await db.hasDatabase(database))) throw new ObjectDoesNotExistOrCannotOperate();
  let schema: string | null;
  if (plan.schema !== undefined) {
    if (!(await db.hasSchema(database, plan.schema))) throw new ObjectDoesNotExistOrCannotOperate();
    schema = plan.schema;
  } else {
    // USE DATABASE selects its PUBLIC schema when there is one (Snowflake docs, USE DATABASE).
    schema = (await db.hasSchema(database, DEFAULT_SCHEMA)) ? DEFAULT_SCHEMA : null;
  }
  state.database = database;
  state.schema = schema;
  await syncDuckDbContext(db, state);
}

async function setVariables(db: Database, plan: Extract<CommandPlan, { kind: 'setVariables' }>, state: EngineState): Promise<void> {
  const result = await db.run(plan.sql);
  const types = result.columnTypes();
  const columns = columnsOf(result.columnNames(), types, undefined);
  const rows = await readAll(result, convertersOf(types, columns, { timezone: String(state.params.TIMEZONE) }), () => db.interruptRequested);
  if (rows.length !== 1 || columns.length !== plan.names.length) {
    throw new SnowflakeError(2019, '22000', `Assignment to '${plan.names.join(', ')}' expects ${plan.names.length} value(s) from a single row.`);
  }
  plan.names.forEach((name, i) => {
    state.variables.set(name.toUpperCase(), { value: rows[0]![i] ?? null, type: columns[i]!.type });
  });
}

function unsetVariables(plan: Extract<CommandPlan, { kind: 'unsetVariables' }>, state: EngineState): void {
  for (const name of plan.names) {
    if (!state.variables.delete(name.toUpperCase())) throw new SessionVariableNotFound(name);
  }
}

async function alterSession(db: Database, plan: Extract<CommandPlan, { kind: 'alterSession' }>, state: EngineState): Promise<void> {
  const next = { ...state.params };
  for (const [k, v] of Object.entries(plan.set)) next[k.toUpperCase()] = validateParameter(k.toUpperCase(), v);
  for (const k of plan.unset) {
    const key = k.toUpperCase();
    const d = PARAMETER_DEFAULTS[key];
    if (d === undefined) validateParameter(key, '');
    else next[key] = d;
  }
  if (next.TIMEZONE !== state.params.TIMEZONE) await db.run(`SET TimeZone = ${quoteString(String(next.TIMEZONE))}`);
  state.params = next;
}

async function createDatabase(db: Database, plan: Extract<CommandPlan, { kind: 'createDatabase' }>, state: EngineState): Promise<string> {
  const name = plan.name;
  const shown = displayName(name).replace(/^"|"$/g, '');
  const exists = await db.hasDatabase(name);
  if (exists && plan.ifNotExists) return `${shown} already exists, statement succeeded.`;
  if (exists && !plan.orReplace) throw new ObjectAlreadyExists(displayName(name));
  if (exists) await db.detachDatabase(name);
  await db.attachDatabase(name, { replace: plan.orReplace, transient: plan.transient, ...(plan.comment !== undefined ? { comment: plan.comment } : {}) });
  // Creating a database makes it (and its PUBLIC schema) current (Snowflake docs, CREATE DATABASE).
  state.database = name;
  state.schema = DEFAULT_SCHEMA;
  await syncDuckDbContext(db, state);
  return `Database ${shown} successfully created.`;
}

async function dropDatabase(db: Database, plan: Extract<CommandPlan, { kind: 'dropDatabase' }>, state: EngineState): Promise<string> {
  const name = plan.name;
  const shown = displayName(name).replace(/^"|"$/g, '');
  if (!(await db.hasDatabase(name))) {
    if (plan.ifExists) return `Drop statement executed successfully (${shown} already dropped).`;
    throw new ObjectNotFound('Database', displayName(name));
  }
  await db.detachDatabase(name);
  if (state.database === name) {
    state.database = null;
    state.schema = null;
  }
  await syncDuckDbContext(db, state);
  return `${shown} successfully dropped.`;
}

async function runStatus(db: Database, plan: Extract<CommandPlan, { kind: 'status' }>): Promise<void> {
  for (const sql of plan.sql) {
    checkInterrupt(db);
    await db.run(sql);
  }
}

/** COPY INTO <table> loads; COPY INTO <location> unloads. */
function copyInto(db: Database, spec: CopySpec): Promise<IngestTable | { status: string }> {
  switch (spec.kind) {
    case 'intoTable': return copyIntoTable(db, spec);
    case 'intoLocation': return copyIntoLocation(db, spec);
    default: return assertNever(spec, 'copy spec');
  }
}

/** Result rows of a stage command (or its single status row, e.g. COPY with nothing to load). */
function tableOutcome(t: IngestTable | { status: string }, translatedSql: string): Outcome {
  if ('status' in t) return statusOutcome(t.status, translatedSql);
  return { columns: t.columns, rows: t.rows, rowsAffected: null, translatedSql };
}

/** A PUT/GET the driver carries out itself: no rows here; the driver builds them after transferring. */
function transferOutcome(fileTransfer: FileTransfer, translatedSql: string): Outcome {
  return { columns: [], rows: [], rowsAffected: null, translatedSql, fileTransfer };
}

/** Carry out a CommandPlan. */
export async function executeCommand(db: Database, plan: CommandPlan, state: EngineState, opts: ExecOptions): Promise<Outcome> {
  const translatedSql = translatedSqlOf(plan);
  if (opts.describeOnly) return { columns: [statusColumn()], rows: [], rowsAffected: null, translatedSql };
  checkInterrupt(db);
  try {
    switch (plan.kind) {
      case 'use':
        await use(db, plan, state);
        return statusOutcome(OK, translatedSql);
      case 'setVariables':
        await setVariables(db, plan, state);
        return statusOutcome(OK, translatedSql);
      case 'unsetVariables':
        unsetVariables(plan, state);
        return statusOutcome(OK, translatedSql);
      case 'alterSession':
        await alterSession(db, plan, state);
        return statusOutcome(OK, translatedSql);
      case 'createDatabase':
        return statusOutcome(await createDatabase(db, plan, state), translatedSql);
      case 'dropDatabase':
        return statusOutcome(await dropDatabase(db, plan, state), translatedSql);
      case 'status':
        await runStatus(db, plan);
        return statusOutcome(plan.message, translatedSql);
      case 'createStage': throw new NotSupportedError('CREATE STAGE');
      case 'createFileFormat': throw new NotSupportedError('CREATE FILE FORMAT');
      case 'copyInto': return tableOutcome(await copyInto(db, plan.spec), translatedSql);
      case 'put':
        if (opts.fileTransfer === 'client') return transferOutcome(await putTransfer(db, plan.file, plan.stage, plan.options), translatedSql);
        return tableOutcome(await put(db, plan.file, plan.stage, plan.options), translatedSql);
      case 'get':
        if (opts.fileTransfer === 'client') return transferOutcome(await getTransfer(db, plan.stage, plan.file, plan.options), translatedSql);
        return tableOutcome(await get(db, plan.stage, plan.file, plan.options), translatedSql);
      case 'list': return tableOutcome(await list(db, plan.stage, plan.pattern), translatedSql);
      case 'remove': return tableOutcome(await remove(db, plan.stage, plan.pattern), translatedSql);
      default: return assertNever(plan, 'command plan');
    }
  } catch (e) {
    throw mapDuckDbError(e, { sql: opts.sql, duckSql: translatedSql, database: state.database, schema: state.schema });
  }
}
