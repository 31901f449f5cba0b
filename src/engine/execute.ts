/**
 * @module engine/execute
 * The plan executor (architecture.md: `execute(plan, session)`). A DuckDbPlan runs its statements in
 * order, reports the LAST one shaped as rows, DML counts or a status row, then runs `after`
 * bookkeeping. DuckDB forbids one transaction writing to two attached catalogs, so `after`
 * (metadata in `_mockhaus`) runs as its own statements. CommandPlans go to engine/_commands.ts.
 * Every DuckDB error leaves through `mapDuckDbError`.
 */
import { ResultReturnType } from '@duckdb/node-api';
import type { DuckDBMaterializedResult } from '@duckdb/node-api';
import { QueryCanceled, SnowflakeError, StatementNotFound, assertNever } from '../errors.ts';
import type { DuckDbPlan, Plan, ResultShape } from '../translate/plan.ts';
import type { Database } from './database.ts';
import type { EngineState } from './state.ts';
import type { FileTransfer } from '../ingest/transfer.ts';
import { materialiseStaged, positionalWidth } from '../ingest/staged-query.ts';
import type { Result, ResultColumn, Row, StatementType } from './types.ts';
import { defaultColumn } from './_convert.ts';
import { columnsOf, convertersOf, readAll, RowStream } from './_rows.ts';
import { executeCommand, syncDuckDbContext } from './_commands.ts';
import { mapDuckDbError } from './map-duckdb-error.ts';
import { loadResultTable } from './result-scan.ts';

export interface ExecOptions {
  queryId: string;
  /** The user's Snowflake text of this statement. */
  sql: string;
  /** Stream the rows (Result.stream) instead of materialising them. */
  stream?: boolean;
  /** Report columns only; run nothing. */
  describeOnly?: boolean;
  /** Called exactly once when a streamed result ends; not called for non-streamed results. */
  onStreamEnd?: (rows: number, err: SnowflakeError | null) => void;
  /** Kept results of earlier statements (RESULT_SCAN), by query id. */
  keptResult?: (queryId: string) => { columns: ResultColumn[]; rows: Row[] } | undefined;
  /** 'client': PUT/GET only describe the transfer (Result.fileTransfer); the driver moves the files. */
  fileTransfer?: 'client';
}

/** What a statement produced before it is wrapped into a Result. */
export interface Outcome {
  columns: ResultColumn[];
  rows: Row[];
  stream?: AsyncIterable<Row[]>;
  rowsAffected: number | null;
  message?: string;
  translatedSql: string;
  fileTransfer?: FileTransfer;
}

export function statusColumn(): ResultColumn {
  return defaultColumn('status', 'text');
}

export function statusOutcome(message: string, translatedSql: string): Outcome {
  return { columns: [statusColumn()], rows: [[message]], rowsAffected: null, message, translatedSql };
}

/** DML count columns: FIXED(19,0) NOT NULL in Snowflake (reference §2). */
function countColumn(name: string): ResultColumn {
  return { ...defaultColumn(name, 'fixed'), precision: 19, nullable: false };
}

export function translatedSqlOf(plan: Plan): string {
  switch (plan.kind) {
    case 'duckdb': return [...plan.sql, ...(plan.after ?? [])].join(';\n');
    case 'setVariables': return plan.sql;
    case 'status': return plan.sql.join(';\n');
    default: return '';
  }
}

/** Carry out one plan. */
export async function executePlan(db: Database, plan: Plan, state: EngineState, opts: ExecOptions): Promise<Result> {
  const started = performance.now();
  const outcome = plan.kind === 'duckdb' ? await runDuckDbPlan(db, plan, state, opts) : await executeCommand(db, plan, state, opts);
  return {
    queryId: opts.queryId,
    statementType: plan.statementType,
    columns: outcome.columns,
    rows: outcome.rows,
    ...(outcome.stream ? { stream: outcome.stream } : {}),
    rowsAffected: outcome.rowsAffected,
    ...(outcome.message !== undefined ? { message: outcome.message } : {}),
    translatedSql: outcome.translatedSql,
    sql: opts.sql,
    database: state.database,
    schema: state.schema,
    warnings: [],
    elapsedMs: performance.now() - started,
    ...(outcome.fileTransfer ? { fileTransfer: outcome.fileTransfer } : {}),
  };
}

