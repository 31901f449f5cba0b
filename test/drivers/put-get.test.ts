/**
 * PUT and GET through the unmodified snowflake-sdk: the server answers with a LOCAL_FS stage
 * (the stage's folder), the driver gzips and copies the file itself, and LIST / COPY INTO / GET
 * then see it. Real server on 127.0.0.1, real temp files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { connect, destroy, exec, execError, startWireServer, type Conn, type TestServer } from './_harness.ts';

let server: TestServer;
let conn: Conn;
let dir: string;
const CSV = '1,alpha\n2,beta\n3,gamma\n';

beforeAll(async () => {
  server = await startWireServer();
  conn = await connect(server.url, { database: 'pg_db', schema: 'pg_schema' });
  dir = mkdtempSync(join(tmpdir(), 'mockhaus-putget-'));
  writeFileSync(join(dir, 'x.csv'), CSV);
  await exec(conn, 'CREATE STAGE mystage');
});

afterAll(async () => {
  await destroy(conn).catch(() => undefined);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('PUT / GET over the driver protocol', () => {
  it('uploads and gzips a local file; the driver reports the row Snowflake clients print', async () => {
    const { rows } = await exec(conn, `PUT file://${dir}/x.csv @mystage`);
    expect(rows).toEqual([
      {
        source: 'x.csv', target: 'x.csv.gz', sourceSize: CSV.length, targetSize: rows[0].targetSize,
        sourceCompression: null, targetCompression: 'GZIP', status: 'UPLOADED', message: undefined,
      },
    ]);
    expect(rows[0].targetSize).toBeGreaterThan(0);
  });

  it('LIST shows the uploaded file under the stage name', async () => {
    const { rows } = await exec(conn, 'LIST @mystage');
    expect(rows.map((r: { name: string; size: number }) => [r.name, r.size])).toEqual([['mystage/x.csv.gz', rows[0].size]]);
    expect(rows[0].md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('COPY INTO loads it and SELECT returns the rows', async () => {
    await exec(conn, 'CREATE TABLE T (ID NUMBER, NAME VARCHAR)');
    const copy = await exec(conn, 'COPY INTO T FROM @mystage');
    expect(copy.rows.map((r: { file: string; status: string; rows_loaded: number }) => [r.file, r.status, r.rows_loaded])).toEqual([
      ['mystage/x.csv.gz', 'LOADED', 3],
    ]);
    const { rows } = await exec(conn, 'SELECT ID, NAME FROM T ORDER BY ID');
    expect(rows).toEqual([{ ID: 1, NAME: 'alpha' }, { ID: 2, NAME: 'beta' }, { ID: 3, NAME: 'gamma' }]);
  });

  it('GET downloads the staged file (still gzip) into a folder it creates', async () => {
    const out = join(dir, 'out', 'nested');
    const { rows } = await exec(conn, `GET @mystage/x.csv.gz file://${out}/`);
    expect(rows).toEqual([{ file: 'x.csv.gz', size: rows[0].size, status: 'DOWNLOADED', message: undefined }]);
    expect(gunzipSync(readFileSync(join(out, 'x.csv.gz'))).toString()).toBe(CSV);
  });

  it('PUT AUTO_COMPRESS = FALSE into a path keeps the name; GET with PATTERN picks it', async () => {
    const put = await exec(conn, `PUT file://${dir}/x.csv @mystage/raw/ AUTO_COMPRESS = FALSE`);
    expect(put.rows.map((r: { target: string; status: string }) => [r.target, r.status])).toEqual([['x.csv', 'UPLOADED']]);
    const list = await exec(conn, 'LIST @mystage/raw');
    expect(list.rows.map((r: { name: string }) => r.name)).toEqual(['mystage/raw/x.csv']);
    const out = join(dir, 'out2');
    const get = await exec(conn, `GET @mystage file://${out} PATTERN = '.*[.]csv'`);
    expect(get.rows.map((r: { file: string; status: string }) => [r.file, r.status])).toEqual([['raw/x.csv', 'DOWNLOADED']]);
    expect(readFileSync(join(out, 'x.csv'), 'utf8')).toBe(CSV);
  });

  it('a missing local file fails with 253006 and uploads nothing', async () => {
    const err = await execError(conn, `PUT file://${dir}/nope.csv @mystage`);
    expect([err.code, err.message]).toEqual(['253006', `File doesn't exist: ['${dir}/nope.csv']`]);
    expect(existsSync(join(dir, 'nope.csv'))).toBe(false);
  });

  it('a missing stage fails with 002003', async () => {
    const err = await execError(conn, `PUT file://${dir}/x.csv @nostage`);
    expect(err.code).toBe('002003');
  });
});
