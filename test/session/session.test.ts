/**
 * End to end through `session.execute` (parse → translate → execute on a real DuckDB): results with
 * Snowflake metadata and canonical values, DML counts, status rows, variables, USE, errors, modes
 * (translate-only, describe-only, continue-on-error, array binds), history, ordering, cancel,
 * streaming and persistent reopen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession } from '../../src/session/session.ts';
import type { QueryRecord, Session } from '../../src/session/types.ts';
import type { Result } from '../../src/engine/types.ts';
import { SnowflakeError } from '../../src/errors.ts';

const one = async (s: Session, sql: string): Promise<Result> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!;
};
const fail = (s: Session, sql: string, opts = {}): Promise<SnowflakeError> =>
  s.execute(sql, opts).then(() => { throw new Error(`expected ${sql} to fail`); }, (e: SnowflakeError) => e);
const meta = (r: Result): unknown[] => r.columns.map((c) => [c.name, c.type, c.precision, c.scale, c.length]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('session: statements end to end', () => {
  let s: Session;
  const records: QueryRecord[] = [];
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    s.onQuery((r) => records.push(r));
  });
  afterAll(() => s.close());

  it('starts in MOCKHAUS.PUBLIC', async () => {
    expect([s.database, s.schema, s.type, s.path]).toEqual(['MOCKHAUS', 'PUBLIC', 'memory', null]);
    const r = await one(s, 'select current_database(), current_schema()');
    expect(r.rows).toEqual([['MOCKHAUS', 'PUBLIC']]);
    expect(r.queryId).toMatch(UUID);
  });

  it('creates a table, inserts, and selects every type with exact values and Snowflake metadata', async () => {
    const created = await one(s, `create table all_types (n number(10,2), i int, f float, s varchar, b boolean, d date,
      t time, ntz timestamp_ntz, v variant, bin binary)`);
    expect([created.statementType, created.columns.map((c) => c.name), created.rows]).toEqual(['DDL', ['status'], [['Table ALL_TYPES successfully created.']]]);
    const ins = await one(s, `insert into all_types select 12.5, 42, 1.5, 'abc', true, '2024-01-15'::date, '12:34:56'::time,
      '2024-01-15 12:34:56.123'::timestamp_ntz, parse_json('{"a": [1, 2]}'), null`);
    expect([ins.statementType, ins.columns.map((c) => c.name), ins.rows, ins.rowsAffected]).toEqual(['INSERT', ['number of rows inserted'], [['1']], 1]);
    const r = await one(s, 'select * from all_types');
    expect(meta(r)).toEqual([
      ['N', 'fixed', 10, 2, null], ['I', 'fixed', 38, 0, null], ['F', 'real', null, null, null], ['S', 'text', null, null, 16777216],
      ['B', 'boolean', null, null, null], ['D', 'date', null, null, null], ['T', 'time', 0, 9, null],
      ['NTZ', 'timestamp_ntz', 0, 9, null], ['V', 'variant', null, null, null], ['BIN', 'binary', null, null, 8388608],
    ]);
    expect(r.rows).toEqual([[
      '12.50', '42', 1.5, 'abc', true, '2024-01-15', '12:34:56', '2024-01-15 12:34:56.123000000', '{"a":[1,2]}', null,
    ]]);
  });

  it('answers UPDATE and DELETE with count rows', async () => {
    await s.execute('create table nums (id int, v varchar); insert into nums values (1, \'a\'), (2, \'b\'), (3, \'c\')');
    const upd = await one(s, "update nums set v = 'z' where id >= 2");
    expect([upd.columns.map((c) => c.name), upd.rows, upd.rowsAffected]).toEqual([['number of rows updated', 'number of multi-joined rows updated'], [['2', '0']], 2]);
    const del = await one(s, 'delete from nums where id = 1');
    expect([del.columns.map((c) => c.name), del.rows]).toEqual([['number of rows deleted'], [['1']]]);
  });

  it('keeps session variables across statements', async () => {
    const set = await one(s, 'set (a, b) = (10, \'ten\')');
    expect(set.rows).toEqual([['Statement executed successfully.']]);
    expect((await one(s, 'select $a + 1, $b')).rows).toEqual([['11', 'ten']]);
  });

  it('switches database and schema with USE, and reports them on results', async () => {
    await s.execute('create database other; create schema other.s1');
    const r = await one(s, 'use schema other.s1');
    expect([r.rows, r.database, r.schema, s.database, s.schema]).toEqual([[['Statement executed successfully.']], 'OTHER', 'S1', 'OTHER', 'S1']);
    const err = await fail(s, 'use database nope');
    expect([err.code, err.sqlState]).toEqual(['002043', '02000']);
    await s.execute('use database mockhaus');
    expect([s.database, s.schema]).toEqual(['MOCKHAUS', 'PUBLIC']);
  });

  it('fails with Snowflake errno, SQLSTATE and the query id', async () => {
    const missing = await fail(s, 'select * from no_such_table');
    expect([missing.code, missing.sqlState, missing.message]).toEqual(['002003', '42S02', "SQL compilation error:\nObject 'NO_SUCH_TABLE' does not exist or not authorized."]);
    expect(missing.queryId).toMatch(UUID);
    const syntax = await fail(s, 'select 1;\nselect from from');
    expect([syntax.code, syntax.sqlState]).toEqual(['001003', '42000']);
    expect(syntax.line).toBe(2);
    const conv = await fail(s, "select 'abc'::int");
    expect([conv.code, conv.sqlState, conv.message]).toEqual(['100038', '22018', "Numeric value 'abc' is not recognized"]);
    const empty = await fail(s, ' -- nothing\n');
    expect(empty.code).toBe('000900');
  });

  it('translates without running, and describes without running', async () => {
    const [t] = await s.execute('insert into nums values (9, \'q\')', { translateOnly: true });
    expect([t!.statementType, t!.rows, t!.translatedSql.length > 0]).toEqual(['INSERT', [], true]);
    const [d] = await s.execute('select id, v from nums', { describeOnly: true });
    expect([meta(d!), d!.rows]).toEqual([[['ID', 'fixed', 38, 0, null], ['V', 'text', null, null, 16777216]], []]);
    expect((await one(s, 'select count(*) from nums')).rows).toEqual([['2']]);
  });

  it('continues after a failing statement with continueOnError and reports it', async () => {
    const errors: (Error | null)[] = [];
    const rs = await s.execute('select 1; select * from nope; select 3', { continueOnError: true, onStatement: (_r, e) => errors.push(e) });
    expect(rs.map((r) => r.rows)).toEqual([[['1']], [['3']]]);
    expect(errors.map((e) => (e instanceof SnowflakeError ? e.code : e))).toEqual([null, '002003', null]);
  });

  it('runs array binds once per row and sums the counts', async () => {
    const [r] = await s.execute('insert into nums values (?, ?)', {
      bindRows: [{ '1': { type: 'FIXED', value: '20' }, '2': { type: 'TEXT', value: 'x' } }, { '1': { type: 'FIXED', value: '21' }, '2': { type: 'TEXT', value: 'y' } }],
    });
    expect([r!.rows, r!.rowsAffected]).toEqual([[['2']], 2]);
    const [b] = await s.execute('select v from nums where id = ?', { binds: { '1': { type: 'FIXED', value: '21' } } });
    expect(b!.rows).toEqual([['y']]);
  });

  it('records every statement for onQuery listeners and QUERY_HISTORY', async () => {
    const before = records.length;
    await fail(s, 'select * from nope2');
    const rec = records[records.length - 1]!;
    expect(records.length).toBe(before + 1);
    expect([rec.status, rec.errno, rec.sqlState, rec.sql, rec.sessionId]).toEqual(['FAILED_WITH_ERROR', '002003', '42S02', 'select * from nope2', s.id]);
    // The metadata table behind INFORMATION_SCHEMA.QUERY_HISTORY (read directly: the SQL table
    // function is the translator's).
    const internals = s as unknown as { history: { flush(): Promise<void> }; db: { rows(sql: string): Promise<Record<string, unknown>[]> } };
    await internals.history.flush();
    const h = await internals.db.rows(`SELECT query_text, execution_status, error_code, session_id FROM "_mockhaus"."main"."query_history" WHERE query_text = 'select * from nope2'`);
    expect(h).toEqual([{ query_text: 'select * from nope2', execution_status: 'FAILED_WITH_ERROR', error_code: '002003', session_id: s.id }]);
  });

  it('keeps explicit transactions working, including ROLLBACK after a failed DDL', async () => {
    await s.execute('begin; create table tx_kept (a int); insert into tx_kept values (1); commit');
    expect((await one(s, 'select a from tx_kept')).rows).toEqual([['1']]);
    await s.execute('begin');
    expect((await fail(s, "create table tx_bad as select 'a'::int as a")).code).toBe('100038');
    expect((await one(s, 'rollback')).rows).toEqual([['Statement executed successfully.']]);
    expect((await one(s, 'select 2')).rows).toEqual([['2']]);
    expect((await fail(s, 'select * from tx_bad')).code).toBe('002003');
  });

  it('answers LAST_QUERY_ID and RESULT_SCAN from the session\'s kept results', async () => {
    const [first] = await s.execute('select 1 as a union all select 2');
    expect((await one(s, 'select last_query_id() as q')).rows).toEqual([[first!.queryId]]);
    await s.execute('select 10 as a union all select 20');
    expect((await one(s, 'select sum(a) as s from table(result_scan(last_query_id()))')).rows).toEqual([['30']]);
    expect((await one(s, `select sum(a) as s from table(result_scan('${first!.queryId}'))`)).rows).toEqual([['3']]);
    const missing = await fail(s, "select * from table(result_scan('00000000-0000-4000-8000-000000000000'))");
    expect([missing.code, missing.message]).toEqual(['000709', 'Statement 00000000-0000-4000-8000-000000000000 not found']);
  });

  it('runs concurrent calls one at a time in arrival order', async () => {
    const order: number[] = [];
    const calls = [0, 1, 2, 3].map((i) => s.execute(`select ${i}`).then((r) => { order.push(i); return r[0]!.rows[0]![0]; }));
    expect(s.busy).toBe(true);
    expect(await Promise.all(calls)).toEqual(['0', '1', '2', '3']);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(s.busy).toBe(false);
  });

  it('cancels a running statement with 000604 and stays usable', async () => {
    const pending = fail(s, 'select count(*) from table(generator(rowcount => 100000000)) a, table(generator(rowcount => 100000000)) b');
    await Bun.sleep(100);
    expect(s.cancel()).toBe(true);
    const err = await pending;
    expect([err.code, err.sqlState, err.message]).toEqual(['000604', '57014', 'SQL execution canceled']);
    const ac = new AbortController();
    const viaSignal = fail(s, 'select count(*) from table(generator(rowcount => 100000000)) a, table(generator(rowcount => 100000000)) b', { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    expect((await viaSignal).code).toBe('000604');
    expect((await one(s, 'select 1')).rows).toEqual([['1']]);
  });

  it('cancels by query id only the statement with that id', async () => {
    const id = '0a0a0a0a-1111-4222-8333-444444444444';
    const pending = fail(s, 'select count(*) from table(generator(rowcount => 100000000)) a, table(generator(rowcount => 100000000)) b', { queryId: id });
    await Bun.sleep(100);
    expect(s.cancel('ffffffff-1111-4222-8333-444444444444')).toBe(false);
    expect(s.cancel(id)).toBe(true);
    const err = await pending;
    expect([err.code, err.queryId]).toEqual(['000604', id]);
  });

  it('stops a statement at STATEMENT_TIMEOUT_IN_SECONDS with 000630', async () => {
    await s.execute('alter session set statement_timeout_in_seconds = 1');
    expect(s.parameters().STATEMENT_TIMEOUT_IN_SECONDS).toBe(1);
    const err = await fail(s, 'select count(*) from table(generator(rowcount => 100000000)) a, table(generator(rowcount => 100000000)) b');
    expect([err.code, err.sqlState, err.message]).toEqual(['000630', '57014', 'Statement reached its statement or warehouse timeout of 1 second(s) and was canceled.']);
    await s.execute('alter session unset statement_timeout_in_seconds');
    expect(s.parameters().STATEMENT_TIMEOUT_IN_SECONDS).toBe(172800);
  });

  it('streams 1M rows lazily and keeps the session lock until the stream ends', async () => {
    const [r] = await s.execute('select seq8() as n from table(generator(rowcount => 1000000))', { stream: true });
    expect(r!.rows).toEqual([]);
    const queued = s.execute('select 42');
    let count = 0;
    let sum = 0n;
    expect(s.busy).toBe(true);
    for await (const batch of r!.stream!) {
      count += batch.length;
      for (const row of batch) sum += BigInt(row[0] as string);
    }
    expect(count).toBe(1000000);
    expect(sum).toBe(499999500000n);
    expect((await queued)[0]!.rows).toEqual([['42']]);
  });
});

describe('session: opening', () => {
  it('creates the database and schema its creator asks for and starts there', async () => {
    const s = await openSession({ database: 'ANALYTICS', schema: 'RAW', user: 'ALICE', role: 'ANALYST' });
    expect([s.database, s.schema]).toEqual(['ANALYTICS', 'RAW']);
    expect((await one(s, 'select current_database(), current_schema(), current_user(), current_role()')).rows).toEqual([['ANALYTICS', 'RAW', 'ALICE', 'ANALYST']]);
    expect(s.parameters()).toMatchObject({ TIMEZONE: 'America/Los_Angeles', TIMESTAMP_NTZ_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3', MULTI_STATEMENT_COUNT: 1 });
    await s.close();
  });
});

describe('session: close', () => {
  it('ends an abandoned stream and closes promptly', async () => {
    const s = await openSession();
    const [r] = await s.execute('select seq8() from table(generator(rowcount => 1000000))', { stream: true });
    expect(r!.stream).toBeDefined();
    expect(s.busy).toBe(true);
    await s.close();
    expect(s.busy).toBe(false);
    expect((await fail(s, 'select 1')).code).toBe('390111');
  });
});

describe('session: persistent', () => {
  it('comes back with its databases, tables, rows and current database/schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mockhaus-session-'));
    try {
      const path = join(dir, 'mine.duckdb');
      const a = await openSession({ type: 'persistent', path });
      expect(a.path).toBe(path);
      await a.execute("create database sales; create schema q1; create table orders (id int, amount number(10,2)); insert into orders values (1, 9.99)");
      await a.execute('create temporary table scratch (x int)');
      expect([a.database, a.schema]).toEqual(['SALES', 'Q1']);
      await a.close();
      const b = await openSession({ type: 'persistent', path });
      expect([b.database, b.schema]).toEqual(['SALES', 'Q1']);
      expect((await one(b, 'select id, amount from orders')).rows).toEqual([['1', '9.99']]);
      // Temporary tables end with their session.
      expect((await fail(b, 'select * from scratch')).code).toBe('002003');
      await b.execute('use database mockhaus');
      expect([b.database, b.schema]).toEqual(['MOCKHAUS', 'PUBLIC']);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('survives SIGKILL of the process that wrote it (DuckDB WAL replay)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mockhaus-kill-'));
    try {
      const path = join(dir, 'killed.duckdb');
      const script = `
        import { openSession } from ${JSON.stringify(join(import.meta.dir, '../../src/session/session.ts'))};
        const s = await openSession({ type: 'persistent', path: ${JSON.stringify(path)} });
        await s.execute("create database crash_db; create table t (v varchar); insert into t values ('kept')");
        process.kill(process.pid, 'SIGKILL');`;
      const proc = Bun.spawn([process.execPath, '-e', script], { stdout: 'pipe', stderr: 'pipe' });
      expect(await proc.exited).not.toBe(0);
      expect(proc.signalCode).toBe('SIGKILL');
      const s = await openSession({ type: 'persistent', path });
      expect([s.database, s.schema]).toEqual(['CRASH_DB', 'PUBLIC']);
      expect((await one(s, 'select v from t')).rows).toEqual([['kept']]);
      await s.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
