/**
 * Querying staged files (https://docs.snowflake.com/en/user-guide/querying-stage):
 * `SELECT $1, METADATA$FILENAME, METADATA$FILE_ROW_NUMBER FROM @stage (FILE_FORMAT => …, PATTERN => …) t`
 * over real CSV, JSON and Parquet files, with the doc's examples as whole result rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'bun:test';
import { ingestEnv, type IngestEnv } from './_ingest.ts';

let env: IngestEnv;
beforeEach(async () => {
  env = await ingestEnv();
});
afterEach(async () => {
  await env.close();
});

describe('SELECT FROM @stage (CSV)', () => {
  beforeEach(async () => {
    // The doc's example 1: two pipe-delimited files staged with PUT (gzip).
    await env.q("CREATE OR REPLACE FILE FORMAT myformat TYPE = 'csv' FIELD_DELIMITER = '|'");
    await env.q('CREATE OR REPLACE STAGE mystage1');
    env.file('data1.csv', 'a|b\nc|d\n');
    env.file('data2.csv', 'e|f\ng|h\n');
    await env.q(`PUT file://${env.dir}/data*.csv @mystage1`);
  });

  it('returns the metadata columns and the fields as strings (doc example)', async () => {
    expect(await env.q('SELECT METADATA$FILENAME, METADATA$FILE_ROW_NUMBER, t.$1, t.$2 FROM @mystage1 (file_format => myformat) t ORDER BY 1, 2')).toEqual([
      { METADATA$FILENAME: 'data1.csv.gz', METADATA$FILE_ROW_NUMBER: '1', $1: 'a', $2: 'b' },
      { METADATA$FILENAME: 'data1.csv.gz', METADATA$FILE_ROW_NUMBER: '2', $1: 'c', $2: 'd' },
      { METADATA$FILENAME: 'data2.csv.gz', METADATA$FILE_ROW_NUMBER: '1', $1: 'e', $2: 'f' },
      { METADATA$FILENAME: 'data2.csv.gz', METADATA$FILE_ROW_NUMBER: '2', $1: 'g', $2: 'h' },
    ]);
  });

  it('filters files with PATTERN and the path after the stage', async () => {
    expect(await env.q("SELECT t.$1, t.$2 FROM @mystage1 (file_format => 'myformat', pattern=>'.*data.*[.]csv.gz') t ORDER BY 1")).toEqual([
      { $1: 'a', $2: 'b' }, { $1: 'c', $2: 'd' }, { $1: 'e', $2: 'f' }, { $1: 'g', $2: 'h' },
    ]);
    expect(await env.q("SELECT $1 FROM @mystage1/data2 (FILE_FORMAT => 'myformat') ORDER BY 1")).toEqual([{ $1: 'e' }, { $1: 'g' }]);
  });

  it('gives NULL past the last field and works in WHERE and aggregates', async () => {
    expect(await env.q("SELECT $1, $3 FROM @mystage1 (FILE_FORMAT => 'myformat') WHERE $2 = 'd'")).toEqual([{ $1: 'c', $3: null }]);
    expect(await env.q("SELECT COUNT(*) AS N, COUNT(DISTINCT METADATA$FILENAME) AS F FROM @mystage1 (FILE_FORMAT => 'myformat')")).toEqual([{ N: '4', F: '2' }]);
  });

  it('fails with 002003 for a missing stage or file format', async () => {
    expect((await env.err('SELECT $1 FROM @nostage')).code).toBe('002003');
    expect((await env.err("SELECT $1 FROM @mystage1 (FILE_FORMAT => 'nofmt')")).code).toBe('002003');
  });

  it('is refused plainly inside INSERT ... SELECT', async () => {
    await env.q('CREATE TABLE t (a STRING)');
    expect((await env.err('INSERT INTO t SELECT $1 FROM @mystage1')).code).toBe('000002');
  });
});

describe('SELECT FROM @stage (JSON, Parquet)', () => {
  it('reads each JSON document as a VARIANT $1 (doc example)', async () => {
    await env.q("CREATE OR REPLACE FILE FORMAT my_json_format TYPE = 'json'");
    await env.q("CREATE OR REPLACE STAGE mystage2 FILE_FORMAT = (FORMAT_NAME = 'my_json_format')");
    env.file('data1.json', '{"a": {"b": "x1","c": "y1"}}\n{"a": {"b": "x2","c": "y2"}}\n');
    await env.q(`PUT file://${env.dir}/data1.json @mystage2`);
    expect(await env.q('SELECT parse_json($1):a.b FROM @mystage2/data1.json.gz')).toEqual([{ 'PARSE_JSON($1):A.B': '"x1"' }, { 'PARSE_JSON($1):A.B': '"x2"' }]);
    expect(await env.q('SELECT $1:a.c::string AS C, METADATA$FILE_ROW_NUMBER AS N, $2 FROM @mystage2 ORDER BY N')).toEqual([
      { C: 'y1', N: '1', $2: null }, { C: 'y2', N: '2', $2: null },
    ]);
  });

  it('reads each Parquet row as an object $1', async () => {
    await env.q('CREATE STAGE s');
    await env.q('CREATE FILE FORMAT pq TYPE = PARQUET');
    await env.q("COPY INTO @s/out/ FROM (SELECT 1 AS ID, 'x' AS NAME) FILE_FORMAT = (FORMAT_NAME = 'pq')");
    expect(await env.q("SELECT $1:ID::int AS ID, $1:NAME::string AS NAME, METADATA$FILENAME AS F FROM @s/out/ (FILE_FORMAT => 'pq')")).toEqual([
      { ID: '1', NAME: 'x', F: 'out/data_0_0_0.snappy.parquet' },
    ]);
  });
});
