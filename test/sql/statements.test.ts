import { describe, expect, it } from 'bun:test';
import { NotSupportedError } from '../../src/errors.ts';
import { parseOne } from '../../src/sql/index.ts';

/** [sql, expected partial AST] per statement family. */
const CASES: [string, Record<string, unknown>][] = [
  // DDL: tables
  [
    "create or replace transient table if not exists db.s.t (id number(38,0) not null primary key, name varchar(10) default 'x' comment 'nm', " +
      "n int autoincrement start 1 increment 2, k int identity(10, 5) order, r int references o (id), c string collate 'en-ci', " +
      'v int as (id * 2), constraint pk primary key (id, name), unique (name), foreign key (r) references o (id)) ' +
      "cluster by (id) data_retention_time_in_days = 1 comment = 'tbl'",
    {
      kind: 'createTable', orReplace: true, transient: true, ifNotExists: true, temporary: false,
      name: { parts: [{ name: 'DB' }, { name: 'S' }, { name: 'T' }] },
      columns: [
        { name: { name: 'ID' }, type: { name: 'NUMBER', params: [38, 0] }, notNull: true, primaryKey: true },
        { name: { name: 'NAME' }, type: { name: 'VARCHAR', params: [10] }, default: { kind: 'string', value: 'x' }, comment: 'nm' },
        { name: { name: 'N' }, identity: { start: 1, step: 2 } },
        { name: { name: 'K' }, identity: { start: 10, step: 5 } },
        { references: { table: { parts: [{ name: 'O' }] }, columns: [{ name: 'ID' }] } },
        { collate: 'en-ci' },
        { as: { kind: 'binary' } },
      ],
      constraints: [
        { type: 'PRIMARY KEY', name: { name: 'PK' }, columns: [{ name: 'ID' }, { name: 'NAME' }] },
        { type: 'UNIQUE' },
        { type: 'FOREIGN KEY', references: { columns: [{ name: 'ID' }] } },
      ],
      clusterBy: [{ kind: 'column' }],
      comment: 'tbl',
      options: [{ name: 'DATA_RETENTION_TIME_IN_DAYS', value: { kind: 'optNumber', value: 1 } }],
    },
  ],
  ['create temp table t as select 1 a', { kind: 'createTable', temporary: true, as: { kind: 'select' } }],
  ['create local temporary table t (a int)', { kind: 'createTable', temporary: true }],
  ['create volatile table t (a int)', { kind: 'createTable', temporary: true }],
  ['create table t (a, b) as select 1, 2', { kind: 'createTable', columns: [{ name: { name: 'A' } }, { name: { name: 'B' } }], as: {} }],
  ['create table t like s.u', { kind: 'createTable', like: { parts: [{ name: 'S' }, { name: 'U' }] } }],
  ['create table t clone u', { kind: 'createTable', clone: { parts: [{ name: 'U' }] } }],
  ['create table "Mixed" (date date, "Col" timestamp_ltz)', { name: { parts: [{ name: 'Mixed', quoted: true }] }, columns: [{ name: { name: 'DATE' }, type: { name: 'DATE' } }, { name: { name: 'Col', quoted: true } }] }],
  ['create table t (a timestamp with time zone, b double precision)', { columns: [{ type: { name: 'TIMESTAMP_TZ' } }, { type: { name: 'DOUBLE PRECISION' } }] }],
  // views
  [
    "create or replace secure view v (a comment 'ca', b) comment = 'vc' as select 1 a, 2 b",
    { kind: 'createView', secure: true, orReplace: true, columns: [{ name: { name: 'A' }, comment: 'ca' }, { name: { name: 'B' } }], comment: 'vc', queryText: 'select 1 a, 2 b' },
  ],
  ['create materialized view if not exists mv as select * from t', { kind: 'createView', materialized: true, ifNotExists: true }],
  ['create recursive view r (n) as select 1', { kind: 'createView', recursive: true }],
  // databases, schemas, sequences
  ["create or replace database d clone e data_retention_time_in_days = 1 comment = 'x'", { kind: 'createDatabase', orReplace: true, clone: { parts: [{ name: 'E' }] }, comment: 'x', options: [{ name: 'DATA_RETENTION_TIME_IN_DAYS' }] }],
  ['create transient database if not exists d', { kind: 'createDatabase', transient: true, ifNotExists: true }],
  ['create schema d.s with managed access', { kind: 'createSchema', managedAccess: true, name: { parts: [{ name: 'D' }, { name: 'S' }] } }],
  ['create or replace sequence s start with 10 increment by 5', { kind: 'createSequence', start: 10, increment: 5 }],
  ['create sequence s start = 3 increment = -1 order', { kind: 'createSequence', start: 3, increment: -1, order: true }],
  ['create sequence s', { kind: 'createSequence', start: 1, increment: 1 }],
  ["create sequence if not exists s with start = 5 increment = 5 noorder comment = 'c'", { kind: 'createSequence', start: 5, increment: 5, order: false, comment: 'c' }],
  // stages, file formats
  [
    "create or replace stage s url = 's3://b/p' credentials = (aws_key_id = 'k' aws_secret_key = 's') file_format = (type = csv field_delimiter = '|' skip_header = 1)",
    {
      kind: 'createStage',
      options: [
        { name: 'URL', value: { kind: 'optString', value: 's3://b/p' } },
        { name: 'CREDENTIALS', value: { kind: 'optList', options: [{ name: 'AWS_KEY_ID' }, { name: 'AWS_SECRET_KEY' }] } },
        { name: 'FILE_FORMAT', value: { kind: 'optList', options: [{ name: 'TYPE', value: { kind: 'optIdent', value: 'CSV' } }, { name: 'FIELD_DELIMITER' }, { name: 'SKIP_HEADER', value: { value: 1 } }] } },
      ],
    },
  ],
  ['create temporary stage s', { kind: 'createStage', temporary: true, options: [] }],
  [
    "create file format if not exists f type = csv null_if = ('NULL', '') error_on_column_count_mismatch = false",
    { kind: 'createFileFormat', ifNotExists: true, options: [{ name: 'TYPE' }, { name: 'NULL_IF', value: { kind: 'optTuple', items: [{ value: 'NULL' }, { value: '' }] } }, { name: 'ERROR_ON_COLUMN_COUNT_MISMATCH', value: { kind: 'optBool', value: false } }] },
  ],
  // routines
  [
    "create or replace function add1(x int, y int default 1) returns number language sql comment = 'c' as 'x + y'",
    { kind: 'createRoutine', routine: 'FUNCTION', params: [{ name: { name: 'X' }, type: { name: 'INT' } }, { default: { text: '1' } }], returns: { name: 'NUMBER' }, language: 'SQL', body: 'x + y' },
  ],
  [
    'create procedure p(a varchar) returns table (x int) language sql execute as caller as $$ begin return table(select 1); end $$',
    { kind: 'createRoutine', routine: 'PROCEDURE', returns: { table: [{ name: { name: 'X' } }] }, body: ' begin return table(select 1); end ' },
  ],
  ['create procedure p() returns int language sql as declare x int; begin x := 1; return x; end', { kind: 'createRoutine', body: 'declare x int; begin x := 1; return x; end' }],
  // account objects
  ['create warehouse if not exists wh warehouse_size = xsmall auto_suspend = 60', { kind: 'accountObject', verb: 'CREATE', objectType: 'WAREHOUSE', ifNotExists: true, options: [{ name: 'WAREHOUSE_SIZE' }, { name: 'AUTO_SUSPEND' }] }],
  ['create or replace role r', { kind: 'accountObject', objectType: 'ROLE', orReplace: true }],
  ["create user u password = 'p'", { kind: 'accountObject', objectType: 'USER' }],
  ['create database role d.r', { kind: 'accountObject', objectType: 'DATABASE ROLE' }],
  ['alter warehouse wh set warehouse_size = small', { kind: 'accountObject', verb: 'ALTER', action: 'set warehouse_size = small', options: [{ name: 'WAREHOUSE_SIZE' }] }],
  ['drop role if exists r', { kind: 'accountObject', verb: 'DROP', ifExists: true }],
  // drop / undrop
  ['drop table if exists t cascade', { kind: 'drop', objectType: 'TABLE', ifExists: true, cascade: true }],
  ['drop view v', { kind: 'drop', objectType: 'VIEW', ifExists: false }],
  ['drop materialized view v', { kind: 'drop', objectType: 'MATERIALIZED VIEW' }],
  ['drop file format f restrict', { kind: 'drop', objectType: 'FILE FORMAT', cascade: false }],
  ['drop function f(int, varchar)', { kind: 'drop', objectType: 'FUNCTION', argTypes: [{ name: 'INT' }, { name: 'VARCHAR' }] }],
  ['drop schema if exists d.s', { kind: 'drop', objectType: 'SCHEMA' }],
  ['undrop database d', { kind: 'undrop', objectType: 'DATABASE' }],
  // alter
  ['alter table t rename to u', { kind: 'alterTable', action: { kind: 'renameTable', to: { parts: [{ name: 'U' }] } } }],
  ['alter table if exists t swap with u', { kind: 'alterTable', ifExists: true, action: { kind: 'swapWith' } }],
  ['alter table t add column if not exists c int, d string', { action: { kind: 'addColumns', ifNotExists: true, columns: [{ name: { name: 'C' } }, { name: { name: 'D' } }] } }],
  ['alter table t add c int', { action: { kind: 'addColumns', columns: [{ name: { name: 'C' } }] } }],
  ['alter table t drop column if exists a, b', { action: { kind: 'dropColumns', ifExists: true, columns: [{ name: 'A' }, { name: 'B' }] } }],
  ['alter table t rename column a to b', { action: { kind: 'renameColumn', from: { name: 'A' }, to: { name: 'B' } } }],
  [
    "alter table t modify column a set data type varchar(5), column b drop not null, c set default 1, d comment 'x', e unset comment, f type int",
    { action: { kind: 'alterColumns', changes: [{ kind: 'setType' }, { kind: 'setNotNull', notNull: false }, { kind: 'setDefault' }, { kind: 'setComment', comment: 'x' }, { kind: 'setComment' }, { kind: 'setType' }] } },
  ],
  ['alter table t alter (a set not null)', { action: { kind: 'alterColumns', changes: [{ kind: 'setNotNull', notNull: true }] } }],
  ['alter table t add constraint pk primary key (a)', { action: { kind: 'addConstraint', constraint: { type: 'PRIMARY KEY', name: { name: 'PK' } } } }],
  ['alter table t drop constraint pk', { action: { kind: 'dropConstraint', name: { name: 'PK' } } }],
  ['alter table t drop primary key', { action: { kind: 'dropConstraint', type: 'PRIMARY KEY' } }],
  ["alter table t set comment = 'c' change_tracking = true", { action: { kind: 'setOptions', options: [{ name: 'COMMENT' }, { name: 'CHANGE_TRACKING' }] } }],
  ['alter table t unset comment', { action: { kind: 'unsetOptions', names: ['COMMENT'] } }],
  ['alter table t cluster by (a, b)', { action: { kind: 'clusterBy', exprs: [{}, {}] } }],
  ['alter database d rename to e', { kind: 'alterObject', objectType: 'DATABASE', action: { kind: 'rename' } }],
  ['alter schema if exists s swap with s2', { kind: 'alterObject', objectType: 'SCHEMA', ifExists: true, action: { kind: 'swapWith' } }],
  ['alter sequence s set increment by 10', { kind: 'alterObject', objectType: 'SEQUENCE', action: { kind: 'setOptions', options: [{ name: 'INCREMENT', value: { value: 10 } }] } }],
  ["alter stage s set url = 's3://x'", { kind: 'alterObject', objectType: 'STAGE' }],
  ['alter file format f rename to g', { kind: 'alterObject', objectType: 'FILE FORMAT' }],
  ['alter function f(int) rename to g', { kind: 'alterObject', objectType: 'FUNCTION', argTypes: [{ name: 'INT' }] }],
  ['alter function f() set secure', { kind: 'alterObject', action: { kind: 'setOptions', options: [{ name: 'SECURE' }] } }],
  ['alter view v unset secure', { kind: 'alterObject', action: { kind: 'unsetOptions', names: ['SECURE'] } }],
  ["alter user u set tag t = 'x'", { kind: 'accountObject', verb: 'ALTER', action: "set tag t = 'x'" }],
  ["alter session set timezone = 'UTC' week_start = 1", { kind: 'alterSession', set: [{ name: 'TIMEZONE' }, { name: 'WEEK_START' }], unset: [] }],
  ['alter session unset timezone, week_start', { kind: 'alterSession', set: [], unset: ['TIMEZONE', 'WEEK_START'] }],
  // DML
  ['insert into t values (1, default), (2, 3)', { kind: 'insert', overwrite: false, source: { kind: 'values', rows: [[{ text: '1' }, { kind: 'column', parts: [{ name: 'DEFAULT' }] }], [{}, {}]] } }],
  ['insert overwrite into t (a, b) select 1, 2', { kind: 'insert', overwrite: true, columns: [{ name: 'A' }, { name: 'B' }], source: { kind: 'select' } }],
  ['insert into t (a) (select 1)', { kind: 'insert', source: { kind: 'parenQuery' } }],
  ['insert into t with x as (select 1) select * from x', { kind: 'insert', source: { kind: 'select', with: {} } }],
  ['insert all into t1 into t2 (a) values ($1) select 1', { kind: 'insertMulti', mode: 'ALL', branches: [{ into: [{ table: {} }, { columns: [{ name: 'A' }], values: [{ kind: 'positional', index: 1 }] }] }] }],
  ['insert first when a > 1 then into t1 when a > 0 then into t2 into t3 else into t4 select 1 a', { kind: 'insertMulti', mode: 'FIRST', branches: [{ when: {} }, { when: {}, into: [{}, {}] }], else: [{}] }],
  ['update t as x set a = 1, x.b = y.b from y where x.id = y.id', { kind: 'update', alias: { name: { name: 'X' } }, set: [{ column: [{ name: 'A' }] }, { column: [{ name: 'X' }, { name: 'B' }] }], from: [{}], where: {} }],
  ['delete from t x using u, v where x.id = u.id', { kind: 'delete', alias: { name: { name: 'X' } }, using: [{}, {}], where: {} }],
  ['delete from t', { kind: 'delete', using: [] }],
  [
    'merge into t using (select * from s) s on t.id = s.id when matched and s.d then delete when matched then update set t.v = s.v ' +
      'when not matched by target and s.v > 0 then insert (id, v) values (s.id, s.v) when not matched then insert values (1, 2)',
    { kind: 'merge', source: { kind: 'derived' }, clauses: [{ kind: 'whenMatchedDelete', condition: {} }, { kind: 'whenMatchedUpdate' }, { kind: 'whenNotMatchedInsert', condition: {}, columns: [{}, {}] }, { kind: 'whenNotMatchedInsert', values: [{}, {}] }] },
  ],
  [
    'merge into t using s on t.id = s.id when matched and s.x then update all by name when not matched then insert all by name',
    { kind: 'merge', clauses: [{ kind: 'whenMatchedUpdateAll', condition: {} }, { kind: 'whenNotMatchedInsertAll' }] },
  ],
  ['truncate table if exists t', { kind: 'truncate', ifExists: true }],
  ['truncate t', { kind: 'truncate', ifExists: false }],
  // session commands
  ['use database d', { kind: 'use', objectType: 'DATABASE', name: { parts: [{ name: 'D' }] } }],
  ['use schema d.s', { kind: 'use', objectType: 'SCHEMA', name: { parts: [{ name: 'D' }, { name: 'S' }] } }],
  ['use d.s', { kind: 'use', name: { parts: [{ name: 'D' }, { name: 'S' }] } }],
  ['use warehouse w', { kind: 'use', objectType: 'WAREHOUSE' }],
  ['use role sysadmin', { kind: 'use', objectType: 'ROLE' }],
  ['use secondary roles all', { kind: 'use', objectType: 'SECONDARY ROLES' }],
  ["use identifier('d')", { kind: 'use', name: { kind: 'identifierFn' } }],
  ['set x = 1', { kind: 'set', names: [{ name: 'X' }], values: [{ text: '1' }] }],
  ["set (a, b) = (1, 'x')", { kind: 'set', names: [{ name: 'A' }, { name: 'B' }], values: [{}, { value: 'x' }] }],
  ['set m = (select max(a) from t)', { kind: 'set', values: [{ kind: 'subquery' }] }],
  ['unset x', { kind: 'unset', names: [{ name: 'X' }] }],
  ['unset (a, b)', { kind: 'unset', names: [{ name: 'A' }, { name: 'B' }] }],
  ['begin', { kind: 'transaction', action: 'BEGIN' }],
  ['begin work', { kind: 'transaction', action: 'BEGIN' }],
  ['begin transaction name t1', { kind: 'transaction', action: 'BEGIN', name: 'T1' }],
  ['start transaction', { kind: 'transaction', action: 'BEGIN' }],
  ['commit work', { kind: 'transaction', action: 'COMMIT' }],
  ['rollback', { kind: 'transaction', action: 'ROLLBACK' }],
  // show / describe
  ["show terse tables history like 'T%' in schema d.s starts with 'A' limit 5 from 'B'", { kind: 'show', terse: true, objectType: 'TABLES', history: true, like: 'T%', in: { scope: 'SCHEMA', name: {} }, startsWith: 'A', limit: 5, from: 'B' }],
  ['show file formats in account', { kind: 'show', objectType: 'FILE FORMATS', in: { scope: 'ACCOUNT' } }],
  ['show user functions', { objectType: 'USER FUNCTIONS' }],
  ['show row access policies', { objectType: 'ROW ACCESS POLICIES' }],
  ['show primary keys in t', { objectType: 'PRIMARY KEYS', in: { name: { parts: [{ name: 'T' }] } } }],
  ['show columns in table t', { objectType: 'COLUMNS', in: { scope: 'TABLE', name: {} } }],
  ['show schemas in database', { objectType: 'SCHEMAS', in: { scope: 'DATABASE' } }],
  ["show parameters like 'TIME%' in session", { objectType: 'PARAMETERS', like: 'TIME%', in: { scope: 'SESSION' } }],
  ['show variables', { objectType: 'VARIABLES' }],
  ['show schemas history in database d', { objectType: 'SCHEMAS', history: true, in: { scope: 'DATABASE' } }],
  ['describe table t', { kind: 'describe', objectType: 'TABLE', name: { parts: [{ name: 'T' }] } }],
  ['desc t type = stage', { kind: 'describe', objectType: 'TABLE', type: 'STAGE' }],
  ['desc view v', { kind: 'describe', objectType: 'VIEW' }],
  ['desc file format f', { kind: 'describe', objectType: 'FILE FORMAT' }],
  ['describe function f(number, varchar)', { kind: 'describe', objectType: 'FUNCTION', argTypes: [{}, {}] }],
  ["desc result '01a-b'", { kind: 'describe', objectType: 'RESULT', result: { kind: 'string', value: '01a-b' } }],
  ['desc result last_query_id()', { kind: 'describe', objectType: 'RESULT', result: { kind: 'func' } }],
  // stages and loading
  [
    "copy into t (a, b) from @s/p/ files = ('a.csv', 'b.csv') pattern = '.*[.]csv' file_format = (type = csv skip_header = 1) on_error = 'continue' force = true",
    { kind: 'copyInto', direction: 'table', columns: [{}, {}], location: 's/p/', files: ['a.csv', 'b.csv'], pattern: '.*[.]csv', fileFormat: { options: [{ name: 'TYPE' }, { name: 'SKIP_HEADER' }] }, options: [{ name: 'ON_ERROR' }, { name: 'FORCE' }] },
  ],
  ["copy into t from (select $1, $2:a from @s) file_format = (format_name = 'ff')", { kind: 'copyInto', query: { kind: 'select' }, fileFormat: { name: 'ff' } }],
  ["copy into t from 's3://b/k' credentials = (aws_key_id = 'x') file_format = (format_name = db.s.ff)", { location: 's3://b/k', fileFormat: { name: 'DB.S.FF' }, options: [{ name: 'CREDENTIALS' }] }],
  ['copy into @~/out/ from t file_format = (type = parquet) header = true single = true', { kind: 'copyInto', direction: 'location', location: '~/out/', fromTable: {}, options: [{ name: 'HEADER' }, { name: 'SINGLE' }] }],
  ["copy into '@s/x' from (select 1)", { direction: 'location', location: 's/x', query: {} }],
  ['put file:///tmp/data.csv @my_stage/dir auto_compress = false overwrite = true', { kind: 'put', file: 'file:///tmp/data.csv', location: 'my_stage/dir', options: [{ name: 'AUTO_COMPRESS' }, { name: 'OVERWRITE' }] }],
  ["put 'file:///tmp/my file.csv' @%t", { kind: 'put', file: 'file:///tmp/my file.csv', location: '%t' }],
  ['get @s/x.csv file:///tmp/out/ parallel = 4', { kind: 'get', location: 's/x.csv', file: 'file:///tmp/out/', options: [{ name: 'PARALLEL' }] }],
  ["list @s pattern = '.*[.]csv'", { kind: 'list', location: 's', pattern: '.*[.]csv' }],
  ['ls @~', { kind: 'list', location: '~' }],
  ['remove @s/dir/', { kind: 'remove', location: 's/dir/' }],
  ["rm @%t pattern = 'x'", { kind: 'remove', location: '%t', pattern: 'x' }],
  // other commands
  ["call my_proc(1, 'a', x => 2)", { kind: 'call', args: [{}, {}, { kind: 'namedArg', name: 'X' }] }],
  ['execute immediate $$select 1$$', { kind: 'executeImmediate', body: { kind: 'string', value: 'select 1' }, using: [] }],
  ['execute immediate $q using (a, b)', { kind: 'executeImmediate', body: { kind: 'variable' }, using: [{}, {}] }],
  ['declare x int default 1; begin return x; end', { kind: 'scriptBlock', text: 'declare x int default 1; begin return x; end' }],
  ['begin create table t (a int); if (true) then return 1; end if; end', { kind: 'scriptBlock' }],
  [
    'declare c cursor for select 1; res resultset; begin for r in c do let x := case when r.a = 1 then 1 else 0 end; end for; ' +
      'case (1) when 1 then return 1; end case; while (true) do break; end while; loop break; end loop; repeat break; until (true) end repeat; ' +
      'begin return 2; exception when other then return 3; end; end',
    { kind: 'scriptBlock' },
  ],
  ['begin return 1; end my_block', { kind: 'scriptBlock', text: 'begin return 1; end my_block' }],
  ['grant select on all tables in schema s to role r', { kind: 'grant', text: 'select on all tables in schema s to role r' }],
  ['revoke role r from user u', { kind: 'revoke', text: 'role r from user u' }],
  ["comment on column t.c is 'x'", { kind: 'commentOn', objectType: 'COLUMN', comment: 'x' }],
  ["comment if exists on table t is 'x'", { kind: 'commentOn', objectType: 'TABLE', ifExists: true }],
  ['explain using json select 1', { kind: 'explain', using: 'JSON', statement: { kind: 'query' } }],
  ['explain select 1', { kind: 'explain', statement: { kind: 'query' } }],
];

