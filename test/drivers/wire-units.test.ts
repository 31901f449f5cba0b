/**
 * The driver protocol's pure parts: bindings → ExecuteOptions, parameter echo precedence, rowtype
 * scale rules, and the rowset encodings of the spec (§4) checked against the decoder the
 * conformance transport uses.
 */
import { describe, expect, it } from 'bun:test';
import type { ResultColumn, SnowflakeTypeName, Value } from '../../src/engine/types.ts';
import { toWireString } from '../../src/engine/values.ts';
import { convertBindings } from '../../src/server/wire/_binds.ts';
import { effectiveParameters, rowTypeEntry } from '../../src/server/wire/_rowset.ts';
import { collapseLeadingSlashes } from '../../src/server/wire/index.ts';
import { foldName } from '../../src/server/wire/login.ts';
import { QueryStore, type Outcome } from '../../src/server/wire/_queries.ts';
import { SpillStore } from '../../src/server/wire/_spill.ts';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWire } from './_wire-transport.ts';

function col(type: SnowflakeTypeName, scale: number | null = null, precision: number | null = null): ResultColumn {
  return { name: 'C', type, precision, scale, length: null, byteLength: null, nullable: true };
}

describe('bindings', () => {
  it('maps positional bindings to keys 1..n with their declared types', () => {
    expect(convertBindings({ '1': { type: 'FIXED', value: '42' }, '2': { type: 'TEXT', value: null } })).toEqual({
      binds: { '1': { type: 'FIXED', value: '42' }, '2': { type: 'TEXT', value: null } },
    });
  });

  it('keeps named bindings by name', () => {
    expect(convertBindings({ who: { type: 'TEXT', value: 'me' } })).toEqual({ binds: { who: { type: 'TEXT', value: 'me' } } });
  });

  it('turns array bindings into one bind set per row', () => {
    expect(convertBindings({ '1': { type: 'FIXED', value: ['1', '2'] }, '2': { type: 'TEXT', value: ['a', null] } })).toEqual({
      bindRows: [
        { '1': { type: 'FIXED', value: '1' }, '2': { type: 'TEXT', value: 'a' } },
        { '1': { type: 'FIXED', value: '2' }, '2': { type: 'TEXT', value: null } },
      ],
    });
  });

  it('accepts no bindings', () => {
    expect(convertBindings(undefined)).toEqual({});
    expect(convertBindings({})).toEqual({});
  });
});

describe('parameters echoed', () => {
  it('lets the login value win over the session default and ALTER SESSION win over both', () => {
    const atLogin = { JS_TREAT_INTEGER_AS_BIGINT: false, TIMEZONE: 'America/Los_Angeles' };
    const client = { JS_TREAT_INTEGER_AS_BIGINT: true };
    expect(effectiveParameters(atLogin, atLogin, client).JS_TREAT_INTEGER_AS_BIGINT).toBe(true);
    const now = { ...atLogin, TIMEZONE: 'Europe/Paris', JS_TREAT_INTEGER_AS_BIGINT: false };
    const p = effectiveParameters(now, atLogin, client);
    expect(p.TIMEZONE).toBe('Europe/Paris');
    expect(p.JS_TREAT_INTEGER_AS_BIGINT).toBe(true);
    expect(p.BINARY_OUTPUT_FORMAT).toBe('HEX');
    expect(p.TIMESTAMP_LTZ_OUTPUT_FORMAT).toBe('');
  });
});

describe('rowtype', () => {
  it('always gives time and timestamps a scale (the driver turns a missing one into NaN)', () => {
    expect(rowTypeEntry(col('timestamp_ntz')).scale).toBe(9);
    expect(rowTypeEntry(col('time', 3)).scale).toBe(3);
    expect(rowTypeEntry(col('fixed')).scale).toBe(0);
    expect(rowTypeEntry(col('fixed', 2, 10))).toMatchObject({ type: 'fixed', precision: 10, scale: 2 });
    expect(rowTypeEntry(col('text')).scale).toBeNull();
  });
});

