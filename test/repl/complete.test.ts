import { describe, expect, it } from 'bun:test';
import {
  applyCompletion,
  commonPrefix,
  completionCandidates,
  presentName,
  tableReferences,
  type CatalogSnapshot,
} from '../../src/repl/complete.ts';

const cat: CatalogSnapshot = {
  currentDatabase: 'MOCKHAUS',
  currentSchema: 'PUBLIC',
  databases: ['MOCKHAUS', 'SALES'],
  schemas: [
    { database: 'MOCKHAUS', name: 'PUBLIC' },
    { database: 'MOCKHAUS', name: 'STAGING' },
    { database: 'SALES', name: 'RAW' },
  ],
  tables: [
    { database: 'MOCKHAUS', schema: 'PUBLIC', name: 'USERS', columns: ['ID', 'NAME', 'EMAIL'] },
    { database: 'MOCKHAUS', schema: 'PUBLIC', name: 'ORDERS', columns: ['ORDER_ID', 'USER_ID', 'AMOUNT'] },
    { database: 'MOCKHAUS', schema: 'STAGING', name: 'USERS_RAW', columns: ['PAYLOAD'] },
    { database: 'SALES', schema: 'RAW', name: 'EVENTS', columns: ['TS'] },
    { database: 'MOCKHAUS', schema: 'PUBLIC', name: 'MixedCase', columns: ['a b'] },
  ],
};

const at = (text: string) => completionCandidates(text, text.length, cat);

describe('completion candidates', () => {
  it('offers tables of the current schema after FROM, in the case being typed', () => {
    expect(at('SELECT * FROM US')).toEqual({ start: 14, prefix: 'US', candidates: ['USERS'] });
    expect(at('select * from us').candidates).toEqual(['users']);
    expect(at('SELECT * FROM O').candidates).toEqual(['ORDERS']);
  });

  it('quotes names that need quotes', () => {
    expect(at('SELECT * FROM Mi').candidates).toEqual(['"MixedCase"']);
    expect(presentName('MixedCase', 'mi')).toBe('"MixedCase"');
    expect(presentName('USERS', 'us')).toBe('users');
  });

  it('offers tables of a schema, schemas of a database, and columns of a table after a dot', () => {
    expect(at('SELECT * FROM STAGING.').candidates).toEqual(['USERS_RAW']);
    expect(at('SELECT * FROM SALES.').candidates).toEqual(['RAW']);
    expect(at('SELECT * FROM SALES.RAW.E').candidates).toEqual(['EVENTS']);
    expect(at('SELECT USERS.E').candidates).toEqual(['EMAIL']);
  });

  it('resolves aliases to their tables for column completion', () => {
    const text = 'SELECT o.AM FROM orders o';
    expect(completionCandidates(text, 'SELECT o.AM'.length, cat).candidates).toEqual(['AMOUNT']);
    expect(tableReferences('select * from users u join sales.raw.events as e on true')).toEqual(
      new Map([
        ['USERS', ['USERS']],
        ['U', ['USERS']],
        ['EVENTS', ['SALES', 'RAW', 'EVENTS']],
        ['E', ['SALES', 'RAW', 'EVENTS']],
      ]),
    );
  });

  it('puts columns of the referenced tables first, then keywords and functions', () => {
    const text = 'SELECT NA FROM users';
    expect(completionCandidates(text, 'SELECT NA'.length, cat).candidates).toEqual(['NAME', 'NATURAL']);
    expect(at('SELECT COU').candidates).toEqual(['COUNT', 'COUNT_IF']);
    expect(at('sel').candidates).toEqual(['select']);
  });

  it('offers databases and schemas after USE', () => {
    expect(at('USE S').candidates).toEqual(['SALES', 'STAGING']);
  });

  it('completes REPL commands', () => {
    expect(at('!fo').candidates).toEqual(['!format']);
    // `session` is also a keyword; the lower-case keyword and the command are one candidate.
    expect(at('sess').candidates).toEqual(['session', 'sessions']);
  });

  it('only considers the statement being typed', () => {
    expect(at('SELECT 1; SELECT * FROM OR').candidates).toEqual(['ORDERS']);
  });

  it('offers nothing for an empty word outside a table context', () => {
    expect(at('SELECT ').candidates).toEqual([]);
  });
});

describe('applying a completion', () => {
  it('replaces the word with a single candidate', () => {
    const text = 'SELECT * FROM us';
    expect(applyCompletion(text, text.length, completionCandidates(text, text.length, cat))).toEqual({
      text: 'SELECT * FROM users',
      cursor: 19,
      list: [],
    });
  });
  it('extends to the common prefix, then lists', () => {
    expect(commonPrefix(['USER_ID', 'USERS', 'users_raw'])).toBe('USER');
    const c = { start: 0, prefix: 'U', candidates: ['USERS', 'USERS_RAW'] };
    expect(applyCompletion('U', 1, c)).toEqual({ text: 'USERS', cursor: 5, list: [] });
    const again = { start: 0, prefix: 'USERS', candidates: ['USERS', 'USERS_RAW'] };
    expect(applyCompletion('USERS', 5, again)).toEqual({ text: 'USERS', cursor: 5, list: ['USERS', 'USERS_RAW'] });
  });
  it('leaves the text alone without candidates', () => {
    expect(applyCompletion('x', 1, { start: 0, prefix: 'x', candidates: [] })).toEqual({ text: 'x', cursor: 1, list: [] });
  });
});
