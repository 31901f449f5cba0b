/**
 * SQL UDFs: CREATE FUNCTION with a one-expression body becomes a DuckDB macro; RETURNS TABLE a table
 * macro. Calls are made here through `userFunctionRef` (the translator core routes `f(...)` to it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import { userFunctionRef } from '../../src/translate/ddl/routine.ts';
import { openHarness, type Harness } from '../catalog/_harness.ts';

let s: Session;
let h: Harness;
beforeAll(async () => {
  s = await openSession({});
  h = await openHarness();
});
afterAll(async () => {
  await s.close();
  await h.close();
});

async function q(sql: string): Promise<Record<string, unknown>[]> {
  const results = await s.execute(sql);
  const r = results[results.length - 1]!;
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
}

describe('CREATE FUNCTION (SQL UDF)', () => {
  it('creates a scalar UDF listed by SHOW USER FUNCTIONS and INFORMATION_SCHEMA.FUNCTIONS', async () => {
    expect(await q(`create or replace function add2(a number, b number) returns number comment = 'adds' as 'a + b'`)).toEqual([{ status: 'Function ADD2 successfully created.' }]);
    const rows = await q('show user functions');
    expect(rows.map((r) => [r.name, r.min_num_arguments, r.max_num_arguments, r.arguments, r.description, r.language, r.is_table_function])).toEqual([
      ['ADD2', '2', '2', 'ADD2(NUMBER, NUMBER) RETURN NUMBER', 'adds', 'SQL', 'N'],
    ]);
    const info = await q(`select function_name, argument_signature, data_type, function_language, function_definition from information_schema.functions`);
    expect(info).toEqual([{ FUNCTION_NAME: 'ADD2', ARGUMENT_SIGNATURE: '(A NUMBER, B NUMBER)', DATA_TYPE: 'NUMBER(38,0)', FUNCTION_LANGUAGE: 'SQL', FUNCTION_DEFINITION: 'a + b' }]);
    await expect(s.execute(`create function add2(a number) returns number as 'a'`)).rejects.toMatchObject({ errno: 2002 });
    expect(await q(`drop function add2(number, number)`)).toEqual([{ status: 'ADD2 successfully dropped.' }]);
    expect(await q(`drop function if exists add2(number, number)`)).toEqual([{ status: 'Drop statement executed successfully (ADD2 already dropped).' }]);
  });

  it('computes with the declared return type', async () => {
    await h.sql('SELECT 1');
    const plan = await h.plan({
      kind: 'createRoutine', routine: 'FUNCTION', orReplace: false, ifNotExists: false, secure: false, name: { kind: 'qname', parts: [{ kind: 'ident', name: 'HALF', quoted: false }] },
      params: [{ name: { kind: 'ident', name: 'X', quoted: false }, type: { kind: 'type', name: 'NUMBER', params: [10, 2] } }],
      returns: { kind: 'type', name: 'NUMBER', params: [10, 2] }, body: 'x / 2', options: [],
    });
    await h.db.execute(plan, h.state, { queryId: '00000000-0000-0000-0000-00000000f001', sql: '' });
    const ref = userFunctionRef('MOCKHAUS', 'PUBLIC', 'HALF');
    expect(await h.sql(`SELECT CAST(${ref}(5) AS VARCHAR) AS v`)).toEqual([{ v: '2.50' }]);
  });

  it('creates tabular UDFs as table macros', async () => {
    expect(await q(`create function pairs(n int) returns table (x int, y varchar) as 'select n, ''a'' union all select n + 1, ''b'''`))
      .toEqual([{ status: 'Function PAIRS successfully created.' }]);
    expect((await q('show user functions')).map((r) => [r.name, r.is_table_function, r.arguments])).toEqual([['PAIRS', 'Y', 'PAIRS(INT) RETURN TABLE']]);
    expect(await q('drop function pairs(int)')).toEqual([{ status: 'PAIRS successfully dropped.' }]);
    // Really gone from DuckDB: creating it again without OR REPLACE succeeds.
    expect(await q(`create function pairs(n int) returns table (x int) as 'select n'`)).toEqual([{ status: 'Function PAIRS successfully created.' }]);
  });

  it('rejects what it cannot emulate', async () => {
    await expect(s.execute(`create function js(a float) returns float language javascript as 'return A'`)).rejects.toMatchObject({
      errno: 2, message: "Unsupported feature 'CREATE FUNCTION LANGUAGE JAVASCRIPT'.",
    });
    await expect(s.execute(`create procedure p() returns varchar language sql as 'select 1'`)).rejects.toMatchObject({ errno: 2 });
  });
});
