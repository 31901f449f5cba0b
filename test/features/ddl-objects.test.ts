import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { sequenceNextvalSql } from '../../src/catalog/index.ts';
import type { Statement } from '../../src/sql/ast.ts';
import { col, createTable, drop, openHarness, qn, show, ty, type Harness } from '../catalog/_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h.close();
});

const status = async (stmt: Statement): Promise<string> => String((await h.exec(stmt)).rows[0]?.[0]);
const str = (value: string) => ({ kind: 'optString' as const, value });

describe('CREATE / DROP SCHEMA', () => {
  const create = (name: string, extra: Partial<Extract<Statement, { kind: 'createSchema' }>> = {}): Statement => ({
    kind: 'createSchema', orReplace: false, ifNotExists: false, transient: false, managedAccess: false, name: qn(name), options: [], ...extra,
  });
  it('creates a schema and makes it current', async () => {
    expect(await status(create('sales', { comment: 'sales data' }))).toBe('Schema SALES successfully created.');
    expect([h.state.database, h.state.schema]).toEqual(['MOCKHAUS', 'SALES']);
    const rows = await h.rows(show('SCHEMAS', { like: 'sales' }));
    expect(rows.map((r) => [r.name, r.comment, r.is_current])).toEqual([['SALES', 'sales data', 'Y']]);
    h.state.schema = 'PUBLIC';
  });
  it('answers already exists / 002002 / OR REPLACE as Snowflake does', async () => {
    expect(await status(create('sales', { ifNotExists: true }))).toBe('SALES already exists, statement succeeded.');
    await expect(h.exec(create('sales'))).rejects.toMatchObject({ errno: 2002, message: "SQL compilation error:\nObject 'SALES' already exists." });
    expect(await status(create('sales', { orReplace: true }))).toBe('Schema SALES successfully created.');
    h.state.schema = 'PUBLIC';
  });
  it('drops a schema with its tables', async () => {
    await h.exec(createTable(qn('sales', 'orders'), [col('id', ty('INT'))]));
    expect(await status(drop('SCHEMA', qn('sales')))).toBe('SALES successfully dropped.');
    expect(await status(drop('SCHEMA', qn('sales'), true))).toBe('Drop statement executed successfully (SALES already dropped).');
    await expect(h.exec(drop('SCHEMA', qn('sales')))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nSchema 'MOCKHAUS.SALES' does not exist or not authorized.",
    });
    expect(await h.rows(show('TABLES', { in: { scope: 'ACCOUNT' }, like: 'orders' }))).toEqual([]);
  });
});

describe('CREATE / DROP DATABASE', () => {
  const create = (name: string, extra: Partial<Extract<Statement, { kind: 'createDatabase' }>> = {}): Statement => ({
    kind: 'createDatabase', orReplace: false, ifNotExists: false, transient: false, name: qn(name), options: [], ...extra,
  });
  it('creates, lists and drops a database', async () => {
    expect(await status(create('analytics', { comment: 'for BI' }))).toBe('Database ANALYTICS successfully created.');
    const rows = await h.rows(show('DATABASES'));
    expect(rows.map((r) => [r.name, r.comment])).toEqual([['ANALYTICS', 'for BI'], ['MOCKHAUS', '']]);
    const schemas = await h.rows(show('SCHEMAS', { in: { scope: 'DATABASE', name: qn('analytics') } }));
    expect(schemas.map((r) => r.name)).toEqual(['INFORMATION_SCHEMA', 'PUBLIC']);
    expect(await status(create('analytics', { ifNotExists: true }))).toBe('ANALYTICS already exists, statement succeeded.');
    await expect(h.exec(create('analytics'))).rejects.toMatchObject({ errno: 2002 });
    expect(await status(drop('DATABASE', qn('analytics')))).toBe('ANALYTICS successfully dropped.');
    expect(await status(drop('DATABASE', qn('analytics'), true))).toBe('Drop statement executed successfully (ANALYTICS already dropped).');
    await expect(h.exec(drop('DATABASE', qn('analytics')))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nDatabase 'ANALYTICS' does not exist or not authorized.",
    });
    h.state.database = 'MOCKHAUS';
    h.state.schema = 'PUBLIC';
  });
});

