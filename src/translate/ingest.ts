/**
 * @module translate/ingest
 * PUT, GET, LIST/LS, REMOVE/RM and COPY INTO (docs.snowflake.com/en/sql-reference/sql/put, …/get,
 * …/list, …/remove, …/copy-into-table, …/copy-into-location) become CommandPlans the engine carries
 * out with src/ingest. Here the names are resolved against the current database and schema, and a
 * missing stage, table or file format fails with Snowflake's 002003 before any file is touched.
 * A COPY transformation's SELECT is printed here as DuckDB SQL over the raw rows of one file.
 */
import { NotSupportedError, ObjectNotFound } from '../errors.ts';
import type { CopyInto, Get, ListStage, OptionPair, Put, Query, RemoveStage, TableRefStage } from '../sql/ast.ts';
import { RAW_RELATION, type CopySpec, type StageLocation } from '../ingest/types.ts';
import { isUrl, splitLocation } from '../ingest/location.ts';
import { quoteIdent } from './_quote.ts';
import type { PrintState } from './_state.ts';
import type { CommandPlan } from './plan.ts';
import { errName, objectExists, parseNameString, relationExists, resolveObject, resolveParts } from './ddl/_names.ts';
import { printQuery } from './dialect/duckdb/query.ts';

/** Resolve `@...` as written; fails with 002003 when the stage (or the table of `@%t`) is missing. */
export function resolveStage(text: string, st: PrintState, cmd: string): StageLocation {
  const w = splitLocation(text);
  if (w.kind === 'user') return w;
  const ref = resolveParts(w.parts, st.ctx, cmd);
  if (w.kind === 'table') {
    if (relationExists(st.ctx, ref) === false) throw new ObjectNotFound('Table', errName(w.parts));
    return { kind: 'table', database: ref.database, schema: ref.schema, table: ref.name, path: w.path };
  }
  if (objectExists(st.ctx, 'STAGE', ref) === false) throw new ObjectNotFound('Stage', errName([ref.database, ref.schema, ref.name]));
  return { kind: 'named', database: ref.database, schema: ref.schema, name: ref.name, path: w.path };
}

export function translatePut(s: Put, st: PrintState): CommandPlan {
  st.cacheable = false;
  return { kind: 'put', statementType: 'PUT', file: s.file, location: s.location, options: s.options, stage: resolveStage(s.location, st, 'PUT') };
}

export function translateGet(s: Get, st: PrintState): CommandPlan {
  st.cacheable = false;
  return { kind: 'get', statementType: 'GET', file: s.file, location: s.location, options: s.options, stage: resolveStage(s.location, st, 'GET') };
}

export function translateList(s: ListStage, st: PrintState): CommandPlan {
  st.cacheable = false;
  return { kind: 'list', statementType: 'LIST', location: s.location, ...(s.pattern !== undefined ? { pattern: s.pattern } : {}), stage: resolveStage(s.location, st, 'LIST') };
}

export function translateRemove(s: RemoveStage, st: PrintState): CommandPlan {
  st.cacheable = false;
  return { kind: 'remove', statementType: 'REMOVE', location: s.location, ...(s.pattern !== undefined ? { pattern: s.pattern } : {}), stage: resolveStage(s.location, st, 'REMOVE') };
}

/** Options of a COPY that belong to a quoted URL location rather than to the copy itself. */
const URL_OPTIONS = new Set(['CREDENTIALS', 'ENCRYPTION', 'STORAGE_INTEGRATION', 'ENDPOINT']);

/**
 * A COPY location: `@stage…`, or a quoted URL (`'s3://bucket/path/'`) that takes the statement's
 * CREDENTIALS / ENCRYPTION / STORAGE_INTEGRATION (copy-into-table: externalLocation).
 */
function copyLocation(text: string, options: OptionPair[], st: PrintState): StageLocation {
  if (!isUrl(text)) return resolveStage(text, st, 'COPY');
  return { kind: 'url', url: text, path: '', options: options.filter((o) => URL_OPTIONS.has(o.name)) };
}

export function resolveFormat(name: string, st: PrintState): { database: string; schema: string; name: string } {
  const ref = resolveParts(parseNameString(name), st.ctx, 'COPY');
  if (objectExists(st.ctx, 'FILE FORMAT', ref) === false) throw new ObjectNotFound('File format', errName([ref.database, ref.schema, ref.name]));
  return { database: ref.database, schema: ref.schema, name: ref.name };
}

