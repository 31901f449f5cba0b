import { describe, expect, it } from 'bun:test';
import { exprOf } from './_sexpr.ts';

/** [input after SELECT, S-expression] — Snowflake operator precedence and expression forms. */
const CASES: [string, string][] = [
  // arithmetic and precedence (https://docs.snowflake.com/en/sql-reference/operator-precedence)
  ['1 + 2 * 3', '(+ 1 (* 2 3))'],
  ['(1 + 2) * 3', '(* (PAREN (+ 1 2)) 3)'],
  ['1 - 2 - 3', '(- (- 1 2) 3)'],
  ['10 / 2 % 3', '(% (/ 10 2) 3)'],
  ["'a' || 'b' || c", "(|| (|| 'a' 'b') C)"],
  ["a || b + 1", '(+ (|| A B) 1)'],
  ['-a * b', '(* (- A) B)'],
  ['-x::int', '(- (:: X INT))'],
  ['- - 1', '(- (- 1))'],
  ['+1', '(+ 1)'],
  ['a = 1 and b = 2 or c = 3', '(OR (AND (= A 1) (= B 2)) (= C 3))'],
  ['a or b and c', '(OR A (AND B C))'],
  ['not a = 1', '(NOT (= A 1))'],
  ['not a and b', '(AND (NOT A) B)'],
  ['a + 1 > b * 2', '(> (+ A 1) (* B 2))'],
  ['a <> b', '(<> A B)'],
  ['a != b', '(!= A B)'],
  ['a <= b', '(<= A B)'],
  ['a >= b', '(>= A B)'],
  // IS / IN / BETWEEN / LIKE
  ['a is null', '(IS A NULL)'],
  ['a is not null and b', '(AND (IS NOT A NULL) B)'],
  ['a is true', '(IS A TRUE)'],
  ['a is not false', '(IS NOT A FALSE)'],
  ['a is distinct from b', '(IS DISTINCT A B)'],
  ['a is not distinct from b + 1', '(IS NOT DISTINCT A (+ B 1))'],
  ['a in (1, 2, 3)', '(IN A 1 2 3)'],
  ['a not in (1)', '(NOT IN A 1)'],
  ['a in (select 1)', '(IN A <query>)'],
  ['a = any (select 1)', '(IN A <query>)'],
  ['a = some (select 1)', '(IN A <query>)'],
  ['a <> all (select 1)', '(NOT IN A <query>)'],
  ['a > all (select 1)', '(CASE (WHEN (EXISTS <query>) FALSE) (WHEN (EXISTS <query>) NULL) (ELSE TRUE))'],
  ['a < some (select 1)', '(CASE (WHEN (EXISTS <query>) TRUE) (WHEN (EXISTS <query>) NULL) (ELSE FALSE))'],
  ["rlike(s, 'x')", "RLIKE(S, 'x')"],
  ["like(s, 'x%')", "LIKE(S, 'x%')"],
  ['(a, b) in ((1, 2), (3, 4))', '(IN (ROW A B) (ROW 1 2) (ROW 3 4))'],
  ['a between 1 and 2 and b', '(AND (BETWEEN A 1 2) B)'],
  ['a not between 1 + 1 and 5', '(NOT BETWEEN A (+ 1 1) 5)'],
  ["a like 'x%'", "(LIKE A 'x%')"],
  ["a not ilike 'x%' escape '!'", "(NOT ILIKE A 'x%' ESCAPE '!')"],
  ["a like any ('a%', 'b%')", "(LIKE A ANY 'a%' 'b%')"],
  ["a ilike all ('a%')", "(ILIKE A ALL 'a%')"],
  ["a like some ('a%')", "(LIKE A ANY 'a%')"],
  ["a rlike '[0-9]+'", "(RLIKE A '[0-9]+')"],
  ["a regexp 'x'", "(REGEXP A 'x')"],
  ['exists (select 1)', '(EXISTS <query>)'],
  ['not exists (select 1)', '(NOT (EXISTS <query>))'],
  ['(select max(a) from t)', '<subquery>'],
  // CASE, casts
  ["case when a = 1 then 'x' when a = 2 then 'y' else 'z' end", "(CASE (WHEN (= A 1) 'x') (WHEN (= A 2) 'y') (ELSE 'z'))"],
  ['case a when 1 then 2 end', '(CASE A (WHEN 1 2))'],
  ['cast(a as number(10, 2))', '(CAST A NUMBER(10,2))'],
  ['try_cast(a as date)', '(TRY_CAST A DATE)'],
  ['a::varchar(10)', '(:: A VARCHAR(10))'],
  ['a::double precision', '(:: A DOUBLE PRECISION)'],
  ['a::timestamp_ntz(9)', '(:: A TIMESTAMP_NTZ(9))'],
  ['a::int::string', '(:: (:: A INT) STRING)'],
  ['1 + a::int', '(+ 1 (:: A INT))'],
  ["iff(a > 1, 'x', 'y')", "IFF((> A 1), 'x', 'y')"],
  // semi-structured
  ['v:a.b[0]:"C"', '(PATH V :a:b[0]:"C")'],
  ['v:a::string', '(:: (PATH V :a) STRING)'],
  ['t.v:a', '(PATH T.V :a)'],
  ["v['a']", "(PATH V ['a'])"],
  ['v:Name', '(PATH V :Name)'],
  ['arr[0]', '(PATH ARR [0])'],
  ['$1:a', '(PATH $1 :a)'],
  ['v:"Loan Number"::varchar', '(:: (PATH V :"Loan Number") VARCHAR)'],
  ["parse_json(x):a", '(PATH PARSE_JSON(X) :a)'],
  ['[1, 2, 3]', '[1, 2, 3]'],
  ["{'a': 1, 'b': x}", "{'a': 1, 'b': X}"],
  ['[]', '[]'],
  // functions
  ['count(*)', 'COUNT(*)'],
  ['count(distinct a)', 'COUNT(DISTINCT A)'],
  ['count (*)', 'COUNT(*)'],
  ["listagg(a, ',') within group (order by a desc)", "LISTAGG(A, ',') WITHIN(A DESC)"],
  ['first_value(a) ignore nulls over (order by b)', 'FIRST_VALUE(A) IGNORE NULLS OVER(O B)'],
  ['first_value(a ignore nulls) over (order by b)', 'FIRST_VALUE(A) IGNORE NULLS OVER(O B)'],
  ['lag(a) respect nulls over (partition by x order by y)', 'LAG(A) RESPECT NULLS OVER(P X; O Y)'],
  ['row_number() over (partition by a, b order by c desc nulls last)', 'ROW_NUMBER() OVER(P A B; O C DESC NULLS LAST)'],
  ['sum(a) over (order by b rows between unbounded preceding and current row)', 'SUM(A) OVER(O B; ROWS UNBOUNDED PRECEDING .. CURRENT ROW)'],
  ['sum(a) over (order by b range between 2 preceding and 1 following)', 'SUM(A) OVER(O B; RANGE PRECEDING 2 .. FOLLOWING 1)'],
  ['sum(a) over (rows unbounded preceding)', 'SUM(A) OVER(ROWS UNBOUNDED PRECEDING)'],
  ['sum(a) over w', 'SUM(A) OVER(W)'],
  ['flatten(input => v, outer => true)', 'FLATTEN(INPUT=>V, OUTER=>TRUE)'],
  ['transform(arr, x -> x + 1)', 'TRANSFORM(ARR, (LAMBDA (X) (+ X 1)))'],
  ['reduce(arr, 0, (acc, x) -> acc + x)', 'REDUCE(ARR, 0, (LAMBDA (ACC X) (+ ACC X)))'],
  ['extract(year from d)', 'EXTRACT(D){YEAR}'],
  ["extract('month', d)", 'EXTRACT(D){MONTH}'],
  ["position('b' in s)", "POSITION('b', S)"],
  ["position('b', s, 2)", "POSITION('b', S, 2)"],
  ["trim(both 'x' from s)", "TRIM(S, 'x'){BOTH}"],
  ['trim(s)', 'TRIM(S)'],
  ["trim(s, 'x')", "TRIM(S, 'x')"],
  ['substring(s from 2 for 3)', 'SUBSTRING(S, 2, 3)'],
  ['substr(s, 2)', 'SUBSTR(S, 2)'],
  ['current_date', 'CURRENT_DATE()'],
  ['current_timestamp', 'CURRENT_TIMESTAMP()'],
  ['current_timestamp(3)', 'CURRENT_TIMESTAMP(3)'],
  ['sysdate', 'SYSDATE()'],
  ['localtimestamp', 'LOCALTIMESTAMP()'],
  ['my_db.public.f(1)', 'MY_DB.PUBLIC.F(1)'],
  ['system$typeof(1)', 'SYSTEM$TYPEOF(1)'],
  ['left(s, 2)', 'LEFT(S, 2)'],
  ['"myFunc"(1)', 'myFunc(1)'],
  ['seq.nextval', 'SEQ.NEXTVAL'],
  // literals, binds, variables
  ["date '2024-01-01'", "(DATE '2024-01-01')"],
  ["timestamp_ntz '2024-01-01 10:00'", "(TIMESTAMP_NTZ '2024-01-01 10:00')"],
  ["interval '1 day'", "(INTERVAL '1 day')"],
  ["interval '2' hour", "(INTERVAL '2' HOUR)"],
  ['1.5e-3', '1.5e-3'],
  ['.5', '.5'],
  ['null', 'NULL'],
  ['true and false', '(AND TRUE FALSE)'],
  ['?', '?1'],
  [':1', '?1'],
  [':name', ':NAME'],
  ['$x', '$X'],
  ['$1', '$1'],
  ["a collate 'en-ci'", "(COLLATE A 'en-ci')"],
  ['"Mixed Case"', '"Mixed Case"'],
  ['date', 'DATE'],
  ['value + name', '(+ VALUE NAME)'],
  ['t.type', 'T.TYPE'],
  ['"a""b"', '"a"b"'],
  ['interval', 'INTERVAL'],
  ['t.$1', '$1'],
];

describe('expressions', () => {
  for (const [input, expected] of CASES) {
    it(`parses ${input}`, () => {
      expect(exprOf(input)).toBe(expected);
    });
  }
});

describe('bind numbering', () => {
  it('numbers ? binds from 1 in order', async () => {
    const { parseOne } = await import('../../src/sql/index.ts');
    const st = parseOne('select ?, ? from t where a = ?');
    if (st.kind !== 'query' || st.query.kind !== 'select') throw new Error('bad');
    expect(st.query.items.map((i) => i.expr)).toEqual([
      { kind: 'bind', index: 1 },
      { kind: 'bind', index: 2 },
    ]);
    expect(st.query.where).toMatchObject({ right: { kind: 'bind', index: 3 } });
  });
});
