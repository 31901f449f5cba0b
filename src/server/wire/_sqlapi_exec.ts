/**
 * @module server/wire/_sqlapi_exec
 * Runs a SQL API v2 statement through `session.execute` and stores its ResultSet body. Cell
 * encodings are jsonv2 (docs.snowflake.com/en/developer-guide/sql-api/handling-responses): the
 * driver protocol's strings except BOOLEAN, which is `"true"`/`"false"`. Rows past the inline
 * budget become partitions 1..n, read back from the same spill files the driver chunks use.
 */
import type { Result } from '../../engine/types.ts';
import { toWireString } from '../../engine/values.ts';
import { SnowflakeError, StatementCountMismatch } from '../../errors.ts';
import type { Session } from '../../session/types.ts';
import { splitStatements } from '../../sql/index.ts';
import { convertBindings } from './_binds.ts';
import { toWireError } from './_http.ts';
import type { Outcome, QueryEntry } from './_queries.ts';
import { rowTypeEntry, textColumn } from './_rowset.ts';
import type { CellEncoder } from './_spill.ts';
import { held, type WireState } from './_state.ts';
import { MESSAGES, MULTI_STATEMENT_COLUMN, SQL_API } from './constants.ts';

export interface SqlApiRequest {
  statement: string;
  bindings: unknown;
  parameters: Record<string, unknown>;
  database: string | null;
  schema: string | null;
  /** False when the caller asked for NULLs as the string "null". */
  nullable: boolean;
}

const jsonv2Cell: CellEncoder = (v, col) => (col.type === 'boolean' && typeof v === 'boolean' ? String(v) : toWireString(v, col));

/** `?nullable=false`: SQL NULL is sent as the string "null" (SQL API reference, query parameters). */
const jsonv2CellNoNulls: CellEncoder = (v, col) => jsonv2Cell(v, col) ?? 'null';

function param(params: Record<string, unknown>, name: string): unknown {
  for (const [k, v] of Object.entries(params)) if (k.toUpperCase() === name) return v;
  return undefined;
}

export function runSqlApiStatement(state: WireState, session: Session, req: SqlApiRequest, handle: string, uses: string[]): QueryEntry {
  return state.queries.start(handle, session.id, req.statement, (entry) => held(state, session.id, () => run(entry)));

  async function run(entry: QueryEntry): Promise<Outcome> {
    try {
      for (const use of uses) await session.execute(use, { signal: entry.controller.signal });
      const desired = Number(param(req.parameters, 'MULTI_STATEMENT_COUNT') ?? 1);
      const count = splitStatements(req.statement).length;
      const base = { ...convertBindings(req.bindings), signal: entry.controller.signal, stream: true };
      if (desired !== 1) {
        if (desired !== 0 && count !== desired) throw new StatementCountMismatch(count, desired);
        const results = await session.execute(req.statement, base);
        const handles: string[] = [];
        for (const r of results) {
          state.queries.finished(r.queryId, session.id, r.sql, await resultSet(state, session, r, r.queryId, req.nullable));
          handles.push(r.queryId);
        }
        const multi = await resultSet(state, session, multiParent(results, entry.id), entry.id, req.nullable);
        if (multi.kind === 'ok') multi.data.statementHandles = handles;
        return multi;
      }
      if (count > 1) throw new StatementCountMismatch(count, 1);
      const results = await session.execute(req.statement, { ...base, queryId: handle });
      const result = results[results.length - 1];
      if (!result) throw new SnowflakeError(900, '42000', 'SQL compilation error:\nEmpty SQL statement.');
      return await resultSet(state, session, result, handle, req.nullable);
    } catch (err) {
      if (err instanceof SnowflakeError && !err.queryId) err.queryId = handle;
      return { kind: 'error', body: toWireError(err), error: err instanceof SnowflakeError ? err : null };
    }
  }
}

function multiParent(results: Result[], id: string): Result {
  const last = results[results.length - 1];
  return {
    queryId: id,
    statementType: 'SELECT',
    columns: [textColumn(MULTI_STATEMENT_COLUMN)],
    rows: [[MESSAGES.MULTI_OK]],
    rowsAffected: null,
    translatedSql: '',
    sql: '',
    database: last?.database ?? null,
    schema: last?.schema ?? null,
    warnings: [],
    elapsedMs: 0,
  };
}

function stats(r: Result): Record<string, number> | undefined {
  const n = r.rowsAffected ?? 0;
  switch (r.statementType) {
    case 'INSERT':
    case 'MULTI_INSERT':
      return { numRowsInserted: n };
    case 'UPDATE':
      return { numRowsUpdated: n };
    case 'DELETE':
      return { numRowsDeleted: n };
    default:
      return undefined;
  }
}

async function resultSet(state: WireState, session: Session, r: Result, handle: string, nullable: boolean): Promise<Outcome> {
  const enc = await state.spill.encode(r, session.id, nullable ? jsonv2Cell : jsonv2CellNoNulls);
  const data: Record<string, unknown> = {
    resultSetMetaData: {
      numRows: enc.total,
      format: 'jsonv2',
      partitionInfo: [
        { rowCount: enc.rowset.length, uncompressedSize: enc.inlineSize },
        ...enc.chunks.map((c) => ({ rowCount: c.rowCount, uncompressedSize: c.uncompressedSize })),
      ],
      rowType: r.columns.map((c) => rowTypeEntry(c)),
      nullable,
    },
    data: enc.rowset,
    code: SQL_API.SUCCESS_CODE,
    statementStatusUrl: `/api/v2/statements/${handle}`,
    sqlState: '00000',
    statementHandle: handle,
    message: SQL_API.SUCCESS_MESSAGE,
    createdOn: Date.now(),
  };
  const s = stats(r);
  if (s) data.stats = s;
  return { kind: 'ok', data, chunkSetId: enc.chunkSetId, chunks: enc.chunks, inlineBytes: enc.inlineSize };
}
