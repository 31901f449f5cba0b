/**
 * REGEXP_SUBSTR_ALL, INSERT and JSON_EXTRACT_PATH_TEXT failed with 002140 "Unknown function".
 * Expected values are the documentation examples
 * (https://docs.snowflake.com/en/sql-reference/functions/regexp_substr_all, …/insert,
 * …/json_extract_path_text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const one = async (s: Session, sql: string) => (await s.execute(sql))[0]!;

describe('REGEXP_SUBSTR_ALL, INSERT, JSON_EXTRACT_PATH_TEXT', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('REGEXP_SUBSTR_ALL returns an ARRAY of matches (position, occurrence, parameters, group)', async () => {
    const r = await one(s, `select regexp_substr_all('a1_a2a3_a4A5a6', 'a[[:digit:]]'), regexp_substr_all('a1_a2a3_a4A5a6', 'a[[:digit:]]', 2),
      regexp_substr_all('a1_a2a3_a4A5a6', 'a[[:digit:]]', 1, 3), regexp_substr_all('a1_a2a3_a4A5a6', 'a[[:digit:]]', 1, 1, 'i'),
      regexp_substr_all('a1_a2a3_a4A5a6', '(a)([[:digit:]])', 1, 1, 'ie'), regexp_substr_all('a1_a2a3_a4A5a6', 'b')`);
    expect(r.rows).toEqual([['["a1","a2","a3","a4","a6"]', '["a2","a3","a4","a6"]', '["a3","a4","a6"]', '["a1","a2","a3","a4","A5","a6"]', '["a","a","a","a","A","a"]', '[]']]);
    expect(r.columns.map((c) => c.type)).toEqual(['array', 'array', 'array', 'array', 'array', 'array']);
  });

  it('INSERT replaces a span', async () => {
    expect((await one(s, `select insert('abc', 1, 2, 'Z'), insert('abcdef', 3, 2, 'zzz'), insert('abc', 2, 0, 'x')`)).rows).toEqual([['Zc', 'abzzzef', 'axbc']]);
  });

  it('JSON_EXTRACT_PATH_TEXT returns the value at the path as text', async () => {
    const r = await one(s, `select json_extract_path_text('{"a":{"b":"c"}}', 'a.b'), json_extract_path_text('{"a":[1,{"x":2}]}', 'a[1].x'), json_extract_path_text('{"a":1}', 'z')`);
    expect(r.rows).toEqual([['c', '2', null]]);
    expect(r.columns.map((c) => c.type)).toEqual(['text', 'text', 'text']);
  });
});
