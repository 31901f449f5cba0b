/**
 * The line editor driven through a stream standing in for the terminal: key bytes in, screen
 * writes out. (The real terminal is exercised by e2e.test.ts under tmux.)
 */
import { describe, expect, it } from 'bun:test';
import { PassThrough } from 'node:stream';
import { stripAnsi } from '../../src/repl/_ansi.ts';
import { completionCandidates, type CatalogSnapshot } from '../../src/repl/complete.ts';
import { LineEditor } from '../../src/repl/editor.ts';
import { findHistory, searchPrompt } from '../../src/repl/_search.ts';
import { highlightLines } from '../../src/repl/highlight.ts';
import { readyToSubmit } from '../../src/repl/input.ts';

const cat: CatalogSnapshot = {
  currentDatabase: 'MOCKHAUS',
  currentSchema: 'PUBLIC',
  databases: ['MOCKHAUS'],
  schemas: [{ database: 'MOCKHAUS', name: 'PUBLIC' }],
  tables: [
    { database: 'MOCKHAUS', schema: 'PUBLIC', name: 'USERS', columns: ['ID'] },
    { database: 'MOCKHAUS', schema: 'PUBLIC', name: 'USAGE', columns: ['N'] },
  ],
};

function setup(history: string[] = []) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input }) as unknown as NodeJS.ReadStream & PassThrough;
  let screen = '';
  const output = {
    columns: 80,
    rows: 24,
    write(s: string) {
      screen += s;
      return true;
    },
    on() {
      return output;
    },
    off() {
      return output;
    },
  } as unknown as NodeJS.WriteStream;
  const ed = new LineEditor({
    input,
    output,
    history,
    highlight: (t) => highlightLines(t, true),
    complete: (t, c) => completionCandidates(t, c, cat),
    isReady: readyToSubmit,
  });
  ed.start();
  const keys = async (s: string) => {
    input.write(s);
    await Bun.sleep(5);
  };
  return { ed, keys, screen: () => stripAnsi(screen), raw: () => screen, history };
}

