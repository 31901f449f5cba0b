import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/sql-reference/sql/insert, …/update, …/delete, …/merge,
// …/insert-multi-table. Count columns: snowflake-reference.md §2.
runCases('DML', [
  { name: 'INSERT counts rows', snowflake: "INSERT INTO t VALUES (1, 'a'), (2, 'b')", columns: ['number of rows inserted'], rows: [['2']] },
  { name: 'INSERT with columns from SELECT', snowflake: "INSERT INTO t (a, b) SELECT 3, 'c'", rows: [['1']] },
  { name: 'UPDATE counts rows', snowflake: "UPDATE t SET b = 'z' WHERE a >= 2", columns: ['number of rows updated', 'number of multi-joined rows updated'], rows: [['2', '0']] },
  { name: 'UPDATE ... FROM', snowflake: 'UPDATE t SET b = s.b FROM src s WHERE t.a = s.a', rows: [['1', '0']] },
  { name: 'DELETE counts rows', snowflake: 'DELETE FROM t WHERE a = 3', columns: ['number of rows deleted'], rows: [['1']] },
  { name: 'DELETE ... USING', snowflake: 'DELETE FROM t USING src WHERE t.a = src.a', rows: [['1']] },
  {
    name: 'MERGE reports inserted and updated separately',
    snowflake: 'MERGE INTO t USING src s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = s.b WHEN NOT MATCHED THEN INSERT (a, b) VALUES (s.a, s.b)',
    columns: ['number of rows inserted', 'number of rows updated'],
    rows: [['2', '0']],
  },
  {
    name: 'MERGE with delete only',
    snowflake: 'MERGE INTO t USING src s ON t.a = s.a WHEN MATCHED AND s.a = 1 THEN DELETE',
    columns: ['number of rows deleted'],
    rows: [['1']],
  },
  {
    name: 'MERGE with a target row matching two source rows is an error',
    snowflake: 'MERGE INTO t USING (SELECT 2 AS a UNION ALL SELECT 2) s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = \'dup\'',
    error: { message: 'Duplicate row detected during DML action' },
  },
  {
    name: 'ERROR_ON_NONDETERMINISTIC_MERGE = FALSE allows it',
    snowflake: 'MERGE INTO t USING (SELECT 2 AS a UNION ALL SELECT 2) s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = \'z\'',
    ctx: { params: { ERROR_ON_NONDETERMINISTIC_MERGE: false } },
    columns: ['number of rows updated'],
  },
  {
    name: 'ERROR_ON_NONDETERMINISTIC_UPDATE = TRUE rejects a multi-joined UPDATE',
    snowflake: "UPDATE t SET b = s.b FROM (SELECT 2 AS a, 'p' AS b UNION ALL SELECT 2, 'q') s WHERE t.a = s.a",
    ctx: { params: { ERROR_ON_NONDETERMINISTIC_UPDATE: true } },
    error: { message: 'Duplicate row detected during DML action' },
  },
  { name: 'VALUES mixing numbers and text is numeric', snowflake: "INSERT INTO t2 VALUES (3), ('d')", error: { message: 'Could not convert' } },
  { name: 'rows after DML', snowflake: 'SELECT a, b FROM t ORDER BY a', rows: [[2, 'z'], [9, 'nine']] },
  {
    name: 'INSERT ALL counts per target',
    snowflake: 'INSERT ALL WHEN n > 5 THEN INTO t (a, b) VALUES (n, s) ELSE INTO t2 (n) VALUES (n) SELECT 7 AS n, \'seven\' AS s',
    columns: ['number of rows inserted into T', 'number of rows inserted into T2'],
    rows: [['1', '0']],
  },
  { name: 'INSERT OVERWRITE replaces rows', snowflake: "INSERT OVERWRITE INTO t2 VALUES (100)", rows: [['1']] },
  { name: 'VARCHAR(n) length is enforced on INSERT', snowflake: "INSERT INTO vt VALUES ('abcd')", error: { message: "String 'abcd' is too long and would be truncated" } },
  { name: 'values that fit are inserted', snowflake: "INSERT INTO vt (v) SELECT 'abc'", rows: [['1']] },
  { name: 'INSERT into a missing database needs one', snowflake: 'INSERT INTO t VALUES (1)', ctx: { database: null }, error: { errno: 90105, message: 'Cannot perform INSERT' } },
], {
  setup: [
    'CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER, "B" VARCHAR)',
    'CREATE TABLE "DB"."PUBLIC"."T2" ("N" INTEGER)',
    'CREATE TABLE "DB"."PUBLIC"."VT" ("V" VARCHAR)',
    'CREATE TABLE "DB"."PUBLIC"."SRC" ("A" INTEGER, "B" VARCHAR)', `INSERT INTO "DB"."PUBLIC"."SRC" VALUES (1, 'one'), (9, 'nine')`,
  ],
  tables: { VT: [{ name: 'V', type: { type: 'text', length: 3 } }] },
});
