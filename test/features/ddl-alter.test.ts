import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import type { AlterTable, Statement } from '../../src/sql/ast.ts';
import { col, createTable, describeTable, id, openHarness, qn, show, ty, type Harness } from '../catalog/_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.exec(createTable(qn('t'), [col('a', ty('INT'), { primaryKey: true }), col('b', ty('VARCHAR', 5))], { comment: 'orig' }));
  await h.exec(createTable(qn('u'), [col('z', ty('DATE'))]));
});
afterAll(async () => {
  await h.close();
});

const alter = (name: string, action: AlterTable['action'], ifExists = false): Statement => ({ kind: 'alterTable', ifExists, name: qn(name), action });
const ok = async (stmt: Statement): Promise<void> => {
  expect((await h.exec(stmt)).rows).toEqual([['Statement executed successfully.']]);
};
const desc = async (name: string): Promise<unknown[][]> =>
  (await h.rows(describeTable(qn(name)))).map((r) => [r.name, r.type, r['null?'], r.default, r['primary key'], r.comment]);

describe('ALTER TABLE', () => {
  it('adds columns with declared types, NOT NULL and comments', async () => {
    await ok(alter('t', { kind: 'addColumns', ifNotExists: false, columns: [col('c', ty('NUMBER', 12, 4), { comment: 'added' }), col('d', ty('TIMESTAMP_TZ'))] }));
    expect(await desc('t')).toEqual([
      ['A', 'NUMBER(38,0)', 'N', null, 'Y', null],
      ['B', 'VARCHAR(5)', 'Y', null, 'N', null],
      ['C', 'NUMBER(12,4)', 'Y', null, 'N', 'added'],
      ['D', 'TIMESTAMP_TZ(9)', 'Y', null, 'N', null],
    ]);
  });

  it('renames and drops columns', async () => {
    await ok(alter('t', { kind: 'renameColumn', from: id('c'), to: id('c2') }));
    await ok(alter('t', { kind: 'dropColumns', ifExists: false, columns: [id('d')] }));
    expect((await desc('t')).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['A', 'NUMBER(38,0)', null], ['B', 'VARCHAR(5)', null], ['C2', 'NUMBER(12,4)', 'added'],
    ]);
  });

  it('alters a column type, nullability, default and comment', async () => {
    await ok(alter('t', { kind: 'alterColumns', changes: [
      { kind: 'setType', column: id('b'), type: ty('VARCHAR', 50) },
      { kind: 'setNotNull', column: id('b'), notNull: true },
      { kind: 'setDefault', column: id('b'), default: { kind: 'string', value: 'n/a' } },
      { kind: 'setComment', column: id('b'), comment: 'bee' },
    ] }));
    expect((await desc('t'))[1]).toEqual(['B', 'VARCHAR(50)', 'N', "'n/a'", 'N', 'bee']);
  });

  it('sets and unsets the table comment and records CLUSTER BY', async () => {
    await ok(alter('t', { kind: 'setOptions', options: [{ name: 'COMMENT', value: { kind: 'optString', value: 'new' } }] }));
    await ok(alter('t', { kind: 'clusterBy', exprs: [{ kind: 'column', parts: [id('a')] }] }));
    let row = (await h.rows(show('TABLES', { like: 't' })))[0];
    expect([row?.comment, row?.cluster_by, row?.automatic_clustering]).toEqual(['new', 'LINEAR(A)', 'ON']);
    await ok(alter('t', { kind: 'unsetOptions', names: ['COMMENT'] }));
    row = (await h.rows(show('TABLES', { like: 't' })))[0];
    expect(row?.comment).toBe('');
  });

  it('renames a table keeping its metadata', async () => {
    await ok(alter('t', { kind: 'renameTable', to: qn('t2') }));
    expect((await desc('t2')).map((r) => r[1])).toEqual(['NUMBER(38,0)', 'VARCHAR(50)', 'NUMBER(12,4)']);
    expect((await h.rows(show('PRIMARY KEYS', { in: { scope: 'TABLE', name: qn('t2') } }))).map((r) => r.column_name)).toEqual(['A']);
  });

  it('swaps two tables', async () => {
    await ok(alter('t2', { kind: 'swapWith', other: qn('u') }));
    expect((await desc('u')).map((r) => r[0])).toEqual(['A', 'B', 'C2']);
    expect((await desc('t2')).map((r) => [r[0], r[1]])).toEqual([['Z', 'DATE']]);
  });

  it('records and drops constraints', async () => {
    await ok(alter('u', { kind: 'addConstraint', constraint: { kind: 'tableConstraint', name: id('uq_b'), type: 'UNIQUE', columns: [id('b')] } }));
    expect((await desc('u')).map((r) => r[0])).toEqual(['A', 'B', 'C2']);
    expect((await h.rows(describeTable(qn('u')))).map((r) => r['unique key'])).toEqual(['N', 'Y', 'N']);
    await ok(alter('u', { kind: 'dropConstraint', name: id('uq_b') }));
    expect((await h.rows(describeTable(qn('u')))).map((r) => r['unique key'])).toEqual(['N', 'N', 'N']);
  });

  it('fails on a missing table unless IF EXISTS', async () => {
    await expect(h.exec(alter('nope', { kind: 'unsetOptions', names: ['COMMENT'] }))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nTable 'NOPE' does not exist or not authorized.",
    });
    await ok(alter('nope', { kind: 'unsetOptions', names: ['COMMENT'] }, true));
  });

  it('rejects options it cannot honour', async () => {
    await expect(h.exec(alter('u', { kind: 'setOptions', options: [{ name: 'DEFAULT_DDL_COLLATION', value: { kind: 'optString', value: 'en-ci' } }] })))
      .rejects.toMatchObject({ errno: 2 });
  });
});