/** Fail fast if a cancel arrived while no DuckDB call was running. */
export function checkInterrupt(db: Database): void {
  if (db.interruptRequested) throw new QueryCanceled();
}

async function describeColumns(db: Database, plan: DuckDbPlan): Promise<ResultColumn[]> {
  const shape = plan.shape;
  switch (shape.kind) {
    case 'status': return [statusColumn()];
    case 'dmlCounts': return shape.columns.map(countColumn);
    case 'rows': {
      const prepared = await db.conn.prepare(plan.sql[plan.sql.length - 1] ?? 'SELECT 1 WHERE false');
      const n = prepared.columnCount;
      const names = Array.from({ length: n }, (_, i) => prepared.columnName(i));
      const types = Array.from({ length: n }, (_, i) => prepared.columnType(i));
      return columnsOf(names, types, plan.columns);
    }
    default: return assertNever(shape, 'result shape');
  }
}

/** Per-statement changed-row counts (by index in `sql`), plus MERGE ... RETURNING merge_action tallies. */
interface Counts {
  perStatement: Map<number, number>;
  actions: Record<string, number> | null;
  /** The count row read from sql[countRowFrom], when the plan has one. */
  row?: number[];
}

async function collectCount(r: DuckDBMaterializedResult, index: number, counts: Counts): Promise<void> {
  if (r.returnType === ResultReturnType.CHANGED_ROWS) {
    counts.perStatement.set(index, r.rowsChanged);
    return;
  }
  const idx = r.columnNames().indexOf('merge_action');
  if (idx < 0) return;
  const actions = counts.actions ?? (counts.actions = {});
  let total = 0;
  for (const row of await r.getRows()) {
    const a = String(row[idx]);
    actions[a] = (actions[a] ?? 0) + 1;
    total++;
  }
  counts.perStatement.set(index, total);
}

/**
 * The count row: by MERGE action (`countByAction`, or inferred from the column names when the SQL
 * returned merge_action rows), by statement (`countStatements`, multi-table INSERT), else the
 * total of every DML statement in the first column. `multi-joined` columns are 0 unless the plan
 * read its counts from a query (`countRowFrom`, UPDATE ... FROM).
 */
function countRow(shape: Extract<ResultShape, { kind: 'dmlCounts' }>, counts: Counts): number[] {
  if (counts.row) return shape.columns.map((_, i) => counts.row?.[i] ?? 0);
  const total = [...counts.perStatement.values()].reduce((a, b) => a + b, 0);
  return shape.columns.map((c, i) => {
    if (/multi-joined/.test(c)) return 0;
    const action = shape.countByAction?.[i];
    if (action !== undefined) return counts.actions?.[action] ?? 0;
    const stmt = shape.countStatements?.[i];
    if (stmt !== undefined) return counts.perStatement.get(stmt) ?? 0;
    if (counts.actions) {
      const inferred = /inserted/.test(c) ? 'INSERT' : /updated/.test(c) ? 'UPDATE' : /deleted/.test(c) ? 'DELETE' : '';
      return counts.actions[inferred] ?? 0;
    }
    return i === 0 ? total : 0;
  });
}

