/**
 * @module test/conformance/cases/identifiers
 * Identifier rules and result column naming (reference §3, §8): unquoted names fold to upper
 * case, quoted names keep case and may hold spaces and `""`, `$` in names, qualified names, and
 * the upper-cased source text Snowflake uses for unaliased expressions.
 */
import { defineCases, fn, ref } from './_define.ts';

const IDS = ref('identifiers-syntax');

export const identifierCases = defineCases('identifiers', [
  { id: 'ident/unquoted-folds-upper', doc: IDS, setup: [`CREATE TABLE MyTable (MyCol INT)`, `INSERT INTO mytable VALUES (1)`], sql: `SELECT mycol FROM MYTABLE`, columns: ['MYCOL'], rows: [['1']] },
  { id: 'ident/quoted-keeps-case', doc: IDS, setup: [`CREATE TABLE "MyQuoted" ("myCol" INT)`, `INSERT INTO "MyQuoted" VALUES (7)`], sql: `SELECT "myCol" FROM "MyQuoted"`, columns: ['myCol'], rows: [['7']] },
  { id: 'ident/quoted-case-mismatch-fails', doc: IDS, setup: [`CREATE TABLE "MyQuoted" (a INT)`], sql: `SELECT * FROM MyQuoted`, error: { errno: '002003', sqlState: '42S02', messageIncludes: `'MYQUOTED' does not exist or not authorized` } },
  { id: 'ident/quoted-upper-equals-unquoted', doc: IDS, setup: [`CREATE TABLE "UPPERT" (a INT)`, `INSERT INTO upperT VALUES (3)`], sql: `SELECT A FROM uppert`, columns: ['A'], rows: [['3']] },
  { id: 'ident/quoted-with-space-and-quote', doc: IDS, setup: [`CREATE TABLE "my table" ("the ""col""" INT)`, `INSERT INTO "my table" VALUES (1)`], sql: `SELECT "the ""col""" FROM "my table"`, columns: ['the "col"'], rows: [['1']] },
  { id: 'ident/dollar-and-underscore', doc: IDS, setup: [`CREATE TABLE _t$1 (col$a INT)`, `INSERT INTO _t$1 VALUES (1)`], sql: `SELECT col$a FROM _t$1`, columns: ['COL$A'], rows: [['1']] },
  { id: 'ident/unknown-column', doc: IDS, setup: [`CREATE TABLE t (a INT)`], sql: `SELECT b FROM t`, error: { errno: '000904', sqlState: '42000', messageIncludes: `invalid identifier 'B'` } },
  { id: 'ident/unknown-qualified-column', doc: IDS, setup: [`CREATE TABLE t (a INT)`], sql: `SELECT t.zz FROM t`, error: { errno: '000904', sqlState: '42000', messageIncludes: `invalid identifier 'T.ZZ'` } },
  { id: 'ident/unquoted-alias-upper', doc: ref('constructs/select'), sql: `SELECT 1 AS myAlias, 2 AS "myQuoted"`, columns: ['MYALIAS', 'myQuoted'], rows: [['1', '2']] },
  { id: 'ident/alias-without-as', doc: ref('constructs/select'), sql: `SELECT 1 one, 'a' "Two"`, columns: ['ONE', 'Two'], rows: [['1', 'a']] },
  { id: 'ident/keyword-as-quoted-column', doc: ref('reserved-keywords'), setup: [`CREATE TABLE kw ("SELECT" INT, "from" INT)`, `INSERT INTO kw VALUES (1, 2)`], sql: `SELECT "SELECT", "from" FROM kw`, columns: ['SELECT', 'from'], rows: [['1', '2']] },
  { id: 'ident/non-reserved-keyword-column', doc: ref('reserved-keywords'), setup: [`CREATE TABLE nk (name VARCHAR, value INT, date DATE, type VARCHAR)`, `INSERT INTO nk VALUES ('n', 1, '2024-01-01', 't')`], sql: `SELECT name, value, date, type FROM nk`, columns: ['NAME', 'VALUE', 'DATE', 'TYPE'], rows: [['n', '1', '2024-01-01', 't']] },
  { id: 'ident/two-part-name', doc: 'https://docs.snowflake.com/en/sql-reference/name-resolution', setup: [`CREATE SCHEMA sx`, `CREATE TABLE sx.t (a INT)`, `INSERT INTO sx.t VALUES (4)`], sql: `SELECT sx.t.a FROM sx.t`, columns: ['A'], rows: [['4']] },
  { id: 'ident/doc-special-characters', doc: IDS, setup: [`CREATE TABLE "my.identifier" ("3rd_identifier" INT, "$Identifier" INT, "My 'Identifier'" INT, "идентификатор" INT)`, `INSERT INTO "my.identifier" VALUES (1, 2, 3, 4)`], sql: `SELECT * FROM "my.identifier"`, columns: ['3rd_identifier', '$Identifier', "My 'Identifier'", 'идентификатор'], rows: [['1', '2', '3', '4']] },
  { id: 'ident/doc-quoted-one-works', doc: IDS, setup: [`CREATE TABLE "One" (i int)`, `CREATE TABLE TWO(j int)`, `INSERT INTO "One" VALUES (1)`, `INSERT INTO two VALUES (2)`], sql: `SELECT (SELECT i FROM "One") AS a, (SELECT j FROM two) AS b, (SELECT j FROM "TWO") AS c`, columns: ['A', 'B', 'C'], rows: [['1', '2', '2']] },
  { id: 'ident/doc-unquoted-one-fails', doc: IDS, setup: [`CREATE TABLE "One" (i int)`], sql: `SELECT * FROM One`, error: { errno: '002003', sqlState: '42S02', messageIncludes: `'ONE' does not exist or not authorized` } },
  { id: 'ident/doc-quoted-two-fails', doc: IDS, setup: [`CREATE TABLE TWO(j int)`], sql: `SELECT * FROM "Two"`, error: { errno: '002003', sqlState: '42S02', messageIncludes: 'does not exist or not authorized' } },
  { id: 'ident/doc-ignore-case-three', doc: IDS, fresh: true, setup: [`ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = true`, `CREATE TABLE "Three"(k int)`, `INSERT INTO three VALUES (3)`], sql: `SELECT k FROM "Three"`, columns: ['K'], rows: [['3']] },
  { id: 'ident/doc-ignore-case-two', doc: IDS, fresh: true, setup: [`CREATE TABLE TWO(j int)`, `INSERT INTO two VALUES (2)`, `ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = true`], sql: `SELECT j FROM "Two"`, columns: ['J'], rows: [['2']] },
  { id: 'ident/doc-ignore-case-hides-mixed', doc: IDS, fresh: true, setup: [`CREATE TABLE "One" (i int)`, `ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = true`], sql: `SELECT * FROM "One"`, error: { errno: '002003', sqlState: '42S02' } },
  { id: 'naming/arithmetic-text', doc: ref('operators-arithmetic'), sql: `SELECT 1+1, 2 * 3`, columns: ['1+1', '2 * 3'], rows: [['2', '6']] },
  { id: 'naming/function-upper', doc: fn('concat'), sql: `SELECT lower('ABC'), concat('a', 'b')`, columns: [`LOWER('ABC')`, `CONCAT('A', 'B')`], rows: [['abc', 'ab']] },
  { id: 'naming/column-ref-qualifier-dropped', doc: ref('constructs/select'), setup: [`CREATE TABLE t (a INT)`, `INSERT INTO t VALUES (1)`], sql: `SELECT t.a, t.a + 1 FROM t`, columns: ['A', 'T.A + 1'], rows: [['1', '2']] },
  { id: 'naming/cast-text', doc: ref('data-type-conversion'), sql: `SELECT '5'::int, CAST('6' AS INT)`, columns: [`'5'::INT`, `CAST('6' AS INT)`], rows: [['5', '6']] },
  { id: 'naming/case-text', doc: fn('case'), sql: `SELECT CASE WHEN 1 = 1 THEN 'y' END`, columns: [`CASE WHEN 1 = 1 THEN 'Y' END`], rows: [['y']] },
  { id: 'naming/literals', doc: ref('constructs/select'), sql: `SELECT NULL, TRUE, 'txt', 1.50`, columns: ['NULL', 'TRUE', `'TXT'`, '1.50'], rows: [[null, true, 'txt', '1.50']] },
  { id: 'naming/star-from-values', doc: ref('constructs/values'), sql: `SELECT * FROM (VALUES (1, 2))`, columns: ['COLUMN1', 'COLUMN2'], rows: [['1', '2']] },
  { id: 'naming/subquery-expression', doc: ref('constructs/select'), sql: `SELECT (SELECT 1)`, columns: ['(SELECT 1)'], rows: [['1']] },
  { id: 'naming/current-date-function', doc: fn('current_date'), sql: `SELECT CURRENT_DATE() IS NOT NULL`, columns: ['CURRENT_DATE() IS NOT NULL'], rows: [[true]] },
  { id: 'naming/between-and-in', doc: ref('functions/between'), sql: `SELECT 2 BETWEEN 1 AND 3, 2 IN (1, 2)`, columns: ['2 BETWEEN 1 AND 3', '2 IN (1, 2)'], rows: [[true, true]] },
  { id: 'naming/whitespace-kept', doc: ref('constructs/select'), sql: `SELECT 1 +  2`, columns: ['1 +  2'], rows: [['3']] },
  { id: 'naming/duplicate-column-names', doc: ref('constructs/select'), sql: `SELECT 1 AS a, 2 AS a`, columns: ['A', 'A'], rows: [['1', '2']] },
  { id: 'naming/ctas-duplicate-column-fails', doc: ref('sql/create-table'), sql: `CREATE TABLE dup AS SELECT 1 AS a, 2 AS a`, error: { errno: '002025', sqlState: '42S21', messageIncludes: `duplicate column name 'A'` } },
]);
