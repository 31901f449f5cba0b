/**
 * PUT, LIST, GET and REMOVE on internal stages with real files
 * (docs.snowflake.com/en/sql-reference/sql/put, …/list, …/get, …/remove).
 */
import { afterEach, beforeEach, describe, expect, it } from 'bun:test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openSession } from '../../src/session/session.ts';
import { ingestEnv, type IngestEnv } from './_ingest.ts';

let env: IngestEnv;
beforeEach(async () => {
  env = await ingestEnv();
});
afterEach(async () => {
  await env.close();
});

const CSV = 'id,name\n1,alice\n2,bob\n';

describe('PUT', () => {
  it('uploads a file gzip-compressed and reports it as the clients do', async () => {
    const src = env.file('data.csv', CSV);
    await env.q('CREATE STAGE my_stage');
    const rows = await env.q(`PUT file://${src} @my_stage`);
    expect(rows.length).toBe(1);
    const { target_size, ...rest } = rows[0]!;
    expect(rest).toEqual({ source: 'data.csv', target: 'data.csv.gz', source_size: String(CSV.length), source_compression: 'NONE', target_compression: 'GZIP', status: 'UPLOADED', message: '' });
    expect(Number(target_size)).toBeGreaterThan(0);
  });

  it('skips a file already staged unless OVERWRITE = TRUE, and keeps names with AUTO_COMPRESS = FALSE', async () => {
    const src = env.file('data.csv', CSV);
    expect((await env.q(`PUT file://${src} @~/in AUTO_COMPRESS = FALSE`)).map((r) => [r.target, r.target_compression, r.status])).toEqual([['data.csv', 'NONE', 'UPLOADED']]);
    expect((await env.q(`PUT file://${src} @~/in AUTO_COMPRESS = FALSE`)).map((r) => r.status)).toEqual(['SKIPPED']);
    expect((await env.q(`PUT file://${src} @~/in AUTO_COMPRESS = FALSE OVERWRITE = TRUE`)).map((r) => r.status)).toEqual(['UPLOADED']);
  });

  it('uploads every file matching a wildcard, and fails on a missing file', async () => {
    env.file('a1.csv', CSV);
    env.file('a2.csv', CSV);
    env.file('b.csv', CSV);
    await env.q('CREATE STAGE s');
    expect((await env.q(`PUT 'file://${env.dir}/a*.csv' @s`)).map((r) => r.target)).toEqual(['a1.csv.gz', 'a2.csv.gz']);
    expect(await env.err(`PUT file://${env.dir}/nope.csv @s`)).toMatchObject({ code: '253006' });
  });

  it('fails with 002003 on a stage that does not exist', async () => {
    const src = env.file('data.csv', CSV);
    expect(await env.err(`PUT file://${src} @no_stage`)).toEqual({ code: '002003', sqlState: '02000', message: "SQL compilation error:\nStage 'MOCKHAUS.PUBLIC.NO_STAGE' does not exist or not authorized." });
  });
});

describe('LIST / REMOVE / GET', () => {
  it('lists named-stage files prefixed with the lower-case stage name, md5 of the stored bytes', async () => {
    const src = env.file('data.csv', CSV);
    await env.q('CREATE STAGE my_stage');
    await env.q(`PUT file://${src} @my_stage/2024/ AUTO_COMPRESS = FALSE`);
    const rows = await env.q('LS @my_stage');
    expect(rows.map((r) => [r.name, r.size, r.md5])).toEqual([['my_stage/2024/data.csv', String(CSV.length), createHash('md5').update(CSV).digest('hex')]]);
    expect(String(rows[0]!.last_modified)).toMatch(/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(await env.q(`LIST @my_stage PATTERN = '.*[.]json'`)).toEqual([]);
    expect((await env.q('LIST @my_stage/2024')).length).toBe(1);
  });

  it('downloads staged files as stored and removes them', async () => {
    const src = env.file('data.csv', CSV);
    await env.q(`PUT file://${src} @~`);
    const out = join(env.dir, 'out');
    expect(await env.q(`GET @~/data.csv.gz file://${out}/`)).toEqual([{ file: 'data.csv.gz', size: expect.any(String), status: 'DOWNLOADED', message: '' }]);
    expect(gunzipSync(readFileSync(join(out, 'data.csv.gz'))).toString()).toBe(CSV);
    expect(await env.q('RM @~/data')).toEqual([{ name: 'data.csv.gz', result: 'removed' }]);
    expect(await env.q('LIST @~')).toEqual([]);
  });

  it('uses the table stage @%t of an existing table', async () => {
    const src = env.file('data.csv', CSV);
    await env.q('CREATE TABLE t (id INT, name STRING)');
    await env.q(`PUT file://${src} @%t`);
    expect((await env.q('LIST @%t')).map((r) => r.name)).toEqual(['data.csv.gz']);
    expect(await env.err(`LIST @%nope`)).toMatchObject({ code: '002003' });
  });

  it('reads a stage created with URL = file:///... directly and never deletes from it', async () => {
    env.file('ext/x.csv', CSV);
    await env.q(`CREATE STAGE local_files URL = 'file://${env.dir}/ext/'`);
    expect((await env.q('LIST @local_files')).map((r) => r.name)).toEqual([`file://${env.dir}/ext/x.csv`]);
    expect(await env.err('REMOVE @local_files')).toMatchObject({ code: '000002' });
    expect(existsSync(join(env.dir, 'ext/x.csv'))).toBe(true);
  });

  it('says which external stages are not supported', async () => {
    await env.q(`CREATE STAGE az URL = 'azure://acct.blob.core.windows.net/c/path/'`);
    expect(await env.err('LIST @az')).toEqual({ code: '000002', sqlState: '0A000', message: "Unsupported feature 'external stage on Azure'." });
  });
});

describe('stage storage', () => {
  it('keeps a persistent session\'s staged files in <db>.stages next to its file', async () => {
    const path = join(env.dir, 'db', 'session.duckdb');
    const src = env.file('data.csv', CSV);
    const first = await openSession({ path });
    await first.execute('CREATE STAGE keep');
    await first.execute(`PUT file://${src} @keep`);
    await first.close();
    expect(existsSync(`${path}.stages`)).toBe(true);
    const again = await openSession({ path });
    try {
      const r = (await again.execute('LIST @keep'))[0]!;
      expect(r.rows.map((x) => x[0])).toEqual(['keep/data.csv.gz']);
    } finally {
      await again.close();
    }
  });

  it('removes a memory session\'s stage folder when the session closes', async () => {
    const mine = () => new Set(readdirSync(tmpdir()).filter((f) => f.startsWith(`mockhaus-stages-${process.pid}-`)));
    const before = mine();
    const s = await openSession({});
    await s.execute(`PUT file://${env.file('data.csv', CSV)} @~`);
    const created = [...mine()].filter((f) => !before.has(f));
    expect(created.length).toBe(1);
    await s.close();
    expect(existsSync(join(tmpdir(), created[0]!))).toBe(false);
  });
});
