import { runCases } from './_harness.ts';

// https://docs.snowflake.com/en/user-guide/querying-semistructured, …/functions/flatten,
// …/functions/parse_json, …/functions/object_construct, …/functions/array_construct.
const SRC = `{"name": "Joyce", "Age": 42, "tags": ["a", "b"], "addr": {"city": "Paris"}}`;
runCases('semi-structured', [
  { name: 'path returns JSON', snowflake: 'SELECT v:name FROM j', columns: ['V:NAME'], rows: [['"Joyce"']] },
  { name: '::string removes quotes', snowflake: 'SELECT v:name::string AS n FROM j', rows: [['Joyce']] },
  { name: 'keys are case-sensitive', snowflake: 'SELECT v:age FROM j', rows: [[null]] },
  { name: 'nested path and index', snowflake: 'SELECT v:tags[1]::string, v:addr.city::varchar FROM j', rows: [['b', 'Paris']] },
  { name: 'number cast from variant', snowflake: 'SELECT v:Age::int + 1 FROM j', rows: [['43']] },
  { name: 'comparison unwraps variant', snowflake: "SELECT COUNT(*) FROM j WHERE v:name = 'Joyce'", rows: [['1']] },
  { name: 'bracket key', snowflake: `SELECT v['addr']['city']::string FROM j`, rows: [['Paris']] },
  { name: 'PARSE_JSON and GET', snowflake: `SELECT GET(PARSE_JSON('[10, 20]'), 1)`, rows: [['20']] },
  { name: 'GET_PATH', snowflake: `SELECT GET_PATH(v, 'addr.city')::string FROM j`, rows: [['Paris']] },
  { name: 'OBJECT_CONSTRUCT drops NULL values', snowflake: `SELECT OBJECT_CONSTRUCT('a', 1, 'b', NULL)`, rows: [['{"a":1}']] },
  { name: 'OBJECT_CONSTRUCT keeps JSON null', snowflake: `SELECT OBJECT_CONSTRUCT('Key_One', PARSE_JSON('NULL'), 'Key_Two', NULL, 'Key_Three', 'null')`, rows: [['{"Key_One":null,"Key_Three":"null"}']] },
  { name: 'OBJECT_CONSTRUCT(*) over VALUES', snowflake: `SELECT OBJECT_CONSTRUCT(*) FROM VALUES (1, 'x'), (2, 'y')`, rows: [['{"COLUMN1":1,"COLUMN2":"x"}'], ['{"COLUMN1":2,"COLUMN2":"y"}']] },
  { name: 'OBJECT_CONSTRUCT sorts keys', snowflake: `SELECT OBJECT_CONSTRUCT('foo', 1, 'bar', 2)`, rows: [['{"bar":2,"foo":1}']] },
  { name: 'OBJECT_CONSTRUCT(* EXCLUDE ...)', snowflake: `SELECT OBJECT_CONSTRUCT(* EXCLUDE column2) FROM VALUES (1, 'x')`, rows: [['{"COLUMN1":1}']] },
  { name: 'TRANSFORM with an untyped lambda', snowflake: 'SELECT TRANSFORM([1, 2, 3], x -> x + 1)', rows: [['[2,3,4]']] },
  { name: 'FILTER with a typed lambda', snowflake: 'SELECT FILTER([1, 2, 3], x INT -> x > 1)', rows: [['[2,3]']] },
  { name: 'GETVARIABLE is case-sensitive', snowflake: "SELECT GETVARIABLE('N'), GETVARIABLE('n')", rows: [['7', null]] },
  { name: 'OBJECT_CONSTRUCT_KEEP_NULL keeps them', snowflake: `SELECT OBJECT_CONSTRUCT_KEEP_NULL('a', 1, 'b', NULL)`, rows: [['{"a":1,"b":null}']] },
  { name: 'ARRAY_CONSTRUCT', snowflake: `SELECT ARRAY_CONSTRUCT(1, 'x', NULL)`, rows: [['[1,"x",null]']] },
  { name: 'ARRAY_CONSTRUCT_COMPACT drops NULLs', snowflake: `SELECT ARRAY_CONSTRUCT_COMPACT(1, NULL, 2)`, rows: [['[1,2]']] },
  { name: 'ARRAY_SIZE', snowflake: `SELECT ARRAY_SIZE(v:tags), ARRAY_SIZE(v:addr) FROM j`, rows: [['2', null]] },
  { name: 'array literal', snowflake: `SELECT [1, 2]`, rows: [['[1,2]']] },
  { name: 'object literal', snowflake: `SELECT {'k': 'v'}`, rows: [['{"k":"v"}']] },
  { name: 'ARRAY_CONTAINS', snowflake: `SELECT ARRAY_CONTAINS('b'::variant, v:tags) FROM j`, rows: [[true]] },
  { name: 'ARRAY_TO_STRING', snowflake: `SELECT ARRAY_TO_STRING(v:tags, '-') FROM j`, rows: [['a-b']] },
  { name: 'TO_VARIANT of a string', snowflake: `SELECT TO_VARIANT('x')`, rows: [['"x"']] },
  {
    name: 'LATERAL FLATTEN over an array',
    snowflake: 'SELECT f.index, f.value::string AS val, f.path FROM j, LATERAL FLATTEN(input => j.v:tags) f ORDER BY f.index',
    columns: ['INDEX', 'VAL', 'PATH'],
    rows: [['0', 'a', '[0]'], ['1', 'b', '[1]']],
  },
  {
    name: 'FLATTEN over an object gives keys',
    snowflake: 'SELECT f.key, f.value FROM j, LATERAL FLATTEN(input => v:addr) f',
    rows: [['city', '"Paris"']],
  },
  {
    name: 'FLATTEN OUTER keeps rows with empty input',
    snowflake: `SELECT f.value FROM j, LATERAL FLATTEN(input => PARSE_JSON('[]'), OUTER => TRUE) f`,
    rows: [[null]],
  },
  {
    name: 'TABLE(FLATTEN(...)) with PATH',
    snowflake: `SELECT value::string FROM TABLE(FLATTEN(input => PARSE_JSON('{"x": [5, 6]}'), path => 'x'))`,
    rows: [['5'], ['6']],
  },
], {
  setup: ['CREATE TABLE "DB"."PUBLIC"."J" ("V" JSON)', `INSERT INTO "DB"."PUBLIC"."J" VALUES ('${SRC}')`],
  tables: { J: [{ name: 'V', type: { type: 'variant' } }] },
  variables: { N: { value: '7', type: 'fixed' } },
});
