/**
 * The plan executor on a real DuckDB with hand-built Plans: result columns and canonical values per
 * type, translator hints, DML count rows, status rows, streaming, cancel, and the command plans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../src/engine/database.ts';
import { newEngineState, type EngineState } from '../../src/engine/state.ts';
import type { DuckDbPlan, Plan } from '../../src/translate/plan.ts';
import type { Result } from '../../src/engine/types.ts';
import { resultScanTable } from '../../src/engine/result-scan.ts';

const rows = (sql: string, extra: Partial<DuckDbPlan> = {}): DuckDbPlan =>
  ({ kind: 'duckdb', statementType: 'SELECT', sql: [sql], params: [], shape: { kind: 'rows' }, ...extra });

describe('engine: executing plans', () => {
  let db: Database;
  let state: EngineState;
  const run = (plan: Plan, opts: { stream?: boolean; describeOnly?: boolean; onStreamEnd?: (n: number, e: Error | null) => void } = {}): Promise<Result> =>
    db.execute(plan, state, { queryId: '00000000-0000-4000-8000-000000000000', sql: 'sf', ...opts });

  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    state = newEngineState(null, null);
    await run({ kind: 'createDatabase', statementType: 'DDL', name: 'DB', orReplace: false, ifNotExists: false, transient: false });
    await db.run('CREATE TABLE "DB"."PUBLIC"."T" ("ID" INTEGER, "V" VARCHAR)');
  });
  afterAll(() => db.close());

  it('reports every type with Snowflake metadata and exact canonical values', async () => {
    const r = await run(rows(`SELECT 1.50::DECIMAL(10,2) AS "D", 42 AS "I", 123456789012345678901234567890::DECIMAL(38,0) AS "H",
      1.5::DOUBLE AS "F", 'x' AS "S", true AS "B", DATE '1967-06-23' AS "DT", TIME '12:34:56.5' AS "TM",
      TIMESTAMP '2024-01-15 12:34:56.123456' AS "NTZ", TIMESTAMPTZ '2024-01-15 12:34:56+00' AS "LTZ",
      '{ "a" : [1, 2.50] }'::JSON AS "J", '\\xDE\\xAD'::BLOB AS "BIN", NULL::INTEGER AS "N", -0.05::DECIMAL(3,2) AS "NEG"`));
    expect(r.columns.map((c) => [c.name, c.type, c.precision, c.scale, c.length])).toEqual([
      ['D', 'fixed', 10, 2, null], ['I', 'fixed', 38, 0, null], ['H', 'fixed', 38, 0, null], ['F', 'real', null, null, null],
      ['S', 'text', null, null, 16777216], ['B', 'boolean', null, null, null], ['DT', 'date', null, null, null],
      ['TM', 'time', 0, 9, null], ['NTZ', 'timestamp_ntz', 0, 9, null], ['LTZ', 'timestamp_ltz', 0, 9, null],
      ['J', 'variant', null, null, null], ['BIN', 'binary', null, null, 8388608], ['N', 'fixed', 38, 0, null], ['NEG', 'fixed', 3, 2, null],
    ]);
    expect(r.rows).toEqual([[
      '1.50', '42', '123456789012345678901234567890', 1.5, 'x', true, '1967-06-23', '12:34:56.500000000',
      '2024-01-15 12:34:56.123456000', '2024-01-15 04:34:56 -08:00', '{"a":[1,2.50]}', new Uint8Array([0xde, 0xad]), null, '-0.05',
    ]]);
    expect(r.statementType).toBe('SELECT');
    expect(r.rowsAffected).toBeNull();
  });

  it('applies translator hints: names, VARCHAR length, VARIANT stored as text, TZ, scale', async () => {
    const r = await run(rows(`SELECT 'abc' AS a, '{"k":1}' AS b, TIMESTAMPTZ '2024-01-15 12:00:00+00' AS c, 5 AS d`, {
      columns: [
        { name: 'A', type: { type: 'text', length: 10, byteLength: 40 } },
        { name: 'B', type: { type: 'object' } },
        { name: 'C', type: { type: 'timestamp_tz' } },
        { name: 'D', type: { type: 'fixed', precision: 10, scale: 2 } },
      ],
    }));
    expect(r.columns.map((c) => [c.name, c.type, c.length, c.precision, c.scale])).toEqual([
      ['A', 'text', 10, null, null], ['B', 'object', null, null, null], ['C', 'timestamp_tz', null, 0, 9], ['D', 'fixed', null, 10, 2],
    ]);
    expect(r.rows).toEqual([['abc', '{"k":1}', '2024-01-15 04:00:00 -08:00', '5.00']]);
  });

  it('answers DML with Snowflake count rows', async () => {
    const ins = await run({ kind: 'duckdb', statementType: 'INSERT', sql: [`INSERT INTO "DB"."PUBLIC"."T" SELECT range, 'v' || range FROM range(5)`], params: [], shape: { kind: 'dmlCounts', columns: ['number of rows inserted'] } });
    expect([ins.columns.map((c) => [c.name, c.type, c.precision, c.nullable]), ins.rows, ins.rowsAffected]).toEqual([[['number of rows inserted', 'fixed', 19, false]], [['5']], 5]);
    const upd = await run({ kind: 'duckdb', statementType: 'UPDATE', sql: [`UPDATE "DB"."PUBLIC"."T" SET "V" = 'u' WHERE "ID" < $1`], params: [3], shape: { kind: 'dmlCounts', columns: ['number of rows updated', 'number of multi-joined rows updated'] } });
    expect([upd.rows, upd.rowsAffected]).toEqual([[['3', '0']], 3]);
    const merge = await run({ kind: 'duckdb', statementType: 'MERGE', params: [], shape: { kind: 'dmlCounts', columns: ['number of rows inserted', 'number of rows updated'] },
      sql: [`MERGE INTO "DB"."PUBLIC"."T" USING (SELECT * FROM (VALUES (1, 'm'), (10, 'n')) s("ID", "V")) s ON "T"."ID" = s."ID"
        WHEN MATCHED THEN UPDATE SET "V" = s."V" WHEN NOT MATCHED THEN INSERT VALUES (s."ID", s."V") RETURNING merge_action`] });
    expect([merge.rows, merge.rowsAffected]).toEqual([[['1', '1']], 2]);
    const del = await run({ kind: 'duckdb', statementType: 'DELETE', sql: [`DELETE FROM "DB"."PUBLIC"."T" WHERE "ID" >= 4`], params: [], shape: { kind: 'dmlCounts', columns: ['number of rows deleted'] } });
    expect(del.rows).toEqual([['2']]);
  });

  it('answers DDL with a status row and runs `after` bookkeeping and `use`', async () => {
    const r = await run({ kind: 'duckdb', statementType: 'DDL', sql: ['CREATE SCHEMA "DB"."S2"'], params: [], shape: { kind: 'status', message: 'Schema S2 successfully created.' },
      after: [`CREATE TABLE "DB"."S2"."MARK" AS SELECT 1 AS x`], use: { schema: 'S2' } });
    expect([r.columns.map((c) => [c.name, c.type]), r.rows, r.message]).toEqual([[['status', 'text']], [['Schema S2 successfully created.']], 'Schema S2 successfully created.']);
    expect([state.database, state.schema, r.schema]).toEqual(['DB', 'S2', 'S2']);
    expect((await run(rows('SELECT count(*) AS n FROM "DB"."S2"."MARK"'))).rows).toEqual([['1']]);
  });

  it('holds `after` bookkeeping inside a user transaction until COMMIT, and drops it on ROLLBACK', async () => {
    const tcl = (sql: string): DuckDbPlan => ({ kind: 'duckdb', statementType: 'TCL', sql: [sql], params: [], shape: { kind: 'status', message: 'Statement executed successfully.' } });
    const ddl = (name: string): DuckDbPlan => ({ kind: 'duckdb', statementType: 'DDL', sql: [`CREATE TABLE "DB"."PUBLIC"."${name}" (x INT)`], params: [],
      shape: { kind: 'status', message: `Table ${name} successfully created.` }, after: [`INSERT INTO "_mockhaus"."main"."hidden_catalogs" VALUES ('${name}')`] });
    const marks = async (): Promise<unknown[]> => (await db.rows(`SELECT name FROM "_mockhaus"."main"."hidden_catalogs" WHERE name LIKE 'TX%' ORDER BY 1`)).map((r) => r.name);
    await run(tcl('BEGIN TRANSACTION'));
    await run(ddl('TX1'));
    expect([db.inTransaction, await marks()]).toEqual([true, []]);
    await run(tcl('COMMIT'));
    expect([db.inTransaction, await marks()]).toEqual([false, ['TX1']]);
    await run(tcl('BEGIN TRANSACTION'));
    await run(ddl('TX2'));
    await run(tcl('ROLLBACK'));
    expect(await marks()).toEqual(['TX1']);
  });

  it('describes a query without running it', async () => {
    const r = await run(rows(`SELECT "ID", "V" FROM "DB"."PUBLIC"."T"`), { describeOnly: true });
    expect([r.columns.map((c) => [c.name, c.type]), r.rows]).toEqual([[['ID', 'fixed'], ['V', 'text']], []]);
  });

  it('streams rows in batches and reports the end exactly once', async () => {
    let ended: [number, Error | null] | null = null;
    const r = await run(rows('SELECT range AS "I" FROM range(100000)'), { stream: true, onStreamEnd: (n, e) => (ended = [n, e]) });
    expect(r.rows).toEqual([]);
    let count = 0;
    let sum = 0n;
    for await (const batch of r.stream!) {
      count += batch.length;
      for (const row of batch) sum += BigInt(row[0] as string);
    }
    expect([count, sum]).toEqual([100000, 4999950000n]);
    expect(ended as unknown).toEqual([100000, null]);
  });

  it('ends a stream early when the consumer stops', async () => {
    const ends: number[] = [];
    const r = await run(rows('SELECT range FROM range(1000000)'), { stream: true, onStreamEnd: (n) => ends.push(n) });
    for await (const batch of r.stream!) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    expect(ends).toEqual([2048]);
    expect((await run(rows('SELECT 1 AS "X"'))).rows).toEqual([['1']]);
  });

  it('cancels a running query and a running stream with 000604', async () => {
    db.interruptRequested = false;
    const pending = run(rows('SELECT count(*) FROM range(100000000000)'));
    setTimeout(() => db.interrupt(), 50);
    const err = await pending.then(() => null, (e) => e);
    expect([err.code, err.sqlState, err.message]).toEqual(['000604', '57014', 'SQL execution canceled']);
    db.interruptRequested = false;
    const r = await run(rows('SELECT range FROM range(100000000)'), { stream: true });
    const it = r.stream![Symbol.asyncIterator]();
    await it.next();
    db.interrupt();
    const streamErr = await it.next().then(() => null, (e) => e);
    expect(streamErr?.code).toBe('000604');
    db.interruptRequested = false;
  });

  it('runs USE, SET, UNSET and ALTER SESSION commands', async () => {
    await run({ kind: 'use', statementType: 'USE', database: 'DB' });
    expect([state.database, state.schema]).toEqual(['DB', 'PUBLIC']);
    const missing = await run({ kind: 'use', statementType: 'USE', schema: 'NOPE' }).then(() => null, (e) => e);
    expect([missing.code, missing.sqlState]).toEqual(['002043', '02000']);
    const set = await run({ kind: 'setVariables', statementType: 'SET', names: ['x', 'Y'], sql: `SELECT 10.5::DECIMAL(3,1), 'hi'` });
    expect(set.rows).toEqual([['Statement executed successfully.']]);
    expect([...state.variables.entries()]).toEqual([['X', { value: '10.5', type: 'fixed' }], ['Y', { value: 'hi', type: 'text' }]]);
    await run({ kind: 'unsetVariables', statementType: 'SET', names: ['x'] });
    expect([...state.variables.keys()]).toEqual(['Y']);
    await run({ kind: 'alterSession', statementType: 'ALTER_SESSION', set: { TIMEZONE: 'UTC', week_start: 1 }, unset: [] });
    expect([state.params.TIMEZONE, state.params.WEEK_START]).toEqual(['UTC', 1]);
    expect((await run(rows(`SELECT TIMESTAMPTZ '2024-01-15 12:00:00+00' AS t`))).rows).toEqual([['2024-01-15 12:00:00 +00:00']]);
    const bad = await run({ kind: 'alterSession', statementType: 'ALTER_SESSION', set: { NOPE: 1 }, unset: [] }).then(() => null, (e) => e);
    expect(bad.message).toBe("invalid parameter 'NOPE'");
    await run({ kind: 'alterSession', statementType: 'ALTER_SESSION', set: {}, unset: ['TIMEZONE'] });
    expect(state.params.TIMEZONE).toBe('America/Los_Angeles');
  });

  it('creates and drops databases with Snowflake status rows', async () => {
    const mk = (extra: object) => run({ kind: 'createDatabase', statementType: 'DDL', name: 'D2', orReplace: false, ifNotExists: false, transient: false, ...extra });
    expect((await mk({})).rows).toEqual([['Database D2 successfully created.']]);
    expect([state.database, state.schema]).toEqual(['D2', 'PUBLIC']);
    expect((await mk({ ifNotExists: true })).rows).toEqual([['D2 already exists, statement succeeded.']]);
    expect((await mk({}).then(() => null, (e) => e)).message).toBe("SQL compilation error:\nObject 'D2' already exists.");
    expect((await mk({ orReplace: true })).rows).toEqual([['Database D2 successfully created.']]);
    const drop = (ifExists: boolean) => run({ kind: 'dropDatabase', statementType: 'DDL', name: 'D2', ifExists });
    expect((await drop(false)).rows).toEqual([['D2 successfully dropped.']]);
    expect([state.database, state.schema]).toEqual([null, null]);
    expect((await drop(true)).rows).toEqual([['Drop statement executed successfully (D2 already dropped).']]);
    expect((await drop(false).then(() => null, (e) => e)).message).toBe("SQL compilation error:\nDatabase 'D2' does not exist or not authorized.");
  });

  it('reads a kept result back with its Snowflake types for RESULT_SCAN', async () => {
    const first = await run(rows(`SELECT 1.50::DECIMAL(10,2) AS "N", 2.5::DOUBLE AS "F", 'x' AS "S", true AS "B", DATE '2024-01-15' AS "D",
      TIME '12:34:56.5' AS "T", TIMESTAMP '2024-01-15 12:34:56.123456' AS "NTZ", TIMESTAMPTZ '2024-01-15 12:00:00+00' AS "LTZ",
      '{"a":1}'::JSON AS "V", '\\xDE\\xAD'::BLOB AS "BIN", NULL::INTEGER AS "Z", 7 AS "N"`));
    const id = '11111111-2222-4333-8444-555555555555';
    const scan = rows(`SELECT * FROM ${resultScanTable(id)}`, { resultScans: [id] });
    const again = await db.execute(scan, state, { queryId: 'q', sql: 'sf', keptResult: (q) => (q === id ? { columns: first.columns, rows: first.rows } : undefined) });
    expect(again.columns.map((c) => [c.name, c.type])).toEqual(first.columns.map((c, i) => [i === 11 ? 'N_1' : c.name, c.type]));
    expect(again.rows).toEqual(first.rows);
    const missing = await db.execute(rows('SELECT 1', { resultScans: ['99999999-2222-4333-8444-555555555555'] }), state, { queryId: 'q', sql: 'sf' }).then(() => null, (e) => e);
    expect([missing.code, missing.message]).toEqual(['000709', 'Statement 99999999-2222-4333-8444-555555555555 not found']);
  });

  it('fails PUT of a local file that does not exist', async () => {
    const err = await run({ kind: 'put', statementType: 'PUT', file: 'file:///no/such/mockhaus-file.csv', location: '~', options: [], stage: { kind: 'user', path: '' } }).then(() => null, (e) => e);
    expect([err.code, err.message]).toEqual(['253006', "File doesn't exist: ['/no/such/mockhaus-file.csv']"]);
  });
});

describe('engine: persistent databases', () => {
  it('reattaches every database and its tables after reopening the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mockhaus-engine-'));
    try {
      const path = join(dir, 'session.duckdb');
      const state = newEngineState(null, null);
      const db = await openDatabase({ path });
      await db.execute({ kind: 'createDatabase', statementType: 'DDL', name: 'SALES', orReplace: false, ifNotExists: false, transient: false }, state, { queryId: 'q', sql: '' });
      await db.run('CREATE TABLE "SALES"."PUBLIC"."ORDERS" AS SELECT 7 AS "ID"');
      await db.close();
      const again = await openDatabase({ path });
      expect(await again.attachedDatabases()).toEqual(['SALES']);
      expect(await again.loadState()).toEqual({ database: 'SALES', schema: 'PUBLIC' });
      expect((await again.rows('SELECT "ID" FROM "SALES"."PUBLIC"."ORDERS"'))).toEqual([{ ID: 7 }]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
