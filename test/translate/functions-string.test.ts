import { runCases } from './_harness.ts';

// Examples from https://docs.snowflake.com/en/sql-reference/functions/<name>.
runCases('conditional functions', [
  { name: 'IFF', snowflake: "SELECT IFF(TRUE, 'true', 'false'), IFF(NULL, 1, 2)", rows: [['true', 2]] },
  { name: 'NVL / IFNULL', snowflake: "SELECT NVL(NULL, 'x'), IFNULL('a', 'b')", rows: [['x', 'a']] },
  { name: 'NVL2', snowflake: 'SELECT NVL2(1, 2, 3), NVL2(NULL, 2, 3)', rows: [[2, 3]] },
  { name: 'ZEROIFNULL / NULLIFZERO', snowflake: 'SELECT ZEROIFNULL(NULL), NULLIFZERO(0)', rows: [[0, null]] },
  { name: 'DECODE matches NULL', snowflake: "SELECT DECODE(NULL, 1, 'one', NULL, 'null', 'other'), DECODE(5, 1, 'one', 'other')", rows: [['null', 'other']] },
  { name: 'EQUAL_NULL', snowflake: 'SELECT EQUAL_NULL(NULL, NULL), EQUAL_NULL(1, NULL)', rows: [[true, false]] },
  { name: 'GREATEST/LEAST return NULL with a NULL argument', snowflake: 'SELECT GREATEST(1, 3, 2), LEAST(1, NULL), GREATEST(NULL, 2)', rows: [[3, null, null]] },
  { name: 'COALESCE', snowflake: 'SELECT COALESCE(NULL, NULL, 3)', rows: [[3]] },
]);

runCases('string functions', [
  { name: 'CONCAT is NULL with a NULL argument', snowflake: "SELECT CONCAT('a', 'b', 'c'), CONCAT('a', NULL)", rows: [['abc', null]] },
  { name: 'CONCAT_WS', snowflake: "SELECT CONCAT_WS(',', 'one', 'two'), CONCAT_WS(',', 'one', NULL)", rows: [['one,two', null]] },
  { name: 'SPLIT returns an array', snowflake: "SELECT SPLIT('127.0.0.1', '.')", rows: [['["127","0","0","1"]']] },
  { name: 'SPLIT_PART positive, negative and zero', snowflake: "SELECT SPLIT_PART('11.22.33', '.', 0), SPLIT_PART('11.22.33', '.', -1), SPLIT_PART('11.22.33', '.', 4)", rows: [['11', '33', '']] },
  { name: 'STRTOK skips empty tokens', snowflake: "SELECT STRTOK('a.b.c', '.', 1), STRTOK('user@snowflake.com', '@.', 3), STRTOK('a..b', '.', 2), STRTOK('a', '.', 5)", rows: [['a', 'com', 'b', null]] },
  { name: 'LEFT / RIGHT', snowflake: "SELECT LEFT('ABCDEF', 3), RIGHT('ABCDEF', 3)", rows: [['ABC', 'DEF']] },
  { name: 'LPAD / RPAD', snowflake: "SELECT LPAD('abc', 5, '*'), RPAD('abc', 5), LPAD('abcdef', 3)", rows: [['**abc', 'abc  ', 'abc']] },
  { name: 'CONTAINS / STARTSWITH / ENDSWITH', snowflake: "SELECT CONTAINS('coffee', 'ff'), STARTSWITH('coffee', 'co'), ENDSWITH('coffee', 'x')", rows: [[true, true, false]] },
  { name: 'REPLACE', snowflake: "SELECT REPLACE('down', 'down', 'up'), REPLACE('abcd', 'bc')", rows: [['up', 'ad']] },
  { name: 'TRANSLATE', snowflake: "SELECT TRANSLATE('AB c d', 'c', 'X')", rows: [['AB X d']] },
  { name: 'INITCAP', snowflake: "SELECT INITCAP('hello world-wide'), INITCAP('ÁBC dEF')", rows: [['Hello World-Wide', 'Ábc Def']] },
  { name: 'CHARINDEX / POSITION', snowflake: "SELECT CHARINDEX('an', 'banana'), CHARINDEX('an', 'banana', 3), POSITION('z', 'banana')", rows: [['2', '4', '0']] },
  { name: 'REVERSE / REPEAT / LENGTH', snowflake: "SELECT REVERSE('abc'), REPEAT('ab', 3), LENGTH('héllo'), LEN('')", rows: [['cba', 'ababab', '5', '0']] },
  { name: 'TRIM family', snowflake: "SELECT TRIM('  a  '), LTRIM('xxa', 'x'), RTRIM('a--', '-')", rows: [['a', 'a', 'a']] },
  { name: 'SUBSTR treats 0 as 1', snowflake: "SELECT SUBSTR('mystring', 0, 2), SUBSTR('mystring', 3), SUBSTRING('mystring', -3, 2)", rows: [['my', 'string', 'in']] },
  { name: 'REGEXP_LIKE matches whole string', snowflake: "SELECT REGEXP_LIKE('San Jose', 'san.*'), REGEXP_LIKE('San Jose', 'san.*', 'i')", rows: [[false, true]] },
  { name: 'REGEXP_SUBSTR occurrence', snowflake: "SELECT REGEXP_SUBSTR('the best of times', 't\\\\w+', 1, 2), REGEXP_SUBSTR('abc', 'z')", rows: [['times', null]] },
  { name: 'REGEXP_REPLACE all', snowflake: "SELECT REGEXP_REPLACE('a1b22c', '[0-9]+', '#')", rows: [['a#b#c']] },
  { name: 'REGEXP_REPLACE n-th occurrence from a position', snowflake: "SELECT REGEXP_REPLACE('a1b2c3', '[0-9]', '#', 1, 2), REGEXP_REPLACE('a1b2c3', '[0-9]', '#', 4)", rows: [['a1b#c3', 'a1b#c#']] },
  { name: 'COLLATE function', snowflake: "SELECT 'm' = COLLATE('M', 'en-ci')", rows: [[true]] },
  { name: 'LIKE function form', snowflake: "SELECT LIKE('abc', 'a%'), ILIKE('ABC', 'a_c')", rows: [[true, true]] },
  { name: 'REGEXP_COUNT', snowflake: "SELECT REGEXP_COUNT('It was the best of times', '\\\\bwas\\\\b')", rows: [['1']] },
  { name: 'REGEXP_INSTR', snowflake: "SELECT REGEXP_INSTR('nevermore1, nevermore2', 'nevermore\\\\d')", rows: [['1']] },
  { name: 'EDITDISTANCE', snowflake: "SELECT EDITDISTANCE('abc', 'adc'), EDITDISTANCE('kitten', 'sitting', 2)", rows: [['1', '2']] },
  { name: 'MD5 / SHA2', snowflake: "SELECT MD5('Snowflake'), SHA2('Snowflake')", rows: [['edf1439075a83a447fb8b630ddc9c8de', '1dbd59f661d68b90724f21084396b865497173e4d2714f4d91cf05fa5fc5e18d']] },
  { name: 'HEX_ENCODE / BASE64_ENCODE', snowflake: "SELECT HEX_ENCODE('Snowflake'), BASE64_ENCODE('Snowflake')", rows: [['536E6F77666C616B65', 'U25vd2ZsYWtl']] },
  { name: 'UPPER / LOWER', snowflake: "SELECT UPPER('aB'), LOWER('aB')", rows: [['AB', 'ab']] },
  { name: 'UUID_STRING has 36 chars', snowflake: 'SELECT LENGTH(UUID_STRING())', rows: [['36']] },
]);