describe('CREATE SEQUENCE', () => {
  it('creates a sequence whose NEXTVAL counts from START by INCREMENT', async () => {
    expect(await status({ kind: 'createSequence', orReplace: false, ifNotExists: false, name: qn('seq1'), start: 5, increment: 2, comment: 'ids' }))
      .toBe('Sequence SEQ1 successfully created.');
    const next = sequenceNextvalSql('MOCKHAUS', 'PUBLIC', 'SEQ1');
    expect(await h.sql(`SELECT CAST(${next} AS INTEGER) AS n UNION ALL SELECT CAST(${next} AS INTEGER)`)).toHaveLength(2);
    const rows = await h.rows(show('SEQUENCES'));
    expect(rows.map((r) => [r.name, r.next_value, r.interval, r.comment, r.ordered])).toEqual([['SEQ1', '9', '2', 'ids', 'N']]);
    expect(await status(drop('SEQUENCE', qn('seq1')))).toBe('SEQ1 successfully dropped.');
  });
});

describe('CREATE STAGE / FILE FORMAT', () => {
  it('records stages and file formats for SHOW', async () => {
    expect(await status({
      kind: 'createStage', orReplace: false, ifNotExists: false, temporary: false, name: qn('my_stage'),
      options: [{ name: 'URL', value: str('s3://bucket/path/') }, { name: 'COMMENT', value: str('landing') }],
    })).toBe('Stage area MY_STAGE successfully created.');
    expect(await status({ kind: 'createStage', orReplace: false, ifNotExists: false, temporary: true, name: qn('int_stage'), options: [] }))
      .toBe('Stage area INT_STAGE successfully created.');
    const stages = await h.rows(show('STAGES'));
    expect(stages.map((r) => [r.name, r.url, r.type, r.comment, r.has_credentials])).toEqual([
      ['INT_STAGE', '', 'INTERNAL TEMPORARY', '', 'N'],
      ['MY_STAGE', 's3://bucket/path/', 'EXTERNAL', 'landing', 'N'],
    ]);
    expect(await status({
      kind: 'createFileFormat', orReplace: false, ifNotExists: false, temporary: false, name: qn('my_csv'),
      options: [{ name: 'TYPE', value: { kind: 'optIdent', value: 'CSV' } }, { name: 'SKIP_HEADER', value: { kind: 'optNumber', value: 1, text: '1' } }],
    })).toBe('File format MY_CSV successfully created.');
    const formats = await h.rows(show('FILE FORMATS'));
    expect(formats.map((r) => [r.name, r.type, r.format_options])).toEqual([['MY_CSV', 'CSV', '{"TYPE":"CSV","SKIP_HEADER":1}']]);
    expect(await status(drop('STAGE', qn('my_stage')))).toBe('MY_STAGE successfully dropped.');
    await expect(h.exec(drop('STAGE', qn('my_stage')))).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nStage 'MOCKHAUS.PUBLIC.MY_STAGE' does not exist or not authorized.",
    });
    expect(await status(drop('FILE FORMAT', qn('my_csv')))).toBe('MY_CSV successfully dropped.');
  });
});

