/**
 * @module test/conformance/cases/lexical
 * Snowflake's lexical rules and statement handling: comments (`--`, `//`, `/* *\/`), `$$` strings,
 * number forms (`.5`, `1e-3`), case-insensitive keywords, `!=` / `<>`, chained `::`, named
 * arguments `=>`, lambdas `->`, several statements in one text (the last result is compared),
 * plus hashing / encoding functions whose results are fixed by their algorithms.
 */
import { defineCases, fn, ref } from './_define.ts';

const LEX = ref('literals-table');
const COMMENTS = 'https://docs.snowflake.com/en/sql-reference/sql-format-models';

export const lexicalCases = defineCases('lexical', [
  { id: 'comment/double-dash', doc: COMMENTS, sql: `SELECT 1 AS a -- trailing comment`, columns: ['A'], rows: [['1']] },
  { id: 'comment/double-slash', doc: COMMENTS, sql: `SELECT 2 AS a // C++-style comment`, columns: ['A'], rows: [['2']] },
  { id: 'comment/block', doc: COMMENTS, sql: `SELECT /* inline */ 3 AS a /* multi\nline */`, columns: ['A'], rows: [['3']] },
  { id: 'comment/leading', doc: COMMENTS, sql: `-- first line is a comment\nSELECT 4 AS a`, columns: ['A'], rows: [['4']] },
  { id: 'string/dollar-quoted-multiline', doc: ref('data-types-text'), sql: `SELECT $$line1\nline2 'quoted' \\n$$ AS s`, columns: ['S'], rows: [["line1\nline2 'quoted' \\n"]] },
  { id: 'string/empty', doc: ref('data-types-text'), sql: `SELECT '' AS s, LENGTH('') AS n`, columns: ['S', 'N'], rows: [['', '0']] },
  { id: 'number/leading-dot', doc: LEX, sql: `SELECT .5 AS a, 5. AS b`, columns: ['A', 'B'], rows: [['0.5', '5']] },
  { id: 'number/negative-literal', doc: LEX, sql: `SELECT -1.25 AS a, - 3 AS b`, columns: ['A', 'B'], rows: [['-1.25', '-3']] },
  { id: 'keyword/case-insensitive', doc: ref('reserved-keywords'), sql: `sElEcT 1 aS x FrOm (select 1) wHeRe TRUE`, columns: ['X'], rows: [['1']] },
  { id: 'operator/not-equal-forms', doc: ref('operators-comparison'), sql: `SELECT 1 != 2 AS a, 1 <> 1 AS b, 2 >= 2 AS c, 'a' < 'b' AS d`, columns: ['A', 'B', 'C', 'D'], rows: [[true, false, true, true]] },
  { id: 'operator/cast-chain', doc: ref('data-type-conversion'), sql: `SELECT '12.7'::FLOAT::INT::VARCHAR AS r`, columns: ['R'], rows: [['13']] },
  { id: 'operator/precedence', doc: ref('operator-precedence'), sql: `SELECT 2 + 3 * 4 AS a, (2 + 3) * 4 AS b, -2 * 3 AS c, NOT TRUE AND FALSE AS d`, columns: ['A', 'B', 'C', 'D'], rows: [['14', '20', '-6', false]] },
  { id: 'lambda/transform', doc: fn('transform'), sql: `SELECT TRANSFORM([1, 2, 3], a INT -> a * 2) AS r`, columns: ['R'], rows: [['[2,4,6]']] },
  { id: 'lambda/untyped-parameter', doc: fn('transform'), sql: `SELECT TRANSFORM([1, 2, 3], x -> x + 1) AS r`, columns: ['R'], rows: [['[2,3,4]']] },
  { id: 'lambda/filter', doc: fn('filter'), sql: `SELECT FILTER([1, 2, 3, 4], a INT -> a % 2 = 0) AS r`, columns: ['R'], rows: [['[2,4]']] },
  { id: 'multi/last-result', doc: ref('sql/select'), sql: `SELECT 1 AS a; SELECT 2 AS b`, columns: ['B'], rows: [['2']] },
  { id: 'multi/ddl-then-query', doc: ref('sql/create-table'), sql: `CREATE TABLE m (x INT); INSERT INTO m VALUES (7); SELECT x FROM m`, columns: ['X'], rows: [['7']] },
  { id: 'multi/trailing-semicolon', doc: ref('sql/select'), sql: `SELECT 5 AS a;`, columns: ['A'], rows: [['5']] },
  { id: 'multi/semicolon-in-string', doc: ref('data-types-text'), sql: `SELECT 'a;b' AS s`, columns: ['S'], rows: [['a;b']] },
  { id: 'hash/md5', doc: fn('md5'), sql: `SELECT MD5('Snowflake') AS h`, columns: ['H'], rows: [['edf1439075a83a447fb8b630ddc9c8de']] },
  { id: 'hash/sha1', doc: fn('sha1'), sql: `SELECT SHA1('Snowflake') AS h`, columns: ['H'], rows: [['fda76b0bcc1e87cf259b1d1e3271d76f590fb5dd']] },
  { id: 'hash/sha2-256', doc: fn('sha2'), sql: `SELECT SHA2('Snowflake', 256) AS h`, columns: ['H'], rows: [['1dbd59f661d68b90724f21084396b865497173e4d2714f4d91cf05fa5fc5e18d']] },
  { id: 'encode/base64', doc: fn('base64_encode'), sql: `SELECT BASE64_ENCODE('Snowflake') AS e, BASE64_DECODE_STRING('U25vd2ZsYWtl') AS d`, columns: ['E', 'D'], rows: [['U25vd2ZsYWtl', 'Snowflake']] },
  { id: 'encode/hex', doc: fn('hex_encode'), sql: `SELECT HEX_ENCODE('Snowflake') AS e, HEX_DECODE_STRING('536E6F77666C616B65') AS d`, columns: ['E', 'D'], rows: [['536E6F77666C616B65', 'Snowflake']] },
  { id: 'uuid/format', doc: fn('uuid_string'), sql: `SELECT LENGTH(UUID_STRING()) AS n, REGEXP_LIKE(UUID_STRING(), '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}') AS ok`, columns: ['N', 'OK'], rows: [['36', true]] },
  { id: 'random/seeded-range', doc: fn('uniform'), sql: `SELECT COUNT_IF(UNIFORM(1, 10, RANDOM()) BETWEEN 1 AND 10) AS n FROM TABLE(GENERATOR(ROWCOUNT => 50))`, columns: ['N'], rows: [['50']] },
]);
