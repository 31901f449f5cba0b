import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { col, createTable, describeTable, drop, id, openHarness, qn, ty, type Harness } from '../catalog/_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h.close();
});

const status = async (stmt: Parameters<Harness['exec']>[0]): Promise<string> => {
  const r = await h.exec(stmt);
  expect(r.columns.map((c) => c.name)).toEqual(['status']);
  return String(r.rows[0]?.[0]);
};

describe('CREATE TABLE', () => {
  it('answers the status row and records declared types for DESCRIBE', async () => {
    expect(await status(createTable(qn('t1'), [
      col('id', ty('INT'), { primaryKey: true }),
      col('name', ty('VARCHAR', 20), { comment: 'the name' }),
      col('price', ty('NUMBER', 10, 2), { default: { kind: 'number', text: '0' } }),
      col('f', ty('DOUBLE')),
      col('ts', ty('TIMESTAMP')),
      col('v', ty('VARIANT')),
      col('o', ty('OBJECT')),
      col('a', ty('ARRAY')),
      col('b', ty('BOOLEAN'), { notNull: true }),
      col('c', ty('CHAR')),
      col('s', ty('STRING')),
      col('bin', ty('BINARY')),
      col('tl', ty('TIMESTAMP_LTZ')),
      col('t', ty('TIME')),
      col('d', ty('DATE')),
    ]))).toBe('Table T1 successfully created.');
    const rows = await h.rows(describeTable(qn('t1')));
    expect(rows.map((r) => [r.name, r.type, r['null?'], r.default, r['primary key']])).toEqual([
      ['ID', 'NUMBER(38,0)', 'N', null, 'Y'],
      ['NAME', 'VARCHAR(20)', 'Y', null, 'N'],
      ['PRICE', 'NUMBER(10,2)', 'Y', '0', 'N'],
      ['F', 'FLOAT', 'Y', null, 'N'],
      ['TS', 'TIMESTAMP_NTZ(9)', 'Y', null, 'N'],
      ['V', 'VARIANT', 'Y', null, 'N'],
      ['O', 'OBJECT', 'Y', null, 'N'],
      ['A', 'ARRAY', 'Y', null, 'N'],
      ['B', 'BOOLEAN', 'N', null, 'N'],
      ['C', 'VARCHAR(1)', 'Y', null, 'N'],
      ['S', 'VARCHAR(16777216)', 'Y', null, 'N'],
      ['BIN', 'BINARY(8388608)', 'Y', null, 'N'],
      ['TL', 'TIMESTAMP_LTZ(9)', 'Y', null, 'N'],
      ['T', 'TIME(9)', 'Y', null, 'N'],
      ['D', 'DATE', 'Y', null, 'N'],
    ]);
    expect(rows[1]).toEqual({
      name: 'NAME', type: 'VARCHAR(20)', kind: 'COLUMN', 'null?': 'Y', default: null, 'primary key': 'N', 'unique key': 'N',
      check: null, expression: null, comment: 'the name', 'policy name': null, 'privacy domain': null,
    });
  });

  it('fails with 002002 when the table exists and neither OR REPLACE nor IF NOT EXISTS is given', async () => {
    await expect(h.exec(createTable(qn('t1'), [col('x', ty('INT'))]))).rejects.toMatchObject({
      errno: 2002, sqlState: '42710', message: "SQL compilation error:\nObject 'T1' already exists.",
    });
  });

  it('answers "already exists, statement succeeded" with IF NOT EXISTS', async () => {
    expect(await status(createTable(qn('t1'), [col('x', ty('INT'))], { ifNotExists: true }))).toBe('T1 already exists, statement succeeded.');
  });

  it('replaces with OR REPLACE, answering the plain created sentence', async () => {
    expect(await status(createTable(qn('t1'), [col('x', ty('INT'))], { orReplace: true }))).toBe('Table T1 successfully created.');
    const rows = await h.rows(describeTable(qn('t1')));
    expect(rows.map((r) => [r.name, r.type])).toEqual([['X', 'NUMBER(38,0)']]);
  });

  it('keeps the exact case of quoted names in status text', async () => {
    expect(await status(createTable(qn(id('MixedCase', true)), [col('x', ty('INT'))]))).toBe('Table MixedCase successfully created.');
    expect(await status(drop('TABLE', qn(id('MixedCase', true))))).toBe('MixedCase successfully dropped.');
  });

  it('fills AUTOINCREMENT columns from a hidden sequence', async () => {
    await h.exec(createTable(qn('auto_t'), [col('id', ty('INT'), { identity: { start: 10, step: 5 } }), col('v', ty('VARCHAR'))]));
    await h.sql(`INSERT INTO "MOCKHAUS"."PUBLIC"."AUTO_T" ("V") VALUES ('a'), ('b')`);
    expect(await h.sql(`SELECT CAST("ID" AS INTEGER) AS id, "V" AS v FROM "MOCKHAUS"."PUBLIC"."AUTO_T" ORDER BY 1`)).toEqual([
      { id: 10, v: 'a' },
      { id: 15, v: 'b' },
    ]);
    const rows = await h.rows(describeTable(qn('auto_t')));
    expect(rows[0]?.default).toBe('IDENTITY START 10 INCREMENT 5 NOORDER');
  });

  it('fails with 002003 naming the schema when it does not exist', async () => {
    await expect(h.exec(createTable(qn('nosuch', 't'), [col('x', ty('INT'))]))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nSchema 'MOCKHAUS.NOSUCH' does not exist or not authorized.",
    });
  });
});

describe('no current database / schema', () => {
  it('fails with 090105 / 090106 for unqualified names', async () => {
    const [db, schema] = [h.state.database, h.state.schema];
    try {
      h.state.schema = null;
      await expect(h.exec(createTable(qn('t'), [col('x', ty('INT'))]))).rejects.toMatchObject({
        errno: 90106, message: "Cannot perform CREATE TABLE. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.",
      });
      h.state.database = null;
      await expect(h.exec(createTable(qn('t'), [col('x', ty('INT'))]))).rejects.toMatchObject({
        errno: 90105, message: "Cannot perform CREATE TABLE. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.",
      });
      expect(String((await h.exec(createTable(qn('mockhaus', 'public', 'qualified'), [col('x', ty('INT'))]))).rows[0]?.[0])).toBe('Table QUALIFIED successfully created.');
    } finally {
      h.state.database = db;
      h.state.schema = schema;
    }
  });
});

describe('DROP TABLE', () => {
  it('drops, then reports already dropped with IF EXISTS, then fails without', async () => {
    await h.exec(createTable(qn('gone'), [col('x', ty('INT'))]));
    expect(await status(drop('TABLE', qn('gone')))).toBe('GONE successfully dropped.');
    expect(await status(drop('TABLE', qn('gone'), true))).toBe('Drop statement executed successfully (GONE already dropped).');
    await expect(h.exec(drop('TABLE', qn('gone')))).rejects.toMatchObject({
      errno: 2003, sqlState: '42S02', message: "SQL compilation error:\nTable 'GONE' does not exist or not authorized.",
    });
  });

  it('fails DESCRIBE on a missing table with the Table wording', async () => {
    await expect(h.exec(describeTable(qn('missing_t')))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nTable 'MISSING_T' does not exist or not authorized.",
    });
  });
});
