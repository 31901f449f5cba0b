/**
 * Regression: LATERAL FLATTEN returned its rows interleaved and index-descending (DuckDB runs a
 * decorrelated LATERAL join as a hash join). Snowflake returns, for each input row in order, that
 * row's elements in document order, and SEQ numbers the input rows
 * (https://docs.snowflake.com/en/sql-reference/functions/flatten, "Output"). Whole rows are
 * compared in order, through session.execute, with 1 and 2 DuckDB threads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import type { Row } from '../../src/engine/types.ts';

const BIG = 4000;

for (const threads of [1, 2]) {
  describe(`FLATTEN row order (${threads} thread${threads > 1 ? 's' : ''})`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await openSession({ threads });
      await s.execute(`create table t (id int, v variant)`);
      await s.execute(`insert into t select 1, parse_json('[10,20,30]') union all select 2, parse_json('[]')
        union all select 3, parse_json('{"a":1,"b":[5,6]}') union all select 4, parse_json('[40,50]')`);
      await s.execute(`create table big (id int, v variant)`);
      await s.execute(`insert into big select seq4(), array_construct(seq4() * 3, seq4() * 3 + 1, seq4() * 3 + 2)
        from table(generator(rowcount => ${BIG}))`);
    });
    afterAll(async () => {
      await s.close();
    });

    async function rows(sql: string): Promise<Row[]> {
      const r = await s.execute(sql);
      return r[r.length - 1]!.rows;
    }

    it('keeps input rows in order and elements in index order (the reported query)', async () => {
      expect(await rows(`select t.id, f.index, f.value from (select 1 as id, parse_json('[10,20,30]') v union all
        select 2, parse_json('[40,50]')) t, lateral flatten(input => t.v) f`)).toEqual([
        ['1', '0', '10'], ['1', '1', '20'], ['1', '2', '30'], ['2', '0', '40'], ['2', '1', '50'],
      ]);
    });

    it('numbers input rows in SEQ and keeps SELECT * column order', async () => {
      expect(await rows(`select * from t, lateral flatten(input => t.v) f where t.id in (1, 4)`)).toEqual([
        ['1', '[10,20,30]', '1', null, '[0]', '0', '10', '[10,20,30]'],
        ['1', '[10,20,30]', '1', null, '[1]', '1', '20', '[10,20,30]'],
        ['1', '[10,20,30]', '1', null, '[2]', '2', '30', '[10,20,30]'],
        ['4', '[40,50]', '4', null, '[0]', '0', '40', '[40,50]'],
        ['4', '[40,50]', '4', null, '[1]', '1', '50', '[40,50]'],
      ]);
    });

    it('OUTER => TRUE keeps the empty row in its place', async () => {
      expect(await rows(`select t.id, f.seq, f.key, f.index, f.value from t, lateral flatten(input => t.v, outer => true) f`)).toEqual([
        ['1', '1', null, '0', '10'], ['1', '1', null, '1', '20'], ['1', '1', null, '2', '30'],
        ['2', '2', null, null, null],
        ['3', '3', 'a', null, '1'], ['3', '3', 'b', null, '[5,6]'],
        ['4', '4', null, '0', '40'], ['4', '4', null, '1', '50'],
      ]);
    });

    it('RECURSIVE => TRUE walks each input row depth-first', async () => {
      expect(await rows(`select id, path, value from t, lateral flatten(input => v, recursive => true)`)).toEqual([
        ['1', '[0]', '10'], ['1', '[1]', '20'], ['1', '[2]', '30'],
        ['3', 'a', '1'], ['3', 'b', '[5,6]'], ['3', 'b[0]', '5'], ['3', 'b[1]', '6'],
        ['4', '[0]', '40'], ['4', '[1]', '50'],
      ]);
    });

    it('nested FLATTENs keep the order of both levels', async () => {
      expect(await rows(`select t.id, f1.key, f2.index, f2.value from t, lateral flatten(input => t.v) f1,
        lateral flatten(input => f1.value) f2 where f1.key = 'b'`)).toEqual([['3', 'b', '0', '5'], ['3', 'b', '1', '6']]);
      expect(await rows(`select p.i, f1.index, f2.value from (select 1 as i, parse_json('[[1,2],[3]]') as v union all
        select 2, parse_json('[[4],[5,6]]')) p, lateral flatten(p.v) f1, lateral flatten(f1.value) f2`)).toEqual([
        ['1', '0', '1'], ['1', '0', '2'], ['1', '1', '3'], ['2', '0', '4'], ['2', '1', '5'], ['2', '1', '6'],
      ]);
    });

    it('JOIN forms: LEFT JOIN ... ON TRUE keeps unmatched rows in place; CROSS JOIN and t.* work', async () => {
      expect(await rows(`select t.id, f.index, f.value from t left join lateral flatten(input => t.v) f on true where t.id <> 3`)).toEqual([
        ['1', '0', '10'], ['1', '1', '20'], ['1', '2', '30'], ['2', null, null], ['4', '0', '40'], ['4', '1', '50'],
      ]);
      expect(await rows(`select t.*, f.value from t cross join lateral flatten(input => t.v) f where t.id = 4`)).toEqual([
        ['4', '[40,50]', '40'], ['4', '[40,50]', '50'],
      ]);
    });

    it('a FLATTEN after a join of two tables follows that join', async () => {
      expect(await rows(`select a.id, b.id, f.value from t a join t b on a.id = b.id and a.id = 4, lateral flatten(b.v) f`)).toEqual([
        ['4', '4', '40'], ['4', '4', '50'],
      ]);
    });

    it('works inside a CTE, after a recursive CTE and with a correlated EXISTS', async () => {
      expect(await rows(`with w as (select t.id, f.value from t, lateral flatten(t.v) f where t.id in (1, 4)) select * from w`)).toEqual([
        ['1', '10'], ['1', '20'], ['1', '30'], ['4', '40'], ['4', '50'],
      ]);
      expect(await rows(`with recursive r (n) as (select 1 union all select n + 1 from r where n < 2)
        select r.n, f.value from r, lateral flatten(array_construct(r.n * 10, r.n * 10 + 1)) f`)).toEqual([
        ['1', '10'], ['1', '11'], ['2', '20'], ['2', '21'],
      ]);
      expect(await rows(`select f.value from t, lateral flatten(t.v) f
        where exists (select 1 from t t2, lateral flatten(t2.v) g where g.value = f.value and t2.id = 4)`)).toEqual([['40'], ['50']]);
    });

    it(`a ${BIG}-row table comes out in table order, each row's elements in order`, async () => {
      const input = await rows('select id from big');
      const expected: Row[] = [];
      input.forEach((r, i) => {
        const id = Number(r[0]);
        for (let k = 0; k < 3; k++) expected.push([String(id), String(i + 1), String(k), String(id * 3 + k)]);
      });
      const got = await rows('select b.id, f.seq, f.index, f.value from big b, lateral flatten(input => b.v) f');
      expect(got.length).toBe(BIG * 3);
      expect(got).toEqual(expected);
    });
  });
}
