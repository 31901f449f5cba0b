import { describe, expect, it } from 'bun:test';
import type { Select, SetOp } from '../../src/sql/ast.ts';
import { queryOf, sx } from './_sexpr.ts';

function sel(sql: string): Select {
  const q = queryOf(sql);
  if (q.kind !== 'select') throw new Error(`not a select: ${q.kind}`);
  return q;
}

describe('select items', () => {
  it('keeps the exact source text of each item, without the alias', () => {
    const s = sel('select a+1 as x, COUNT (*), \'Today\'\'s\' y, t.c, v:"Loan Number"::VARCHAR from t');
    expect(s.items.map((i) => i.text)).toEqual(['a+1', 'COUNT (*)', "'Today''s'", 't.c', 'v:"Loan Number"::VARCHAR']);
    expect(s.items.map((i) => i.alias?.name)).toEqual(['X', undefined, 'Y', undefined, undefined]);
  });
  it('folds unquoted aliases and keeps quoted ones', () => {
    const s = sel('select 1 as "MixedCase", 2 lower_alias');
    expect(s.items.map((i) => i.alias)).toEqual([
      { kind: 'ident', name: 'MixedCase', quoted: true },
      { kind: 'ident', name: 'LOWER_ALIAS', quoted: false },
    ]);
  });
  it('accepts non-reserved keywords as column names and aliases', () => {
    const s = sel('select date, value, name, type, comment, status, key, index, first, last as row_alias from t');
    expect(s.items.map((i) => sx(i.expr))).toEqual(['DATE', 'VALUE', 'NAME', 'TYPE', 'COMMENT', 'STATUS', 'KEY', 'INDEX', 'FIRST', 'LAST']);
  });
  it('parses star modifiers', () => {
    const s = sel("select * ilike 'a%' exclude (b, c) replace (x + 1 as x) rename (d as e), t.* exclude f, u.* ilike 'x%' from t");
    expect(s.items[2]?.expr).toMatchObject({ kind: 'star', qualifier: [{ name: 'U' }], ilike: 'x%' });
    expect(s.items[0]?.expr).toMatchObject({
      kind: 'star',
      ilike: 'a%',
      exclude: [{ name: 'B' }, { name: 'C' }],
      replace: [{ as: { name: 'X' } }],
      rename: [{ from: { name: 'D' }, to: { name: 'E' } }],
    });
    expect(s.items[1]?.expr).toMatchObject({ kind: 'star', qualifier: [{ name: 'T' }], exclude: [{ name: 'F' }] });
  });
  it('parses DISTINCT and TOP', () => {
    expect(sel('select distinct top 5 a from t')).toMatchObject({ distinct: true, top: { kind: 'number', text: '5' } });
  });
});

describe('function arguments', () => {
  it('keeps typed lambda parameters and star modifiers', () => {
    const s = sel("select transform(a, x int -> x), filter(a, (x varchar, i number(3, 0)) -> true), object_construct(* exclude (p, q)), object_construct(t.* ilike 'a%') from t");
    expect(s.items[0]?.expr).toMatchObject({ args: [{}, { kind: 'lambda', params: [{ name: 'X' }], paramTypes: [{ name: 'INT' }] }] });
    expect(s.items[1]?.expr).toMatchObject({ args: [{}, { kind: 'lambda', paramTypes: [{ name: 'VARCHAR' }, { name: 'NUMBER', params: [3, 0] }] }] });
    expect(s.items[2]?.expr).toMatchObject({ star: false, args: [{ kind: 'star', exclude: [{ name: 'P' }, { name: 'Q' }] }] });
    expect(s.items[3]?.expr).toMatchObject({ args: [{ kind: 'star', qualifier: [{ name: 'T' }], ilike: 'a%' }] });
  });
});

