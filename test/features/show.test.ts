import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { col, createTable, id, openHarness, qn, show, ty, type Harness } from '../catalog/_harness.ts';
import type { Statement } from '../../src/sql/ast.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await h.exec({ kind: 'createSchema', orReplace: false, ifNotExists: false, transient: false, managedAccess: false, name: qn('other'), options: [] });
  // CREATE SCHEMA makes OTHER current; go back to PUBLIC.
  h.state.schema = 'PUBLIC';
  await h.exec(createTable(qn('alpha'), [col('id', ty('INT'), { primaryKey: true }), col('name', ty('VARCHAR', 10))], { comment: 'first' }));
  await h.exec(createTable(qn('beta'), [col('x', ty('FLOAT'))], { transient: true }));
  await h.exec(createTable(qn('other', 'gamma'), [col('y', ty('DATE'))]));
  await h.exec(createTable(qn(id('lower', true)), [col('z', ty('BOOLEAN'))], { temporary: true }));
});
afterAll(async () => {
  await h.close();
});

const names = (rows: Record<string, unknown>[]): unknown[] => rows.map((r) => r.name);

describe('SHOW TABLES', () => {
  it('lists tables of the current database with Snowflake columns in order', async () => {
    const r = await h.exec(show('TABLES'));
    expect(r.columns.map((c) => c.name)).toEqual([
      'created_on', 'name', 'database_name', 'schema_name', 'kind', 'comment', 'cluster_by', 'rows', 'bytes', 'owner',
      'retention_time', 'automatic_clustering', 'change_tracking', 'search_optimization', 'search_optimization_progress',
      'search_optimization_bytes', 'is_external', 'enable_schema_evolution', 'owner_role_type', 'is_event', 'budget',
      'is_hybrid', 'is_iceberg', 'is_dynamic', 'is_immutable',
    ]);
    expect(r.columns[0]?.type).toBe('timestamp_ltz');
    expect(r.columns[7]?.type).toBe('fixed');
    const rows = await h.rows(show('TABLES'));
    expect(rows.map((x) => [x.name, x.schema_name, x.kind, x.comment])).toEqual([
      ['GAMMA', 'OTHER', 'TABLE', ''],
      ['ALPHA', 'PUBLIC', 'TABLE', 'first'],
      ['BETA', 'PUBLIC', 'TRANSIENT', ''],
      ['lower', 'PUBLIC', 'TEMPORARY', ''],
    ]);
    const alpha = rows[1]!;
    expect(alpha).toMatchObject({ database_name: 'MOCKHAUS', rows: '0', bytes: '0', owner: 'SYSADMIN', retention_time: '1', cluster_by: '' });
    expect(typeof alpha.created_on).toBe('string');
  });

  it('filters with LIKE case-insensitively and STARTS WITH case-sensitively', async () => {
    expect(names(await h.rows(show('TABLES', { like: '%ph%' })))).toEqual(['ALPHA']);
    expect(names(await h.rows(show('TABLES', { like: 'LOW%' })))).toEqual(['lower']);
    expect(names(await h.rows(show('TABLES', { startsWith: 'B' })))).toEqual(['BETA']);
    expect(names(await h.rows(show('TABLES', { startsWith: 'b' })))).toEqual([]);
  });

  it('scopes with IN SCHEMA / IN DATABASE / IN ACCOUNT and applies LIMIT', async () => {
    expect(names(await h.rows(show('TABLES', { in: { scope: 'SCHEMA', name: qn('other') } })))).toEqual(['GAMMA']);
    expect(names(await h.rows(show('TABLES', { in: { scope: 'SCHEMA' } })))).toEqual(['ALPHA', 'BETA', 'lower']);
    expect(names(await h.rows(show('TABLES', { in: { scope: 'DATABASE', name: qn('mockhaus') } })))).toHaveLength(4);
    expect(names(await h.rows(show('TABLES', { in: { scope: 'ACCOUNT' }, limit: 2 })))).toEqual(['GAMMA', 'ALPHA']);
  });

  it('fails with 002043 for a missing database or schema', async () => {
    await expect(h.exec(show('TABLES', { in: { scope: 'DATABASE', name: qn('nope') } }))).rejects.toMatchObject({
      errno: 2043, message: 'SQL compilation error:\nObject does not exist, or operation cannot be performed.',
    });
    await expect(h.exec(show('TABLES', { in: { scope: 'SCHEMA', name: qn('nope') } }))).rejects.toMatchObject({ errno: 2043 });
  });

  it('answers TERSE with created_on, name, kind, database_name, schema_name', async () => {
    const rows = await h.rows(show('TABLES', { terse: true, like: 'alpha' }));
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual(['created_on', 'name', 'kind', 'database_name', 'schema_name']);
    expect(rows[0]).toMatchObject({ name: 'ALPHA', kind: 'TABLE', database_name: 'MOCKHAUS', schema_name: 'PUBLIC' });
  });
});

