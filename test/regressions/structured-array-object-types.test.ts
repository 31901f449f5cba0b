/**
 * Structured types `ARRAY(VARCHAR)` and `OBJECT(a INT NOT NULL)` in column definitions and casts
 * raised NotSupported. They now parse (element types kept on the type name) and hold values as the
 * semi-structured ARRAY / OBJECT (https://docs.snowflake.com/en/sql-reference/data-types-structured;
 * fakesnow tests/test_semis.py test_structured_types).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import { parseOne } from '../../src/sql/index.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => (await s.execute(sql))[0]!.rows as unknown[][];

describe('structured ARRAY / OBJECT types', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('parses the element types', () => {
    const st = parseOne('select x::object("b c" varchar not null, d array(number(10,2)))');
    expect(JSON.stringify(st)).toContain('"structured":"OBJECT(\\"b c\\" VARCHAR NOT NULL, D ARRAY(NUMBER(10,2)))"');
  });

  it('stores and reads structured columns', async () => {
    await s.execute(`create or replace table structured (names array(varchar), attrs object(a int))`);
    await s.execute(`insert into structured(names, attrs) select ['A', 'B']::array(varchar), object_construct('a', 1)::object(a int)`);
    expect(await rows(s, 'select names, names[0]::varchar, attrs, attrs[\'a\']::number from structured')).toEqual([['["A","B"]', 'A', '{"a":1}', '1']]);
  });

  it('accepts NOT NULL fields and columns', async () => {
    await s.execute('create or replace table structured_nn (attrs object(a int not null) not null)');
    await s.execute(`insert into structured_nn(attrs) select object_construct('a', 1)::object(a int not null)`);
    expect(await rows(s, `select attrs['a']::number from structured_nn`)).toEqual([['1']]);
  });
});
