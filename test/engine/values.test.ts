/**
 * Transport encodings of canonical values: driver rowset strings (snowflake-wire-protocol.md §4),
 * REST JSON values, and CLI/REPL display text in Snowflake's default output formats.
 */
import { describe, expect, it } from 'bun:test';
import { defaultColumn } from '../../src/engine/_convert.ts';
import { formatInstant, zoneOffsetMinutes } from '../../src/engine/_time.ts';
import { toDisplayString, toJsonValue, toWireString } from '../../src/engine/values.ts';
import type { ResultColumn, SnowflakeTypeName, Value } from '../../src/engine/types.ts';

const col = (type: SnowflakeTypeName, extra: Partial<ResultColumn> = {}): ResultColumn => ({ ...defaultColumn('C', type), ...extra });

describe('time zone offsets', () => {
  it('finds the offset of a zone at an instant, including DST and early years', () => {
    expect(zoneOffsetMinutes('America/Los_Angeles', Date.UTC(2024, 0, 15, 12))).toBe(-480);
    expect(zoneOffsetMinutes('America/Los_Angeles', Date.UTC(2024, 6, 15, 12))).toBe(-420);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2024, 0, 15, 12))).toBe(330);
    const early = new Date(0);
    early.setUTCFullYear(50, 5, 1);
    expect(zoneOffsetMinutes('Europe/Paris', early.getTime())).toBe(9);
    expect(formatInstant(1705322096123456789n, -480)).toBe('2024-01-15 04:34:56.123456789 -08:00');
  });
});

describe('toWireString', () => {
  const cases: [string, Value, ResultColumn, string | null][] = [
    ['null', null, col('text'), null],
    ['fixed', '12345678901234', col('fixed'), '12345678901234'],
    ['fixed with scale', '-0.50', col('fixed', { precision: 10, scale: 2 }), '-0.50'],
    ['real', 1.5, col('real'), '1.5'],
    ['real NaN', NaN, col('real'), 'NaN'],
    ['real -Infinity', -Infinity, col('real'), '-Infinity'],
    ['boolean true', true, col('boolean'), '1'],
    ['boolean false', false, col('boolean'), '0'],
    ['date', '2024-01-15', col('date'), '19737'],
    ['date before epoch', '1967-06-23', col('date'), '-923'],
    ['time', '12:34:56.123456789', col('time'), '45296.123456789'],
    ['time without fraction', '12:34:56', col('time'), '45296.000000000'],
    ['ntz', '2024-01-15 12:34:56.123456789', col('timestamp_ntz'), '1705322096.123456789'],
    ['ntz scale 3', '2024-01-15 12:34:56.123456789', col('timestamp_ntz', { scale: 3 }), '1705322096.123'],
    ['ntz before epoch', '1969-12-31 23:59:58.500000000', col('timestamp_ntz'), '-1.500000000'],
    ['ltz', '2024-01-15 04:34:56.123000000 -08:00', col('timestamp_ltz'), '1705322096.123000000'],
    ['tz', '2024-01-15 20:34:56.123456789 +08:00', col('timestamp_tz'), '1705322096.123456789 1920'],
    ['variant pretty', '{"a":1,"b":[true,null]}', col('variant'), '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}'],
    ['variant string', '"x"', col('variant'), '"x"'],
    ['empty object', '{}', col('object'), '{}'],
    ['binary', new Uint8Array([0xde, 0xad, 0xbe, 0xef]), col('binary'), 'DEADBEEF'],
    ['text', 'héllo', col('text'), 'héllo'],
  ];
  for (const [name, v, c, want] of cases) it(`encodes ${name}`, () => expect(toWireString(v, c)).toBe(want));
});

describe('toJsonValue', () => {
  const cases: [string, Value, ResultColumn, unknown][] = [
    ['integer', '42', col('fixed'), 42],
    ['big integer stays text', '123456789012345678901234567890', col('fixed'), '123456789012345678901234567890'],
    ['exact decimal', '1.50', col('fixed', { scale: 2 }), 1.5],
    ['inexact decimal stays text', '0.12345678901234567890', col('fixed', { scale: 20 }), '0.12345678901234567890'],
    ['real', 2.5, col('real'), 2.5],
    ['real NaN', NaN, col('real'), 'NaN'],
    ['date', '2024-01-15', col('date'), '2024-01-15'],
    ['ntz', '2024-01-15 12:34:56.123000000', col('timestamp_ntz'), '2024-01-15T12:34:56.123000000'],
    ['ltz', '2024-01-15 04:34:56 -08:00', col('timestamp_ltz'), '2024-01-15T04:34:56-08:00'],
    ['variant', '{"a":[1,2]}', col('variant'), { a: [1, 2] }],
    ['boolean', true, col('boolean'), true],
    ['binary', new Uint8Array([1, 255]), col('binary'), '01FF'],
    ['null', null, col('fixed'), null],
  ];
  for (const [name, v, c, want] of cases) it(`converts ${name}`, () => expect(toJsonValue(v, c)).toEqual(want));
});

describe('toDisplayString', () => {
  const cases: [string, Value, ResultColumn, string][] = [
    ['NULL', null, col('text'), 'NULL'],
    ['fixed', '3.14', col('fixed', { scale: 2 }), '3.14'],
    ['boolean', true, col('boolean'), 'TRUE'],
    ['date', '2024-01-15', col('date'), '2024-01-15'],
    ['time (HH24:MI:SS)', '12:34:56.123456789', col('time'), '12:34:56'],
    ['ntz (FF3)', '2024-01-15 12:34:56.123456789', col('timestamp_ntz'), '2024-01-15 12:34:56.123'],
    ['ntz without fraction', '2024-01-15 12:34:56', col('timestamp_ntz'), '2024-01-15 12:34:56.000'],
    ['ltz (TZHTZM)', '2024-01-15 04:34:56.123000000 -08:00', col('timestamp_ltz'), '2024-01-15 04:34:56.123 -0800'],
    ['tz', '2024-01-15 20:34:56 +08:00', col('timestamp_tz'), '2024-01-15 20:34:56.000 +0800'],
    ['variant', '[1,{"k":"v"}]', col('array'), '[\n  1,\n  {\n    "k": "v"\n  }\n]'],
    ['binary', new Uint8Array([0xab]), col('binary'), 'AB'],
    ['real infinity', Infinity, col('real'), 'Infinity'],
  ];
  for (const [name, v, c, want] of cases) it(`shows ${name}`, () => expect(toDisplayString(v, c)).toBe(want));
});
