/**
 * `SELECT a, b, FROM t` (the SELECT page documents trailing commas in the column list) was a
 * syntax error (https://docs.snowflake.com/en/sql-reference/sql/select#syntax).
 */
import { describe, expect, it } from 'bun:test';
import { parseOne } from '../../src/sql/index.ts';

describe('SELECT list trailing comma', () => {
  it('is accepted before FROM', () => {
    const st = parseOne(`SELECT emp_id, name, FROM employees`);
    expect(st.kind === 'query' && st.query.kind === 'select' ? st.query.items.length : -1).toBe(2);
  });

  it('still fails without a FROM after it', () => {
    expect(() => parseOne(`SELECT 1,`)).toThrow();
  });
});
