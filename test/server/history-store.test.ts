import { afterAll, describe, expect, it } from 'bun:test';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryStore, historyToCsv, percentile } from '../../src/history/index.ts';
import type { QueryRecord } from '../../src/session/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'mh-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function rec(over: Partial<QueryRecord> = {}): QueryRecord {
  n++;
  const start = new Date(Date.UTC(2024, 0, 1, 0, 0, n));
  return {
    queryId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sessionId: 's1',
    sql: `select ${n}`,
    translatedSql: `SELECT ${n}`,
    statementType: 'SELECT',
    status: 'SUCCESS',
    errno: null,
    sqlState: null,
    errorMessage: null,
    rows: 1,
    database: 'MOCKHAUS',
    schema: 'PUBLIC',
    startTime: start,
    endTime: new Date(start.getTime() + n),
    durationMs: n,
    ...over,
  };
}

describe('HistoryStore', () => {
  it('keeps only the newest `limit` entries', () => {
    const h = new HistoryStore({ limit: 3 });
    const rs = [rec(), rec(), rec(), rec(), rec()];
    for (const r of rs) h.add(r);
    expect(h.size).toBe(3);
    expect(h.list().map((e) => e.query_id)).toEqual([rs[4], rs[3], rs[2]].map((r) => r!.queryId));
    expect(h.get(rs[0]!.queryId)).toBeUndefined();
  });

  it('filters by text, status (with aliases), type, session and since', () => {
    const h = new HistoryStore();
    const a = rec({ sql: 'CREATE TABLE t (a int)', statementType: 'DDL' });
    const b = rec({ sql: 'select * from missing', status: 'FAILED_WITH_ERROR', errno: '002003', sqlState: '42S02', errorMessage: 'x' });
    const c = rec({ sql: 'SELECT a FROM T', sessionId: 's2' });
    for (const r of [a, b, c]) h.add(r);
    expect(h.list({ text: 'from' }).map((e) => e.query_id)).toEqual([c.queryId, b.queryId]);
    expect(h.list({ status: 'error' }).map((e) => e.query_id)).toEqual([b.queryId]);
    expect(h.list({ status: 'FAILED_WITH_ERROR' }).map((e) => e.query_id)).toEqual([b.queryId]);
    expect(h.list({ type: 'ddl' }).map((e) => e.query_id)).toEqual([a.queryId]);
    expect(h.list({ sessionId: 's2' }).map((e) => e.query_id)).toEqual([c.queryId]);
    expect(h.list({ since: b.startTime }).map((e) => e.query_id)).toEqual([c.queryId, b.queryId]);
    expect(h.list({ limit: 1 }).map((e) => e.query_id)).toEqual([c.queryId]);
  });

  it('replaces a RUNNING record by the final one with the same query id', () => {
    const h = new HistoryStore();
    const r = rec({ status: 'RUNNING', endTime: null, durationMs: null });
    h.add(r);
    h.add({ ...r, status: 'SUCCESS', endTime: new Date(), durationMs: 5 });
    expect(h.size).toBe(1);
    expect(h.get(r.queryId)?.status).toBe('SUCCESS');
  });

  it('computes counts, error rate, nearest-rank p50/p95 and per-type figures', () => {
    const h = new HistoryStore();
    for (let i = 1; i <= 20; i++) h.add(rec({ durationMs: i, sessionId: 'stats' }));
    h.add(rec({ durationMs: 100, status: 'FAILED_WITH_ERROR', statementType: 'INSERT', sessionId: 'stats' }));
    const s = h.stats({ sessionId: 'stats' });
    expect(s.total).toBe(21);
    expect(s.succeeded).toBe(20);
    expect(s.failed).toBe(1);
    expect(s.error_rate).toBe(Math.round((1 / 21) * 10000) / 10000);
    expect(s.duration_ms.p50).toBe(11);
    expect(s.duration_ms.p95).toBe(20);
    expect(s.duration_ms.max).toBe(100);
    expect(s.by_type).toEqual({ SELECT: { count: 20, failed: 0, mean_ms: 10.5 }, INSERT: { count: 1, failed: 1, mean_ms: 100 } });
    expect(s.sessions).toBe(1);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('clears entries that started before a time', () => {
    const h = new HistoryStore();
    const rs = [rec(), rec(), rec()];
    for (const r of rs) h.add(r);
    expect(h.clear(rs[1]!.startTime)).toBe(1);
    expect(h.list().map((e) => e.query_id)).toEqual([rs[2]!.queryId, rs[1]!.queryId]);
    expect(h.clear()).toBe(2);
    expect(h.size).toBe(0);
  });

  it('persists only persistent sessions\' entries and reloads them', () => {
    const file = join(dir, 'h1.jsonl');
    const h = new HistoryStore({ file });
    const p = rec({ sessionId: 'persist' });
    const m = rec({ sessionId: 'mem' });
    h.add(p, true);
    h.add(m, false);
    const again = new HistoryStore({ file });
    expect(again.list().map((e) => e.query_id)).toEqual([p.queryId]);
    expect(again.get(p.queryId)).toEqual(h.get(p.queryId)!);
  });

  it('survives a torn last line and compacts the file to the bound', () => {
    const file = join(dir, 'h2.jsonl');
    const h = new HistoryStore({ file, limit: 2 });
    const rs = [rec(), rec(), rec(), rec(), rec(), rec()];
    for (const r of rs) h.add(r, true);
    // 6 lines > 2 × limit: rewritten to the 2 kept.
    expect(readFileSync(file, 'utf8').trim().split('\n').length).toBeLessThanOrEqual(4);
    appendFileSync(file, '{"query_id": "cut sh');
    const again = new HistoryStore({ file, limit: 2 });
    expect(again.list().map((e) => e.query_id)).toEqual([rs[5]!.queryId, rs[4]!.queryId]);
  });

  it('clear() rewrites the persisted file', () => {
    const file = join(dir, 'h3.jsonl');
    const h = new HistoryStore({ file });
    h.add(rec(), true);
    h.add(rec(), true);
    h.clear();
    expect(new HistoryStore({ file }).size).toBe(0);
  });
});

describe('history CSV', () => {
  it('quotes commas, quotes and newlines and leaves NULL empty', () => {
    const h = new HistoryStore();
    const r = rec({ sql: 'select \'a,b\', "x"\nfrom t', translatedSql: null });
    h.add(r);
    const csv = historyToCsv(h.list());
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('query_id,session_id,start_time,end_time,duration_ms,statement_type,status,errno,sql_state,error_message,rows,database,schema,sql,translated_sql');
    expect(row).toBe(
      `${r.queryId},s1,${r.startTime.toISOString()},${r.endTime!.toISOString()},${r.durationMs},SELECT,SUCCESS,,,,1,MOCKHAUS,PUBLIC,"select 'a,b', ""x""\nfrom t",`,
    );
  });
});
