/**
 * MERGE ... UPDATE ALL BY NAME / INSERT ALL BY NAME failed with NotSupported. Snowflake matches
 * target and source columns by name, in any order
 * (https://docs.snowflake.com/en/sql-reference/sql/merge#perform-a-merge-by-using-all-by-name).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('MERGE ALL BY NAME', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table tgt (id int, x int, y varchar); insert into tgt values (1, 10, 'a'), (2, 20, 'b')`);
  });
  afterAll(() => s.close());

  it('expands over an aliased subquery whose columns are in another order, with a clause condition', async () => {
    const [r] = await s.execute(
      `merge into tgt t using (select 'B' as y, 2 as id, 22 as x union all select 'c', 3, 30 union all select 'zz', 1, 11) src on t.id = src.id
       when matched and src.id = 2 then update all by name
       when not matched then insert all by name`,
    );
    expect(r!.columns.map((c) => c.name)).toEqual(['number of rows inserted', 'number of rows updated']);
    expect(r!.rows).toEqual([['1', '1']]);
    expect((await s.execute('select * from tgt order by id'))[0]!.rows).toEqual([['1', '10', 'a'], ['2', '22', 'B'], ['3', '30', 'c']]);
  });

  it('is not supported when the source columns differ from the target columns', async () => {
    await expect(s.execute(`merge into tgt using (select 1 as id, 2 as x) s on tgt.id = s.id when matched then update all by name`)).rejects.toThrow(/ALL BY NAME/);
  });
});