describe('statements', () => {
  for (const [sql, expected] of CASES) {
    it(`parses ${sql.slice(0, 80)}`, () => {
      expect(parseOne(sql)).toMatchObject(expected);
    });
  }
});

const UNSUPPORTED: [string, string][] = [
  ['create stream s on table t', 'CREATE STREAM ON'],
  ['create task t warehouse = w as select 1', 'CREATE TASK AS'],
  ['alter materialized view v suspend', 'ALTER MATERIALIZED VIEW'],
  ['select * from t match_recognize (x)', 'MATCH_RECOGNIZE'],
  ['select a from t start with a = 1 connect by prior a = b', 'CONNECT BY'],
  ['select * from t changes (information => default)', 'CHANGES clause'],
  ['create table t (a map(varchar, int))', 'structured type MAP(...)'],
  ['select 1 ->> select * from $1', 'flow operator ->>'],
  ['select f(**o) from t', 'expansion operator **'],
  ['create or alter table t (a int)', 'CREATE OR ALTER'],
  ["alter table t set tag cost_center = 'x'", 'ALTER TABLE SET TAG'],
  ['alter table t alter column c set masking policy p', 'ALTER COLUMN SET MASKING'],
  ["alter schema s set tag t = 'x'", 'ALTER SCHEMA SET TAG'],
  ['show grants to role r', 'SHOW GRANTS TO'],
  ['create external table e (a int)', 'CREATE EXTERNAL TABLE'],
  ['create alert a warehouse = w schedule = \'1 minute\' if (exists (select 1)) then select 1', 'CREATE ALERT'],
  ['create table t using template (select 1)', 'CREATE TABLE ... USING TEMPLATE'],
  ['execute immediate from @s/script.sql', 'EXECUTE IMMEDIATE FROM'],
  ['create masking policy p as (v string) returns string -> v', 'CREATE MASKING POLICY AS'],
];

describe('recognised but unsupported statements', () => {
  for (const [sql, feature] of UNSUPPORTED) {
    it(`raises NotSupported for ${sql}`, () => {
      let err: unknown;
      try {
        parseOne(sql);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(NotSupportedError);
      expect((err as NotSupportedError).feature).toBe(feature);
    });
  }
});