describe('rowset encodings (spec §4)', () => {
  const cases: [SnowflakeTypeName, Value, string, number | null][] = [
    ['fixed', '12345678901234', '12345678901234', 0],
    ['fixed', '-0.500000', '-0.500000', 6],
    ['real', 1.5, '1.5', null],
    ['text', 'héllo', 'héllo', null],
    ['boolean', true, '1', null],
    ['boolean', false, '0', null],
    ['date', '2024-01-15', '19737', null],
    ['date', '1967-06-23', '-923', null],
    ['time', '12:34:56.123456789', '45296.123456789', 9],
    ['timestamp_ntz', '2024-01-15 12:34:56.123456789', '1705322096.123456789', 9],
    ['timestamp_tz', '2024-01-15 20:34:56.123456789 +08:00', '1705322096.123456789 1920', 9],
    ['binary', new Uint8Array([0xde, 0xad, 0xbe, 0xef]), 'DEADBEEF', null],
  ];
  for (const [type, value, wire, scale] of cases) {
    it(`encodes ${type} ${String(value)} as ${wire} and decodes it back`, () => {
      const c = col(type, scale);
      expect(toWireString(value, c)).toBe(wire);
      expect(decodeWire(wire, type, 'UTC')).toEqual(value);
    });
  }

  it('encodes LTZ as the instant and decodes it in the session time zone', () => {
    const c = col('timestamp_ltz', 9);
    expect(toWireString('2024-01-15 12:34:56.123000000 +00:00', c)).toBe('1705322096.123000000');
    expect(decodeWire('1705322096.123000000', 'timestamp_ltz', 'America/Los_Angeles')).toBe('2024-01-15 04:34:56.123000000 -08:00');
  });

  it('pretty-prints semi-structured values and sends NULL as null', () => {
    expect(JSON.parse(toWireString('{"a":1}', col('variant')) ?? '')).toEqual({ a: 1 });
    expect(toWireString(null, col('variant'))).toBeNull();
  });
});

describe('names and paths', () => {
  it('folds unquoted connection names to upper case and keeps quoted ones', () => {
    expect(foldName('my_db')).toBe('MY_DB');
    expect(foldName('"My Db"')).toBe('My Db');
    expect(foldName('')).toBeUndefined();
  });

  it('collapses leading slashes', () => {
    expect(collapseLeadingSlashes('//session/v1/login-request')).toBe('/session/v1/login-request');
    expect(collapseLeadingSlashes('/queries/v1/query-request')).toBe('/queries/v1/query-request');
  });
});

describe('kept results', () => {
  function result(n: number): Parameters<SpillStore['encode']>[0] {
    const c: ResultColumn = { name: 'N', type: 'fixed', precision: 38, scale: 0, length: null, byteLength: null, nullable: false };
    const rows = Array.from({ length: n }, (_, i) => [String(i)]);
    return { queryId: 'q', statementType: 'SELECT', columns: [c], rows, rowsAffected: null, translatedSql: '', sql: '', database: null, schema: null, warnings: [], elapsedMs: 0 };
  }

  it('evicts the oldest finished statements with their chunk files once over the bounds', async () => {
    const spill = new SpillStore(mkdtempSync(join(tmpdir(), 'mockhaus-spill-')), 20, 50);
    const store = new QueryStore(spill, { entries: 2, bytes: 1_000_000 });
    const files: string[][] = [];
    for (let i = 0; i < 3; i++) {
      const enc = await spill.encode(result(30), 's', (v) => String(v));
      files.push(enc.chunks.map((c) => c.path));
      const outcome: Outcome = { kind: 'ok', data: {}, chunkSetId: enc.chunkSetId, chunks: enc.chunks, inlineBytes: enc.inlineSize };
      store.finished(`q${i}`, 's', 'SELECT', outcome);
    }
    expect(files[0]?.length).toBeGreaterThan(1);
    expect(store.get('q0')).toBeUndefined();
    expect(files[0]?.some((f) => existsSync(f))).toBe(false);
    expect(files[2]?.every((f) => existsSync(f))).toBe(true);
    expect(store.get('q2')?.status).toBe('SUCCESS');
    spill.dropAll();
  });
});