describe('WAREHOUSE / ROLE / USER / GRANT', () => {
  const acct = (verb: 'CREATE' | 'ALTER' | 'DROP', objectType: 'WAREHOUSE' | 'ROLE' | 'USER', name: string, extra: Partial<Extract<Statement, { kind: 'accountObject' }>> = {}): Statement => ({
    kind: 'accountObject', verb, objectType, orReplace: false, ifNotExists: false, ifExists: false, name: qn(name), options: [], ...extra,
  });
  it('records warehouses for SHOW WAREHOUSES', async () => {
    expect(await status(acct('CREATE', 'WAREHOUSE', 'wh', { options: [{ name: 'WAREHOUSE_SIZE', value: str('XSMALL') }, { name: 'AUTO_SUSPEND', value: { kind: 'optNumber', value: 60, text: '60' } }] })))
      .toBe('Warehouse WH successfully created.');
    expect(await status(acct('CREATE', 'WAREHOUSE', 'wh', { ifNotExists: true }))).toBe('WH already exists, statement succeeded.');
    expect(await status(acct('ALTER', 'WAREHOUSE', 'wh', { action: 'SUSPEND' }))).toBe('Statement executed successfully.');
    const rows = await h.rows(show('WAREHOUSES'));
    expect(rows.map((r) => [r.name, r.state, r.type, r.size, r.auto_suspend, r.auto_resume])).toEqual([['WH', 'SUSPENDED', 'STANDARD', 'X-Small', '60', 'true']]);
    expect(Object.keys(rows[0]!)).toHaveLength(34);
    expect(await status(acct('DROP', 'WAREHOUSE', 'wh'))).toBe('WH successfully dropped.');
    expect(await status(acct('DROP', 'WAREHOUSE', 'wh', { ifExists: true }))).toBe('Drop statement executed successfully (WH already dropped).');
  });
  it('creates roles and users, and accepts GRANT/REVOKE', async () => {
    expect(await status(acct('CREATE', 'ROLE', 'analyst'))).toBe('Role ANALYST successfully created.');
    expect(await status(acct('CREATE', 'USER', 'bob'))).toBe('User BOB successfully created.');
    expect(await status({ kind: 'grant', text: 'select on table t to role analyst' })).toBe('Statement executed successfully.');
    expect(await status({ kind: 'revoke', text: 'select on table t from role analyst' })).toBe('Statement executed successfully.');
  });
});

describe('TRUNCATE / COMMENT / UNDROP', () => {
  it('truncates a table', async () => {
    await h.exec(createTable(qn('tr'), [col('x', ty('INT'))]));
    await h.sql(`INSERT INTO "MOCKHAUS"."PUBLIC"."TR" VALUES (1), (2)`);
    expect(await status({ kind: 'truncate', ifExists: false, table: qn('tr') })).toBe('Statement executed successfully.');
    expect(await h.sql(`SELECT count(*)::INTEGER AS n FROM "MOCKHAUS"."PUBLIC"."TR"`)).toEqual([{ n: 0 }]);
    expect(await status({ kind: 'truncate', ifExists: true, table: qn('nope') })).toBe('Statement executed successfully.');
  });
  it('stores COMMENT ON TABLE / COLUMN', async () => {
    expect(await status({ kind: 'commentOn', objectType: 'TABLE', ifExists: false, name: qn('tr'), comment: 'truncated' })).toBe('Statement executed successfully.');
    expect(await status({ kind: 'commentOn', objectType: 'COLUMN', ifExists: false, name: qn('tr', 'x'), comment: 'the x' })).toBe('Statement executed successfully.');
    expect((await h.rows(show('TABLES', { like: 'tr' }))).map((r) => r.comment)).toEqual(['truncated']);
    expect((await h.rows(show('COLUMNS', { in: { scope: 'TABLE', name: qn('tr') } }))).map((r) => r.comment)).toEqual(['the x']);
  });
  it('rejects UNDROP as unsupported', async () => {
    await expect(h.exec({ kind: 'undrop', objectType: 'TABLE', name: qn('tr') })).rejects.toMatchObject({ errno: 2, message: "Unsupported feature 'UNDROP TABLE'." });
  });
});

describe('COMMENT ON missing objects', () => {
  it('fails with 002003 unless IF EXISTS', async () => {
    await expect(h.exec({ kind: 'commentOn', objectType: 'TABLE', ifExists: false, name: qn('no_such'), comment: 'x' })).rejects.toMatchObject({
      errno: 2003, message: "SQL compilation error:\nTable 'NO_SUCH' does not exist or not authorized.",
    });
    expect(await status({ kind: 'commentOn', objectType: 'TABLE', ifExists: true, name: qn('no_such'), comment: 'x' })).toBe('Statement executed successfully.');
    await expect(h.exec({ kind: 'commentOn', objectType: 'SCHEMA', ifExists: false, name: qn('no_such'), comment: 'x' })).rejects.toMatchObject({ errno: 2003 });
    await expect(h.exec({ kind: 'commentOn', objectType: 'COLUMN', ifExists: false, name: qn('tr', 'nope'), comment: 'x' })).rejects.toMatchObject({ errno: 904 });
  });
});
