/**
 * A statement that fails inside an explicit transaction fails alone, as in Snowflake
 * (https://docs.snowflake.com/en/sql-reference/transactions, "Failed statements within a
 * transaction"; "DDL"): the transaction stays open, earlier and later statements are kept, COMMIT
 * applies them. DDL commits the open transaction first. DuckDB aborts the whole transaction instead;
 * the engine replays the successful writes (engine/_journal.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import { SnowflakeError } from '../../src/errors.ts';

let s: Session;
beforeEach(async () => {
  s = await openSession({ type: 'memory' });
  await s.execute('create database d; create table t (id int, name varchar(10))');
});
afterEach(() => s.close());

async function rows(sql: string): Promise<unknown[][]> {
  return (await s.execute(sql))[0]!.rows;
}
async function fail(sql: string): Promise<SnowflakeError> {
  try {
    await s.execute(sql);
  } catch (e) {
    return e as SnowflakeError;
  }
  throw new Error(`expected ${sql} to fail`);
}

describe('failed statements inside an explicit transaction', () => {
  // Regression: DuckDB aborted the transaction, later statements failed with 25P02 and COMMIT
  // silently discarded the earlier INSERT.
  it('an execution error (conversion) fails alone; COMMIT keeps the statements before and after it', async () => {
    await s.execute("begin; insert into t values (1, 'a')");
    expect((await fail("insert into t values (2, 'b'), ('x', 'c')")).code).toBe('100038');
    await s.execute("insert into t values (3, 'c')");
    expect(await rows('select * from t order by id')).toEqual([['1', 'a'], ['3', 'c']]);
    await s.execute('commit');
    expect(await rows('select * from t order by id')).toEqual([['1', 'a'], ['3', 'c']]);
  });

  it('a compilation error (missing table) fails alone; ROLLBACK undoes the whole transaction', async () => {
    await s.execute("begin; insert into t values (1, 'a')");
    expect((await fail('select * from missing')).code).toBe('002003');
    await s.execute("update t set name = 'z'");
    expect(await rows('select * from t')).toEqual([['1', 'z']]);
    await s.execute('rollback');
    expect(await rows('select * from t')).toEqual([]);
  });

  it('a multi-statement script runs on past the failure', async () => {
    const done: string[] = [];
    await s.execute("begin; insert into t values (1, 'a'); select 'a'::int; insert into t values (2, 'b'); commit", {
      continueOnError: true,
      onStatement: (r, err) => void done.push(err ? `error ${(err as SnowflakeError).code}` : r!.statementType),
    });
    expect(done).toEqual(['TCL', 'INSERT', 'error 100038', 'INSERT', 'TCL']);
    expect(await rows('select * from t order by id')).toEqual([['1', 'a'], ['2', 'b']]);
  });

  it('BEGIN inside a transaction is ignored', async () => {
    await s.execute("begin; insert into t values (1, 'a'); begin; insert into t values (2, 'b'); rollback");
    expect(await rows('select count(*) from t')).toEqual([['0']]);
  });

  it('DDL commits the open transaction; ROLLBACK after it has nothing to undo', async () => {
    await s.execute("begin; insert into t values (1, 'a'); create table t2 (x int); insert into t values (2, 'b'); rollback");
    expect(await rows('select * from t order by id')).toEqual([['1', 'a'], ['2', 'b']]);
    expect(await rows('select count(*) from t2')).toEqual([['0']]);
  });

  it('refuses to replay a transaction whose writes would change (random()), loudly, until ROLLBACK', async () => {
    await s.execute("begin; insert into t select uniform(1, 1000000, random()), 'r'");
    const err = await fail("select 'a'::int");
    expect(err.code).toBe('100038');
    expect(err.message).toContain('Mockhaus could not keep the transaction open');
    expect(err.message).toContain('random()');
    expect((await fail("insert into t values (5, 'e')")).sqlState).toBe('25P02');
    const commit = await fail('commit');
    expect([commit.sqlState, commit.message]).toEqual(['25P02', expect.stringContaining('Transaction rolled back: nothing was committed')]);
    expect(await rows('select count(*) from t')).toEqual([['0']]);
    await s.execute("insert into t values (6, 'f')");
    expect(await rows('select * from t')).toEqual([['6', 'f']]);
  });

  it('refuses to replay inserts into a table with an identity default', async () => {
    await s.execute('create table ti (id int autoincrement, v int)');
    await s.execute('begin; insert into ti (v) values (10)');
    expect((await fail("select 'a'::int")).message).toContain('TI');
    await s.execute('rollback');
    expect(await rows('select count(*) from ti')).toEqual([['0']]);
  });

  it('array binds inside the user transaction join it and fail as one statement', async () => {
    await s.execute("begin; insert into t values (1, 'a')");
    const err = await s.execute('insert into t values (?, ?)', { bindRows: [[2, 'b'], ['x', 'c']] as never }).then(() => null, (e: SnowflakeError) => e);
    expect(err).not.toBeNull();
    await s.execute('commit');
    expect(await rows('select * from t order by id')).toEqual([['1', 'a']]);
  });
});
