/**
 * External stages on S3 and S3-compatible storage, against a real S3-compatible server (s3rver,
 * in-process on 127.0.0.1) and real DuckDB
 * (docs.snowflake.com/en/sql-reference/sql/create-stage, …/user-guide/data-load-s3-compatible-storage,
 * …/sql/list, …/sql/copy-into-table, …/sql/copy-into-location).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'bun:test';
import { S3Client } from 'bun';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import S3rver from 's3rver';
import { ingestEnv, type IngestEnv } from './_ingest.ts';

// s3rver's built-in account.
const KEY = 'S3RVER';
const SECRET = 'S3RVER';
const CREDS = `CREDENTIALS = (AWS_KEY_ID = '${KEY}' AWS_SECRET_KEY = '${SECRET}')`;

let server: S3rver;
let serverDir: string;
let endpoint: string;
let bucket: S3Client;
let env: IngestEnv;

beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'mockhaus-s3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: serverDir, configureBuckets: [{ name: 'bkt', configs: [] }] });
  const { port } = await server.run();
  endpoint = `127.0.0.1:${port}`;
  bucket = new S3Client({ accessKeyId: KEY, secretAccessKey: SECRET, bucket: 'bkt', endpoint: `http://${endpoint}`, region: 'us-east-1' });
});
afterAll(async () => {
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
});
beforeEach(async () => {
  env = await ingestEnv();
  for (const o of (await bucket.list({ prefix: '' })).contents ?? []) await bucket.delete(o.key);
});
afterEach(async () => {
  await env.close();
});

const md5 = (s: string | Uint8Array): string => createHash('md5').update(s).digest('hex');

async function compatStage(name: string, path = 'data/', extra = ''): Promise<void> {
  await env.q(`CREATE STAGE ${name} URL = 's3compat://bkt/${path}' ENDPOINT = '${endpoint}' ${CREDS} ${extra}`);
}

/** Run with environment variables set, restoring them afterwards. */
async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const old = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(old)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('LIST on an S3 stage', () => {
  it('names objects by their full s3compat:// URL, with size, ETag md5 and RFC 1123 time', async () => {
    await bucket.write('data/a.csv', '1,x\n');
    await bucket.write('data/sub/b.csv', '2,y\n3,z\n');
    await bucket.write('other/c.csv', 'no');
    await compatStage('s');
    const rows = await env.q('LIST @s');
    expect(rows.map((r) => [r.name, r.size, r.md5])).toEqual([
      ['s3compat://bkt/data/a.csv', '4', md5('1,x\n')],
      ['s3compat://bkt/data/sub/b.csv', '8', md5('2,y\n3,z\n')],
    ]);
    expect(String(rows[0]!.last_modified)).toMatch(/^\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it('takes the path after the stage as a prefix and PATTERN over the path inside the stage', async () => {
    await bucket.write('data/a.csv', '1');
    await bucket.write('data/sub/b.csv', '2');
    await bucket.write('data/sub/c.json', '3');
    await compatStage('s');
    expect((await env.q('LIST @s/sub')).map((r) => r.name)).toEqual(['s3compat://bkt/data/sub/b.csv', 's3compat://bkt/data/sub/c.json']);
    expect((await env.q(`LIST @s PATTERN = '.*[.]csv'`)).map((r) => r.name)).toEqual(['s3compat://bkt/data/a.csv', 's3compat://bkt/data/sub/b.csv']);
  });

  it('uses MOCKHAUS_S3_ENDPOINT for s3:// stages and names files s3://bucket/key', async () => {
    await bucket.write('data/a.csv', '1');
    await env.q(`CREATE STAGE aws URL = 's3://bkt/data' ${CREDS}`);
    const rows = await withEnv({ MOCKHAUS_S3_ENDPOINT: `http://${endpoint}` }, () => env.q('LIST @aws'));
    expect(rows.map((r) => r.name)).toEqual(['s3://bkt/data/a.csv']);
  });

  it('takes credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY when the stage has none', async () => {
    await bucket.write('data/a.csv', '1');
    await env.q(`CREATE STAGE s URL = 's3compat://bkt/data/' ENDPOINT = '${endpoint}'`);
    const rows = await withEnv({ AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET }, () => env.q('LIST @s'));
    expect(rows.map((r) => r.name)).toEqual(['s3compat://bkt/data/a.csv']);
  });
});

describe('COPY INTO <table> from an S3 stage', () => {
  it('loads CSV (plain and gzip) and reports each file by its URL', async () => {
    await bucket.write('data/a.csv', '1,alice\n2,bob\n');
    await bucket.write('data/b.csv.gz', gzipSync('3,carol\n'));
    await compatStage('s');
    await env.q('CREATE TABLE t (id INT, name VARCHAR)');
    const rows = await env.q('COPY INTO t FROM @s');
    expect(rows.map((r) => [r.file, r.status, r.rows_parsed, r.rows_loaded])).toEqual([
      ['s3compat://bkt/data/a.csv', 'LOADED', '2', '2'],
      ['s3compat://bkt/data/b.csv.gz', 'LOADED', '1', '1'],
    ]);
    expect(await env.q('SELECT * FROM t ORDER BY id')).toEqual([{ ID: '1', NAME: 'alice' }, { ID: '2', NAME: 'bob' }, { ID: '3', NAME: 'carol' }]);
    expect(await env.q('COPY INTO t FROM @s')).toEqual([{ status: 'Copy executed with 0 files processed.' }]);
  });

  it('loads JSON with MATCH_BY_COLUMN_NAME and the stage FILE_FORMAT', async () => {
    await bucket.write('data/x.json', '{"ID": 1, "NAME": "a"}\n{"ID": 2, "NAME": "b"}\n');
    await compatStage('j', 'data/', 'FILE_FORMAT = (TYPE = JSON)');
    await env.q('CREATE TABLE t (id INT, name VARCHAR)');
    const rows = await env.q('COPY INTO t FROM @j MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE');
    expect(rows.map((r) => [r.file, r.status, r.rows_loaded])).toEqual([['s3compat://bkt/data/x.json', 'LOADED', '2']]);
    expect(await env.q('SELECT * FROM t ORDER BY id')).toEqual([{ ID: '1', NAME: 'a' }, { ID: '2', NAME: 'b' }]);
  });

  it('fails with 091016 for a FILES entry that is not in the bucket', async () => {
    await compatStage('s');
    await env.q('CREATE TABLE t (id INT)');
    expect(await env.err(`COPY INTO t FROM @s FILES = ('nope.csv')`)).toMatchObject({ code: '091016', message: expect.stringContaining("Remote file 's3compat://bkt/data/nope.csv' was not found") });
  });

  it('loads from a quoted s3:// URL with CREDENTIALS in the statement', async () => {
    await bucket.write('in/a.csv', '7,g\n');
    await env.q('CREATE TABLE t (id INT, name VARCHAR)');
    const rows = await withEnv({ MOCKHAUS_S3_ENDPOINT: `http://${endpoint}` }, () => env.q(`COPY INTO t FROM 's3://bkt/in/' ${CREDS} FILE_FORMAT = (TYPE = CSV)`));
    expect(rows.map((r) => [r.file, r.status])).toEqual([['s3://bkt/in/a.csv', 'LOADED']]);
    expect(await env.q('SELECT * FROM t')).toEqual([{ ID: '7', NAME: 'g' }]);
  });

  it('deletes loaded objects with PURGE = TRUE', async () => {
    await bucket.write('data/a.csv', '1\n');
    await compatStage('s');
    await env.q('CREATE TABLE t (id INT)');
    await env.q('COPY INTO t FROM @s PURGE = TRUE');
    expect(await bucket.exists('data/a.csv')).toBe(false);
  });
});

describe('REMOVE and unload on an S3 stage', () => {
  it('REMOVE deletes the matching objects', async () => {
    await bucket.write('data/a.csv', '1');
    await bucket.write('data/b.json', '2');
    await compatStage('s');
    expect(await env.q(`REMOVE @s PATTERN = '.*[.]csv'`)).toEqual([{ name: 's3compat://bkt/data/a.csv', result: 'removed' }]);
    expect(((await bucket.list({ prefix: '' })).contents ?? []).map((o) => o.key)).toEqual(['data/b.json']);
  });

  it('COPY INTO @stage uploads the file, and Parquet round-trips through the bucket', async () => {
    await compatStage('s', 'out/');
    await env.q(`CREATE TABLE src AS SELECT 1 AS id, 'a' AS name UNION ALL SELECT 2, 'b'`);
    expect(await env.q(`COPY INTO @s/csv/ FROM src FILE_FORMAT = (TYPE = CSV COMPRESSION = NONE)`)).toEqual([{ rows_unloaded: '2', input_bytes: '8', output_bytes: '8' }]);
    expect(await bucket.file('out/csv/data_0_0_0.csv').text()).toBe('1,a\n2,b\n');
    await env.q(`COPY INTO @s/pq/ FROM src FILE_FORMAT = (TYPE = PARQUET)`);
    await env.q('CREATE TABLE back (id INT, name VARCHAR)');
    const rows = await env.q(`COPY INTO back FROM @s/pq/ FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE`);
    expect(rows.map((r) => [r.file, r.status])).toEqual([['s3compat://bkt/out/pq/data_0_0_0.snappy.parquet', 'LOADED']]);
    expect(await env.q('SELECT * FROM back ORDER BY id')).toEqual([{ ID: '1', NAME: 'a' }, { ID: '2', NAME: 'b' }]);
  });
});

describe('S3 failures', () => {
  it('bad credentials fail with 091003 Failure using stage area', async () => {
    await env.q(`CREATE STAGE s URL = 's3compat://bkt/data/' ENDPOINT = '${endpoint}' CREDENTIALS = (AWS_KEY_ID = 'NOPE' AWS_SECRET_KEY = 'x')`);
    expect(await env.err('LIST @s')).toEqual({
      code: '091003', sqlState: '22000',
      message: 'Failure using stage area. Cause: [The AWS Access Key Id you provided does not exist in our records. (Status Code: 403; Error Code: InvalidAccessKeyId)]',
    });
  });

  it('a missing bucket fails with 091003 naming NoSuchBucket', async () => {
    await env.q(`CREATE STAGE s URL = 's3compat://nobucket/' ENDPOINT = '${endpoint}' ${CREDS}`);
    expect(await env.err('LIST @s')).toMatchObject({ code: '091003', sqlState: '22000', message: expect.stringContaining('Error Code: NoSuchBucket') });
  });

  it('an unreachable endpoint fails with 091003', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await env.q(`CREATE STAGE s URL = 's3compat://bkt/' ENDPOINT = '127.0.0.1:${port}' ${CREDS}`);
    expect(await env.err('LIST @s')).toMatchObject({ code: '091003', message: expect.stringContaining(`Unable to reach S3 endpoint http://127.0.0.1:${port}`) });
  });

  it('an endpoint that never answers times out instead of hanging', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    try {
      await env.q(`CREATE STAGE s URL = 's3compat://bkt/' ENDPOINT = '127.0.0.1:${port}' ${CREDS}`);
      const e = await withEnv({ MOCKHAUS_S3_TIMEOUT_MS: '300' }, () => env.err('LIST @s'));
      expect(e).toMatchObject({ code: '091003', message: expect.stringContaining('timed out after 300 ms') });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('GCS and Azure stages stay NotSupported, and so does GET from S3', async () => {
    await env.q(`CREATE STAGE g URL = 'gcs://b/p/'`);
    expect((await env.err('LIST @g')).message).toBe("Unsupported feature 'external stage on GCS'.");
    await compatStage('s');
    expect((await env.err(`GET @s file://${env.dir}/`)).message).toContain('Unsupported feature');
  });
});

describe('S3 credentials', () => {
  it('a stage without CREDENTIALS and no AWS_* environment fails with 091003 saying so', async () => {
    await env.q(`CREATE STAGE s URL = 's3compat://bkt/' ENDPOINT = '${endpoint}'`);
    const e = await withEnv({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }, () => env.err('LIST @s'));
    expect(e).toMatchObject({ code: '091003', sqlState: '22000', message: expect.stringContaining("Missing AWS credentials for bucket 'bkt'") });
  });
});