describe('clauses', () => {
  it('parses every clause in order', () => {
    const s = sel(
      'select a, count(*) from t where a > 1 group by a having count(*) > 1 qualify row_number() over (order by a) = 1 ' +
        'window w as (partition by a) order by a desc nulls first, 2 limit 10 offset 5',
    );
    expect(sx(s.where!)).toBe('(> A 1)');
    expect(s.groupBy).toMatchObject({ all: false, items: [{ kind: 'groupExpr' }] });
    expect(sx(s.having!)).toBe('(> COUNT(*) 1)');
    expect(s.qualify).toBeDefined();
    expect(s.windows?.[0]?.name.name).toBe('W');
    expect(s.orderBy).toMatchObject([{ desc: true, nulls: 'FIRST' }, { expr: { kind: 'number', text: '2' } }]);
    expect(s.limit).toEqual({ kind: 'number', text: '10' });
    expect(s.offset).toEqual({ kind: 'number', text: '5' });
  });
  it('normalises FETCH FIRST n ROWS ONLY into limit', () => {
    expect(sel('select a from t offset 2 rows fetch first 3 rows only')).toMatchObject({
      limit: { text: '3' },
      offset: { text: '2' },
    });
    expect(sel('select a from t fetch next 1 row only')).toMatchObject({ limit: { text: '1' } });
  });
  it('parses GROUP BY ALL, ROLLUP, CUBE and GROUPING SETS', () => {
    expect(sel('select a from t group by all').groupBy).toEqual({ kind: 'groupBy', all: true, items: [] });
    expect(sel('select a from t group by rollup (a, b), cube (c)').groupBy?.items.map((i) => i.kind)).toEqual(['rollup', 'cube']);
    const gs = sel('select a from t group by grouping sets ((a, b), c, ())').groupBy?.items[0];
    expect(gs).toMatchObject({ kind: 'groupingSets' });
    if (gs?.kind === 'groupingSets') expect(gs.sets.map((x) => x.length)).toEqual([2, 1, 0]);
  });
});

