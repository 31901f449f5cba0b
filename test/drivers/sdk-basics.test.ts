/**
 * The real snowflake-sdk against a real Mockhaus server (random port): connection context, every
 * type's JS value, BigInt mode, binds (positional, numbered, 10,000-row array bind), error codes,
 * DML counts, multi-statement, and destroy closing the server-side session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { connect, destroy, exec, execError, startWireServer, type Conn, type TestServer } from './_harness.ts';

let server: TestServer;
let conn: Conn;

beforeAll(async () => {
  server = await startWireServer();
  conn = await connect(server.url, { database: 'drv_db', schema: 'drv_schema' });
});

afterAll(async () => {
  await destroy(conn).catch(() => undefined);
  await server.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('connection', () => {
  it('starts in the database and schema given at connect, created when missing', async () => {
    const { rows, stmt } = await exec(conn, 'SELECT CURRENT_DATABASE() AS D, CURRENT_SCHEMA() AS S');
    expect(rows).toEqual([{ D: 'DRV_DB', S: 'DRV_SCHEMA' }]);
    expect(stmt.getQueryId()).toMatch(UUID);
    const state = stmt.getSessionState();
    expect([state.getCurrentDatabase(), state.getCurrentSchema()]).toEqual(['DRV_DB', 'DRV_SCHEMA']);
  });

  it('follows USE and ALTER SESSION: final context and the echoed TIMEZONE', async () => {
    const c = await connect(server.url);
    try {
      await exec(c, 'CREATE DATABASE OTHER_DB');
      const use = await exec(c, 'USE DATABASE OTHER_DB');
      expect(use.stmt.getSessionState().getCurrentDatabase()).toBe('OTHER_DB');
      await exec(c, "ALTER SESSION SET TIMEZONE = 'Europe/Paris'");
      const { rows } = await exec(c, "SELECT '2024-01-15T12:34:56.123Z'::TIMESTAMP_LTZ AS LTZ");
      expect(rows[0].LTZ.toJSON()).toBe('2024-01-15 13:34:56.123 +0100');
    } finally {
      await destroy(c);
    }
  });

  it('answers isValidAsync through the heartbeat endpoint', async () => {
    expect(await conn.isValidAsync()).toBe(true);
  });
});

describe('types', () => {
  beforeAll(async () => {
    await exec(
      conn,
      `CREATE OR REPLACE TABLE ALL_TYPES (ID NUMBER, FIX NUMBER(38,0), DEC NUMBER(10,2), R FLOAT, S VARCHAR, B BOOLEAN,
        D DATE, TM TIME, NTZ TIMESTAMP_NTZ, LTZ TIMESTAMP_LTZ, V VARIANT, O OBJECT, A ARRAY)`,
    );
    await exec(
      conn,
      `INSERT INTO ALL_TYPES SELECT 1, 12345678901234, 123.45, 1.5, 'hello', TRUE, '2024-01-15'::DATE, '12:34:56'::TIME,
        '2024-01-15 12:34:56.123'::TIMESTAMP_NTZ, '2024-01-15T12:34:56.123Z'::TIMESTAMP_LTZ, PARSE_JSON('{"a":1,"b":[true,null]}'), OBJECT_CONSTRUCT('a', 1),
        ARRAY_CONSTRUCT(1, 2)`,
    );
    await exec(conn, 'INSERT INTO ALL_TYPES (ID) VALUES (2)');
  });

  it('turns every Snowflake type into the JavaScript value the driver documents', async () => {
    const { rows } = await exec(conn, 'SELECT * FROM ALL_TYPES WHERE ID = 1');
    const r = rows[0];
    expect(r.ID).toBe(1);
    expect(r.FIX).toBe(12345678901234);
    expect(r.DEC).toBe(123.45);
    expect(r.R).toBe(1.5);
    expect(r.S).toBe('hello');
    expect(r.B).toBe(true);
    expect(r.D).toBeInstanceOf(Date);
    expect(r.D.toJSON()).toBe('2024-01-15');
    expect(r.TM).toBe('12:34:56');
    expect(r.NTZ.toISOString()).toBe('2024-01-15T12:34:56.123Z');
    expect(r.NTZ.toJSON()).toBe('2024-01-15 12:34:56.123');
    expect(r.LTZ.toISOString()).toBe('2024-01-15T12:34:56.123Z');
    expect(r.LTZ.toJSON()).toBe('2024-01-15 04:34:56.123 -0800');
    expect(r.V).toEqual({ a: 1, b: [true, null] });
    expect(r.O).toEqual({ a: 1 });
    expect(r.A).toEqual([1, 2]);
  });

  // Known failures of other layers (test.failing turns red once they are fixed, so remove it then):
  // the engine stores TIMESTAMP_TZ without its offset and reports it as timestamp_ltz, and the
  // translator casts VARCHAR to BINARY as UTF-8 bytes instead of hex (BINARY_INPUT_FORMAT).
  it.failing('returns TIMESTAMP_TZ as a Date shown in its own offset (known failure: engine TIMESTAMP_TZ)', async () => {
    const { rows } = await exec(conn, "SELECT '2024-01-15 20:34:56.123 +08:00'::TIMESTAMP_TZ AS TZ, NULL::TIMESTAMP_TZ AS NTZ");
    expect(rows[0].TZ.toISOString()).toBe('2024-01-15T12:34:56.123Z');
    expect(rows[0].TZ.toJSON()).toBe('2024-01-15 20:34:56.123 +0800');
    expect(rows[0].NTZ).toBeNull();
  });

  it('returns BINARY as a Buffer (VARCHAR → BINARY reads hex)', async () => {
    const { rows } = await exec(conn, "SELECT 'DEADBEEF'::BINARY AS BIN, NULL::BINARY AS NB");
    expect(Buffer.isBuffer(rows[0].BIN)).toBe(true);
    expect(rows[0].BIN.toString('hex')).toBe('deadbeef');
    expect(rows[0].NB).toBeNull();
  });

  it('returns NULL of every type as null (TIME as the driver\'s "NULL" string)', async () => {
    const { rows } = await exec(conn, 'SELECT * FROM ALL_TYPES WHERE ID = 2');
    // snowflake-sdk has no JS type for TIME and always formats it as text, NULL included
    // (connection/result/column.js toValueFromTime), so real Snowflake gives "NULL" too.
    expect(rows).toEqual([
      { ID: 2, FIX: null, DEC: null, R: null, S: null, B: null, D: null, TM: 'NULL', NTZ: null, LTZ: null, V: null, O: null, A: null },
    ]);
  });

  it('describes columns with Snowflake types, precision and scale', async () => {
    const { stmt } = await exec(conn, 'SELECT FIX, DEC, S, NTZ FROM ALL_TYPES WHERE ID = 1');
    const cols = stmt.getColumns().map((c: any) => [c.getName(), c.getType(), c.getPrecision(), c.getScale()]);
    expect(cols).toEqual([
      ['FIX', 'fixed', 38, 0],
      ['DEC', 'fixed', 10, 2],
      ['S', 'text', null, null],
      ['NTZ', 'timestamp_ntz', 0, 9],
    ]);
  });

  it('returns integers as BigInt when the connection sets jsTreatIntegerAsBigInt', async () => {
    const big = await connect(server.url, { jsTreatIntegerAsBigInt: true });
    try {
      const { rows } = await exec(big, 'SELECT 12345678901234567::NUMBER(38,0) AS N, 1.5::NUMBER(5,1) AS F');
      // The driver's "BigInt" is a big-integer library object (exact beyond 2^53), not a Number.
      expect(typeof rows[0].N).toBe('object');
      expect(rows[0].N.toString()).toBe('12345678901234567');
      expect(rows[0].F).toBe(1.5);
    } finally {
      await destroy(big);
    }
  });
});

describe('binds', () => {
  it('binds positional ? placeholders with the driver types', async () => {
    const { rows } = await exec(conn, 'SELECT ?::NUMBER AS N, ? AS S, ?::FLOAT AS F, ?::BOOLEAN AS B', {
      binds: [42, 'txt', 1.5, true],
    });
    expect(rows).toEqual([{ N: 42, S: 'txt', F: 1.5, B: true }]);
  });

  it('binds numbered :1 placeholders, reusing a position', async () => {
    const { rows } = await exec(conn, 'SELECT :1::NUMBER + :2::NUMBER AS S, :1::NUMBER AS A', { binds: [40, 2] });
    expect(rows).toEqual([{ S: 42, A: 40 }]);
  });

  it('binds Dates (sent as ISO text) and objects (sent as VARIANT JSON)', async () => {
    const { rows } = await exec(conn, 'SELECT ?::DATE AS D, ?::TIMESTAMP_NTZ AS T, ? AS V', {
      binds: [new Date('2024-01-15T00:00:00Z'), new Date('2024-01-15T12:34:56.789Z'), { a: [1, 2] }],
    });
    expect(rows[0].D.toJSON()).toBe('2024-01-15');
    expect(rows[0].T.toJSON()).toBe('2024-01-15 12:34:56.789');
    expect(rows[0].V).toEqual({ a: [1, 2] });
  });

  it('binds NULL', async () => {
    const { rows } = await exec(conn, 'SELECT ?::NUMBER AS N', { binds: [null] });
    expect(rows).toEqual([{ N: null }]);
  });

  it('runs a 10,000-row array bind as one statement per row and reports the total count', async () => {
    await exec(conn, 'CREATE OR REPLACE TABLE BULK (ID NUMBER, NAME VARCHAR)');
    const binds = Array.from({ length: 10_000 }, (_, i) => [i + 1, `name-${i + 1}`]);
    const { stmt } = await exec(conn, 'INSERT INTO BULK (ID, NAME) VALUES (?, ?)', { binds });
    expect(stmt.getNumUpdatedRows()).toBe(10_000);
    const { rows } = await exec(conn, 'SELECT COUNT(*) AS C, SUM(ID) AS S, MAX(NAME) AS M FROM BULK');
    expect(rows).toEqual([{ C: 10_000, S: 50_005_000, M: 'name-9999' }]);
  }, 120_000);
});

describe('statements', () => {
  it('reports DML counts that getNumUpdatedRows adds up', async () => {
    await exec(conn, 'CREATE OR REPLACE TABLE DML (ID NUMBER, V VARCHAR)');
    const ins = await exec(conn, "INSERT INTO DML VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    expect(ins.rows).toEqual([{ 'number of rows inserted': 3 }]);
    expect(ins.stmt.getNumUpdatedRows()).toBe(3);
    const upd = await exec(conn, "UPDATE DML SET V = 'z' WHERE ID > 1");
    expect(upd.stmt.getNumUpdatedRows()).toBe(2);
    const del = await exec(conn, 'DELETE FROM DML WHERE ID = 1');
    expect(del.rows).toEqual([{ 'number of rows deleted': 1 }]);
    expect(del.stmt.getNumUpdatedRows()).toBe(1);
  });

  it('fails a statement with Snowflake code, sqlState, message and query id', async () => {
    const err = await execError(conn, 'SELECT * FROM NOPE');
    expect(err.name).toBe('OperationFailedError');
    expect(err.code).toBe('002003');
    expect(err.sqlState).toBe('42S02');
    expect(err.message).toBe("SQL compilation error:\nObject 'NOPE' does not exist or not authorized.");
    expect(err.data.queryId).toMatch(UUID);
    expect(err.stmt.getQueryId()).toBe(err.data.queryId);
  });

  it('runs a multi-statement request and hands out each child result', async () => {
    const results: unknown[] = [];
    await new Promise<void>((resolve, reject) =>
      conn.execute({
        sqlText: 'SELECT 1 AS X; SELECT 2 AS X, 3 AS Y',
        parameters: { MULTI_STATEMENT_COUNT: 2 },
        complete: (err: unknown, stmt: any, rows: unknown[]) => {
          if (err) return reject(err);
          results.push(rows);
          if (stmt.hasNext()) stmt.NextResult();
          else resolve();
        },
      }),
    );
    expect(results).toEqual([[{ X: 1 }], [{ X: 2, Y: 3 }]]);
  });

  it('refuses several statements without MULTI_STATEMENT_COUNT (000008)', async () => {
    const err = await execError(conn, 'SELECT 1; SELECT 2');
    expect(err.code).toBe('000008');
    expect(err.message).toBe('Actual statement count 2 did not match the desired statement count 1.');
  });
});

describe('destroy', () => {
  it('closes the server-side session', async () => {
    const before = new Set(server.manager.list().map((s) => s.id));
    const c = await connect(server.url);
    const created = server.manager.list().filter((s) => !before.has(s.id));
    expect(created.length).toBe(1);
    const id = created[0]?.id ?? '';
    expect(server.manager.has(id)).toBe(true);
    await destroy(c);
    expect(server.manager.has(id)).toBe(false);
    expect(c.isUp()).toBe(false);
  });
});
