/**
 * @module test/conformance/cases/semistructured
 * VARIANT / OBJECT / ARRAY: PARSE_JSON, path access (`v:a.b[0]`, quoted keys, `::` casts),
 * ARRAY_CONSTRUCT, OBJECT_CONSTRUCT, array and object literals, the ARRAY_* / OBJECT_* helpers,
 * TYPEOF, TO_JSON, FLATTEN (PATH / OUTER / RECURSIVE / MODE, LATERAL). Semi-structured values
 * are compared as compact JSON text (README.md).
 */
import { defineCases, fn, ref } from './_define.ts';

const QUERY_SEMI = 'https://docs.snowflake.com/en/user-guide/querying-semistructured';
const CAR_SALES = [
  `CREATE OR REPLACE TABLE car_sales (src VARIANT)`,
  `INSERT INTO car_sales SELECT PARSE_JSON(column1) FROM VALUES
  ('{"date":"2017-04-28","dealership":"Valley View Auto Sales","salesperson":{"id":"55","name":"Frank Beasley"},"customer":[{"name":"Joyce Ridgely","phone":"16504378889","address":"San Francisco, CA"}],"vehicle":[{"make":"Honda","model":"Civic","year":"2017","price":"20275","extras":["ext warranty","paint protection"]}]}'),
  ('{"date":"2017-04-28","dealership":"Tindel Toyota","salesperson":{"id":"274","name":"Greg Northrup"},"customer":[{"name":"Bradley Greenbloom","phone":"12127593751","address":"New York, NY"}],"vehicle":[{"make":"Toyota","model":"Camry","year":"2017","price":"23500","extras":["ext warranty","rust proofing","fabric protection"]}]}')`,
];
const PERSONS = [
  `CREATE OR REPLACE TABLE persons AS SELECT column1 AS id, PARSE_JSON(column2) as c FROM values
  (12712555, '{ "name": { "first": "John", "last": "Smith"}, "contact": [ { "business": [ { "type": "phone", "content": "555-1234" }, { "type": "email", "content": "j.smith@example.com" } ] } ] }'),
  (98127771, '{ "name": { "first": "Jane", "last": "Doe"}, "contact": [ { "business": [ { "type": "phone", "content": "555-1236" }, { "type": "email", "content": "j.doe@example.com" } ] } ] }') v`,
];
const DEMO1 = [
  `CREATE OR REPLACE TABLE demo_table_1 (province VARCHAR, created_date DATE)`,
  `INSERT INTO demo_table_1 (province, created_date) VALUES ('Manitoba', '2024-01-18'::DATE), ('Alberta', '2024-01-19'::DATE)`,
];
const NESTED = `PARSE_JSON('{"a":1, "b":[77,88], "c": {"d":"X"}}')`;