describe('FROM', () => {
  it('parses every join kind', () => {
    const s = sel(
      'select * from a join b on a.x = b.x left outer join c using (x) right join d on true full join e on true ' +
        'cross join f natural join g natural left join h asof join i match_condition (a.t >= i.t) on a.k = i.k',
    );
    const kinds: string[] = [];
    let r = s.from[0];
    while (r?.kind === 'join') {
      kinds.unshift(`${r.natural ? 'NATURAL ' : ''}${r.joinType}`);
      r = r.left;
    }
    expect(kinds).toEqual(['INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'NATURAL INNER', 'NATURAL LEFT', 'ASOF']);
    expect(s.from[0]).toMatchObject({ kind: 'join', joinType: 'ASOF', matchCondition: { kind: 'binary', op: '>=' }, on: { kind: 'binary' } });
  });
  it('parses aliases, subqueries, VALUES, TABLE() and LATERAL FLATTEN', () => {
    const s = sel(
      'select * from db.s.t as x, (select 1) sub (c1), values (1, 2), (3, 4) as v (a, b), table(generator(rowcount => 10)) g, ' +
        'lateral flatten(input => x.v) f, t2 left join lateral (select 1) l on true',
    );
    expect(s.from.map((f) => f.kind)).toEqual(['table', 'derived', 'valuesTable', 'tableFunc', 'tableFunc', 'join']);
    expect(s.from[0]).toMatchObject({ name: { parts: [{ name: 'DB' }, { name: 'S' }, { name: 'T' }] }, alias: { name: { name: 'X' } } });
    expect(s.from[1]).toMatchObject({ alias: { name: { name: 'SUB' }, columns: [{ name: 'C1' }] } });
    expect(s.from[2]).toMatchObject({ rows: [[{}, {}], [{}, {}]], alias: { columns: [{ name: 'A' }, { name: 'B' }] } });
    expect(s.from[3]).toMatchObject({ tableWrapper: true, lateral: false, func: { name: [{ name: 'GENERATOR' }] } });
    expect(s.from[4]).toMatchObject({ lateral: true, func: { name: [{ name: 'FLATTEN' }], args: [{ kind: 'namedArg', name: 'INPUT' }] } });
    expect(s.from[5]).toMatchObject({ right: { kind: 'derived', lateral: true } });
  });
  it('parses stage references', () => {
    expect(sel("select $1 from @my_stage/path/f.csv (file_format => 'csv_ff', pattern => '.*') s").from[0]).toEqual({
      kind: 'stageRef',
      location: 'my_stage/path/f.csv',
      fileFormat: 'csv_ff',
      pattern: '.*',
      alias: { kind: 'tableAlias', name: { kind: 'ident', name: 'S', quoted: false } },
    });
    expect(sel("select $1 from '@db.s.st/x'").from[0]).toEqual({ kind: 'stageRef', location: 'db.s.st/x' });
    expect(sel('select $1 from @~').from[0]).toEqual({ kind: 'stageRef', location: '~' });
    expect(sel('select $1 from @s (file_format => db.s.ff)').from[0]).toEqual({ kind: 'stageRef', location: 's', fileFormat: 'DB.S.FF' });
    expect(sel('select $1 from @%t').from[0]).toEqual({ kind: 'stageRef', location: '%t' });
  });
  it('parses SAMPLE, time travel and IDENTIFIER()', () => {
    expect(sel('select * from t sample bernoulli (10) seed (42)').from[0]).toMatchObject({
      sample: { method: 'BERNOULLI', size: { text: '10' }, rows: false, seed: { text: '42' } },
    });
    expect(sel('select * from t tablesample (5 rows)').from[0]).toMatchObject({ sample: { rows: true } });
    expect(sel("select * from t at (timestamp => '2024-01-01'::timestamp) x").from[0]).toMatchObject({
      timeTravel: { when: 'AT', param: 'TIMESTAMP' },
      alias: { name: { name: 'X' } },
    });
    expect(sel('select * from t before (statement => $q)').from[0]).toMatchObject({ timeTravel: { when: 'BEFORE', param: 'STATEMENT' } });
    expect(sel("select * from identifier('db.s.t')").from[0]).toMatchObject({ name: { kind: 'identifierFn', arg: { kind: 'string', value: 'db.s.t' } } });
    expect(sel('select * from table($t)').from[0]).toMatchObject({ name: { kind: 'identifierFn', arg: { kind: 'variable' } } });
  });
  it('parses PIVOT and UNPIVOT', () => {
    expect(sel("select * from t pivot (sum(amount) for month in ('JAN', 'FEB')) as p").from[0]).toMatchObject({
      kind: 'pivot',
      agg: { name: [{ name: 'SUM' }] },
      values: { kind: 'list', items: [{ value: 'JAN' }, { value: 'FEB' }] },
      alias: { name: { name: 'P' } },
    });
    expect(sel('select * from t pivot (sum(a) for m in (any order by m) default on null (0))').from[0]).toMatchObject({
      values: { kind: 'any', orderBy: [{}] },
      defaultOnNull: { text: '0' },
    });
    expect(sel("select * from t pivot (sum(a) as total for q in ('Q1' as q1, 'Q2')) p").from[0]).toMatchObject({
      aggAlias: { name: 'TOTAL' },
      values: { kind: 'list', items: [{ value: 'Q1' }, { value: 'Q2' }], aliases: [{ name: 'Q1' }, undefined] },
    });
    expect(sel('select * from t unpivot include nulls (sales for month in (jan, feb)) u').from[0]).toMatchObject({
      kind: 'unpivot',
      includeNulls: true,
      valueColumn: { name: 'SALES' },
      nameColumn: { name: 'MONTH' },
      columns: [{ name: 'JAN' }, { name: 'FEB' }],
    });
  });
});

describe('set operations and WITH', () => {
  it('makes INTERSECT bind tighter than UNION', () => {
    const q = queryOf('select 1 union all select 2 intersect select 3') as SetOp;
    expect(q).toMatchObject({ op: 'UNION', all: true, right: { kind: 'setOp', op: 'INTERSECT' } });
  });
  it('is left-associative and maps MINUS to EXCEPT', () => {
    const q = queryOf('select 1 minus select 2 except select 3 union by name select 4 order by 1 limit 1') as SetOp;
    expect(q).toMatchObject({ op: 'UNION', byName: true, left: { op: 'EXCEPT', left: { op: 'EXCEPT' } }, orderBy: [{}], limit: { text: '1' } });
  });
  it('parses WITH RECURSIVE and column lists', () => {
    const q = queryOf('with recursive r (n) as (select 1 union all select n + 1 from r where n < 3), b as (select 2) select * from r');
    expect(q).toMatchObject({ kind: 'select', with: { recursive: true, ctes: [{ name: { name: 'R' }, columns: [{ name: 'N' }] }, { name: { name: 'B' } }] } });
  });
  it('keeps parenthesised queries with their own ORDER BY / LIMIT', () => {
    const q = queryOf('(select a from t order by a limit 1) union (select b from u) order by 1');
    expect(q).toMatchObject({ kind: 'setOp', left: { kind: 'parenQuery', query: { kind: 'select', limit: { text: '1' } } }, orderBy: [{}] });
  });
  it('parses bare VALUES as a query', () => {
    expect(queryOf('values (1, 2), (3, 4)')).toMatchObject({ kind: 'values', rows: [[{}, {}], [{}, {}]] });
  });
});
