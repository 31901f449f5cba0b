/**
 * @module test/conformance/cases/string
 * String functions and pattern matching: CONCAT/||, SPLIT_PART, SUBSTR, TRIM family, UPPER/LOWER,
 * LENGTH, REPLACE, LPAD/RPAD, POSITION/CHARINDEX, LEFT/RIGHT, REVERSE, INITCAP, CONTAINS,
 * STARTSWITH/ENDSWITH, REPEAT, TRANSLATE, CONCAT_WS, SPLIT, LIKE/ILIKE/LIKE ANY, RLIKE, REGEXP_*,
 * hash/encoding functions, SOUNDEX, SPLIT_TO_TABLE / STRTOK_SPLIT_TO_TABLE.
 */
import { defineCases, fn } from './_define.ts';

const CONCAT_T = [
  `CREATE OR REPLACE TABLE concat_function_example (s1 VARCHAR, s2 VARCHAR, s3 VARCHAR)`,
  `INSERT INTO concat_function_example (s1, s2, s3) VALUES ('co', 'd', 'e'), ('Colorado ', 'River ', NULL)`,
];
const SUBSTR_T = [
  `CREATE OR REPLACE TABLE test_substr (base_value VARCHAR, start_value INT, length_value INT) AS SELECT column1, column2, column3 FROM VALUES
      ('mystring', -1, 3), ('mystring', -3, 3), ('mystring', -3, 7), ('mystring', -5, 3), ('mystring', -7, 3),
      ('mystring', 0, 3), ('mystring', 0, 7), ('mystring', 1, 3), ('mystring', 1, 7), ('mystring', 3, 3),
      ('mystring', 3, 7), ('mystring', 5, 3), ('mystring', 5, 7), ('mystring', 7, 3), ('mystring', NULL, 3), ('mystring', 3, NULL)`,
];
const CONTACTS = [
  `CREATE OR REPLACE TABLE customer_contact_example (cust_id INT, cust_email VARCHAR, cust_phone VARCHAR, activation_date VARCHAR) AS SELECT column1, column2, column3, column4 FROM VALUES
      (1, 'some_text@example.com', '800-555-0100', '20210320'),
      (2, 'some_other_text@example.org', '800-555-0101', '20240509'),
      (3, 'some_different_text@example.net', '800-555-0102', '20191017')`,
];
const REGEXP_DEMO = [
  `CREATE OR REPLACE TABLE regexp_replace_demo(body VARCHAR(255))`,
  `INSERT INTO regexp_replace_demo values ('Hellooo World'), ('How are you doing today?'), ('the quick brown fox jumps over the lazy dog'), ('PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS')`,
];
const LIKE_T = [
  `CREATE OR REPLACE TABLE like_example(name VARCHAR(20))`,
  `INSERT INTO like_example VALUES ('John  Dddoe'), ('Joe   Doe'), ('John_down'), ('Joe down'), ('Tom   Doe'), ('Tim down'), (null)`,
];
const SPLITTABLE = [`CREATE OR REPLACE TABLE splittable (v VARCHAR)`, `INSERT INTO splittable (v) VALUES ('a.b.c'), ('d'), ('')`];
const SPLITTABLE_STRTOK = [`CREATE OR REPLACE TABLE splittable_strtok (v VARCHAR)`, `INSERT INTO splittable_strtok (v) VALUES ('a b'), ('cde'), ('f|g'), ('')`];
const PARSE_URL_T = [
  `CREATE OR REPLACE TABLE parse_url_test (id INT, sample_url VARCHAR)`,
  `INSERT INTO parse_url_test VALUES (1, 'mailto:abc@xyz.com'), (2, 'https://www.snowflake.com/'), (3, 'http://USER:PASS@EXAMPLE.INT:4345/HELLO.PHP?USER=1'), (4, NULL)`,
];
const ILIKE_T = [
  `CREATE OR REPLACE TABLE ilike_ex(name VARCHAR(20))`,
  `INSERT INTO ilike_ex VALUES ('John  Dddoe'), ('Joe   Doe'), ('John_down'), ('Joe down'), (null)`,
];

