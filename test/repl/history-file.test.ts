import { afterAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addHistory, decodeEntry, encodeEntry, HISTORY_LIMIT, historyPath, loadHistory } from '../../src/repl/history-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'mockhaus-repl-hist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('history file', () => {
  it('lives in $HOME/.mockhaus_history', () => {
    expect(historyPath({ HOME: '/home/x' })).toBe('/home/x/.mockhaus_history');
  });

  it('keeps multi-line entries whole across runs and skips immediate repeats', () => {
    const path = join(dir, 'h1');
    const h: string[] = [];
    addHistory(h, path, 'select 1;');
    addHistory(h, path, 'select 1;');
    addHistory(h, path, 'select a,\n  b\nfrom t;');
    addHistory(h, path, '"quoted" start');
    addHistory(h, path, '   ');
    expect(h).toEqual(['select 1;', 'select a,\n  b\nfrom t;', '"quoted" start']);
    expect(readFileSync(path, 'utf8')).toBe('select 1;\n"select a,\\n  b\\nfrom t;"\n"\\"quoted\\" start"\n');
    expect(loadHistory(path)).toEqual(h);
  });

  it('reads a missing file as empty and keeps only the newest entries', () => {
    expect(loadHistory(join(dir, 'nope'))).toEqual([]);
    const path = join(dir, 'h2');
    writeFileSync(path, `${Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => `select ${i};`).join('\n')}\n`);
    const h = loadHistory(path);
    expect(h.length).toBe(HISTORY_LIMIT);
    expect(h[0]).toBe('select 5;');
  });

  it('decodes plain lines that start with a quote as they are', () => {
    expect(decodeEntry('"not json')).toBe('"not json');
    expect(decodeEntry(encodeEntry('a\nb'))).toBe('a\nb');
  });
});
