/**
 * COPY INTO <location> (https://docs.snowflake.com/en/sql-reference/sql/copy-into-location):
 * unloading to an internal stage, checked by reading the written file back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'bun:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingestEnv, type IngestEnv } from './_ingest.ts';

let env: IngestEnv;
beforeEach(async () => {
  env = await ingestEnv();
  await env.q('CREATE STAGE s');
  await env.q('CREATE TABLE src (k INT, v STRING, d DATE, n NUMBER(5,2))');
  await env.q(`INSERT INTO src VALUES (1, 'a,b', NULL, 1.5), (2, '', '2024-01-02', NULL)`);
});
afterEach(async () => {
  await env.close();
});

async function fetch(stagePath: string): Promise<string> {
  const out = join(env.dir, 'out');
  const got = await env.q(`GET @s/${stagePath} file://${out}/`);
  const file = join(out, String(got[0]!.file));
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString();
}

describe('COPY INTO <location>', () => {
  it('writes gzip CSV named data_0_0_0.csv.gz under a folder path, NULL as an empty field', async () => {
    const rows = await env.q('COPY INTO @s/out/ FROM (SELECT * FROM src ORDER BY k)');
    expect(rows.map((r) => r.rows_unloaded)).toEqual(['2']);
    expect((await env.q('LIST @s')).map((r) => r.name)).toEqual(['s/out/data_0_0_0.csv.gz']);
    expect(await fetch('out/data_0_0_0.csv.gz')).toBe('1,a,b,,1.50\n2,,2024-01-02,\n');
  });

  it('encloses strings, writes a HEADER, and names files after a prefix', async () => {
    await env.q(`COPY INTO @s/result FROM (SELECT k, v FROM src ORDER BY k) FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '"' COMPRESSION = NONE) HEADER = TRUE`);
    expect(await fetch('result_0_0_0.csv')).toBe('K,V\n1,"a,b"\n2,""\n');
  });

  it('round-trips through COPY INTO <table>, and unloads JSON and Parquet', async () => {
    await env.q('COPY INTO @s/rt/ FROM src FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = \'"\')');
    await env.q('CREATE TABLE back LIKE src');
    await env.q(`COPY INTO back FROM @s/rt/ FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '"')`);
    expect(await env.q('SELECT * FROM back ORDER BY k')).toEqual(await env.q('SELECT * FROM src ORDER BY k'));
    await env.q(`COPY INTO @s/j/ FROM (SELECT OBJECT_CONSTRUCT('k', k) FROM src ORDER BY k) FILE_FORMAT = (TYPE = JSON)`);
    expect(await fetch('j/data_0_0_0.json.gz')).toBe('{"k":1}\n{"k":2}\n');
    expect(await env.q(`COPY INTO @s/p/ FROM src FILE_FORMAT = (TYPE = PARQUET) DETAILED_OUTPUT = TRUE`)).toEqual([{ FILE_NAME: 'p/data_0_0_0.snappy.parquet', FILE_SIZE: expect.any(String), ROW_COUNT: '2' }]);
    await env.q('CREATE TABLE pq (k INT, v STRING, d DATE, n NUMBER(5,2))');
    await env.q(`COPY INTO pq FROM @s/p/ FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE`);
    expect(await env.q('SELECT * FROM pq ORDER BY k')).toEqual(await env.q('SELECT * FROM src ORDER BY k'));
  });

  it('reports zero rows without writing a file', async () => {
    expect(await env.q('COPY INTO @s/none/ FROM (SELECT * FROM src WHERE false)')).toEqual([{ rows_unloaded: '0', input_bytes: '0', output_bytes: '0' }]);
    expect(await env.q('LIST @s')).toEqual([]);
  });
});
