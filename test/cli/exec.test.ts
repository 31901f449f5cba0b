import { describe, expect, it, beforeAll, afterAll } from 'bun:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './_cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mockhaus-exec-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exec output formats', () => {
  it('prints an aligned table with a footer on stderr', async () => {
    const r = await cli(['exec', '-e', "select 1 as x, 'a' as y"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('X | Y\n--+--\n1 | a\n');
    expect(r.stderr).toMatch(/^1 row in \d+\.\d{3}s\n$/);
  });

  it('shows NULL and right-aligns numbers in a table', async () => {
    const r = await cli(['exec', '-q', '-e', "select column1 as n, column2 as s from values (1, 'a'), (100, null)"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('  N | S\n----+-----\n  1 | a\n100 | NULL\n');
  });

  it('writes RFC 4180 CSV with a header row', async () => {
    const r = await cli(['exec', '--format', 'csv', '-e', `select 'a,b' as "x y", 'say "hi"' as q, null as n, 'l1\nl2' as m`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x y,Q,N,M\r\n"a,b","say ""hi""",,"l1\nl2"\r\n');
  });

  it('writes JSON as an array of objects keyed by Snowflake column names', async () => {
    const r = await cli(['exec', '--format', 'json', '-e', "select 1 as id, 'x' as name union all select 2, 'y' order by id"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { ID: 1, NAME: 'x' },
      { ID: 2, NAME: 'y' },
    ]);
  });

  it('writes JSON lines', async () => {
    const r = await cli(['exec', '--format', 'jsonl', '-e', 'select 1 as a; select 2 as b']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"A":1}\n{"B":2}\n');
  });

  it('prints Snowflake status rows for DDL and DML', async () => {
    const r = await cli([
      'exec',
      '--format',
      'csv',
      '-e',
      'create table t (id int); insert into t values (1), (2); update t set id = 3 where id = 1; delete from t',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\r/g, '')).toBe(
      [
        'status',
        'Table T successfully created.',
        'number of rows inserted',
        '2',
        'number of rows updated,number of multi-joined rows updated',
        '1,0',
        'number of rows deleted',
        '2',
        '',
      ].join('\n'),
    );
  });
});

describe('exec statement splitting', () => {
  it('does not split inside strings, $$ bodies or comments', async () => {
    const sql = "select 'a;b' as s; -- c;d\nselect $$x;y$$ as t; /* ; */ select 3 as n;";
    const r = await cli(['exec', '--format', 'jsonl', '-e', sql]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"S":"a;b"}\n{"T":"x;y"}\n{"N":3}\n');
  });

  it('reads the script from stdin with -', async () => {
    const r = await cli(['exec', '--format', 'csv', '-'], { stdin: 'select 42 as answer;' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ANSWER\r\n42\r\n');
  });
});

describe('exec errors and exit codes', () => {
  it('exits 1 naming the statement, its line and Snowflake code for a syntax error on line 3', async () => {
    const file = join(dir, 'bad.sql');
    writeFileSync(file, 'select 1;\nselect 2;\nselect * frm t;\n');
    const r = await cli(['exec', '-q', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('statement 3');
    expect(r.stderr).toContain('line 3');
    expect(r.stderr).toContain('001003 (42000): SQL compilation error:');
  });

  it('stops at the first error by default', async () => {
    const r = await cli(['exec', '--format', 'jsonl', '-e', 'select 1 as a; select * from nope; select 2 as b']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('{"A":1}\n');
    expect(r.stderr).toContain("002003 (42S02): SQL compilation error:\nObject 'NOPE' does not exist or not authorized.");
  });

  it('keeps going with --continue-on-error and still exits 1', async () => {
    const r = await cli(['exec', '--continue-on-error', '--format', 'jsonl', '-e', 'select 1 as a; select * from nope; select 2 as b']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('{"A":1}\n{"B":2}\n');
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli(['exec', '--format', 'xml', '-e', 'select 1'])).code).toBe(2);
    expect((await cli(['exec'])).code).toBe(2);
    expect((await cli(['nosuchcommand'])).code).toBe(2);
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const r = await cli(['exec', join(dir, 'missing.sql')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read');
    expect(r.stderr).toContain('ENOENT');
  });
});

describe('exec options', () => {
  it('prints DuckDB SQL with --translate-only and runs nothing', async () => {
    const r = await cli(['exec', '--translate-only', '-e', 'create table t (a int); select a from t']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"A"');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps data across runs with --database', async () => {
    const db = join(dir, 'persist.db');
    expect((await cli(['exec', '--database', db, '-e', "create table p (v varchar); insert into p values ('kept')"])).code).toBe(0);
    const r = await cli(['exec', '--database', db, '--format', 'csv', '-e', 'select v from p']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('V\r\nkept\r\n');
  });

  it('runs a 10,000-statement INSERT script', async () => {
    const file = join(dir, 'many.sql');
    const lines = ['create table m (i int, s varchar);'];
    for (let i = 0; i < 10_000; i++) lines.push(`insert into m values (${i}, 'row ${i}');`);
    lines.push('select count(*) as n, sum(i) as total from m;');
    writeFileSync(file, lines.join('\n'));
    const r = await cli(['exec', '--format', 'csv', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\r/g, '').trim().split('\n').slice(-2)).toEqual(['N,TOTAL', '10000,49995000']);
  }, 120_000);
});
