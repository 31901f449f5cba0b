/**
 * @module test/conformance/cases/errors
 * Snowflake's error codes, SQLSTATEs and wording (reference §1): syntax errors (001003, with
 * line / position / token), missing objects (002003), invalid identifiers (000904), unknown
 * functions (002140), conversion failures (100038, 100040), division by zero (100051),
 * duplicate objects (002002), missing schema/database, and the NOT-NULL violation (100072).
 */
import { defineCases, ref } from './_define.ts';

const ERR = 'https://docs.snowflake.com/en/user-guide/error-messages';

export const errorCases = defineCases('errors', [
  { id: 'syntax/unexpected-token', doc: ERR, sql: `SELECT * FORM t`, error: { errno: '001003', sqlState: '42000', messageIncludes: 'syntax error line 1 at position' } },
  { id: 'syntax/tilde', doc: ERR, sql: `SELECT ~`, error: { errno: '001003', sqlState: '42000', messageIncludes: 'syntax error line 1 at position 8 unexpected' } },
  { id: 'syntax/eof', doc: ERR, sql: `SELECT 1 +`, error: { errno: '001003', sqlState: '42000', messageIncludes: `unexpected '<EOF>'.` } },
  { id: 'syntax/line-and-position', doc: ERR, sql: `SELECT a,\n  b\nFROM FROM t`, error: { errno: '001003', sqlState: '42000', messageIncludes: `syntax error line 3 at position 5 unexpected 'FROM'.` } },
  { id: 'syntax/token-keeps-case', doc: ERR, sql: `select * from t where`, error: { errno: '001003', sqlState: '42000', messageIncludes: `unexpected '<EOF>'` } },
  { id: 'syntax/message-prefix', doc: ERR, sql: `SELEC 1`, error: { errno: '001003', sqlState: '42000', messageIncludes: `SQL compilation error:\nsyntax error line 1 at position 0 unexpected 'SELEC'.` } },
  { id: 'syntax/unterminated-string', doc: ERR, sql: `SELECT 'abc`, error: { errno: '001003', sqlState: '42000' } },
  { id: 'object/missing-table', doc: ERR, sql: `SELECT * FROM customers_missing`, error: { errno: '002003', sqlState: '42S02', messageIncludes: `SQL compilation error:\nObject 'CUSTOMERS_MISSING' does not exist or not authorized.` } },
  { id: 'object/missing-schema', doc: ERR, sql: `SELECT * FROM no_schema.t`, error: { errno: '002003', sqlState: '02000', messageIncludes: `Schema '` } },
  { id: 'object/missing-database', doc: ERR, sql: `SELECT * FROM no_db.public.t`, error: { errno: '002003', sqlState: '02000', messageIncludes: `Database 'NO_DB' does not exist or not authorized.` } },
  { id: 'object/missing-view-drop', doc: ERR, sql: `DROP VIEW no_view`, error: { errno: '002003', messageIncludes: 'does not exist or not authorized' } },
  { id: 'object/already-exists-view', doc: ERR, setup: [`CREATE TABLE t (a INT)`, `CREATE VIEW v AS SELECT a FROM t`], sql: `CREATE VIEW v AS SELECT a FROM t`, error: { errno: '002002', sqlState: '42710', messageIncludes: `Object 'V' already exists.` } },
  { id: 'object/already-exists-schema', doc: ERR, setup: [`CREATE SCHEMA s`], sql: `CREATE SCHEMA s`, error: { errno: '002002', sqlState: '42710' } },
  { id: 'identifier/invalid-in-where', doc: ERR, setup: [`CREATE TABLE t (a INT)`], sql: `SELECT a FROM t WHERE nope = 1`, error: { errno: '000904', sqlState: '42000', messageIncludes: `invalid identifier 'NOPE'` } },
  { id: 'identifier/invalid-without-from', doc: ERR, sql: `SELECT 1 AS a, zz`, error: { errno: '000904', sqlState: '42000', messageIncludes: `SQL compilation error: error line 1 at position 15\ninvalid identifier 'ZZ'` } },
  { id: 'identifier/invalid-position', doc: ERR, setup: [`CREATE TABLE t (a INT)`], sql: `SELECT a, zz FROM t`, error: { errno: '000904', sqlState: '42000', messageIncludes: `SQL compilation error: error line 1 at position 10\ninvalid identifier 'ZZ'` } },
  { id: 'function/unknown', doc: ERR, sql: `SELECT NO_SUCH_FUNC(1)`, error: { errno: '002140', sqlState: '42601', messageIncludes: 'Unknown function NO_SUCH_FUNC' } },
  { id: 'conversion/numeric', doc: ref('functions/sum'), sql: `SELECT 'abc'::INT`, error: { errno: '100038', sqlState: '22018', messageIncludes: `Numeric value 'abc' is not recognized` } },
  { id: 'conversion/date', doc: ref('functions/to_date'), sql: `SELECT '2024-02-30'::DATE`, error: { errno: '100040', sqlState: '22007', messageIncludes: `Date '2024-02-30' is not recognized` } },
  { id: 'conversion/timestamp', doc: ref('functions/to_timestamp'), sql: `SELECT 'yesterday-ish'::TIMESTAMP`, error: { errno: '100035', sqlState: '22007', messageIncludes: `Timestamp 'yesterday-ish' is not recognized` } },
  { id: 'arithmetic/division-by-zero-column', doc: ref('functions/div0'), setup: [`CREATE TABLE t (a INT, b INT)`, `INSERT INTO t VALUES (1, 0)`], sql: `SELECT a / b FROM t`, error: { errno: '100051', sqlState: '22012', messageIncludes: 'Division by zero' } },
  { id: 'dml/not-null', doc: ERR, setup: [`CREATE TABLE t (a INT NOT NULL, b INT)`], sql: `INSERT INTO t (b) VALUES (1)`, error: { errno: '100072', sqlState: '22000', messageIncludes: 'NULL result in a non-nullable column' } },
  { id: 'dml/update-not-null', doc: ERR, setup: [`CREATE TABLE t (a INT NOT NULL)`, `INSERT INTO t VALUES (1)`], sql: `UPDATE t SET a = NULL`, error: { errno: '100072', sqlState: '22000' } },
  { id: 'statement/empty', doc: ERR, sql: `;`, error: { errno: '000900' } },
  { id: 'error/query-after-error-still-works', doc: ERR, setup: [`CREATE TABLE t (a INT)`], sql: `SELECT COUNT(*) AS n FROM t`, columns: ['N'], rows: [['0']] },
]);
