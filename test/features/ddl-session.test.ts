/**
 * End-to-end catalog behaviour through the one path every transport uses: session.execute(sql).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession({});
});
afterAll(async () => {
  await s.close();
});

async function q(sql: string): Promise<Record<string, unknown>[]> {
  const results = await s.execute(sql);
  const r = results[results.length - 1]!;
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
}
const statusOf = async (sql: string): Promise<unknown> => (await q(sql))[0]?.status;

describe('DDL through session.execute', () => {
  it('creates a table and describes it with Snowflake type spellings', async () => {
    expect(await statusOf(`create table emp (id int primary key, name varchar(20) comment 'full name', salary number(10,2) default 0, hired timestamp, doc variant)`))
      .toBe('Table EMP successfully created.');
    const rows = await q('desc table emp');
    expect(rows.map((r) => [r.name, r.type, r['null?'], r.default, r['primary key'], r.comment])).toEqual([
      ['ID', 'NUMBER(38,0)', 'N', null, 'Y', null],
      ['NAME', 'VARCHAR(20)', 'Y', null, 'N', 'full name'],
      ['SALARY', 'NUMBER(10,2)', 'Y', '0', 'N', null],
      ['HIRED', 'TIMESTAMP_NTZ(9)', 'Y', null, 'N', null],
      ['DOC', 'VARIANT', 'Y', null, 'N', null],
    ]);
    await s.execute(`insert into emp (id, name) values (1, 'Ann'), (2, 'Bob')`);
    expect(await q('select id, salary from emp order by id')).toEqual([{ ID: '1', SALARY: '0.00' }, { ID: '2', SALARY: '0.00' }]);
  });

  it('answers 002002 and the IF NOT EXISTS sentence', async () => {
    await expect(s.execute('create table emp (x int)')).rejects.toMatchObject({ errno: 2002, message: "SQL compilation error:\nObject 'EMP' already exists." });
    expect(await statusOf('create table if not exists emp (x int)')).toBe('EMP already exists, statement succeeded.');
  });

  it('creates views whose SHOW VIEWS text is the whole CREATE statement and whose columns DESCRIBE lists', async () => {
    expect(await statusOf('create view emp_v as select id, upper(name) as uname from emp')).toBe('View EMP_V successfully created.');
    expect(await q('select * from emp_v order by id')).toEqual([{ ID: '1', UNAME: 'ANN' }, { ID: '2', UNAME: 'BOB' }]);
    const views = await q(`show views like 'emp%'`);
    expect(views.map((r) => [r.name, r.text, r.is_secure])).toEqual([['EMP_V', 'create view emp_v as select id, upper(name) as uname from emp', false]]);
    expect((await q('describe view emp_v')).map((r) => [r.name, r.type])).toEqual([['ID', 'NUMBER(38,0)'], ['UNAME', 'VARCHAR(16777216)']]);
  });

  it('copies declared types and NOT NULL with LIKE and data with CLONE', async () => {
    expect(await statusOf('create table emp_like like emp')).toBe('Table EMP_LIKE successfully created.');
    expect((await q('desc table emp_like')).map((r) => [r.name, r.type, r['null?']]).slice(0, 2)).toEqual([['ID', 'NUMBER(38,0)', 'N'], ['NAME', 'VARCHAR(20)', 'Y']]);
    expect(await q('select count(*) as n from emp_like')).toEqual([{ N: '0' }]);
    await s.execute('create table emp_clone clone emp');
    expect(await q('select count(*) as n from emp_clone')).toEqual([{ N: '2' }]);
  });

  it('creates tables from queries (CTAS)', async () => {
    expect(await statusOf('create or replace table emp_names as select id, name, upper(name) as shout, doc from emp')).toBe('Table EMP_NAMES successfully created.');
    // Plain columns keep their declared types; expressions get the type of their value.
    expect((await q('desc table emp_names')).map((r) => [r.name, r.type])).toEqual([
      ['ID', 'NUMBER(38,0)'], ['NAME', 'VARCHAR(20)'], ['SHOUT', 'VARCHAR(16777216)'], ['DOC', 'VARIANT'],
    ]);
  });

  it('draws NEXTVAL from sequences and AUTOINCREMENT from hidden ones', async () => {
    expect(await statusOf('create sequence seq1 start = 10 increment = 5')).toBe('Sequence SEQ1 successfully created.');
    expect(await q('select seq1.nextval')).toEqual([{ NEXTVAL: '10' }]);
    await s.execute(`create table auto_t (id int autoincrement start 100 increment 10, v string); insert into auto_t (v) values ('x'), ('y')`);
    expect(await q('select id, v from auto_t order by id')).toEqual([{ ID: '100', V: 'x' }, { ID: '110', V: 'y' }]);
    expect((await q('show sequences')).map((r) => r.name)).toEqual(['SEQ1']);
  });

  it('serves INFORMATION_SCHEMA.COLUMNS with Snowflake spellings', async () => {
    const rows = await q(`select column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable
      from information_schema.columns where table_name = 'EMP' order by ordinal_position`);
    expect(rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v))))).toEqual([
      ['ID', 'NUMBER', null, '38', '0', 'NO'],
      ['NAME', 'TEXT', '20', null, null, 'YES'],
      ['SALARY', 'NUMBER', null, '10', '2', 'YES'],
      ['HIRED', 'TIMESTAMP_NTZ', null, null, null, 'YES'],
      ['DOC', 'VARIANT', null, null, null, 'YES'],
    ]);
  });

  it('alters tables and shows the result in SHOW TABLES / SHOW COLUMNS', async () => {
    expect(await statusOf(`alter table emp add column dept varchar(5)`)).toBe('Statement executed successfully.');
    expect(await statusOf(`alter table emp rename to staff`)).toBe('Statement executed successfully.');
    expect(await statusOf(`comment on table staff is 'people'`)).toBe('Statement executed successfully.');
    const t = await q(`show tables like 'STAFF'`);
    expect(t.map((r) => [r.name, r.kind, r.comment, r.rows])).toEqual([['STAFF', 'TABLE', 'people', '2']]);
    const c = await q('show columns in table staff');
    expect(c.map((r) => [r.column_name, r.data_type])).toContainEqual(['DEPT', '{"type":"TEXT","length":5,"byteLength":20,"nullable":true,"fixed":false}']);
  });

  it('creates schemas and databases and makes them current', async () => {
    expect(await statusOf('create schema staging')).toBe('Schema STAGING successfully created.');
    expect(await q('select current_schema() as s')).toEqual([{ S: 'STAGING' }]);
    expect(await statusOf('create database other_db')).toBe('Database OTHER_DB successfully created.');
    expect(await q('select current_database() as d, current_schema() as s')).toEqual([{ D: 'OTHER_DB', S: 'PUBLIC' }]);
    expect((await q('show databases')).map((r) => [r.name, r.is_current])).toEqual([['MOCKHAUS', 'N'], ['OTHER_DB', 'Y']]);
    expect(await statusOf('drop database other_db')).toBe('OTHER_DB successfully dropped.');
    await s.execute('use schema mockhaus.public');
    expect((await q('show schemas')).map((r) => r.name)).toEqual(['INFORMATION_SCHEMA', 'PUBLIC', 'STAGING']);
  });

  it('drops with the right sentences and errors', async () => {
    expect(await statusOf('drop view emp_v')).toBe('EMP_V successfully dropped.');
    expect(await statusOf('drop view if exists emp_v')).toBe('Drop statement executed successfully (EMP_V already dropped).');
    await expect(s.execute('drop table emp_v')).rejects.toMatchObject({ errno: 2003, message: "SQL compilation error:\nTable 'EMP_V' does not exist or not authorized." });
  });

  it('records warehouses and accepts grants', async () => {
    expect(await statusOf(`create warehouse if not exists wh warehouse_size = 'SMALL'`)).toBe('Warehouse WH successfully created.');
    expect((await q('show warehouses')).map((r) => [r.name, r.state, r.size])).toEqual([['WH', 'STARTED', 'Small']]);
    expect(await statusOf('grant select on table staff to role public')).toBe('Statement executed successfully.');
  });
});

describe('identity columns across renames', () => {
  it('lets a new table take the name of a renamed table with an identity column', async () => {
    await s.execute(`create table idt (id int autoincrement, v string); insert into idt (v) values ('a')`);
    await s.execute(`alter table idt rename to idt_old`);
    await s.execute(`create table idt (id int autoincrement, v string); insert into idt (v) values ('b'); insert into idt_old (v) values ('c')`);
    expect(await q('select id, v from idt')).toEqual([{ ID: '1', V: 'b' }]);
    expect(await q('select id, v from idt_old order by id')).toEqual([{ ID: '1', V: 'a' }, { ID: '2', V: 'c' }]);
    expect((await q('show sequences')).map((r) => r.name)).toEqual(['SEQ1']);
  });
});