describe('line editor', () => {
  it('returns a finished statement and continues an unfinished one on the next line', async () => {
    const t = setup();
    const p = t.ed.read('mockhaus> ', '       -> ');
    await t.keys('select 1\r');
    await t.keys('from t;\r');
    expect(await p).toBe('select 1\nfrom t;');
    expect(t.screen()).toContain('       -> from t;');
    t.ed.stop();
  });

  it('clears the input on Ctrl-C and exits on Ctrl-D at an empty prompt', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    await t.keys('select junk');
    await t.keys('\x03');
    await t.keys('help\r');
    expect(await p).toBe('help');
    // The input stays on screen, marked ^C, and the prompt starts afresh below it.
    expect(t.screen()).toContain('> select junk\r^C\r\n');
    const q = t.ed.read('> ', '. ');
    await t.keys('\x04');
    expect(await q).toBeNull();
    t.ed.stop();
  });

  it('edits in the middle of the line and deletes words and lines', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    await t.keys('selct 1;');
    await t.keys('\x1b[D\x1b[D\x1b[D\x1b[D'); // four times Left: cursor after "selc"
    await t.keys('\x1b[D');
    await t.keys('e');
    await t.keys('\x05'); // Ctrl-E: end of line
    await t.keys(' x\x17'); // Ctrl-W deletes the word "x"
    await t.keys('\x7f\r'); // Backspace the space, Enter
    expect(await p).toBe('select 1;');
    const q = t.ed.read('> ', '. ');
    await t.keys('drop table t\x15select 2;\r'); // Ctrl-U clears to the start of the line
    expect(await q).toBe('select 2;');
    t.ed.stop();
  });

  it('moves and deletes over an emoji as one character', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    await t.keys("select 'a😀b';");
    await t.keys('\x1b[D\x1b[D\x1b[D\x1b[D'); // four Lefts: over ; ' b and the emoji (one step)
    await t.keys('\x1b[3~'); // Delete removes the whole emoji
    await t.keys('\r');
    expect(await p).toBe("select 'ab';");
    t.ed.stop();
  });

  it('walks the history with Up and Down, keeping the draft', async () => {
    const t = setup(['select 1;', 'select a,\n  b\nfrom t;']);
    const p = t.ed.read('> ', '. ');
    await t.keys('draft');
    await t.keys('\x1b[A'); // Up: the multi-line entry, cursor at its end (last line)
    await t.keys('\x1b[A\x1b[A\x1b[A'); // Up moves through its lines, then to the older entry
    await t.keys('\x1b[B'); // Down: back to the newer entry
    await t.keys('\x1b[B\x1b[B\x1b[B'); // down its lines, then back to the draft
    await t.keys('ed;\r');
    expect(await p).toBe('drafted;');
    t.ed.stop();
  });

  it('recalls an older entry with Up', async () => {
    const t = setup(['select 1;', 'select 2;']);
    const p = t.ed.read('> ', '. ');
    await t.keys('\x1b[A\x1b[A\r');
    expect(await p).toBe('select 1;');
    t.ed.stop();
  });

  it('completes with Tab and lists candidates when the word is ambiguous', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    await t.keys('select * from use\t');
    await t.keys(';\r');
    expect(await p).toBe('select * from users;');
    const q = t.ed.read('> ', '. ');
    await t.keys('select * from US\t');
    await t.keys('\t');
    expect(t.screen()).toMatch(/USAGE +USERS/);
    await t.keys('E\t;\r');
    expect(await q).toBe('select * from USERS;');
    t.ed.stop();
  });

  it('keeps keys typed while busy for the next prompt and sends Ctrl-C to the running query', async () => {
    const t = setup();
    let interrupted = 0;
    t.ed.busy(() => interrupted++);
    await t.keys('sel');
    await t.keys('\x03');
    expect(interrupted).toBe(1);
    t.ed.busy(null);
    const p = t.ed.read('> ', '. ');
    await t.keys('ect 3;\r');
    expect(await p).toBe('select 3;');
    t.ed.stop();
  });

  it('draws keywords, strings and numbers in colour as they are typed', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    await t.keys("select 'a', 1;");
    expect(t.raw()).toContain("\x1b[1;34mselect\x1b[0m \x1b[32m'a'\x1b[0m, \x1b[35m1\x1b[0m;");
    await t.keys('\r');
    await p;
    t.ed.stop();
  });

  it('redraws a paste once, not once per character', async () => {
    const t = setup();
    const p = t.ed.read('> ', '. ');
    const sql = `select ${'x, '.repeat(2000)}1;`;
    await t.keys(sql);
    await t.keys('\r');
    expect(await p).toBe(sql);
    expect(t.raw().split('\r\x1b[J').length - 1).toBeLessThan(5);
    t.ed.stop();
  });

  it('searches the history backwards with Ctrl-R', async () => {
    const t = setup(['select 1;', 'create table users (a int);', 'select 2;']);
    const p = t.ed.read('> ', '. ');
    await t.keys('\x12users');
    expect(t.screen()).toContain("(reverse-i-search)'users': create table users (a int);");
    await t.keys('\r');
    expect(await p).toBe('create table users (a int);');
    const q = t.ed.read('> ', '. ');
    await t.keys('\x12sel\x12'); // the second Ctrl-R goes to the older match
    await t.keys('\x1b[C'); // Right accepts the match for editing
    await t.keys('\x05\x7f\x7f3;\r');
    expect(await q).toBe('select 3;');
    const r = t.ed.read('> ', '. ');
    await t.keys('draft\x12zzz');
    expect(t.screen()).toContain("(failing reverse-i-search)'zzz': draft");
    await t.keys('\x07;\r'); // Ctrl-G gives the draft back
    expect(await r).toBe('draft;');
    t.ed.stop();
  });
});

describe('history search', () => {
  it('finds the newest entry at or before a position, case-insensitively', () => {
    const h = ['select 1;', 'SELECT 2;', 'create table t;'];
    expect(findHistory(h, 'select', 2)).toBe(1);
    expect(findHistory(h, 'select', 0)).toBe(0);
    expect(findHistory(h, 'nope', 2)).toBe(-1);
    expect(findHistory(h, '', 2)).toBe(-1);
    expect(searchPrompt('x', true)).toBe("(failing reverse-i-search)'x': ");
  });
});
