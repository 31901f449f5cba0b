import { describe, expect, it } from 'bun:test';
import { changesCatalog, classifyInput, parseCommand, readyToSubmit, scriptStatements } from '../../src/repl/input.ts';

describe('REPL input', () => {
  it('recognises the commands of the original REPL and the ! settings', () => {
    expect(parseCommand('session')).toEqual({ name: 'session', arg: '' });
    expect(parseCommand('  SESSIONS;')).toEqual({ name: 'sessions', arg: '' });
    expect(parseCommand('q')).toEqual({ name: 'quit', arg: '' });
    expect(parseCommand('exit')).toEqual({ name: 'quit', arg: '' });
    expect(parseCommand('!format csv')).toEqual({ name: 'format', arg: 'csv' });
    expect(parseCommand('!source /tmp/a b.sql;')).toEqual({ name: 'source', arg: '/tmp/a b.sql' });
    expect(parseCommand('!history 5')).toEqual({ name: 'history', arg: '5' });
    expect(parseCommand('!nope')).toEqual({ unknown: '!nope' });
    expect(parseCommand('select 1;')).toBeNull();
  });

  it('waits for the ; that ends a statement', () => {
    expect(classifyInput('select 1')).toEqual({ kind: 'incomplete' });
    expect(classifyInput("select ';'")).toEqual({ kind: 'incomplete' });
    expect(classifyInput('select 1 -- done;')).toEqual({ kind: 'incomplete' });
    expect(classifyInput('select $$ a; b $$')).toEqual({ kind: 'incomplete' });
    expect(readyToSubmit('select 1\nfrom t')).toBe(false);
    expect(readyToSubmit('select 1\nfrom t;')).toBe(true);
    expect(readyToSubmit('help')).toBe(true);
    expect(readyToSubmit('   ')).toBe(true);
  });

  it('splits several statements on one line, in order, keeping strings and $$ bodies whole', () => {
    const r = classifyInput("select 'a;b'; select $$x;y$$;\nselect 3;");
    expect(r.kind).toBe('sql');
    if (r.kind !== 'sql') return;
    expect(r.statements.map((s) => s.text.trim().replace(/;$/, ''))).toEqual(["select 'a;b'", 'select $$x;y$$', 'select 3']);
    expect(r.statements.map((s) => s.line)).toEqual([1, 1, 2]);
  });

  it('treats a lone ; or only comments as nothing to run', () => {
    expect(classifyInput(';').kind).toBe('empty');
    expect(classifyInput('').kind).toBe('empty');
  });

  it('runs the last statement of a script even without ;', () => {
    expect(scriptStatements('select 1;\nselect 2').map((s) => s.text.trim().replace(/;$/, ''))).toEqual(['select 1', 'select 2']);
  });

  it('knows which statements change the catalog', () => {
    expect(changesCatalog('create table t (a int)')).toBe(true);
    expect(changesCatalog('-- c\n/* x */ DROP TABLE t')).toBe(true);
    expect(changesCatalog('use schema s')).toBe(true);
    expect(changesCatalog('select 1')).toBe(false);
    expect(changesCatalog('insert into t values (1)')).toBe(false);
  });
});
