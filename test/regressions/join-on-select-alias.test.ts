/**
 * A select-list alias named in JOIN ... ON failed with 000904 "invalid identifier". Snowflake
 * resolves it to the aliased expression when no FROM column has that name; a FROM column of the
 * same name wins (fakesnow tests/test_transforms.py test_alias_in_join; dwh.dev "reusing column
 * aliases": `SELECT a + b AS e, c + d AS f FROM t12 JOIN t13 ON e = f`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => (await s.execute(sql))[0]!.rows as unknown[][];

describe('select aliases in JOIN ON', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table test (col varchar); create table joined (col varchar, n int);
      insert into test values ('abcdef'), ('xyzuvw'); insert into joined values ('def', 1), ('abc', 2)`);
  });
  afterAll(() => s.close());

  it('expands an alias in the ON condition', async () => {
    expect(await rows(s, `SELECT T.COL, SUBSTR(T.COL, 4) AS ALIAS, J.N FROM TEST AS T LEFT JOIN JOINED AS J ON ALIAS = J.COL ORDER BY T.COL`)).toEqual([
      ['abcdef', 'def', '1'],
      ['xyzuvw', 'uvw', null],
    ]);
  });

  it('prefers a FROM column over an alias of the same name', async () => {
    expect(await rows(s, `SELECT t.col AS n, j.col AS jc FROM test AS t JOIN joined AS j ON n = 1 ORDER BY 1`)).toEqual([
      ['abcdef', 'def'],
      ['xyzuvw', 'def'],
    ]);
  });
});