export const stringCases = defineCases('string', [
  { id: 'concat/two-literals', doc: fn('concat'), sql: `SELECT CONCAT('George Washington ', 'Carver')`, columns: [`CONCAT('GEORGE WASHINGTON ', 'CARVER')`], rows: [['George Washington Carver']] },
  {
    id: 'concat/session-variables', doc: fn('concat'), fresh: true,
    setup: [`SET var_first_name = 'George'`, `SET var_middle_name = 'Washington'`, `SET var_last_name = 'Carver'`],
    sql: `SELECT CONCAT($var_first_name, ' ', $var_middle_name, ' ', $var_last_name) AS concat_name`,
    columns: ['CONCAT_NAME'], rows: [['George Washington Carver']],
  },
  { id: 'concat/columns', doc: fn('concat'), setup: CONCAT_T, sql: `SELECT CONCAT(s1, s2) FROM concat_function_example`, columns: ['CONCAT(S1, S2)'], rows: [['cod'], ['Colorado River ']], unordered: true },
  { id: 'concat/null-argument', doc: fn('concat'), setup: CONCAT_T, sql: `SELECT CONCAT(s1, s2, s3) FROM concat_function_example`, columns: ['CONCAT(S1, S2, S3)'], rows: [['code'], [null]], unordered: true },
  {
    id: 'concat/iff-non-null', doc: fn('concat'), setup: CONCAT_T,
    sql: `SELECT CONCAT(IFF(s1 IS NULL, '', s1), IFF(s2 IS NULL, '', s2), IFF(s3 IS NULL, '', s3)) AS concat_non_null_strings FROM concat_function_example`,
    columns: ['CONCAT_NON_NULL_STRINGS'], rows: [['code'], ['Colorado River ']], unordered: true,
  },
  {
    id: 'concat/operator', doc: fn('concat'),
    sql: `SELECT 'This ' || 'is ' || 'another ' || 'concatenation ' || 'technique.'`,
    columns: [`'THIS ' || 'IS ' || 'ANOTHER ' || 'CONCATENATION ' || 'TECHNIQUE.'`], rows: [['This is another concatenation technique.']],
  },
  { id: 'concat/number-operand-coerced', doc: 'https://docs.snowflake.com/en/sql-reference/data-type-conversion', sql: `SELECT 17 || '76' AS r`, columns: ['R'], rows: [['1776']] },
  {
    id: 'split_part/part-numbers', doc: fn('split_part'),
    sql: `SELECT column1 part_number_value, column2 portion FROM VALUES
    (0, SPLIT_PART('11.22.33', '.',  0)), (1, SPLIT_PART('11.22.33', '.',  1)), (2, SPLIT_PART('11.22.33', '.',  2)),
    (3, SPLIT_PART('11.22.33', '.',  3)), (4, SPLIT_PART('11.22.33', '.',  4)), (-1, SPLIT_PART('11.22.33', '.',  -1)),
    (-2, SPLIT_PART('11.22.33', '.',  -2)), (-3, SPLIT_PART('11.22.33', '.',  -3)), (-4, SPLIT_PART('11.22.33', '.',  -4))`,
    columns: ['PART_NUMBER_VALUE', 'PORTION'],
    rows: [['0', '11'], ['1', '11'], ['2', '22'], ['3', '33'], ['4', ''], ['-1', '33'], ['-2', '22'], ['-3', '11'], ['-4', '']],
  },
  {
    id: 'split_part/ip-address', doc: fn('split_part'),
    sql: `SELECT SPLIT_PART('127.0.0.1', '.', 1) AS first_part, SPLIT_PART('127.0.0.1', '.', -1) AS last_part`,
    columns: ['FIRST_PART', 'LAST_PART'], rows: [['127', '1']],
  },
  { id: 'split_part/multi-char-delimiter', doc: fn('split_part'), sql: `SELECT SPLIT_PART('aaa--bbb-BBB--ccc', '--', 2) AS multi_character_delimiter`, columns: ['MULTI_CHARACTER_DELIMITER'], rows: [['bbb-BBB']] },
  {
    id: 'split_part/empty-delimiter', doc: fn('split_part'),
    sql: `SELECT column1 part_number_value, column2 portion FROM VALUES
    (1, SPLIT_PART('user@snowflake.com', '',  1)), (-1, SPLIT_PART('user@snowflake.com', '', -1)),
    (2, SPLIT_PART('user@snowflake.com', '',  2)), (-2, SPLIT_PART('user@snowflake.com', '', -2))`,
    columns: ['PART_NUMBER_VALUE', 'PORTION'],
    rows: [['1', 'user@snowflake.com'], ['-1', 'user@snowflake.com'], ['2', ''], ['-2', '']],
  },
  { id: 'substr/basic', doc: fn('substr'), sql: `SELECT SUBSTR('testing 1 2 3', 9, 3)`, columns: [`SUBSTR('TESTING 1 2 3', 9, 3)`], rows: [['1 2']] },
  {
    id: 'substr/start-length-matrix', doc: fn('substr'), setup: SUBSTR_T,
    sql: `SELECT base_value, start_value, length_value, SUBSTR(base_value, start_value, length_value) AS substring FROM test_substr`,
    columns: ['BASE_VALUE', 'START_VALUE', 'LENGTH_VALUE', 'SUBSTRING'],
    rows: [
      ['mystring', '-1', '3', 'g'], ['mystring', '-3', '3', 'ing'], ['mystring', '-3', '7', 'ing'], ['mystring', '-5', '3', 'tri'],
      ['mystring', '-7', '3', 'yst'], ['mystring', '0', '3', 'mys'], ['mystring', '0', '7', 'mystrin'], ['mystring', '1', '3', 'mys'],
      ['mystring', '1', '7', 'mystrin'], ['mystring', '3', '3', 'str'], ['mystring', '3', '7', 'string'], ['mystring', '5', '3', 'rin'],
      ['mystring', '5', '7', 'ring'], ['mystring', '7', '3', 'ng'], ['mystring', null, '3', null], ['mystring', '3', null, null],
    ],
    unordered: true,
  },
  {
    id: 'substr/email-domain', doc: fn('substr'), setup: CONTACTS,
    sql: `SELECT cust_id, cust_email, SUBSTR(cust_email, POSITION('@' IN cust_email) + 1) AS domain FROM customer_contact_example ORDER BY cust_id`,
    columns: ['CUST_ID', 'CUST_EMAIL', 'DOMAIN'],
    rows: [['1', 'some_text@example.com', 'example.com'], ['2', 'some_other_text@example.org', 'example.org'], ['3', 'some_different_text@example.net', 'example.net']],
  },
  {
    id: 'substr/area-code', doc: fn('substr'), setup: CONTACTS,
    sql: `SELECT cust_id, cust_phone, SUBSTR(cust_phone, 1, 3) AS area_code FROM customer_contact_example ORDER BY cust_id`,
    columns: ['CUST_ID', 'CUST_PHONE', 'AREA_CODE'],
    rows: [['1', '800-555-0100', '800'], ['2', '800-555-0101', '800'], ['3', '800-555-0102', '800']],
  },
  {
    id: 'substr/without-length', doc: fn('substr'), setup: CONTACTS,
    sql: `SELECT cust_id, cust_phone, SUBSTR(cust_phone, 5) AS phone_without_area_code FROM customer_contact_example ORDER BY cust_id`,
    columns: ['CUST_ID', 'CUST_PHONE', 'PHONE_WITHOUT_AREA_CODE'],
    rows: [['1', '800-555-0100', '555-0100'], ['2', '800-555-0101', '555-0101'], ['3', '800-555-0102', '555-0102']],
  },
  {
    id: 'substr/date-parts', doc: fn('substr'), setup: CONTACTS,
    sql: `SELECT cust_id, activation_date, SUBSTR(activation_date, 1, 4) AS year, SUBSTR(activation_date, 5, 2) AS month, SUBSTR(activation_date, 7, 2) AS day FROM customer_contact_example ORDER BY cust_id`,
    columns: ['CUST_ID', 'ACTIVATION_DATE', 'YEAR', 'MONTH', 'DAY'],
    rows: [['1', '20210320', '2021', '03', '20'], ['2', '20240509', '2024', '05', '09'], ['3', '20191017', '2019', '10', '17']],
  },
  { id: 'substring/synonym', doc: fn('substr'), sql: `SELECT SUBSTRING('abc', 1, 1) AS r`, columns: ['R'], rows: [['a']] },
  { id: 'trim/characters', doc: fn('trim'), sql: `SELECT '*-*ABC-*-' AS original, TRIM('*-*ABC-*-', '*-') AS trimmed`, columns: ['ORIGINAL', 'TRIMMED'], rows: [['*-*ABC-*-', 'ABC']] },
  { id: 'trim/newline-escape', doc: fn('trim'), sql: `SELECT CONCAT('>', CONCAT(TRIM('ABC\\n', '\\n'), '<')) AS trimmed`, columns: ['TRIMMED'], rows: [['>ABC<']] },
  {
    id: 'trim/whitespace', doc: fn('trim'),
    setup: [`CREATE OR REPLACE TABLE test_trim_function(column1 VARCHAR)`, `INSERT INTO test_trim_function VALUES ('  Leading Spaces'), ('Trailing Spaces  '), (NULL)`],
    sql: `SELECT CONCAT('>', CONCAT(column1, '<')) AS original_values, CONCAT('>', CONCAT(TRIM(column1), '<')) AS trimmed_values FROM test_trim_function`,
    columns: ['ORIGINAL_VALUES', 'TRIMMED_VALUES'],
    rows: [['>  Leading Spaces<', '>Leading Spaces<'], ['>Trailing Spaces  <', '>Trailing Spaces<'], [null, null]], unordered: true,
  },
  { id: 'ltrim/characters', doc: fn('ltrim'), sql: `SELECT LTRIM('#000000123', '0#') AS r`, columns: ['R'], rows: [['123']] },
  { id: 'rtrim/characters', doc: fn('rtrim'), sql: `SELECT RTRIM('$125.00', '0.') AS r`, columns: ['R'], rows: [['$125']] },
  { id: 'upper/lower', doc: fn('upper'), sql: `SELECT UPPER('Abc') AS u, LOWER('Abc') AS l`, columns: ['U', 'L'], rows: [['ABC', 'abc']] },
  { id: 'length/chars', doc: fn('length'), sql: `SELECT LENGTH('Joyeux Noël') AS a, LEN('') AS b, LENGTH(NULL) AS c`, columns: ['A', 'B', 'C'], rows: [['11', '0', null]] },
  { id: 'replace/basic', doc: fn('replace'), sql: `SELECT REPLACE('down', 'down', 'up') AS a, REPLACE('Vacation in Athens', 'Athens', 'Rome') AS b, REPLACE('abcd', 'bc') AS c`, columns: ['A', 'B', 'C'], rows: [['up', 'Vacation in Rome', 'ad']] },
  { id: 'lpad/rpad', doc: fn('lpad'), sql: `SELECT LPAD('123.50', 19, '*') AS l, RPAD('123.50', 19, '*') AS r, LPAD('abcdef', 3) AS t`, columns: ['L', 'R', 'T'], rows: [['*************123.50', '123.50*************', 'abc']] },
  { id: 'position/in-syntax', doc: fn('position'), sql: `SELECT POSITION('an', 'banana', 1) AS a, POSITION('an', 'banana', 3) AS b, POSITION('nan' IN 'banana') AS c, POSITION('xyz', 'banana') AS d`, columns: ['A', 'B', 'C', 'D'], rows: [['2', '4', '3', '0']] },
  { id: 'position/doc-first', doc: fn('position'), sql: `SELECT POSITION('an', 'banana', 1)`, columns: [`POSITION('AN', 'BANANA', 1)`], rows: [['2']] },
  { id: 'position/doc-from-3', doc: fn('position'), sql: `SELECT POSITION('an', 'banana', 3)`, columns: [`POSITION('AN', 'BANANA', 3)`], rows: [['4']] },
  {
    id: 'position/doc-unicode-table', doc: fn('position'),
    setup: [`CREATE TABLE pos (n VARCHAR, h VARCHAR)`, `INSERT INTO pos VALUES ('', ''), ('', 'sth'), ('43', '41424344'), ('a', NULL), ('dog', 'catalog'), ('log', 'catalog'), ('lésine', 'le péché, la lésine'), ('nicht', 'Ich weiß nicht'), ('sth', ''), ('☃c', '☃a☃b☃c☃d'), ('☃☃', 'bunch of ☃☃☃☃'), ('❄c', '❄a☃c❄c☃'), (NULL, 'a'), (NULL, NULL)`],
    sql: `SELECT n, h, POSITION(n IN h) FROM pos`, columns: ['N', 'H', 'POSITION(N IN H)'],
    rows: [['', '', '1'], ['', 'sth', '1'], ['43', '41424344', '5'], ['a', null, null], ['dog', 'catalog', '0'], ['log', 'catalog', '5'], ['lésine', 'le péché, la lésine', '14'], ['nicht', 'Ich weiß nicht', '10'], ['sth', '', '0'], ['☃c', '☃a☃b☃c☃d', '5'], ['☃☃', 'bunch of ☃☃☃☃', '10'], ['❄c', '❄a☃c❄c☃', '5'], [null, 'a', null], [null, null, null]],
    unordered: true,
  },
  { id: 'lpad/doc-zero-padded-ids', doc: fn('lpad'), setup: [`CREATE OR REPLACE TABLE demo_lpad_ids (id VARCHAR)`, `INSERT INTO demo_lpad_ids VALUES ('5'), ('50'), ('500')`], sql: `SELECT id, LPAD(id, 8, '0') AS padded_ids FROM demo_lpad_ids`, columns: ['ID', 'PADDED_IDS'], rows: [['5', '00000005'], ['50', '00000050'], ['500', '00000500']], unordered: true },
  { id: 'lpad/doc-truncates-and-pads', doc: fn('lpad'), sql: `SELECT column1 AS v, LPAD(column1, 10, ' ') AS pad_with_blank, LPAD(column1, 10, '$') AS pad_with_dollar_sign FROM VALUES ('Hi'), ('-123.00'), ('Twelve Dollars') ORDER BY v`, columns: ['V', 'PAD_WITH_BLANK', 'PAD_WITH_DOLLAR_SIGN'], rows: [['-123.00', '   -123.00', '$$$-123.00'], ['Hi', '        Hi', '$$$$$$$$Hi'], ['Twelve Dollars', 'Twelve Dol', 'Twelve Dol']] },
  { id: 'lpad/doc-multichar-pad', doc: fn('lpad'), sql: `SELECT LPAD('123.50', 19, '*_')`, columns: [`LPAD('123.50', 19, '*_')`], rows: [['*_*_*_*_*_*_*123.50']] },
  { id: 'charindex/basic', doc: fn('charindex'), sql: `SELECT CHARINDEX('an', 'banana', 1) AS a, CHARINDEX('an', 'banana', 3) AS b`, columns: ['A', 'B'], rows: [['2', '4']] },
  { id: 'left/right', doc: fn('left'), sql: `SELECT LEFT('ABCDEFG', 3) AS l, RIGHT('ABCDEFG', 3) AS r`, columns: ['L', 'R'], rows: [['ABC', 'EFG']] },
  { id: 'reverse/basic', doc: fn('reverse'), sql: `SELECT REVERSE('Hello, world!') AS r`, columns: ['R'], rows: [['!dlrow ,olleH']] },
  { id: 'initcap/basic', doc: fn('initcap'), sql: `SELECT INITCAP('hello world') AS a, INITCAP('HELLO WORLD') AS b, INITCAP('hello-world') AS c`, columns: ['A', 'B', 'C'], rows: [['Hello World', 'Hello World', 'Hello-World']] },
  { id: 'contains/basic', doc: fn('contains'), sql: `SELECT CONTAINS('coffee', 'ee') AS a, CONTAINS('coffee', 'tea') AS b, CONTAINS(NULL, 'x') AS c`, columns: ['A', 'B', 'C'], rows: [[true, false, null]] },
  { id: 'startswith/endswith', doc: fn('startswith'), sql: `SELECT STARTSWITH('coffee', 'co') AS a, STARTSWITH('coffee', 'te') AS b, ENDSWITH('coffee', 'ee') AS c`, columns: ['A', 'B', 'C'], rows: [[true, false, true]] },
  { id: 'repeat/basic', doc: fn('repeat'), sql: `SELECT REPEAT('xy', 5) AS r`, columns: ['R'], rows: [['xyxyxyxyxy']] },
  { id: 'translate/basic', doc: fn('translate'), sql: `SELECT TRANSLATE('peña', 'ñ', 'n') AS a, TRANSLATE('❄a❄bX❄dYZ❄', 'XYZ❄', 'c') AS b`, columns: ['A', 'B'], rows: [['pena', 'abcd']] },
  { id: 'concat_ws/basic', doc: fn('concat_ws'), sql: `SELECT CONCAT_WS(',', 'one', 'two', 'three') AS a, CONCAT_WS(',', 'one', NULL, 'two') AS b`, columns: ['A', 'B'], rows: [['one,two,three', null]] },
  { id: 'split/array', doc: fn('split'), sql: `SELECT SPLIT('127.0.0.1', '.') AS r`, columns: ['R'], rows: [['["127","0","0","1"]']] },
  { id: 'strtok/basic', doc: fn('strtok'), sql: `SELECT STRTOK('a.b.c', '.', 1) AS a, STRTOK('user@snowflake.com', '@.', 2) AS b, STRTOK('user@snowflake.com', '@.', 3) AS c`, columns: ['A', 'B', 'C'], rows: [['a', 'snowflake', 'com']] },
  { id: 'ascii/chr', doc: fn('ascii'), sql: `SELECT ASCII('A') AS a, CHR(65) AS b`, columns: ['A', 'B'], rows: [['65', 'A']] },
  { id: 'like_any/wildcards', doc: fn('like_any'), setup: LIKE_T, sql: `SELECT * FROM like_example WHERE name LIKE ANY ('%Jo%oe%','T%e') ORDER BY name`, columns: ['NAME'], rows: [['Joe   Doe'], ['John  Dddoe'], ['Tom   Doe']] },
  { id: 'like_any/escape', doc: fn('like_any'), setup: LIKE_T, sql: `SELECT * FROM like_example WHERE name LIKE ANY ('%J%h%^_do%', 'T%^%e') ESCAPE '^' ORDER BY name`, columns: ['NAME'], rows: [['John_down']] },
  { id: 'like/case-sensitive', doc: fn('like'), setup: LIKE_T, sql: `SELECT name FROM like_example WHERE name LIKE '%Jo%oe%' ORDER BY name`, columns: ['NAME'], rows: [['Joe   Doe'], ['John  Dddoe']] },
  { id: 'like/no-match-lowercase', doc: fn('like'), setup: LIKE_T, sql: `SELECT name FROM like_example WHERE name LIKE '%j%h%do%' ORDER BY name`, columns: ['NAME'], rows: [] },
  { id: 'like/null-subject', doc: fn('like'), sql: `SELECT NULL LIKE '%' AS r`, columns: ['R'], rows: [[null]] },
  { id: 'like_all/basic', doc: fn('like_all'), setup: LIKE_T, sql: `SELECT * FROM like_example WHERE name LIKE ALL ('%Jo%oe%','J%e') ORDER BY name`, columns: ['NAME'], rows: [['Joe   Doe'], ['John  Dddoe']] },
  { id: 'ilike/wildcards', doc: fn('ilike'), setup: ILIKE_T, sql: `SELECT * FROM ilike_ex WHERE name ILIKE '%j%h%do%' ORDER BY 1`, columns: ['NAME'], rows: [['John  Dddoe'], ['John_down']] },
  { id: 'ilike/not', doc: fn('ilike'), setup: ILIKE_T, sql: `SELECT * FROM ilike_ex WHERE name NOT ILIKE '%j%h%do%' ORDER BY 1`, columns: ['NAME'], rows: [['Joe   Doe'], ['Joe down']] },
  { id: 'ilike/escape', doc: fn('ilike'), setup: ILIKE_T, sql: `SELECT * FROM ilike_ex WHERE name ILIKE '%j%h%^_do%' ESCAPE '^' ORDER BY 1`, columns: ['NAME'], rows: [['John_down']] },
  { id: 'ilike_any/basic', doc: fn('ilike_any'), setup: ILIKE_T, sql: `SELECT * FROM ilike_ex WHERE name ILIKE ANY ('jo%oe%', '%DOWN') ORDER BY 1`, columns: ['NAME'], rows: [['Joe   Doe'], ['Joe down'], ['John  Dddoe'], ['John_down']] },
  { id: 'rlike/basic', doc: fn('rlike'), sql: `SELECT RLIKE('800-456-7891', '[2-9]\\\\d{2}-\\\\d{3}-\\\\d{4}') AS a, '800-456-7891' RLIKE '[a-z]+' AS b`, columns: ['A', 'B'], rows: [[true, false]] },
  { id: 'regexp_replace/basic', doc: fn('regexp_replace'), sql: `SELECT REGEXP_REPLACE('It was the best of times, it was the worst of times', '( ){1,}', '') AS r`, columns: ['R'], rows: [['Itwasthebestoftimes,itwastheworstoftimes']] },
  { id: 'regexp_replace/backreference', doc: fn('regexp_replace'), sql: `SELECT REGEXP_REPLACE('firstname middlename lastname', '(.*) (.*) (.*)', '\\\\3, \\\\1 \\\\2') AS r`, columns: ['R'], rows: [['lastname, firstname middlename']] },
  { id: 'regexp_replace/occurrence', doc: fn('regexp_replace'), sql: `SELECT REGEXP_REPLACE('It was the best of times, it was the worst of times', 'times', 'days', 1, 2) AS result`, columns: ['RESULT'], rows: [['It was the best of times, it was the worst of days']] },
  { id: 'regexp_replace/empty-group', doc: fn('regexp_replace'), setup: REGEXP_DEMO, sql: `SELECT REGEXP_REPLACE(body, '()', '*') AS replaced FROM regexp_replace_demo WHERE body = 'Hellooo World'`, columns: ['REPLACED'], rows: [['*H*e*l*l*o*o*o* *W*o*r*l*d*']] },
  {
    id: 'regexp_replace/case-insensitive-all', doc: fn('regexp_replace'), setup: REGEXP_DEMO,
    sql: `SELECT body, REGEXP_REPLACE(body, '[aeiou]', '', 1, 0, 'i') AS replaced FROM regexp_replace_demo`,
    columns: ['BODY', 'REPLACED'],
    rows: [['Hellooo World', 'Hll Wrld'], ['How are you doing today?', 'Hw r y dng tdy?'], ['the quick brown fox jumps over the lazy dog', 'th qck brwn fx jmps vr th lzy dg'], ['PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS', 'PCK MY BX WTH FV DZN LQR JGS']],
    unordered: true,
  },
  {
    id: 'regexp_replace/backrefs-swap', doc: fn('regexp_replace'), setup: REGEXP_DEMO,
    sql: `SELECT body, REGEXP_REPLACE(body, '\\\\b(\\\\S*)o(\\\\S*)\\\\b', '\\\\2@@\\\\1') AS replaced FROM regexp_replace_demo`,
    columns: ['BODY', 'REPLACED'],
    rows: [['Hellooo World', '@@Helloo rld@@W'], ['How are you doing today?', 'w@@H are u@@y ing@@d day@@t?'], ['the quick brown fox jumps over the lazy dog', 'the quick wn@@br x@@f jumps ver@@ the lazy g@@d'], ['PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS', 'PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS']],
    unordered: true,
  },
  {
    id: 'regexp_replace/position-occurrence-flags', doc: fn('regexp_replace'), setup: REGEXP_DEMO,
    sql: `SELECT body, REGEXP_REPLACE(body, '\\\\b(\\\\S*)o(\\\\S*)\\\\b', '\\\\2@@\\\\1', 3, 3, 'i') AS replaced FROM regexp_replace_demo`,
    columns: ['BODY', 'REPLACED'],
    rows: [['Hellooo World', 'Hellooo World'], ['How are you doing today?', 'How are you doing day@@t?'], ['the quick brown fox jumps over the lazy dog', 'the quick brown fox jumps ver@@ the lazy dog'], ['PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS', 'PACK MY BOX WITH FIVE DOZEN R@@LIQU JUGS']],
    unordered: true,
  },
  { id: 'regexp_substr/basic', doc: fn('regexp_substr'), sql: `SELECT REGEXP_SUBSTR('It was the best of times, it was the worst of times.', 'the\\\\W+\\\\w+') AS a, REGEXP_SUBSTR('It was the best of times, it was the worst of times.', 'the\\\\W+\\\\w+', 1, 2) AS b`, columns: ['A', 'B'], rows: [['the best', 'the worst']] },
  { id: 'regexp_count/basic', doc: fn('regexp_count'), sql: `SELECT REGEXP_COUNT('It was the best of times, it was the worst of times', '\\\\bwas\\\\b', 1) AS r`, columns: ['R'], rows: [['2']] },
  { id: 'regexp_like/basic', doc: fn('regexp_like'), sql: `SELECT REGEXP_LIKE('San Francisco', 'san.*', 'i') AS a, REGEXP_LIKE('San Francisco', 'san.*') AS b`, columns: ['A', 'B'], rows: [[true, false]] },
  { id: 'regexp_instr/basic', doc: fn('regexp_instr'), sql: `SELECT REGEXP_INSTR('It was the best of times, it was the worst of times', 'the\\\\W+\\\\w+', 1, 2) AS r`, columns: ['R'], rows: [['34']] },
  { id: 'string-literal/escaped-quote-name', doc: 'https://docs.snowflake.com/en/sql-reference/data-types-text', sql: `SELECT 'Today''s sales projections'`, columns: [`'TODAY''S SALES PROJECTIONS'`], rows: [[`Today's sales projections`]] },
  { id: 'string-literal/dollar-quoted', doc: 'https://docs.snowflake.com/en/sql-reference/data-types-text', sql: `SELECT $$It's a test$$ AS r`, columns: ['R'], rows: [[`It's a test`]] },
  { id: 'string-literal/backslash-escapes', doc: 'https://docs.snowflake.com/en/sql-reference/data-types-text', sql: `SELECT 'a\\tb' AS t, LENGTH('a\\tb') AS n, 'it\\'s' AS q`, columns: ['T', 'N', 'Q'], rows: [['a\tb', '3', "it's"]] },
  { id: 'collate/upper-compare', doc: fn('collate'), sql: `SELECT 'm' = COLLATE('M', 'en-ci') AS r`, columns: ['R'], rows: [[true]] },
  // Hash and encoding functions (src/translate/functions/binary.ts).
  { id: 'md5/hex', doc: fn('md5'), sql: `SELECT MD5('Snowflake') AS a, MD5_HEX('Snowflake') AS b`, columns: ['A', 'B'], rows: [['edf1439075a83a447fb8b630ddc9c8de', 'edf1439075a83a447fb8b630ddc9c8de']] },
  { id: 'md5_binary/basic', doc: fn('md5_binary'), sql: `SELECT MD5_BINARY('Snowflake') AS r`, columns: ['R'], rows: [['EDF1439075A83A447FB8B630DDC9C8DE']] },
  { id: 'md5_number_lower64/basic', doc: fn('md5_number_lower64'), sql: `SELECT MD5_NUMBER_LOWER64('Snowflake')`, columns: [`MD5_NUMBER_LOWER64('SNOWFLAKE')`], rows: [['9203306159527282910']] },
  { id: 'md5_number_upper64/basic', doc: fn('md5_number_upper64'), sql: `SELECT MD5_NUMBER_UPPER64('Snowflake')`, columns: [`MD5_NUMBER_UPPER64('SNOWFLAKE')`], rows: [['17145559544104499780']] },
  { id: 'sha2_binary/default-256', doc: fn('sha2_binary'), sql: `SELECT SHA2_BINARY('Snowflake') AS r`, columns: ['R'], rows: [['1DBD59F661D68B90724F21084396B865497173E4D2714F4D91CF05FA5FC5E18D']] },
  { id: 'base64_encode/basic', doc: fn('base64_encode'), sql: `SELECT BASE64_ENCODE('Snowflake')`, columns: [`BASE64_ENCODE('SNOWFLAKE')`], rows: [['U25vd2ZsYWtl']] },
  {
    id: 'base64_encode/line-length-alphabet', doc: fn('base64_encode'),
    sql: `SELECT BASE64_ENCODE('Snowflake ❄❄❄ Snowman ☃☃☃', 32, '$') AS r`,
    columns: ['R'], rows: [['U25vd2ZsYWtlIOKdhOKdhOKdhCBTbm93\nbWFuIOKYg$KYg$KYgw==']],
  },
  {
    id: 'base64_decode_string/alphabet-round-trip', doc: fn('base64_decode_string'),
    sql: `SELECT BASE64_DECODE_STRING(BASE64_ENCODE('Snowflake ❄❄❄ Snowman ☃☃☃', 32, '$'), '$') AS r`,
    columns: ['R'], rows: [['Snowflake ❄❄❄ Snowman ☃☃☃']],
  },
  { id: 'base64_decode_binary/basic', doc: fn('base64_decode_binary'), sql: `SELECT BASE64_DECODE_BINARY('U25vd2ZsYWtl') AS r`, columns: ['R'], rows: [['536E6F77666C616B65']] },
  { id: 'try_base64_decode_string/invalid-is-null', doc: fn('try_base64_decode_string'), sql: `SELECT TRY_BASE64_DECODE_STRING('U25vd2ZsYWtl') AS a, TRY_BASE64_DECODE_STRING('!!') AS b`, columns: ['A', 'B'], rows: [['Snowflake', null]] },
  { id: 'hex_decode_string/basic', doc: fn('hex_decode_string'), sql: `SELECT HEX_DECODE_STRING('536E6F77666C616B65') AS r`, columns: ['R'], rows: [['Snowflake']] },
  { id: 'hex_decode_binary/basic', doc: fn('hex_decode_binary'), sql: `SELECT HEX_DECODE_BINARY(HEX_ENCODE('Snowflake')) AS r`, columns: ['R'], rows: [['536E6F77666C616B65']] },
  { id: 'try_hex_decode_string/invalid-is-null', doc: fn('try_hex_decode_string'), sql: `SELECT TRY_HEX_DECODE_STRING('536E6F77666C616B65') AS a, TRY_HEX_DECODE_STRING('Z') AS b`, columns: ['A', 'B'], rows: [['Snowflake', null]] },
  { id: 'try_to_binary/invalid-is-null', doc: fn('try_to_binary'), sql: `SELECT TRY_TO_BINARY('SNOW', 'utf-8') AS a, TRY_TO_BINARY('ZZ') AS b`, columns: ['A', 'B'], rows: [['534E4F57', null]] },
  { id: 'bit_length/string-and-binary', doc: fn('bit_length'), sql: `SELECT BIT_LENGTH('abc') AS a, BIT_LENGTH(TO_BINARY('abc', 'UTF-8')) AS b`, columns: ['A', 'B'], rows: [['24', '24']] },
  {
    id: 'soundex/p123-variant', doc: fn('soundex_p123'),
    sql: `SELECT SOUNDEX('Pfister') AS a, SOUNDEX_P123('Pfister') AS b, SOUNDEX('LLoyd') AS c, SOUNDEX_P123('Lloyd') AS d`,
    columns: ['A', 'B', 'C', 'D'], rows: [['P236', 'P123', 'L300', 'L430']],
  },
  { id: 'soundex/similar-names', doc: fn('soundex'), sql: `SELECT SOUNDEX('Marsha') AS a, SOUNDEX('Marcia') AS b`, columns: ['A', 'B'], rows: [['M620', 'M620']] },
  { id: 'rtrimmed_length/basic', doc: fn('rtrimmed_length'), sql: `SELECT RTRIMMED_LENGTH(' ABCD ')`, columns: [`RTRIMMED_LENGTH(' ABCD ')`], rows: [['5']] },
  // Table functions: SPLIT_TO_TABLE / STRTOK_SPLIT_TO_TABLE (src/translate/transforms/table-functions.ts).
  { id: 'split_to_table/constant', doc: fn('split_to_table'), sql: `SELECT table1.value FROM TABLE(SPLIT_TO_TABLE('a.b', '.')) AS table1 ORDER BY table1.value`, columns: ['VALUE'], rows: [['a'], ['b']] },
  {
    id: 'split_to_table/lateral', doc: fn('split_to_table'), setup: SPLITTABLE,
    sql: `SELECT * FROM splittable, LATERAL SPLIT_TO_TABLE(splittable.v, '.') ORDER BY SEQ, INDEX`,
    columns: ['V', 'SEQ', 'INDEX', 'VALUE'],
    rows: [['a.b.c', '1', '1', 'a'], ['a.b.c', '1', '2', 'b'], ['a.b.c', '1', '3', 'c'], ['d', '2', '1', 'd'], ['', '3', '1', '']],
  },
  { id: 'strtok_split_to_table/constant', doc: fn('strtok_split_to_table'), sql: `SELECT table1.value FROM TABLE(STRTOK_SPLIT_TO_TABLE('a.b', '.')) AS table1 ORDER BY table1.value`, columns: ['VALUE'], rows: [['a'], ['b']] },
  {
    id: 'strtok_split_to_table/lateral', doc: fn('strtok_split_to_table'), setup: SPLITTABLE_STRTOK,
    sql: `SELECT * FROM splittable_strtok, LATERAL STRTOK_SPLIT_TO_TABLE(splittable_strtok.v, ' ') ORDER BY SEQ, INDEX`,
    columns: ['V', 'SEQ', 'INDEX', 'VALUE'],
    rows: [['a b', '1', '1', 'a'], ['a b', '1', '2', 'b'], ['cde', '2', '1', 'cde'], ['f|g', '3', '1', 'f|g']],
  },
  {
    id: 'strtok_split_to_table/several-delimiters', doc: fn('strtok_split_to_table'), setup: SPLITTABLE_STRTOK,
    sql: `SELECT * FROM splittable_strtok, LATERAL STRTOK_SPLIT_TO_TABLE(splittable_strtok.v, ' |') ORDER BY SEQ, INDEX`,
    columns: ['V', 'SEQ', 'INDEX', 'VALUE'],
    rows: [['a b', '1', '1', 'a'], ['a b', '1', '2', 'b'], ['cde', '2', '1', 'cde'], ['f|g', '3', '1', 'f'], ['f|g', '3', '2', 'g']],
  },
  {
    id: 'parse_url/table', doc: fn('parse_url'), setup: PARSE_URL_T,
    sql: `SELECT id, PARSE_URL(sample_url) AS u FROM parse_url_test ORDER BY id`,
    columns: ['ID', 'U'],
    rows: [
      ['1', '{"fragment":null,"host":null,"parameters":null,"path":"abc@xyz.com","port":null,"query":null,"scheme":"mailto"}'],
      ['2', '{"fragment":null,"host":"www.snowflake.com","parameters":null,"path":"","port":null,"query":null,"scheme":"https"}'],
      ['3', '{"fragment":null,"host":"USER:PASS@EXAMPLE.INT","parameters":{"USER":"1"},"path":"HELLO.PHP","port":"4345","query":"USER=1","scheme":"http"}'],
      ['4', null],
    ],
  },
  { id: 'parse_url/where-port', doc: fn('parse_url'), setup: PARSE_URL_T, sql: `SELECT id FROM parse_url_test WHERE PARSE_URL(sample_url):port = '4345'`, columns: ['ID'], rows: [['3']] },
  { id: 'initcap/empty-delimiters', doc: fn('initcap'), sql: `SELECT INITCAP('the sky is blue', '') AS r`, columns: ['R'], rows: [['The sky is blue']] },
  {
    id: 'editdistance/doc-table', doc: fn('editdistance'),
    setup: [
      `CREATE OR REPLACE TABLE ed (s VARCHAR, t VARCHAR)`,
      `INSERT INTO ed VALUES ('', ''), ('Gute nacht', 'Ich weis nicht'), ('Ich weiß nicht', 'Ich wei? nicht'), ('Ich weiß nicht', 'Ich weiss nicht'), ('Ich weiß nicht', NULL), ('Snowflake', 'Oracle'), ('święta', 'swieta'), (NULL, ''), (NULL, NULL)`,
    ],
    sql: `SELECT s, t, EDITDISTANCE(s, t), EDITDISTANCE(t, s), EDITDISTANCE(s, t, 3), EDITDISTANCE(s, t, -1) FROM ed`,
    columns: ['S', 'T', 'EDITDISTANCE(S, T)', 'EDITDISTANCE(T, S)', 'EDITDISTANCE(S, T, 3)', 'EDITDISTANCE(S, T, -1)'],
    rows: [
      ['', '', '0', '0', '0', '0'],
      ['Gute nacht', 'Ich weis nicht', '8', '8', '3', '0'],
      ['Ich weiß nicht', 'Ich wei? nicht', '1', '1', '1', '0'],
      ['Ich weiß nicht', 'Ich weiss nicht', '2', '2', '2', '0'],
      ['Ich weiß nicht', null, null, null, null, null],
      ['Snowflake', 'Oracle', '7', '7', '3', '0'],
      ['święta', 'swieta', '2', '2', '2', '0'],
      [null, '', null, null, null, null],
      [null, null, null, null, null, null],
    ],
    unordered: true,
  },
  { id: 'insert/doc-replace-two', doc: fn('insert'), sql: `SELECT INSERT('abc', 1, 2, 'Z') as STR`, columns: ['STR'], rows: [['Zc']] },
  { id: 'insert/doc-longer', doc: fn('insert'), sql: `SELECT INSERT('abcdef', 3, 2, 'zzz') as STR`, columns: ['STR'], rows: [['abzzzef']] },
  { id: 'insert/doc-delete', doc: fn('insert'), sql: `SELECT INSERT('abc', 2, 1, '') as STR`, columns: ['STR'], rows: [['ac']] },
  { id: 'insert/doc-append', doc: fn('insert'), sql: `SELECT INSERT('abc', 4, 0, 'Z') as STR`, columns: ['STR'], rows: [['abcZ']] },
  {
    id: 'unicode/doc-values', doc: fn('unicode'),
    sql: `SELECT column1, UNICODE(column1) FROM VALUES ('a'), ('\u2744'), ('cde'), (''), (null)`,
    columns: ['COLUMN1', 'UNICODE(COLUMN1)'], rows: [['a', '97'], ['❄', '10052'], ['cde', '99'], ['', '0'], [null, null]],
  },
  { id: 'split/doc-empty-parts', doc: fn('split'), sql: `SELECT SPLIT('|a||', '|')`, columns: [`SPLIT('|A||', '|')`], rows: [['["","a","",""]']] },
  { id: 'octet_length/string', doc: fn('octet_length'), sql: `SELECT OCTET_LENGTH('abc') AS a, OCTET_LENGTH('\u0392') AS b`, columns: ['A', 'B'], rows: [['3', '2']] },
  // REGEXP_SUBSTR_ALL (https://docs.snowflake.com/en/sql-reference/functions/regexp_substr_all)
  ...(
    [
      ['all', `'a[[:digit:]]'`, '["a1","a2","a3","a4","a6"]'],
      ['position', `'a[[:digit:]]', 2`, '["a2","a3","a4","a6"]'],
      ['occurrence', `'a[[:digit:]]', 1, 3`, '["a3","a4","a6"]'],
      ['case-insensitive', `'a[[:digit:]]', 1, 1, 'i'`, '["a1","a2","a3","a4","A5","a6"]'],
      ['extract-group', `'(a)([[:digit:]])', 1, 1, 'ie'`, '["a","a","a","a","A","a"]'],
      ['no-match', `'b'`, '[]'],
    ] as const
  ).map(([name, args, out]) => ({
    id: `regexp_substr_all/doc-${name}`, doc: fn('regexp_substr_all'),
    setup: [`CREATE OR REPLACE TABLE test_regexp_substr_all (string1 VARCHAR)`, `INSERT INTO test_regexp_substr_all (string1) VALUES ('a1_a2a3_a4A5a6')`],
    sql: `SELECT REGEXP_SUBSTR_ALL(string1, ${args}) AS matches FROM test_regexp_substr_all`,
    columns: ['MATCHES'], rows: [[out]],
  })),
  {
    id: 'regexp_substr/doc-group-occurrences', doc: fn('regexp_substr'),
    setup: [`CREATE OR REPLACE TABLE demo3 (id INT, string1 VARCHAR)`, `INSERT INTO demo3 (id, string1) VALUES (5, 'A MAN A PLAN A CANAL')`],
    sql: `SELECT id, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w+)', 1, 1, 'e', 1) AS res1, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w+)', 1, 2, 'e', 1) AS res2, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w+)', 1, 3, 'e', 1) AS res3, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w+)', 1, 4, 'e', 1) AS res4 FROM demo3`,
    columns: ['ID', 'RES1', 'RES2', 'RES3', 'RES4'], rows: [['5', 'MAN', 'PLAN', 'CANAL', null]],
  },
  {
    id: 'regexp_substr/doc-group-numbers', doc: fn('regexp_substr'),
    setup: [`CREATE OR REPLACE TABLE demo3 (id INT, string1 VARCHAR)`, `INSERT INTO demo3 (id, string1) VALUES (5, 'A MAN A PLAN A CANAL')`],
    sql: `SELECT id, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w)(\\\\w)(\\\\w)', 1, 1, 'e', 1) AS res1, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w)(\\\\w)(\\\\w)', 1, 1, 'e', 2) AS res2, REGEXP_SUBSTR(string1, 'A\\\\W+(\\\\w)(\\\\w)(\\\\w)', 1, 1, 'e', 3) AS res3 FROM demo3`,
    columns: ['ID', 'RES1', 'RES2', 'RES3'], rows: [['5', 'M', 'A', 'N']],
  },
  { id: 'regexp_count/doc-character-class', doc: fn('regexp_count'), sql: `SELECT REGEXP_COUNT('qqqabcrtrababcbcd', '[abc]') AS abc_character_count`, columns: ['ABC_CHARACTER_COUNT'], rows: [['10']] },
  { id: 'regexp_count/doc-sequence', doc: fn('regexp_count'), sql: `SELECT REGEXP_COUNT('qqqabcrtrababcbcd', '(abc)+') AS abc_sequence_count`, columns: ['ABC_SEQUENCE_COUNT'], rows: [['2']] },
]);
