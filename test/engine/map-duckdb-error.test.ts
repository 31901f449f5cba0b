/**
 * Table-driven: each case provokes a real DuckDB error and checks the Snowflake errno, SQLSTATE and
 * message `mapDuckDbError` produces (shared/docs/snowflake-reference.md §1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openDatabase, type Database } from '../../src/engine/database.ts';
import { mapDuckDbError, cleanDuckDbMessage } from '../../src/engine/map-duckdb-error.ts';
import { InternalError, raiseErrorSql } from '../../src/engine/internal-error.ts';
import { NotSupportedError, SnowflakeError } from '../../src/errors.ts';

interface Case {
  name: string;
  duck: string;
  sf?: string;
  errno: number;
  sqlState: string;
  message: string;
}

const CASES: Case[] = [
  { name: 'missing table, unqualified', duck: 'SELECT * FROM "DB"."PUBLIC"."NOPE"', sf: 'select * from nope', errno: 2003, sqlState: '42S02',
    message: "SQL compilation error:\nObject 'NOPE' does not exist or not authorized." },
  { name: 'missing table, qualified as written', duck: 'SELECT * FROM "DB"."PUBLIC"."NOPE"', sf: 'select * from public.nope', errno: 2003, sqlState: '42S02',
    message: "SQL compilation error:\nObject 'DB.PUBLIC.NOPE' does not exist or not authorized." },
  { name: 'missing lower-case quoted table', duck: 'SELECT * FROM "DB"."PUBLIC"."nosuch"', sf: 'select * from "nosuch"', errno: 2003, sqlState: '42S02',
    message: "SQL compilation error:\nObject '\"nosuch\"' does not exist or not authorized." },
  { name: 'missing schema', duck: 'SELECT * FROM "DB"."NOSCH"."T"', errno: 2003, sqlState: '02000',
    message: "SQL compilation error:\nSchema 'DB.NOSCH' does not exist or not authorized." },
  { name: 'missing database', duck: 'SELECT * FROM "NODB"."PUBLIC"."T"', errno: 2003, sqlState: '02000',
    message: "SQL compilation error:\nDatabase 'NODB' does not exist or not authorized." },
  { name: 'unknown column', duck: 'SELECT "ZZ" FROM "DB"."PUBLIC"."T"', sf: 'select zz from t', errno: 904, sqlState: '42000',
    message: "SQL compilation error: error line 1 at position 7\ninvalid identifier 'ZZ'" },
  { name: 'unknown qualified column', duck: 'SELECT "T"."ZZ" FROM "DB"."PUBLIC"."T"', sf: 'select\n  t.zz from t', errno: 904, sqlState: '42000',
    message: "SQL compilation error: error line 2 at position 4\ninvalid identifier 'T.ZZ'" },
  { name: 'string to number', duck: "SELECT 'abc'::INTEGER", errno: 100038, sqlState: '22018', message: "Numeric value 'abc' is not recognized" },
  { name: 'string to decimal', duck: "SELECT 'abc'::DECIMAL(10,2)", errno: 100038, sqlState: '22018', message: "Numeric value 'abc' is not recognized" },
  { name: 'string to double', duck: "SELECT 'x1'::DOUBLE", errno: 100038, sqlState: '22018', message: "Numeric value 'x1' is not recognized" },
  { name: 'string to boolean', duck: "SELECT 'maybe'::BOOLEAN", errno: 100037, sqlState: '22018', message: "Boolean value 'maybe' is not recognized" },
  { name: 'bad date', duck: "SELECT 'x'::DATE", errno: 100040, sqlState: '22007', message: "Date 'x' is not recognized" },
  { name: 'out-of-range date', duck: "SELECT '2024-13-45'::DATE", errno: 100040, sqlState: '22007', message: "Date '2024-13-45' is not recognized" },
  { name: 'bad timestamp', duck: "SELECT 'x'::TIMESTAMP", errno: 100035, sqlState: '22007', message: "Timestamp 'x' is not recognized" },
  { name: 'cast out of range', duck: 'SELECT 300::TINYINT', errno: 100039, sqlState: '22003', message: "Numeric value '300' is out of range" },
  { name: 'decimal overflow', duck: 'SELECT 1000::DECIMAL(3,1)', errno: 100039, sqlState: '22003', message: "Numeric value '1000' is out of range" },
  { name: 'arithmetic overflow', duck: 'SELECT 2147483647::INTEGER + 1', errno: 100046, sqlState: '22003',
    message: 'Number out of representable range: Overflow in addition of INT32 (2147483647 + 1)!' },
  { name: 'division by zero (raised)', duck: `SELECT ${raiseErrorSql(100051, '22012', 'Division by zero')}`, errno: 100051, sqlState: '22012', message: 'Division by zero' },
  { name: 'string too long (raised)', duck: `SELECT ${raiseErrorSql(100078, '22000', "String 'abcd' is too long and would be truncated")}`,
    errno: 100078, sqlState: '22000', message: "String 'abcd' is too long and would be truncated" },
  { name: 'NOT NULL', duck: 'INSERT INTO "DB"."PUBLIC"."T" VALUES (NULL)', errno: 100072, sqlState: '22000', message: 'NULL result in a non-nullable column' },
  { name: 'table exists', duck: 'CREATE TABLE "DB"."PUBLIC"."T" (A INT)', errno: 2002, sqlState: '42710', message: "SQL compilation error:\nObject 'T' already exists." },
  { name: 'schema exists', duck: 'CREATE SCHEMA "DB"."PUBLIC"', errno: 2002, sqlState: '42710', message: "SQL compilation error:\nObject 'PUBLIC' already exists." },
  { name: 'unknown function', duck: 'SELECT nosuchfn(1)', errno: 2140, sqlState: '42601', message: 'SQL compilation error:\nUnknown function NOSUCHFN' },
  { name: 'wrong argument types', duck: "SELECT abs('a', 'b')", sf: "select abs('a', 'b')", errno: 1044, sqlState: '42P13',
    message: "SQL compilation error: error line 1 at position 7\nInvalid argument types for function 'ABS': (VARCHAR, VARCHAR)" },
  { name: 'insert arity', duck: 'INSERT INTO "DB"."PUBLIC"."T" VALUES (1, 2)', errno: 2020, sqlState: '21S01',
    message: 'SQL compilation error:\nInsert value list does not match column list expecting 1 but got 2' },
  { name: 'ambiguous column', duck: 'SELECT "A" FROM "DB"."PUBLIC"."T" t1, "DB"."PUBLIC"."T" t2', errno: 2028, sqlState: '42601',
    message: "SQL compilation error:\nambiguous column name 'A'" },
  { name: 'numeric string out of range', duck: "SELECT '123.456'::DECIMAL(3,1)", errno: 100039, sqlState: '22003', message: "Numeric value '123.456' is out of range" },
  { name: 'value too wide for the column', duck: 'INSERT INTO "DB"."PUBLIC"."N" VALUES (11.11)', errno: 100046, sqlState: '22003',
    message: 'Number out of representable range: type FIXED[SB2](3,2){nullable}, value 11.11' },
  { name: 'insert column/value count', duck: 'INSERT INTO "DB"."PUBLIC"."T" ("A") VALUES (1, 2)', errno: 2020, sqlState: '21S01',
    message: 'SQL compilation error:\nInsert value list does not match column list expecting 1 but got 2' },
  { name: 'set operator arity', duck: 'SELECT 1, 2 UNION SELECT 1', errno: 1789, sqlState: '42601',
    message: 'SQL compilation error:\ninvalid number of result columns for set operator input branches' },
  { name: 'column not grouped', duck: 'SELECT "A", "B" FROM "DB"."PUBLIC"."G" GROUP BY "A"', sf: 'select a, b from g group by a', errno: 1104, sqlState: '42601',
    message: "SQL compilation error: error line 1 at position 10\n'G.B' in select clause is neither an aggregate nor in the group by clause." },
  { name: 'alias used before definition', duck: 'SELECT 1 AS "X", "ZZ" + 1 AS "ZZ"', sf: 'select 1 as x, zz + 1 as zz', errno: 904, sqlState: '42000',
    message: "SQL compilation error: error line 1 at position 15\ninvalid identifier 'ZZ'" },
  { name: 'Snowflake wording raised without the tag', duck: "SELECT error('Boolean value ''maybe'' is not recognized')", errno: 100037, sqlState: '22018',
    message: "Boolean value 'maybe' is not recognized" },
  { name: 'malformed JSON', duck: "SELECT json('{bad')", errno: 100069, sqlState: '22P02', message: 'Error parsing JSON: unexpected character' },
];

describe('mapDuckDbError', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    await db.attachDatabase('DB', { record: false });
    await db.run('CREATE SCHEMA IF NOT EXISTS "DB"."PUBLIC"');
    await db.run('CREATE TABLE "DB"."PUBLIC"."T" ("A" INTEGER NOT NULL)');
    await db.run('CREATE TABLE "DB"."PUBLIC"."N" ("V" DECIMAL(3,2))');
    await db.run('CREATE TABLE "DB"."PUBLIC"."G" ("A" INTEGER, "B" INTEGER)');
  });
  afterAll(() => db.close());

  for (const c of CASES) {
    it(`maps ${c.name}`, async () => {
      let caught: unknown = null;
      try {
        await db.run(c.duck);
      } catch (e) {
        caught = e;
      }
      expect(caught).not.toBeNull();
      const err = mapDuckDbError(caught, { ...(c.sf ? { sql: c.sf } : {}), duckSql: c.duck, database: 'DB', schema: 'PUBLIC' });
      expect({ errno: err.errno, sqlState: err.sqlState, message: err.message }).toEqual({ errno: c.errno, sqlState: c.sqlState, message: c.message });
    });
  }

  it('maps a DuckDB parser error on generated SQL to an internal error with the DuckDB text kept for logs', async () => {
    const err = await db.run('SELEC 1').then(() => null, (e) => mapDuckDbError(e, { duckSql: 'SELEC 1' }));
    expect(err).toBeInstanceOf(InternalError);
    expect([err!.errno, err!.sqlState]).toEqual([603, 'XX000']);
    expect((err as InternalError).detail).toContain('syntax error at or near "SELEC"');
    expect(err!.message).not.toContain('SELEC');
  });

  it('maps an interrupted query to 000604 SQL execution canceled', async () => {
    const pending = db.run('SELECT count(*) FROM range(100000000000)');
    setTimeout(() => db.conn.interrupt(), 50);
    const err = await pending.then(() => null, (e) => mapDuckDbError(e));
    expect([err!.errno, err!.sqlState, err!.message]).toEqual([604, '57014', 'SQL execution canceled']);
  });

  it('maps "Not implemented" to NotSupported and anything else to a cleaned generic error', async () => {
    const ni = mapDuckDbError(new Error('Not implemented Error: Frobnicate is not supported!'));
    expect(ni).toBeInstanceOf(NotSupportedError);
    const other = mapDuckDbError(new Error('Invalid Input Error: something odd\n\nLINE 1: select x\n        ^'));
    expect([other.errno, other.sqlState, other.message]).toEqual([100000, '22000', 'something odd']);
    expect(cleanDuckDbMessage('Binder Error: bad\nDid you mean "x"?\n\nLINE 1: q\n ^')).toBe('bad');
    expect(cleanDuckDbMessage("Conversion Error: Unknown TimeZone '+08:00'!\n\nCandidate time zones: \"GMT0\"\n\nLINE 1: x")).toBe("Unknown TimeZone '+08:00'!");
  });

  it('passes SnowflakeErrors through unchanged', () => {
    const e = new SnowflakeError(2003, '42S02', 'x');
    expect(mapDuckDbError(e)).toBe(e);
  });
});