describe('SHOW SCHEMAS / DATABASES', () => {
  it('lists schemas of the current database including INFORMATION_SCHEMA, marking the current one', async () => {
    const rows = await h.rows(show('SCHEMAS'));
    expect(rows.map((r) => [r.name, r.is_current, r.database_name, r.owner])).toEqual([
      ['INFORMATION_SCHEMA', 'N', 'MOCKHAUS', ''],
      ['OTHER', 'N', 'MOCKHAUS', 'SYSADMIN'],
      ['PUBLIC', 'Y', 'MOCKHAUS', 'SYSADMIN'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'created_on', 'name', 'is_default', 'is_current', 'database_name', 'owner', 'comment', 'options', 'retention_time',
      'owner_role_type', 'budget', 'object_visibility',
    ]);
  });

  it('lists databases account-wide, never the metadata or DuckDB catalogs', async () => {
    const rows = await h.rows(show('DATABASES'));
    expect(rows.map((r) => [r.name, r.is_current, r.kind, r.origin])).toEqual([['MOCKHAUS', 'Y', 'STANDARD', '']]);
  });
});

describe('SHOW COLUMNS / PRIMARY KEYS / OBJECTS', () => {
  it('prints data_type JSON, null? and kind per column', async () => {
    const rows = await h.rows(show('COLUMNS', { in: { scope: 'TABLE', name: qn('alpha') } }));
    expect(rows).toEqual([
      {
        table_name: 'ALPHA', schema_name: 'PUBLIC', column_name: 'ID',
        data_type: '{"type":"FIXED","precision":38,"scale":0,"nullable":false}', 'null?': 'false', default: '', kind: 'COLUMN',
        expression: '', comment: '', database_name: 'MOCKHAUS', autoincrement: '', schema_evolution_record: null,
      },
      {
        table_name: 'ALPHA', schema_name: 'PUBLIC', column_name: 'NAME',
        data_type: '{"type":"TEXT","length":10,"byteLength":40,"nullable":true,"fixed":false}', 'null?': 'true', default: '',
        kind: 'COLUMN', expression: '', comment: '', database_name: 'MOCKHAUS', autoincrement: '', schema_evolution_record: null,
      },
    ]);
  });

  it('lists primary key columns', async () => {
    const rows = await h.rows(show('PRIMARY KEYS', { in: { scope: 'TABLE', name: qn('alpha') } }));
    expect(rows.map((r) => [r.database_name, r.schema_name, r.table_name, r.column_name, r.key_sequence, r.rely])).toEqual([
      ['MOCKHAUS', 'PUBLIC', 'ALPHA', 'ID', '1', 'false'],
    ]);
    expect(String(rows[0]?.constraint_name)).toMatch(/^SYS_CONSTRAINT_[0-9a-f-]{36}$/);
  });

  it('lists tables and views as objects', async () => {
    const rows = await h.rows(show('OBJECTS', { in: { scope: 'SCHEMA', name: qn('other') } }));
    expect(rows.map((r) => [r.name, r.kind])).toEqual([['GAMMA', 'TABLE']]);
  });
});

describe('SHOW PARAMETERS / VARIABLES', () => {
  it('shows session parameters with defaults and levels', async () => {
    h.state.params = { ...h.state.params, TIMEZONE: 'UTC' };
    const rows = await h.rows(show('PARAMETERS', { like: 'TIME%ZONE' }));
    expect(rows).toEqual([
      { key: 'TIMEZONE', value: 'UTC', default: 'America/Los_Angeles', level: 'SESSION', description: 'Time zone of the session.', type: 'STRING' },
    ]);
    const auto = await h.rows(show('PARAMETERS', { like: 'autocommit' }));
    expect(auto.map((r) => [r.key, r.value, r.default, r.level, r.type])).toEqual([['AUTOCOMMIT', 'true', 'true', '', 'BOOLEAN']]);
  });

  it('shows session variables', async () => {
    h.variables.set('X', { value: '42', type: 'fixed' });
    const rows = await h.rows(show('VARIABLES'));
    expect(rows.map((r) => [r.session_id, r.name, r.value, r.type])).toEqual([['test-session', 'X', '42', 'fixed']]);
  });

  it('rejects SHOW kinds it does not serve with NotSupported', async () => {
    await expect(h.exec(show('GRANTS') as Statement)).rejects.toMatchObject({ errno: 2, message: "Unsupported feature 'SHOW GRANTS'." });
  });
});
