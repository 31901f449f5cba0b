/**
 * SHOW COLUMNS / PRIMARY KEYS `IN <table>` (a bare name is a table: docs …/show-columns) failed with
 * 002043 because the name was read as a schema, and SHOW UNIQUE KEYS / SHOW IMPORTED KEYS were
 * NotSupported (fakesnow tests/test_show.py `test_show_columns`, `test_show_primary_keys_from_table`,
 * `test_show_keys`; docs …/show-unique-keys, …/show-imported-keys).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import type { Result } from '../../src/engine/types.ts';

const pick = (r: Result, names: string[]): unknown[][] =>
  r.rows.map((row) => names.map((n) => (row as unknown[])[r.columns.findIndex((c) => c.name === n)]));

describe('SHOW ... IN <table> and key listings', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`CREATE TABLE test_table (ID varchar, VERSION varchar, PRIMARY KEY (ID, VERSION));
      CREATE TABLE t1 (id INT PRIMARY KEY, name TEXT UNIQUE);
      CREATE TABLE t2 (id INT, other_id INT, FOREIGN KEY (other_id) REFERENCES t1(id))`);
  });
  afterAll(() => s.close());

  it('SHOW PRIMARY KEYS IN a bare table name', async () => {
    const [r] = await s.execute('SHOW PRIMARY KEYS IN test_table');
    expect(pick(r!, ['table_name', 'column_name', 'key_sequence'])).toEqual([['TEST_TABLE', 'ID', '1'], ['TEST_TABLE', 'VERSION', '2']]);
  });

  it('SHOW COLUMNS IN a bare table name', async () => {
    const [r] = await s.execute('SHOW COLUMNS IN t2');
    expect(pick(r!, ['table_name', 'schema_name', 'column_name', 'data_type'])).toEqual([
      ['T2', 'PUBLIC', 'ID', '{"type":"FIXED","precision":38,"scale":0,"nullable":true}'],
      ['T2', 'PUBLIC', 'OTHER_ID', '{"type":"FIXED","precision":38,"scale":0,"nullable":true}'],
    ]);
  });

  it('SHOW UNIQUE KEYS', async () => {
    const [r] = await s.execute('SHOW UNIQUE KEYS');
    expect(r!.columns.map((c) => c.name)).toEqual(['created_on', 'database_name', 'schema_name', 'table_name', 'column_name', 'key_sequence', 'constraint_name', 'rely', 'comment']);
    expect(pick(r!, ['database_name', 'schema_name', 'table_name', 'column_name', 'key_sequence', 'rely', 'comment'])).toEqual([['MOCKHAUS', 'PUBLIC', 'T1', 'NAME', '1', 'false', null]]);
  });

  it('SHOW IMPORTED KEYS names the referenced primary key', async () => {
    const [r] = await s.execute('SHOW IMPORTED KEYS IN t2');
    expect(r!.columns.map((c) => c.name)).toEqual(['created_on', 'pk_database_name', 'pk_schema_name', 'pk_table_name', 'pk_column_name', 'fk_database_name', 'fk_schema_name',
      'fk_table_name', 'fk_column_name', 'key_sequence', 'update_rule', 'delete_rule', 'fk_name', 'pk_name', 'deferrability', 'rely', 'comment']);
    expect(pick(r!, ['pk_table_name', 'pk_column_name', 'fk_table_name', 'fk_column_name', 'key_sequence', 'update_rule', 'delete_rule', 'deferrability', 'rely'])).toEqual([
      ['T1', 'ID', 'T2', 'OTHER_ID', '1', 'NO ACTION', 'NO ACTION', 'NOT DEFERRABLE', 'false'],
    ]);
    const [pk] = await s.execute('SHOW PRIMARY KEYS IN t1');
    expect(pick(r!, ['pk_name'])).toEqual(pick(pk!, ['constraint_name']));
  });
});