/** Highest `$n` used in a query (the raw relation gets that many columns named `$1`…`$n`). */
function maxPositional(q: Query): number {
  let max = 0;
  JSON.stringify(q, (k, v: unknown) => {
    if (k === '' || typeof v !== 'object' || v === null) return v;
    const o = v as { kind?: unknown; index?: unknown };
    if (o.kind === 'positional' && typeof o.index === 'number') max = Math.max(max, o.index);
    return v;
  });
  return max;
}

/** The `@stage` FROM item of a COPY transformation (one SELECT over one staged source). */
function transformSource(q: Query): TableRefStage {
  const from = q.kind === 'select' ? q.from : [];
  const only = from.length === 1 ? from[0] : undefined;
  if (q.kind !== 'select' || only?.kind !== 'stageRef') throw new NotSupportedError('COPY transformation other than SELECT ... FROM @stage');
  if (q.where || q.groupBy || q.having || q.orderBy || q.limit || q.qualify || q.distinct) {
    throw new NotSupportedError('COPY transformation with WHERE, GROUP BY, ORDER BY, LIMIT or DISTINCT');
  }
  return only;
}

function printTransform(q: Query, st: PrintState): string {
  const n = Math.max(1, maxPositional(q));
  st.stageSource = { sql: quoteIdent(RAW_RELATION), columns: Array.from({ length: n }, (_, i) => `$${i + 1}`) };
  try {
    return printQuery(q, st);
  } finally {
    st.stageSource = undefined;
  }
}

function fileFormatOf(c: CopyInto, st: PrintState, fromRef?: TableRefStage): { formatName?: { database: string; schema: string; name: string }; formatOptions: OptionPair[] } {
  const name = c.fileFormat?.name ?? fromRef?.fileFormat;
  return { ...(name !== undefined ? { formatName: resolveFormat(name, st) } : {}), formatOptions: c.fileFormat?.options ?? [] };
}

export function translateCopy(c: CopyInto, st: PrintState): CommandPlan {
  st.cacheable = false;
  const allOptions = c.options.map((o) => ({ ...o, name: o.name.toUpperCase() }));
  // Only a URL location takes CREDENTIALS & co.; after a stage they stay and fail as unknown options.
  const urlGiven = c.location !== undefined && isUrl(c.location);
  const options = urlGiven ? allOptions.filter((o) => !URL_OPTIONS.has(o.name)) : allOptions;
  if (c.direction === 'location') {
    if (c.location === undefined) throw new NotSupportedError('COPY INTO <location> without a location');
    const target = copyLocation(c.location, allOptions, st);
    let querySql: string;
    if (c.query) querySql = printQuery(c.query, st);
    else if (c.fromTable) {
      const ref = resolveObject(c.fromTable, st.ctx, 'COPY');
      if (relationExists(st.ctx, ref) === false) throw new ObjectNotFound('Table', errName(ref.written));
      querySql = `SELECT * FROM ${quoteIdent(ref.database)}.${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;
    } else throw new NotSupportedError('COPY INTO <location> without a source');
    const spec: CopySpec = { kind: 'intoLocation', target, querySql, ...fileFormatOf(c, st), options };
    return { kind: 'copyInto', statementType: 'UNLOAD', spec };
  }
  if (!c.table) throw new NotSupportedError('COPY INTO without a table');
  const ref = resolveObject(c.table, st.ctx, 'COPY');
  if (relationExists(st.ctx, ref) === false) throw new ObjectNotFound('Table', errName(ref.written));
  let sourceText: string;
  let transformSql: string | undefined;
  let fromRef: TableRefStage | undefined;
  if (c.query) {
    fromRef = transformSource(c.query);
    sourceText = fromRef.location;
    transformSql = printTransform(c.query, st);
  } else if (c.location !== undefined) sourceText = c.location;
  else throw new NotSupportedError('COPY INTO <table> without a source');
  const pattern = c.pattern ?? fromRef?.pattern;
  const spec: CopySpec = {
    kind: 'intoTable',
    database: ref.database,
    schema: ref.schema,
    table: ref.name,
    tableWritten: ref.name,
    ...(c.columns ? { columns: c.columns.map((x) => x.name) } : {}),
    source: copyLocation(sourceText, allOptions, st),
    ...(transformSql !== undefined ? { transformSql } : {}),
    ...fileFormatOf(c, st, fromRef),
    ...(c.files ? { files: c.files } : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    options,
  };
  return { kind: 'copyInto', statementType: 'COPY', spec };
}
