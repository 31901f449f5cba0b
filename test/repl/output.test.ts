import { describe, expect, it } from 'bun:test';
import type { Result, ResultColumn } from '../../src/engine/types.ts';
import { formatDuration, secondsLeft, type SessionInfo } from '../../src/repl/backend.ts';
import { healthLines, historyLines, resultLines, sessionLines, sessionsLines, type OutputOptions } from '../../src/repl/output.ts';
import { canonicalValue, parseSession } from '../../src/repl/rest-backend.ts';

function col(name: string, type: ResultColumn['type'], scale: number | null = null): ResultColumn {
  return { name, type, precision: type === 'fixed' ? 38 : null, scale, length: null, byteLength: null, nullable: true };
}
function result(columns: ResultColumn[], rows: Result['rows'], extra: Partial<Result> = {}): Result {
  return {
    queryId: '01234567-89ab-cdef-0123-456789abcdef',
    statementType: 'SELECT',
    columns,
    rows,
    rowsAffected: null,
    translatedSql: 'SELECT "ID" FROM "T"',
    sql: 'select id from t',
    database: 'MOCKHAUS',
    schema: 'PUBLIC',
    warnings: [],
    elapsedMs: 23,
    ...extra,
  };
}
const opts: OutputOptions = { format: 'table', timing: true, translate: false, color: false, width: 80, maxRows: null };

describe('resultLines', () => {
  const r = result(
    [col('ID', 'fixed', 0), col('NAME', 'text'), col('OK', 'boolean'), col('AT', 'timestamp_ntz', 9)],
    [
      ['1', 'Alice', true, '2024-01-15 10:30:00.123456789'],
      ['2', null, false, null],
    ],
  );

  it('prints a table in Snowflake display formats with the footer', () => {
    expect(resultLines(r, opts)).toEqual([
      ' ID | NAME  | OK    | AT',
      '----+-------+-------+-------------------------',
      '  1 | Alice | TRUE  | 2024-01-15 10:30:00.123',
      '  2 | NULL  | FALSE | NULL',
      '',
      '2 rows in 0.023s',
    ]);
  });

  it('prints CSV and JSON', () => {
    expect(resultLines(r, { ...opts, format: 'csv' })).toEqual(['ID,NAME,OK,AT', '1,Alice,TRUE,2024-01-15 10:30:00.123', '2,,FALSE,']);
    expect(resultLines(r, { ...opts, format: 'json' })).toEqual([
      '[',
      '  {"ID":1,"NAME":"Alice","OK":true,"AT":"2024-01-15T10:30:00.123456789"},',
      '  {"ID":2,"NAME":null,"OK":false,"AT":null}',
      ']',
    ]);
  });

  it('prints the status line of DDL and the DuckDB SQL with !translate on', () => {
    const ddl = result([col('status', 'text')], [['Table USERS successfully created.']], { translatedSql: 'CREATE TABLE "USERS" ("ID" INTEGER)' });
    expect(resultLines(ddl, { ...opts, timing: false, translate: true })).toEqual([
      '-- DuckDB: CREATE TABLE "USERS" ("ID" INTEGER)',
      'Table USERS successfully created.',
    ]);
    expect(resultLines(ddl, opts)).toEqual(['Table USERS successfully created. (0.023s)']);
  });

  it('keeps semi-structured values on one line in a table', () => {
    const v = result([col('V', 'variant')], [['{"a":[1,2]}']]);
    expect(resultLines(v, { ...opts, timing: false })).toEqual([' V', '-------------', ' {"a":[1,2]}', '', '1 row']);
    expect(resultLines(v, { ...opts, format: 'json' })).toEqual(['[', '  {"V":{"a":[1,2]}}', ']']);
  });

  it('caps long tables with a note', () => {
    const big = result([col('N', 'fixed', 0)], Array.from({ length: 5 }, (_, i) => [String(i)]));
    expect(resultLines(big, { ...opts, timing: false, maxRows: 2 })).toEqual([
      ' N',
      '---',
      ' 0',
      ' 1',
      '',
      '(showing the first 2 of 5 rows; !format csv prints them all)',
      '5 rows',
    ]);
  });
});

describe('REST values back to canonical values', () => {
  it('restores each type', () => {
    const t = (type: ResultColumn['type'], scale: number | null = null) => ({ type, scale });
    expect(canonicalValue(42, t('fixed', 0))).toBe('42');
    expect(canonicalValue(2300.5, t('fixed', 2))).toBe('2300.50');
    expect(canonicalValue('12345678901234567890.12', t('fixed', 2))).toBe('12345678901234567890.12');
    expect(canonicalValue('NaN', t('real'))).toBeNaN();
    expect(canonicalValue('2024-01-15T10:30:00.5', t('timestamp_ntz', 9))).toBe('2024-01-15 10:30:00.5');
    expect(canonicalValue('2024-01-15T10:30:00+05:30', t('timestamp_tz', 9))).toBe('2024-01-15 10:30:00 +05:30');
    expect(canonicalValue({ a: [1, 2] }, t('object'))).toBe('{"a":[1,2]}');
    expect(canonicalValue('text', t('variant'))).toBe('"text"');
    expect(canonicalValue('0aff', t('binary'))).toEqual(new Uint8Array([10, 255]));
    expect(canonicalValue(null, t('text'))).toBeNull();
  });
});

describe('session commands', () => {
  const created = new Date(2025, 7, 29, 10, 30, 15);
  const s: SessionInfo = {
    id: 'abc123-session', type: 'memory', createdAt: created, lastAccessed: created, ttlSeconds: 3600,
    expiresAt: null, path: null, database: 'MOCKHAUS', schema: 'PUBLIC', queryCount: 3, active: true,
  };

  it('shows the session like the original REPL', () => {
    expect(sessionLines(s, new Date(created.getTime() + 60_000))).toEqual([
      'Session ID: abc123-session',
      'Type: memory',
      'Created: 2025-08-29 10:30:15',
      'TTL: 3600 seconds',
      'Expires in: 59m',
      'Database: MOCKHAUS.PUBLIC',
      'Queries: 3',
      'Status: active',
    ]);
  });

  it('summarises the sessions with usage', () => {
    const lines = sessionsLines({ sessions: [], active: 3, total: 5, max: 100 }, 'x', 80, false);
    expect(lines).toEqual(['Active Sessions: 3', 'Total Sessions: 5', 'Usage: 3% of 100 max sessions']);
  });

  it('reads the session from REST answers', () => {
    const info = parseSession({ success: true, session: { session_id: 'id1', type: 'persistent', ttl_seconds: 60, storage: { type: 'local', path: '/tmp/x.db' }, created_at: '2025-01-01T00:00:00Z' } });
    expect(info).toMatchObject({ id: 'id1', type: 'persistent', ttlSeconds: 60, path: '/tmp/x.db' });
    expect(secondsLeft(info, new Date('2025-01-01T00:00:30Z'))).toBe(30);
  });

  it('formats durations', () => {
    expect([formatDuration(45), formatDuration(3599), formatDuration(7260), formatDuration(90000)]).toEqual(['45s', '59m', '2h 1m', '1d 1h']);
  });

  it('shows health and history', () => {
    expect(healthLines({ status: 'healthy', version: '0.5.0', uptimeSeconds: 125, details: { sessions: { active: 2, total: 5, max: 100 } } })).toEqual([
      'Status: healthy',
      'Version: 0.5.0',
      'Uptime: 2m',
      'Sessions: 2 active, 5 total, 100 max',
    ]);
    expect(historyLines([], 80, false)).toEqual(['No queries in the history yet.']);
  });
});