async function runDuckDbPlan(db: Database, plan: DuckDbPlan, state: EngineState, opts: ExecOptions): Promise<Outcome> {
  const translatedSql = translatedSqlOf(plan);
  const shape = plan.shape;
  for (const src of plan.stagedFiles ?? []) {
    try {
      await materialiseStaged(db, src, positionalWidth(plan.sql));
    } catch (e) {
      throw mapDuckDbError(e, { sql: opts.sql, duckSql: translatedSql, database: state.database, schema: state.schema });
    }
  }
  for (const id of plan.resultScans ?? []) {
    const kept = opts.keptResult?.(id);
    if (!kept) throw new StatementNotFound(id);
    try {
      await loadResultTable(db, id, kept.columns, kept.rows);
    } catch (e) {
      throw mapDuckDbError(e, { sql: opts.sql, duckSql: translatedSql, database: state.database, schema: state.schema });
    }
  }
  if (opts.describeOnly) {
    try {
      return { columns: await describeColumns(db, plan), rows: [], rowsAffected: null, translatedSql };
    } catch (e) {
      throw mapDuckDbError(e, { sql: opts.sql, duckSql: translatedSql, database: state.database, schema: state.schema });
    }
  }
  let current = '';
  const mapError = (e: unknown): SnowflakeError =>
    mapDuckDbError(e, { sql: opts.sql, duckSql: current, database: state.database, schema: state.schema });
  const interrupted = (): boolean => db.interruptRequested;
  const counts: Counts = { perStatement: new Map(), actions: null };
  const last = plan.sql.length - 1;
  try {
    for (let i = 0; i < last; i++) {
      checkInterrupt(db);
      current = plan.sql[i]!;
      const countQuery = shape.kind === 'dmlCounts' && shape.countRowFrom === i;
      const r = await db.run(current, countQuery ? plan.params : undefined);
      if (countQuery) counts.row = (await r.getRows())[0]?.map((v) => Number(v ?? 0));
      else if (shape.kind === 'dmlCounts') await collectCount(r, i, counts);
    }
    checkInterrupt(db);
    current = plan.sql[last] ?? '';
    const streaming = shape.kind === 'rows' && opts.stream === true && !(plan.after && plan.after.length > 0);
    if (streaming && last >= 0) {
      const result = await db.stream(current, plan.params);
      const columns = columnsOf(result.columnNames(), result.columnTypes(), plan.columns);
      const converters = convertersOf(result.columnTypes(), columns, { timezone: String(state.params.TIMEZONE) });
      const stream = new RowStream(result, converters, interrupted, mapError, opts.onStreamEnd ?? (() => undefined));
      return { columns, rows: [], stream, rowsAffected: null, translatedSql };
    }
    let outcome: Outcome;
    if (last < 0) {
      outcome = shape.kind === 'status' ? statusOutcome(shape.message, translatedSql) : { columns: [], rows: [], rowsAffected: null, translatedSql };
    } else {
      const result = await db.run(current, plan.params);
      switch (shape.kind) {
        case 'rows': {
          const types = result.columnTypes();
          const columns = columnsOf(result.columnNames(), types, plan.columns);
          const rows = await readAll(result, convertersOf(types, columns, { timezone: String(state.params.TIMEZONE) }), interrupted);
          outcome = { columns, rows, rowsAffected: null, translatedSql };
          break;
        }
        case 'dmlCounts': {
          await collectCount(result, last, counts);
          const values = countRow(shape, counts);
          outcome = {
            columns: shape.columns.map(countColumn),
            rows: [values.map(String)],
            rowsAffected: values.reduce((a, b) => a + b, 0),
            translatedSql,
          };
          break;
        }
        case 'status':
          outcome = statusOutcome(shape.message, translatedSql);
          break;
        default:
          return assertNever(shape, 'result shape');
      }
    }
    if (plan.after && plan.after.length > 0) {
      current = plan.after.join(';\n');
      await db.runAfter(plan.after);
    }
    if (plan.use) {
      if (plan.use.database !== undefined) state.database = plan.use.database;
      if (plan.use.schema !== undefined) state.schema = plan.use.schema;
      await syncDuckDbContext(db, state);
    }
    return outcome;
  } catch (e) {
    throw mapError(e);
  }
}
