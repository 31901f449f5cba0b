/**
 * COPY INTO <table> from staged CSV, JSON and Parquet files
 * (https://docs.snowflake.com/en/sql-reference/sql/copy-into-table), with real files in a temp folder.
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

const row = (file: string, status: string, parsed: number, loaded: number, limit: number, seen: number, err: [string, number, number, string] | null = null) => ({
  file, status, rows_parsed: String(parsed), rows_loaded: String(loaded), error_limit: String(limit), errors_seen: String(seen),
  first_error: err?.[0] ?? null, first_error_line: err ? String(err[1]) : null, first_error_character: err ? String(err[2]) : null, first_error_column_name: err?.[3] ?? null,
});

async function stageCsv(name: string, content: string, stage = 'my_stage'): Promise<void> {
  await env.q(`CREATE STAGE IF NOT EXISTS ${stage}`);
  await env.q(`PUT file://${env.file(name, content)} @${stage}`);
}

describe('COPY INTO <table> from CSV', () => {
  it('loads every file, converting text into the column types, one result row per file', async () => {
    await stageCsv('a.csv', 'id,name,amount,day\n1,alice,10.5,2024-01-02\n2,bob,,2024-01-03\n');
    await stageCsv('b.csv', 'id,name,amount,day\n3,\\N,7,2024-02-01\n');
    await env.q('CREATE TABLE t (id INT, name STRING, amount NUMBER(10,2), day DATE)');
    expect(await env.q(`COPY INTO t FROM @my_stage FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1)`)).toEqual([
      row('my_stage/a.csv.gz', 'LOADED', 2, 2, 1, 0),
      row('my_stage/b.csv.gz', 'LOADED', 1, 1, 1, 0),
    ]);
    expect(await env.q('SELECT * FROM t ORDER BY id')).toEqual([
      { ID: '1', NAME: 'alice', AMOUNT: '10.50', DAY: '2024-01-02' },
      { ID: '2', NAME: 'bob', AMOUNT: null, DAY: '2024-01-03' },
      { ID: '3', NAME: null, AMOUNT: '7.00', DAY: '2024-02-01' },
    ]);
  });

  it('skips files loaded before unless FORCE = TRUE, and says when nothing was processed', async () => {
    await stageCsv('a.csv', '1\n2\n');
    await env.q('CREATE TABLE t (a INT)');
    await env.q('COPY INTO t FROM @my_stage');
    expect(await env.q('COPY INTO t FROM @my_stage')).toEqual([{ status: 'Copy executed with 0 files processed.' }]);
    expect(await env.q('COPY INTO t FROM @my_stage FORCE = TRUE')).toEqual([row('my_stage/a.csv.gz', 'LOADED', 2, 2, 1, 0)]);
    expect(await env.q('SELECT count(*) AS n FROM t')).toEqual([{ N: '4' }]);
    expect(await env.q(`SELECT table_name, file_name, status, row_count FROM information_schema.load_history`)).toEqual([
      { TABLE_NAME: 'T', FILE_NAME: 'my_stage/a.csv.gz', STATUS: 'LOADED', ROW_COUNT: '2' },
      { TABLE_NAME: 'T', FILE_NAME: 'my_stage/a.csv.gz', STATUS: 'LOADED', ROW_COUNT: '2' },
    ]);
  });

  it('aborts the whole statement on a bad value by default (100038), loading nothing', async () => {
    await stageCsv('a.csv', '1,x\n2,y\n');
    await stageCsv('b.csv', '3,z\nabc,w\n');
    await env.q('CREATE TABLE t (a INT, b STRING)');
    const e = await env.err('COPY INTO t FROM @my_stage');
    expect([e.code, e.sqlState]).toEqual(['100038', '22018']);
    expect(e.message).toBe(
      "Numeric value 'abc' is not recognized\n  File 'my_stage/b.csv.gz', line 2, character 1\n  Row 2, column \"T\"[\"A\":1]\n" +
      "  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option. For more information on loading options, please run 'info loading_data' in a SQL client.",
    );
    expect(await env.q('SELECT count(*) AS n FROM t')).toEqual([{ N: '0' }]);
  });

  it('ON_ERROR = CONTINUE loads the good rows; SKIP_FILE skips the file', async () => {
    await stageCsv('a.csv', '1,x\nabc,y\n3,z\n');
    await env.q('CREATE TABLE t (a INT, b STRING)');
    await env.q('CREATE TABLE u (a INT, b STRING)');
    expect(await env.q('COPY INTO t FROM @my_stage ON_ERROR = CONTINUE')).toEqual([
      row('my_stage/a.csv.gz', 'PARTIALLY_LOADED', 3, 2, 3, 1, ["Numeric value 'abc' is not recognized", 2, 1, '"T"["A":1]']),
    ]);
    expect(await env.q('SELECT a, b FROM t ORDER BY a')).toEqual([{ A: '1', B: 'x' }, { A: '3', B: 'z' }]);
    expect(await env.q(`COPY INTO u FROM @my_stage ON_ERROR = 'SKIP_FILE'`)).toEqual([
      row('my_stage/a.csv.gz', 'LOAD_FAILED', 3, 0, 1, 1, ["Numeric value 'abc' is not recognized", 2, 1, '"U"["A":1]']),
    ]);
    expect(await env.q('SELECT count(*) AS n FROM u')).toEqual([{ N: '0' }]);
  });

  it('reports a record with the wrong number of fields (100080)', async () => {
    await stageCsv('a.csv', '1,x\n2,y,extra\n');
    await env.q('CREATE TABLE t (a INT, b STRING)');
    const e = await env.err('COPY INTO t FROM @my_stage');
    expect([e.code, e.message.split('\n')[0]]).toEqual(['100080', 'Number of columns in file (3) does not match that of the corresponding table (2), use file format option error_on_column_count_mismatch=false to ignore this error']);
    expect(await env.q('COPY INTO t FROM @my_stage FILE_FORMAT = (ERROR_ON_COLUMN_COUNT_MISMATCH = FALSE)')).toEqual([row('my_stage/a.csv.gz', 'LOADED', 2, 2, 1, 0)]);
  });

  it('honours FIELD_DELIMITER, FIELD_OPTIONALLY_ENCLOSED_BY, NULL_IF and EMPTY_FIELD_AS_NULL', async () => {
    await stageCsv('a.psv', 'a|b|c\n"x|y"|""|NULL\nplain||"q ""z"""\n');
    await env.q('CREATE TABLE t (a STRING, b STRING, c STRING)');
    await env.q(`COPY INTO t FROM @my_stage FILE_FORMAT = (TYPE = CSV FIELD_DELIMITER = '|' SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"' NULL_IF = ('NULL'))`);
    expect(await env.q('SELECT * FROM t ORDER BY a')).toEqual([
      { A: 'plain', B: null, C: 'q "z"' },
      { A: 'x|y', B: '', C: null },
    ]);
  });

  it('uses a named file format, the stage file format, FILES, PATTERN and PURGE', async () => {
    await env.q(`CREATE FILE FORMAT my_csv TYPE = CSV FIELD_DELIMITER = ';' SKIP_HEADER = 1`);
    await env.q(`CREATE STAGE s FILE_FORMAT = (FORMAT_NAME = 'my_csv')`);
    await stageCsv('one.csv', 'h\n1;a\n', 's');
    await stageCsv('two.csv', 'h\n2;b\n', 's');
    await stageCsv('three.txt', 'h\n3;c\n', 's');
    await env.q('CREATE TABLE t (a INT, b STRING)');
    expect((await env.q(`COPY INTO t FROM @s FILES = ('one.csv.gz')`)).map((r) => r.file)).toEqual(['s/one.csv.gz']);
    expect((await env.q(`COPY INTO t FROM @s PATTERN = '.*[.]csv[.]gz' FILE_FORMAT = (FORMAT_NAME = 'my_csv') PURGE = TRUE`)).map((r) => r.file)).toEqual(['s/two.csv.gz']);
    expect((await env.q('LIST @s')).map((r) => r.name)).toEqual(['s/one.csv.gz', 's/three.txt.gz']);
    expect(await env.q('SELECT * FROM t ORDER BY a')).toEqual([{ A: '1', B: 'a' }, { A: '2', B: 'b' }]);
  });

  it('loads a column list and a transformation SELECT $n FROM @stage', async () => {
    await stageCsv('a.csv', '1,x,2024-05-01\n2,y,2024-05-02\n');
    await env.q('CREATE TABLE t (a INT, b STRING, c DATE)');
    await env.q('COPY INTO t (b, a) FROM (SELECT $2, $1 FROM @my_stage)');
    await env.q('COPY INTO t (a, c) FROM (SELECT $1::INT * 10, TO_DATE($3) FROM @my_stage) FORCE = TRUE');
    expect(await env.q('SELECT * FROM t ORDER BY a')).toEqual([
      { A: '1', B: 'x', C: null }, { A: '2', B: 'y', C: null },
      { A: '10', B: null, C: '2024-05-01' }, { A: '20', B: null, C: '2024-05-02' },
    ]);
  });

  it('reads dates with DATE_FORMAT and reports an unrecognised one (100040)', async () => {
    await stageCsv('d.csv', '1,02/03/2024,2024-01-02 03:04:05\n');
    await env.q('CREATE TABLE t (a INT, d DATE, ts TIMESTAMP)');
    await env.q(`COPY INTO t FROM @my_stage FILE_FORMAT = (DATE_FORMAT = 'MM/DD/YYYY')`);
    expect(await env.q('SELECT * FROM t')).toEqual([{ A: '1', D: '2024-02-03', TS: '2024-01-02 03:04:05' }]);
    const e = await env.err('COPY INTO t FROM @my_stage FORCE = TRUE');
    expect([e.code, e.sqlState, e.message.split('\n').slice(0, 3)]).toEqual(['100040', '22007', ["Date '02/03/2024' is not recognized", "  File 'my_stage/d.csv.gz', line 1, character 3", '  Row 1, column "T"["D":2]']]);
  });

  it('fails with 002003 for a missing stage or table', async () => {
    await env.q('CREATE TABLE t (a INT)');
    expect(await env.err('COPY INTO t FROM @no_stage')).toEqual({ code: '002003', sqlState: '02000', message: "SQL compilation error:\nStage 'MOCKHAUS.PUBLIC.NO_STAGE' does not exist or not authorized." });
    await env.q('CREATE STAGE s');
    expect(await env.err('COPY INTO nope FROM @s')).toMatchObject({ code: '002003', sqlState: '42S02' });
  });
});

describe('COPY INTO <table> from JSON and Parquet', () => {
  it('loads JSON documents into a VARIANT column, STRIP_OUTER_ARRAY splitting an array', async () => {
    await env.q('CREATE STAGE j');
    await env.q(`PUT file://${env.file('a.json', '[{"a": 1, "b": "x"}, {"a": 12345678901234567890123, "b": null}]')} @j`);
    await env.q('CREATE TABLE v (doc VARIANT)');
    expect((await env.q(`COPY INTO v FROM @j FILE_FORMAT = (TYPE = JSON STRIP_OUTER_ARRAY = TRUE)`)).map((r) => [r.status, r.rows_loaded])).toEqual([['LOADED', '2']]);
    expect(await env.q('SELECT doc:a::string AS a, doc:b AS b FROM v ORDER BY a')).toEqual([{ A: '1', B: '"x"' }, { A: '12345678901234567890123', B: 'null' }]);
  });

  it('needs one VARIANT column without MATCH_BY_COLUMN_NAME or a transformation (002019)', async () => {
    await env.q('CREATE STAGE j');
    await env.q(`PUT file://${env.file('a.json', '{"a": 1}')} @j`);
    await env.q('CREATE TABLE t (a INT, b INT)');
    expect(await env.err(`COPY INTO t FROM @j FILE_FORMAT = (TYPE = JSON)`)).toEqual({
      code: '002019', sqlState: '0A000',
      message: 'SQL compilation error:\nJSON file format can produce one and only one column of type variant, object, or array. Load data into separate columns using the MATCH_BY_COLUMN_NAME copy option or copy with transformation.',
    });
  });

  it('MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE maps keys to columns; transformations read $1:path', async () => {
    await env.q('CREATE STAGE j');
    await env.q(`PUT file://${env.file('a.json', '{"ID": 1, "name": "alice", "tags": [1,2]}\n{"id": 2, "Name": "bob"}\n')} @j`);
    await env.q('CREATE TABLE t (id INT, name STRING, tags ARRAY)');
    await env.q(`COPY INTO t FROM @j FILE_FORMAT = (TYPE = JSON) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE`);
    expect(await env.q('SELECT id, name, tags FROM t ORDER BY id')).toEqual([{ ID: '1', NAME: 'alice', TAGS: '[1,2]' }, { ID: '2', NAME: 'bob', TAGS: null }]);
    await env.q('CREATE TABLE u (n STRING)');
    await env.q(`COPY INTO u FROM (SELECT $1:name::string FROM @j) FILE_FORMAT = (TYPE = JSON)`);
    expect(await env.q('SELECT n FROM u ORDER BY n')).toEqual([{ N: 'alice' }, { N: null }]);
  });

  it('loads Parquet written by DuckDB', async () => {
    const path = `${env.dir}/p.parquet`;
    await env.q(`CREATE STAGE p`);
    // Parquet files come from DuckDB itself here (an independent writer).
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const inst = await DuckDBInstance.create(':memory:');
    const c = await inst.connect();
    await c.run(`COPY (SELECT 1 AS k, 'a' AS v UNION ALL SELECT 2, 'b') TO '${path}' (FORMAT PARQUET)`);
    c.closeSync();
    inst.closeSync();
    await env.q(`PUT file://${path} @p`);
    await env.q('CREATE TABLE t (k INT, v STRING)');
    expect((await env.q(`COPY INTO t FROM @p/p.parquet FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE`)).map((r) => [r.file, r.status])).toEqual([['p/p.parquet', 'LOADED']]);
    expect(await env.q('SELECT * FROM t ORDER BY k')).toEqual([{ K: '1', V: 'a' }, { K: '2', V: 'b' }]);
  });
});
