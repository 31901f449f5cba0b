/**
 * The judge itself must be able to fail: these tests drive `runCase` with a scripted transport
 * (a stand-in for "some surface", not for any Mockhaus component) and check each comparison rule
 * of README.md — exact columns, ordered vs unordered rows, FLOAT tolerance, errno / SQLSTATE /
 * message checks, projection, and the value normalisation.
 */
import { describe, expect, test } from 'bun:test';
import { runCase, sameValue } from './_harness.ts';
import { normaliseValue, trimFraction } from './_normalise.ts';
import type { ConformanceCase, QueryOutput, Transport } from './types.ts';

function scripted(answer: QueryOutput | { errno: string; sqlState: string; message: string }): Transport {
  return {
    async execute() {
      if ('errno' in answer) throw answer;
      return answer;
    },
    async close() {},
  };
}

const base: ConformanceCase = { id: 't', area: 'harness', doc: 'x', sql: 'SELECT 1' };

describe('runCase', () => {
  test('passes on identical columns and rows', async () => {
    const out = { columns: ['A'], rows: [['1']] };
    expect(await runCase(scripted(out), { ...base, columns: ['A'], rows: [['1']] })).toEqual({ status: 'pass' });
  });
  test('fails when a column name differs', async () => {
    const o = await runCase(scripted({ columns: ['a'], rows: [] }), { ...base, columns: ['A'] });
    expect(o.status).toBe('fail');
  });
  test('fails when the scale of a fixed value differs', async () => {
    const o = await runCase(scripted({ columns: ['A'], rows: [['0.5']] }), { ...base, rows: [['0.500000']] });
    expect(o.status).toBe('fail');
  });
  test('compares rows in order unless unordered', async () => {
    const out = { columns: ['A'], rows: [['2'], ['1']] };
    expect((await runCase(scripted(out), { ...base, rows: [['1'], ['2']] })).status).toBe('fail');
    expect(await runCase(scripted(out), { ...base, rows: [['1'], ['2']], unordered: true })).toEqual({ status: 'pass' });
  });
  test('fails when an error was expected but rows came back', async () => {
    const o = await runCase(scripted({ columns: ['A'], rows: [['1']] }), { ...base, error: { errno: '100051' } });
    expect(o.status).toBe('fail');
  });
  test('checks errno, SQLSTATE and message fragment', async () => {
    const err = { errno: '100051', sqlState: '22012', message: 'Division by zero' };
    expect(await runCase(scripted(err), { ...base, error: { errno: '100051', sqlState: '22012', messageIncludes: 'Division' } })).toEqual({ status: 'pass' });
    expect((await runCase(scripted(err), { ...base, error: { errno: '100038' } })).status).toBe('fail');
    expect((await runCase(scripted(err), { ...base, error: { errno: '100051', sqlState: '42000' } })).status).toBe('fail');
    expect((await runCase(scripted(err), { ...base, error: { errno: '100051', messageIncludes: 'overflow' } })).status).toBe('fail');
  });
  test('projects named columns before comparing rows', async () => {
    const out = { columns: ['created_on', 'name'], rows: [['2024-01-01 00:00:00', 'T']] };
    expect(await runCase(scripted(out), { ...base, project: ['name'], rows: [['T']] })).toEqual({ status: 'pass' });
    expect((await runCase(scripted(out), { ...base, project: ['kind'], rows: [['T']] })).status).toBe('fail');
  });
});

describe('value comparison and normalisation', () => {
  test('FLOAT values compare with a relative tolerance, NaN equals NaN, strings exactly', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(1.5, 1.6)).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
    expect(sameValue('1.0', '1.00')).toBe(false);
  });
  test('timestamps drop trailing fraction zeros and offsets become +HH:MM', () => {
    expect(trimFraction('2024-01-01 00:00:00.000')).toBe('2024-01-01 00:00:00');
    expect(trimFraction('2024-05-09 08:50:57.891000')).toBe('2024-05-09 08:50:57.891');
    expect(normaliseValue('2024-01-01T02:00:00.000-0800', 'timestamp_ltz')).toBe('2024-01-01 02:00:00 -08:00');
    expect(normaliseValue('13:45:01.500000000', 'time')).toBe('13:45:01.5');
  });
  test('semi-structured values become compact JSON; binary becomes upper-case hex', () => {
    expect(normaliseValue('{\n  "a": [1, 2]\n}', 'object')).toBe('{"a":[1,2]}');
    expect(normaliseValue('"abc"', 'variant')).toBe('"abc"');
    expect(normaliseValue(new Uint8Array([0x53, 0x4e]), 'binary')).toBe('534E');
  });
});
