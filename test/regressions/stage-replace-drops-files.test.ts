/**
 * A stage that is replaced or dropped takes its files with it: a new stage of the same name starts
 * empty (https://docs.snowflake.com/en/sql-reference/sql/drop-stage: dropping an internal stage
 * purges its files). Before the fix the folder was keyed by name only, so old files reappeared and
 * COPY loaded them again.
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

describe('replacing or dropping a named internal stage', () => {
  it('CREATE OR REPLACE STAGE starts empty', async () => {
    await env.q('CREATE STAGE s');
    await env.q(`PUT file://${env.file('a.csv', '1\n')} @s`);
    expect((await env.q('LIST @s')).map((r) => r.name)).toEqual(['s/a.csv.gz']);
    await env.q('CREATE OR REPLACE STAGE s');
    expect(await env.q('LIST @s')).toEqual([]);
  });

  it('DROP STAGE then CREATE STAGE starts empty, and COPY finds nothing', async () => {
    await env.q('CREATE STAGE s');
    await env.q(`PUT file://${env.file('a.csv', '1\n')} @s`);
    await env.q('DROP STAGE s');
    await env.q('CREATE STAGE s');
    await env.q('CREATE TABLE t (a INT)');
    expect(await env.q('COPY INTO t FROM @s')).toEqual([{ status: 'Copy executed with 0 files processed.' }]);
  });
});
