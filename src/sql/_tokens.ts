/**
 * @module sql/_tokens
 * Token shapes and the keyword tables the tokenizer and parser share. Keywords follow Snowflake's
 * "Reserved & limited keywords" page (https://docs.snowflake.com/en/sql-reference/reserved-keywords):
 * `RESERVED` words can never be bare column references or aliases; every other keyword is usable as
 * an identifier (`date`, `value`, `name`, `type`, ...). Lookups are Set-based for speed.
 */

export type TokenType =
  | 'keyword' | 'ident' | 'quotedIdent' | 'string' | 'number' | 'comment' | 'operator' | 'punct'
  | 'bind' | 'variable' | 'stage' | 'whitespace' | 'eof';

export interface Token {
  type: TokenType;
  /** Exact source text of the token. */
  text: string;
  /**
   * Decoded value: identifiers folded to upper case (quoted: exact content), string contents with
   * escapes resolved, bind/variable names without their sigil, stage location without `@`.
   */
  value: string;
  /** 1-based line. */
  line: number;
  /** 0-based column within the line (Snowflake's "position"). */
  col: number;
  /** 0-based offset in the source. */
  offset: number;
}

/** Snowflake's reserved keywords (ANSI-reserved plus Snowflake additions). */
export const RESERVED: ReadonlySet<string> = new Set([
  'ALL', 'ALTER', 'AND', 'ANY', 'AS', 'BETWEEN', 'BY', 'CASE', 'CAST', 'CHECK', 'COLUMN', 'CONNECT',
  'CONSTRAINT', 'CREATE', 'CROSS', 'CURRENT', 'CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP',
  'CURRENT_USER', 'DELETE', 'DISTINCT', 'DROP', 'ELSE', 'EXISTS', 'FALSE', 'FOLLOWING', 'FOR', 'FROM',
  'FULL', 'GRANT', 'GROUP', 'HAVING', 'ILIKE', 'IN', 'INCREMENT', 'INNER', 'INSERT', 'INTERSECT', 'INTO',
  'IS', 'JOIN', 'LATERAL', 'LEFT', 'LIKE', 'LOCALTIME', 'LOCALTIMESTAMP', 'MINUS', 'NATURAL', 'NOT',
  'NULL', 'OF', 'ON', 'OR', 'ORDER', 'QUALIFY', 'REGEXP', 'REVOKE', 'RIGHT', 'RLIKE', 'SAMPLE', 'SELECT',
  'SET', 'SOME', 'START', 'TABLE', 'TABLESAMPLE', 'THEN', 'TO', 'TRIGGER', 'TRUE', 'TRY_CAST', 'UNION',
  'UNIQUE', 'UPDATE', 'USING', 'VALUES', 'WHEN', 'WHENEVER', 'WHERE', 'WITH',
]);

/** Words that end a FROM item, so they are never taken as an implicit table alias. */
export const TABLE_ALIAS_STOP: ReadonlySet<string> = new Set([
  ...RESERVED, 'LIMIT', 'OFFSET', 'FETCH', 'WINDOW', 'EXCEPT', 'OUTER', 'ASOF', 'MATCH_CONDITION', 'PIVOT',
  'UNPIVOT', 'AT', 'BEFORE', 'CHANGES', 'MATCH_RECOGNIZE', 'RETURNING', 'ROW', 'ROWS',
]);

/** Words that end a select item, so they are never taken as an implicit column alias. */
export const COLUMN_ALIAS_STOP: ReadonlySet<string> = new Set([
  ...RESERVED, 'LIMIT', 'OFFSET', 'FETCH', 'WINDOW', 'EXCEPT',
]);

/** Words the tokenizer labels `keyword` (for highlighting); everything else is `ident`. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  ...RESERVED, 'ABORT', 'ADD', 'ASC', 'ASOF', 'AT', 'AUTOINCREMENT', 'BEFORE', 'BEGIN', 'BERNOULLI',
  'BLOCK', 'CALL', 'CASCADE', 'CHANGES', 'CLONE', 'CLUSTER', 'COLLATE', 'COMMENT', 'COMMIT', 'COPY', 'CUBE',
  'DATABASE', 'DATABASES', 'DECLARE', 'DEFAULT', 'DESC', 'DESCRIBE', 'END', 'ESCAPE', 'EXCEPT', 'EXCLUDE',
  'EXECUTE', 'EXPLAIN', 'FETCH', 'FILE', 'FIRST', 'FORMAT', 'FUNCTION', 'GET', 'GROUPING', 'IDENTITY', 'IF',
  'IGNORE', 'ILIKE', 'IMMEDIATE', 'INTERVAL', 'KEY', 'LAST', 'LIMIT', 'LIST', 'MATCH_CONDITION', 'MATERIALIZED',
  'MERGE', 'NEXT', 'NULLS', 'OFFSET', 'ONLY', 'OUTER', 'OVER', 'OVERWRITE', 'PARTITION', 'PIVOT', 'PRECEDING',
  'PRIMARY', 'PROCEDURE', 'PUT', 'RANGE', 'RECURSIVE', 'REFERENCES', 'REMOVE', 'RENAME', 'REPLACE', 'RESPECT',
  'RETURNS', 'ROLE', 'ROLLBACK', 'ROLLUP', 'ROW', 'ROWS', 'SCHEMA', 'SCHEMAS', 'SECURE', 'SEQUENCE', 'SESSION',
  'SETS', 'SHOW', 'STAGE', 'SWAP', 'SYSTEM', 'TABLES', 'TEMP', 'TEMPORARY', 'TERSE', 'TOP', 'TRANSACTION',
  'TRANSIENT', 'TRUNCATE', 'UNBOUNDED', 'UNDROP', 'UNPIVOT', 'UNSET', 'USE', 'VIEW', 'VIEWS', 'WAREHOUSE',
  'WINDOW', 'WITHIN', 'WORK', 'ZONE',
  // type names, highlighted as keywords (still usable as identifiers: not reserved)
  'NUMBER', 'NUMERIC', 'DECIMAL', 'INT', 'INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT', 'BYTEINT', 'FLOAT', 'DOUBLE', 'REAL',
  'VARCHAR', 'CHAR', 'STRING', 'TEXT', 'BINARY', 'VARBINARY', 'BOOLEAN', 'DATE', 'TIME', 'TIMESTAMP', 'DATETIME',
  'TIMESTAMP_NTZ', 'TIMESTAMP_LTZ', 'TIMESTAMP_TZ', 'VARIANT', 'OBJECT', 'ARRAY', 'GEOGRAPHY', 'GEOMETRY',
]);