export const semistructuredCases = defineCases('semistructured', [
  { id: 'parse_json/object', doc: fn('parse_json'), sql: `SELECT PARSE_JSON('{"a": 1, "b": [1, 2], "c": {"d": null}}') AS v`, columns: ['V'], rows: [['{"a":1,"b":[1,2],"c":{"d":null}}']] },
  { id: 'parse_json/scalars', doc: fn('parse_json'), sql: `SELECT PARSE_JSON('1.5') AS n, PARSE_JSON('"abc"') AS s, PARSE_JSON('true') AS b, PARSE_JSON('null') AS j`, columns: ['N', 'S', 'B', 'J'], rows: [['1.5', '"abc"', 'true', 'null']] },
  { id: 'parse_json/sql-null', doc: fn('parse_json'), sql: `SELECT PARSE_JSON(NULL) AS v`, columns: ['V'], rows: [[null]] },
  { id: 'parse_json/invalid', doc: fn('parse_json'), sql: `SELECT PARSE_JSON('{"a": }')`, error: { errno: '100069', sqlState: '22P02', messageIncludes: 'Error parsing JSON' } },
  { id: 'parse_json/duplicate-key', doc: fn('parse_json'), sql: `SELECT PARSE_JSON('{ "a" : "123", "b" : "456", "a": "789"} ')`, error: { errno: '100069', sqlState: '22P02', messageIncludes: 'Error parsing JSON: duplicate object attribute "a"' } },
  { id: 'parse_json/duplicate-key-allowed', doc: fn('parse_json'), sql: `SELECT PARSE_JSON('{ "a" : "123", "b" : "456", "a": "789"} ', 'd') AS v`, columns: ['V'], rows: [['{"a":"789","b":"456"}']] },
  { id: 'try_parse_json/invalid', doc: fn('try_parse_json'), sql: `SELECT TRY_PARSE_JSON('{"a": }') AS v`, columns: ['V'], rows: [[null]] },
  { id: 'path/colon-dot-bracket', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT src:salesperson.name AS name, src:vehicle[0].make AS make, src:vehicle[0]:extras[1] AS extra FROM car_sales ORDER BY 1`, columns: ['NAME', 'MAKE', 'EXTRA'], rows: [['"Frank Beasley"', '"Honda"', '"paint protection"'], ['"Greg Northrup"', '"Toyota"', '"rust proofing"']] },
  { id: 'path/column-name-uppercased', doc: fn('search'), setup: CAR_SALES, sql: `SELECT s.src:dealership FROM car_sales s ORDER BY 1`, columns: ['S.SRC:DEALERSHIP'], rows: [['"Tindel Toyota"'], ['"Valley View Auto Sales"']] },
  { id: 'path/cast-removes-quotes', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT src:dealership::VARCHAR AS dealership, src:salesperson.id::NUMBER AS id FROM car_sales ORDER BY id`, columns: ['DEALERSHIP', 'ID'], rows: [['Valley View Auto Sales', '55'], ['Tindel Toyota', '274']] },
  { id: 'path/bracket-key-notation', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT src['salesperson']['name']::STRING AS n FROM car_sales ORDER BY n`, columns: ['N'], rows: [['Frank Beasley'], ['Greg Northrup']] },
  { id: 'path/case-sensitive-key', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT src:Dealership AS d FROM car_sales`, columns: ['D'], rows: [[null], [null]] },
  { id: 'path/missing-is-null', doc: QUERY_SEMI, sql: `SELECT PARSE_JSON('{"a":1}'):b AS b, PARSE_JSON('[1]')[5] AS c`, columns: ['B', 'C'], rows: [[null, null]] },
  { id: 'path/quoted-key-with-space', doc: ref('data-type-conversion'), sql: `SELECT PARSE_JSON('{"Loan Number": 5}'):"Loan Number" AS v`, columns: ['V'], rows: [['5']] },
  { id: 'path/get-and-get_path', doc: fn('get_path'), sql: `SELECT GET(PARSE_JSON('[10,20]'), 1) AS a, GET_PATH(PARSE_JSON('{"x":{"y":[1,2]}}'), 'x.y[1]') AS b, GET(PARSE_JSON('{"k":"v"}'), 'k') AS c`, columns: ['A', 'B', 'C'], rows: [['20', '2', '"v"']] },
  { id: 'array_construct/basic', doc: fn('array_construct'), sql: `SELECT ARRAY_CONSTRUCT(10, 20, 30) AS a, ARRAY_CONSTRUCT() AS e`, columns: ['A', 'E'], rows: [['[10,20,30]', '[]']] },
  { id: 'array_construct/mixed', doc: fn('array_construct'), sql: `SELECT ARRAY_CONSTRUCT('hello', 3::DOUBLE, 4, 5) AS a`, columns: ['A'], rows: [['["hello",3,4,5]']] },
  { id: 'array/literal', doc: ref('data-types-semistructured'), sql: `SELECT [1, 2, 3] AS a, ['x', 'y'][1] AS b`, columns: ['A', 'B'], rows: [['[1,2,3]', '"y"']] },
  { id: 'object_construct/omits-null', doc: fn('object_construct'), sql: `SELECT OBJECT_CONSTRUCT('a', 1, 'b', 'BBBB', 'c', NULL) AS o`, columns: ['O'], rows: [['{"a":1,"b":"BBBB"}']] },
  { id: 'object_construct_keep_null/basic', doc: fn('object_construct_keep_null'), sql: `SELECT OBJECT_CONSTRUCT_KEEP_NULL('a', 1, 'c', NULL) AS o`, columns: ['O'], rows: [['{"a":1,"c":null}']] },
  { id: 'object_construct/star', doc: fn('object_construct'), setup: DEMO1, sql: `SELECT OBJECT_CONSTRUCT(*) AS oc FROM demo_table_1 ORDER BY oc['PROVINCE']`, columns: ['OC'], rows: [['{"CREATED_DATE":"2024-01-19","PROVINCE":"Alberta"}'], ['{"CREATED_DATE":"2024-01-18","PROVINCE":"Manitoba"}']] },
  { id: 'object_construct/star-ilike', doc: fn('object_construct'), setup: DEMO1, sql: `SELECT OBJECT_CONSTRUCT(* ILIKE 'prov%') AS oc FROM demo_table_1 ORDER BY oc['PROVINCE']`, columns: ['OC'], rows: [['{"PROVINCE":"Alberta"}'], ['{"PROVINCE":"Manitoba"}']] },
  { id: 'object_construct/star-exclude', doc: fn('object_construct'), setup: DEMO1, sql: `SELECT OBJECT_CONSTRUCT(* EXCLUDE province) AS oc FROM demo_table_1 ORDER BY oc['CREATED_DATE']`, columns: ['OC'], rows: [['{"CREATED_DATE":"2024-01-18"}'], ['{"CREATED_DATE":"2024-01-19"}']] },
  { id: 'object_construct/star-derived-table', doc: fn('object_construct'), setup: DEMO1, sql: `SELECT OBJECT_CONSTRUCT(*) AS oc FROM (SELECT province, created_date FROM demo_table_1) ORDER BY oc['PROVINCE']`, columns: ['OC'], rows: [['{"CREATED_DATE":"2024-01-19","PROVINCE":"Alberta"}'], ['{"CREATED_DATE":"2024-01-18","PROVINCE":"Manitoba"}']] },
  { id: 'object_construct/star-values', doc: fn('object_construct'), sql: `SELECT OBJECT_CONSTRUCT(*) FROM VALUES(1,'x'), (2,'y')`, columns: ['OBJECT_CONSTRUCT(*)'], rows: [['{"COLUMN1":1,"COLUMN2":"x"}'], ['{"COLUMN1":2,"COLUMN2":"y"}']], unordered: true },
  { id: 'object_construct/sql-null-vs-json-null', doc: fn('object_construct'), sql: `SELECT OBJECT_CONSTRUCT('Key_One', PARSE_JSON('NULL'), 'Key_Two', NULL, 'Key_Three', 'null') AS obj`, columns: ['OBJ'], rows: [['{"Key_One":null,"Key_Three":"null"}']] },
  {
    id: 'object_construct/expressions-keys-sorted', doc: fn('object_construct'), setup: DEMO1,
    sql: `SELECT OBJECT_CONSTRUCT('foo', 1234567, 'dataset_size', (SELECT COUNT(*) FROM demo_table_1), 'distinct_province', (SELECT COUNT(DISTINCT province) FROM demo_table_1), 'created_date_seconds', EXTRACT(epoch_seconds, created_date)) AS json_object FROM demo_table_1`,
    columns: ['JSON_OBJECT'],
    rows: [['{"created_date_seconds":1705536000,"dataset_size":2,"distinct_province":2,"foo":1234567}'], ['{"created_date_seconds":1705622400,"dataset_size":2,"distinct_province":2,"foo":1234567}']], unordered: true,
  },
  {
    id: 'object_construct/nested', doc: fn('object_construct'),
    setup: [`CREATE OR REPLACE TABLE sample_nested_object (id INTEGER, nested_object OBJECT)`, `INSERT INTO sample_nested_object (id, nested_object) SELECT 1, OBJECT_CONSTRUCT('outer_key1', OBJECT_CONSTRUCT('inner_key1A', 'example1', 'inner_key1B', 'example2'), 'outer_key2', OBJECT_CONSTRUCT('inner_key2', 5))`],
    sql: `SELECT * FROM sample_nested_object`, columns: ['ID', 'NESTED_OBJECT'],
    rows: [['1', '{"outer_key1":{"inner_key1A":"example1","inner_key1B":"example2"},"outer_key2":{"inner_key2":5}}']],
  },
  { id: 'object/literal', doc: ref('data-types-semistructured'), sql: `SELECT {'city': 'Paris', 'zip': 75001} AS o`, columns: ['O'], rows: [['{"city":"Paris","zip":75001}']] },
  { id: 'array_size/basic', doc: fn('array_size'), sql: `SELECT ARRAY_SIZE(ARRAY_CONSTRUCT(1, 2, 3)) AS a, ARRAY_SIZE(PARSE_JSON('[]')) AS b, ARRAY_SIZE(PARSE_JSON('{"a":1}')) AS c`, columns: ['A', 'B', 'C'], rows: [['3', '0', null]] },
  { id: 'array_contains/basic', doc: fn('array_contains'), sql: `SELECT ARRAY_CONTAINS('hello'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi')) AS a, ARRAY_CONTAINS('hola'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi')) AS b`, columns: ['A', 'B'], rows: [[true, false]] },
  { id: 'array_append/prepend', doc: fn('array_append'), sql: `SELECT ARRAY_APPEND(ARRAY_CONSTRUCT(1, 2), 3) AS a, ARRAY_PREPEND(ARRAY_CONSTRUCT(1, 2), 0) AS b`, columns: ['A', 'B'], rows: [['[1,2,3]', '[0,1,2]']] },
  { id: 'array_cat/basic', doc: fn('array_cat'), sql: `SELECT ARRAY_CAT(ARRAY_CONSTRUCT(1, 2), ARRAY_CONSTRUCT(3, 4)) AS a`, columns: ['A'], rows: [['[1,2,3,4]']] },
  { id: 'array_slice/basic', doc: fn('array_slice'), sql: `SELECT ARRAY_SLICE(ARRAY_CONSTRUCT(0,1,2,3,4,5,6), 0, 2) AS a, ARRAY_SLICE(ARRAY_CONSTRUCT(0,1,2,3,4,5,6), -5, -3) AS b`, columns: ['A', 'B'], rows: [['[0,1]', '[2,3]']] },
  { id: 'array_to_string/basic', doc: fn('array_to_string'), sql: `SELECT ARRAY_TO_STRING(ARRAY_CONSTRUCT('a', 'b', 'c'), ', ') AS s, ARRAY_TO_STRING(ARRAY_CONSTRUCT(1, 2), '') AS t`, columns: ['S', 'T'], rows: [['a, b, c', '12']] },
  { id: 'array_position/zero-based', doc: fn('array_position'), sql: `SELECT ARRAY_POSITION('hello'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi')) AS a, ARRAY_POSITION('hi'::VARIANT, ARRAY_CONSTRUCT('hello', 'hi')) AS b, ARRAY_POSITION('x'::VARIANT, ARRAY_CONSTRUCT('hello')) AS c`, columns: ['A', 'B', 'C'], rows: [['0', '1', null]] },
  { id: 'array_distinct/compact', doc: fn('array_distinct'), sql: `SELECT ARRAY_DISTINCT(ARRAY_CONSTRUCT('A', 'A', 'B')) AS d, ARRAY_COMPACT(PARSE_JSON('[1, null, 2]')) AS c`, columns: ['D', 'C'], rows: [['["A","B"]', '[1,2]']] },
  { id: 'arrays_overlap/intersection', doc: fn('arrays_overlap'), sql: `SELECT ARRAYS_OVERLAP(ARRAY_CONSTRUCT('hello', 'aloha'), ARRAY_CONSTRUCT('hello', 'hi', 'hey')) AS o, ARRAY_INTERSECTION(ARRAY_CONSTRUCT('A', 'B'), ARRAY_CONSTRUCT('B', 'C')) AS i`, columns: ['O', 'I'], rows: [[true, '["B"]']] },
  { id: 'object_keys/basic', doc: fn('object_keys'), sql: `SELECT OBJECT_KEYS(PARSE_JSON('{"a": 1, "b": 2}')) AS k`, columns: ['K'], rows: [['["a","b"]']] },
  { id: 'object_insert/delete', doc: fn('object_insert'), sql: `SELECT OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), 'b', 2) AS i, OBJECT_DELETE(OBJECT_CONSTRUCT('a', 1, 'b', 2), 'b') AS d`, columns: ['I', 'D'], rows: [['{"a":1,"b":2}', '{"a":1}']] },
  { id: 'typeof/variants', doc: fn('typeof'), sql: `SELECT TYPEOF(PARSE_JSON('1')) AS a, TYPEOF(PARSE_JSON('1.5')) AS b, TYPEOF(PARSE_JSON('"x"')) AS c, TYPEOF(PARSE_JSON('[1]')) AS d, TYPEOF(PARSE_JSON('{}')) AS e, TYPEOF(PARSE_JSON('true')) AS f, TYPEOF(PARSE_JSON('null')) AS g`, columns: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], rows: [['INTEGER', 'DECIMAL', 'VARCHAR', 'ARRAY', 'OBJECT', 'BOOLEAN', 'NULL_VALUE']] },
  {
    id: 'typeof/table', doc: fn('typeof'),
    setup: [`CREATE OR REPLACE TABLE vartab (n NUMBER(2), v VARIANT)`, `INSERT INTO vartab SELECT column1 AS n, PARSE_JSON(column2) AS v FROM VALUES (1, 'null'), (2, null), (3, 'true'), (4, '-17'), (5, '123.12'), (6, '1.912e2'), (7, '"Om ara pa ca na dhih"  '), (8, '[-1, 12, 289, 2188, false,]'), (9, '{ "x" : "abc", "y" : false, "z": 10} ') AS vals`],
    sql: `SELECT n, TYPEOF(v) FROM vartab WHERE n <> 2 ORDER BY n`, columns: ['N', 'TYPEOF(V)'],
    rows: [['1', 'NULL_VALUE'], ['3', 'BOOLEAN'], ['4', 'INTEGER'], ['5', 'DECIMAL'], ['6', 'DOUBLE'], ['7', 'VARCHAR'], ['8', 'ARRAY'], ['9', 'OBJECT']],
  },
  { id: 'typeof/cast-to-variant', doc: fn('typeof'), setup: [`CREATE OR REPLACE TABLE typeof_cast(status VARCHAR, time TIMESTAMP)`, `INSERT INTO typeof_cast VALUES('check in', '2024-01-17 19:00:00.000 -0800')`], sql: `SELECT status, TYPEOF(status::VARIANT) AS "TYPE OF STATUS", time, TYPEOF(time::VARIANT) AS "TYPE OF TIME" FROM typeof_cast`, columns: ['STATUS', 'TYPE OF STATUS', 'TIME', 'TYPE OF TIME'], rows: [['check in', 'VARCHAR', '2024-01-17 19:00:00', 'TIMESTAMP_NTZ']] },
  { id: 'is_array/is_object', doc: fn('is_array'), sql: `SELECT IS_ARRAY(PARSE_JSON('[1]')) AS a, IS_OBJECT(PARSE_JSON('[1]')) AS b, IS_NULL_VALUE(PARSE_JSON('null')) AS c`, columns: ['A', 'B', 'C'], rows: [[true, false, true]] },
  { id: 'to_json/basic', doc: fn('to_json'), sql: `SELECT TO_JSON(PARSE_JSON('{"a": [1, 2]}')) AS j`, columns: ['J'], rows: [['{"a":[1,2]}']] },
  { id: 'to_variant/as_varchar', doc: fn('to_variant'), sql: `SELECT TO_VARIANT('abc') AS v, AS_VARCHAR(TO_VARIANT('abc')) AS s, AS_INTEGER(PARSE_JSON('5')) AS i`, columns: ['V', 'S', 'I'], rows: [['"abc"', 'abc', '5']] },
  { id: 'variant/equality', doc: ref('data-types-semistructured'), sql: `SELECT PARSE_JSON('{"a":1}'):a = 1 AS r, PARSE_JSON('"x"') = 'x' AS s`, columns: ['R', 'S'], rows: [[true, true]] },
  { id: 'variant/insert-and-select', doc: ref('data-types-semistructured'), setup: [`CREATE TABLE vt (v VARIANT, o OBJECT, a ARRAY)`, `INSERT INTO vt SELECT PARSE_JSON('{"k": [1, 2]}'), OBJECT_CONSTRUCT('x', 'y'), ARRAY_CONSTRUCT(1, 'two')`], sql: `SELECT v, o, a, v:k[1]::INT AS k1 FROM vt`, columns: ['V', 'O', 'A', 'K1'], rows: [['{"k":[1,2]}', '{"x":"y"}', '[1,"two"]', '2']] },
  { id: 'strip_null_value/basic', doc: fn('strip_null_value'), sql: `SELECT STRIP_NULL_VALUE(PARSE_JSON('{"a": null}'):a) AS r`, columns: ['R'], rows: [[null]] },
  { id: 'flatten/array-skips-missing', doc: fn('flatten'), sql: `SELECT f.key, f.path, f.index, f.value FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[1, ,77]'))) f`, columns: ['KEY', 'PATH', 'INDEX', 'VALUE'], rows: [[null, '[0]', '0', '1'], [null, '[2]', '2', '77']] },
  { id: 'flatten/select-star-path', doc: fn('flatten'), sql: `SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{"a":1, "b":[77,88]}'), PATH => 'b')) f`, columns: ['SEQ', 'KEY', 'PATH', 'INDEX', 'VALUE', 'THIS'], rows: [['1', null, 'b[0]', '0', '77', '[77,88]'], ['1', null, 'b[1]', '1', '88', '[77,88]']] },
  { id: 'flatten/empty-array', doc: fn('flatten'), sql: `SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'))) f`, columns: ['SEQ', 'KEY', 'PATH', 'INDEX', 'VALUE', 'THIS'], rows: [] },
  { id: 'flatten/outer', doc: fn('flatten'), sql: `SELECT f.key, f.path, f.index, f.value, f.this FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), OUTER => TRUE)) f`, columns: ['KEY', 'PATH', 'INDEX', 'VALUE', 'THIS'], rows: [[null, '', null, null, '[]']] },
  { id: 'flatten/object', doc: fn('flatten'), sql: `SELECT f.key, f.path, f.index, f.value FROM TABLE(FLATTEN(INPUT => ${NESTED})) f`, columns: ['KEY', 'PATH', 'INDEX', 'VALUE'], rows: [['a', 'a', null, '1'], ['b', 'b', null, '[77,88]'], ['c', 'c', null, '{"d":"X"}']] },
  { id: 'flatten/recursive', doc: fn('flatten'), sql: `SELECT f.key, f.path, f.index, f.value FROM TABLE(FLATTEN(INPUT => ${NESTED}, RECURSIVE => TRUE)) f`, columns: ['KEY', 'PATH', 'INDEX', 'VALUE'], rows: [['a', 'a', null, '1'], ['b', 'b', null, '[77,88]'], [null, 'b[0]', '0', '77'], [null, 'b[1]', '1', '88'], ['c', 'c', null, '{"d":"X"}'], ['d', 'c.d', null, '"X"']] },
  { id: 'flatten/recursive-object-mode', doc: fn('flatten'), sql: `SELECT f.key, f.path, f.value FROM TABLE(FLATTEN(INPUT => ${NESTED}, RECURSIVE => TRUE, MODE => 'OBJECT')) f`, columns: ['KEY', 'PATH', 'VALUE'], rows: [['a', 'a', '1'], ['b', 'b', '[77,88]'], ['c', 'c', '{"d":"X"}'], ['d', 'c.d', '"X"']] },
  {
    id: 'flatten/lateral-chained', doc: fn('flatten'), setup: PERSONS,
    sql: `SELECT id as "ID", f1.value:type AS "Type", f1.value:content AS "Details" FROM persons p, LATERAL FLATTEN(INPUT => p.c, PATH => 'contact') f, LATERAL FLATTEN(INPUT => f.value:business) f1`,
    columns: ['ID', 'Type', 'Details'],
    rows: [['12712555', '"phone"', '"555-1234"'], ['12712555', '"email"', '"j.smith@example.com"'], ['98127771', '"phone"', '"555-1236"'], ['98127771', '"email"', '"j.doe@example.com"']],
    unordered: true,
  },
  { id: 'flatten/lateral-values-from-table', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT vm.value:make::STRING AS make, e.value::STRING AS extra FROM car_sales, LATERAL FLATTEN(INPUT => src:vehicle) vm, LATERAL FLATTEN(INPUT => vm.value:extras) e ORDER BY make, extra`, columns: ['MAKE', 'EXTRA'], rows: [['Honda', 'ext warranty'], ['Honda', 'paint protection'], ['Toyota', 'ext warranty'], ['Toyota', 'fabric protection'], ['Toyota', 'rust proofing']] },
  { id: 'flatten/filter-in-where', doc: QUERY_SEMI, setup: CAR_SALES, sql: `SELECT src:dealership::STRING AS d FROM car_sales, LATERAL FLATTEN(INPUT => src:vehicle[0].extras) e WHERE e.value::STRING = 'rust proofing'`, columns: ['D'], rows: [['Tindel Toyota']] },
  { id: 'split_to_table/basic', doc: fn('split_to_table'), sql: `SELECT t.index, t.value FROM TABLE(SPLIT_TO_TABLE('a.b.c', '.')) t ORDER BY t.index`, columns: ['INDEX', 'VALUE'], rows: [['1', 'a'], ['2', 'b'], ['3', 'c']] },
  { id: 'as_decimal/precision-scale', doc: fn('as_decimal-number'), sql: `SELECT AS_DECIMAL(1.2345::VARIANT, 4, 1) AS a, AS_DECIMAL('x'::VARIANT) AS b`, columns: ['A', 'B'], rows: [['1.2', null]] },
  { id: 'array_sort/ascending-default', doc: fn('array_sort'), sql: `SELECT ARRAY_SORT([20, 0, 10]) AS a, ARRAY_SORT(['b', 'a', 'c']) AS s`, columns: ['A', 'S'], rows: [['[0,10,20]', '["a","b","c"]']] },
  { id: 'array_sort/descending', doc: fn('array_sort'), sql: `SELECT ARRAY_SORT([20, 0, 10], FALSE) AS d`, columns: ['D'], rows: [['[20,10,0]']] },
  { id: 'array_sort/numbers-by-value', doc: fn('array_sort'), sql: `SELECT ARRAY_SORT([10, 9, 100]) AS a`, columns: ['A'], rows: [['[9,10,100]']] },
  { id: 'array_sort/null-argument', doc: fn('array_sort'), sql: `SELECT ARRAY_SORT([2, 1], NULL) AS a`, columns: ['A'], rows: [[null]] },
  { id: 'array_max/numbers-by-value', doc: fn('array_max'), sql: `SELECT ARRAY_MAX([9, 10]) AS mx, ARRAY_MIN([9, 10]) AS mn`, columns: ['MX', 'MN'], rows: [['10', '9']] },
  { id: 'array_max/doc-skips-null', doc: fn('array_max'), sql: `SELECT ARRAY_MAX([20, 0, NULL, 10])`, columns: ['ARRAY_MAX([20, 0, NULL, 10])'], rows: [['20']] },
  { id: 'array_min/doc-skips-null', doc: fn('array_min'), sql: `SELECT ARRAY_MIN([20, 0, NULL, 10])`, columns: ['ARRAY_MIN([20, 0, NULL, 10])'], rows: [['0']] },
  { id: 'array_max/doc-empty', doc: fn('array_max'), sql: `SELECT ARRAY_MAX([])`, columns: ['ARRAY_MAX([])'], rows: [[null]] },
  {
    id: 'arrays_zip/doc-three', doc: fn('arrays_zip'),
    sql: `SELECT ARRAYS_ZIP([1, 2, 3], ['first', 'second', 'third'], ['i', 'ii', 'iii']) AS zipped_arrays`,
    columns: ['ZIPPED_ARRAYS'], rows: [['[{"$1":1,"$2":"first","$3":"i"},{"$1":2,"$2":"second","$3":"ii"},{"$1":3,"$2":"third","$3":"iii"}]']],
  },
  {
    id: 'arrays_zip/uneven-lengths', doc: fn('arrays_zip'),
    sql: `SELECT ARRAYS_ZIP(ARRAY_CONSTRUCT('10', '20', '30'), ARRAY_CONSTRUCT(1, 2), ARRAY_CONSTRUCT(1.1)) AS zipped`,
    columns: ['ZIPPED'], rows: [['[{"$1":"10","$2":1,"$3":1.1},{"$1":"20","$2":2,"$3":null},{"$1":"30","$2":null,"$3":null}]']],
  },
  { id: 'arrays_zip/null-input', doc: fn('arrays_zip'), sql: `SELECT ARRAYS_ZIP([1], NULL) AS z`, columns: ['Z'], rows: [[null]] },
  { id: 'reduce/doc-sum', doc: fn('reduce'), sql: `SELECT REDUCE([1,2,3], 0, (acc, val) -> acc + val) AS sum_of_values`, columns: ['SUM_OF_VALUES'], rows: [['6']] },
  { id: 'reduce/doc-sum-init-10', doc: fn('reduce'), sql: `SELECT REDUCE([1,2,3], 10, (acc, val) -> acc + val) AS sum_of_values_10`, columns: ['SUM_OF_VALUES_10'], rows: [['16']] },
  { id: 'reduce/doc-sum-of-squares', doc: fn('reduce'), sql: `SELECT REDUCE([1,2,3], 0, (acc, val) -> acc + val * val) AS sum_of_squares`, columns: ['SUM_OF_SQUARES'], rows: [['14']] },
  { id: 'reduce/doc-reverse', doc: fn('reduce'), sql: `SELECT REDUCE([1, 2, 3, 4], [], (acc, val) -> ARRAY_PREPEND(acc, val)) AS reverse_order`, columns: ['REVERSE_ORDER'], rows: [['[4,3,2,1]']] },
  { id: 'reduce/empty-and-null', doc: fn('reduce'), sql: `SELECT REDUCE([], 0, (acc, val) -> acc + val) AS e, REDUCE(NULL, 0, (acc, val) -> acc + val) AS n`, columns: ['E', 'N'], rows: [['0', null]] },
]);

