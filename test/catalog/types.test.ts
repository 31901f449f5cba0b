import { describe, expect, it } from 'bun:test';
import { displayFromResultColumn, displayType, duckdbType, parseDisplayType, resolveType, resultColumnOf } from '../../src/catalog/types.ts';
import { parseNameString } from '../../src/translate/ddl/_names.ts';

const ty = (name: string, ...params: number[]) => ({ kind: 'type' as const, name, params });

describe('resolveType / displayType / duckdbType', () => {
  const cases: [string, number[], string, string][] = [
    ['NUMBER', [], 'NUMBER(38,0)', 'DECIMAL(38,0)'],
    ['DECIMAL', [10, 2], 'NUMBER(10,2)', 'DECIMAL(10,2)'],
    ['NUMERIC', [5], 'NUMBER(5,0)', 'DECIMAL(5,0)'],
    ['INT', [], 'NUMBER(38,0)', 'DECIMAL(38,0)'],
    ['BIGINT', [], 'NUMBER(38,0)', 'DECIMAL(38,0)'],
    ['BYTEINT', [], 'NUMBER(38,0)', 'DECIMAL(38,0)'],
    ['FLOAT', [], 'FLOAT', 'DOUBLE'],
    ['DOUBLE PRECISION', [], 'FLOAT', 'DOUBLE'],
    ['REAL', [], 'FLOAT', 'DOUBLE'],
    ['VARCHAR', [], 'VARCHAR(16777216)', 'VARCHAR'],
    ['STRING', [], 'VARCHAR(16777216)', 'VARCHAR'],
    ['TEXT', [], 'VARCHAR(16777216)', 'VARCHAR'],
    ['VARCHAR', [20], 'VARCHAR(20)', 'VARCHAR'],
    ['CHAR', [], 'VARCHAR(1)', 'VARCHAR'],
    ['CHARACTER', [3], 'VARCHAR(3)', 'VARCHAR'],
    ['BINARY', [], 'BINARY(8388608)', 'BLOB'],
    ['VARBINARY', [16], 'BINARY(16)', 'BLOB'],
    ['BOOLEAN', [], 'BOOLEAN', 'BOOLEAN'],
    ['DATE', [], 'DATE', 'DATE'],
    ['TIME', [], 'TIME(9)', 'TIME'],
    ['TIMESTAMP', [], 'TIMESTAMP_NTZ(9)', 'TIMESTAMP'],
    ['DATETIME', [], 'TIMESTAMP_NTZ(9)', 'TIMESTAMP'],
    ['TIMESTAMP_NTZ', [3], 'TIMESTAMP_NTZ(3)', 'TIMESTAMP'],
    ['TIMESTAMP_LTZ', [], 'TIMESTAMP_LTZ(9)', 'TIMESTAMPTZ'],
    ['TIMESTAMP_TZ', [], 'TIMESTAMP_TZ(9)', 'TIMESTAMPTZ'],
    ['VARIANT', [], 'VARIANT', 'JSON'],
    ['OBJECT', [], 'OBJECT', 'JSON'],
    ['ARRAY', [], 'ARRAY', 'JSON'],
  ];
  for (const [name, params, display, duck] of cases) {
    it(`maps ${name}(${params.join(',')}) to ${display} stored as ${duck}`, () => {
      const t = resolveType(ty(name, ...params));
      expect(displayType(t)).toBe(display);
      expect(duckdbType(t)).toBe(duck);
      expect(displayType(parseDisplayType(display))).toBe(display);
      expect(displayFromResultColumn(resultColumnOf('C', t))).toBe(display);
    });
  }
  it('follows TIMESTAMP_TYPE_MAPPING for plain TIMESTAMP', () => {
    expect(displayType(resolveType(ty('TIMESTAMP'), 'TIMESTAMP_LTZ'))).toBe('TIMESTAMP_LTZ(9)');
    expect(displayType(resolveType(ty('TIMESTAMP'), 'TIMESTAMP_TZ'))).toBe('TIMESTAMP_TZ(9)');
  });
  it('reports result columns as the driver protocol expects', () => {
    expect(resultColumnOf('V', resolveType(ty('VARCHAR', 20)))).toEqual({ name: 'V', type: 'text', precision: null, scale: null, length: 20, byteLength: 80, nullable: true });
    expect(resultColumnOf('N', resolveType(ty('NUMBER', 10, 2)), false)).toEqual({ name: 'N', type: 'fixed', precision: 10, scale: 2, length: null, byteLength: null, nullable: false });
  });
  it('rejects types it does not emulate', () => {
    expect(() => resolveType(ty('GEOGRAPHY'))).toThrow("Unsupported feature 'column type GEOGRAPHY'.");
  });
});

describe('parseNameString (IDENTIFIER)', () => {
  it('folds unquoted parts and keeps quoted ones', () => {
    expect(parseNameString('db.sch.tbl')).toEqual(['DB', 'SCH', 'TBL']);
    expect(parseNameString('"My Db"."s.x".t')).toEqual(['My Db', 's.x', 'T']);
    expect(parseNameString('"a""b"')).toEqual(['a"b']);
  });
});
