/**
 * A stage created with a bare file format name (`FILE_FORMAT = my_fmt`) uses that named format, as
 * `FILE_FORMAT = (FORMAT_NAME = 'my_fmt')` does (https://docs.snowflake.com/en/sql-reference/sql/create-stage).
 * Before the fix the bare name was dropped and COPY read the files with CSV defaults.
 */
import { afterEach, beforeEach, describe, expect, it } from 'bun:test';
import { ingestEnv, type IngestEnv } from '../features/_ingest.ts';

let env: IngestEnv;
beforeEach(async () => {
  env = await ingestEnv();
});
afterEach(async () => {
  await env.close();
});

describe('stage FILE_FORMAT given as a bare name', () => {
  it('COPY uses the named format (semicolons, header skipped)', async () => {
    await env.q(`CREATE FILE FORMAT semi TYPE = CSV FIELD_DELIMITER = ';' SKIP_HEADER = 1`);
    await env.q(`CREATE STAGE s FILE_FORMAT = semi`);
    await env.q(`PUT file://${env.file('a.csv', 'id;name\n1;alice\n2;bob\n')} @s`);
    await env.q('CREATE TABLE t (id INT, name STRING)');
    const [r] = await env.q('COPY INTO t FROM @s');
    expect(r).toMatchObject({ file: 's/a.csv.gz', status: 'LOADED', rows_parsed: '2', rows_loaded: '2' });
    expect(await env.q('SELECT * FROM t ORDER BY id')).toEqual([{ ID: '1', NAME: 'alice' }, { ID: '2', NAME: 'bob' }]);
  });
});
