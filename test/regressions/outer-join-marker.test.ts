/**
 * `WHERE t2.col1(+) = t1.col1` (the JOIN page's outer-join example) was a syntax error: the
 * marker parsed as a call `col1(+ …)`. It now becomes a LEFT JOIN whose ON holds the marked
 * conjuncts (https://docs.snowflake.com/en/sql-reference/constructs/where#joins-in-the-where-clause).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('outer-join marker (+)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    for (const q of [`CREATE TABLE t1 (col1 INT)`, `CREATE TABLE t2 (col1 INT)`, `CREATE TABLE t3 (col1 INT)`, `INSERT INTO t1 VALUES (2), (3), (4)`, `INSERT INTO t2 VALUES (1), (2), (2), (3)`, `INSERT INTO t3 VALUES (2), (6)`]) await s.execute(q);
  });
  afterAll(() => s.close());

  it('keeps unmatched rows of the unmarked table', async () => {
    const [r] = await s.execute(`SELECT t1.col1 AS a, t2.col1 AS b FROM t1, t2 WHERE t2.col1(+) = t1.col1 ORDER BY 1, 2`);
    expect(r!.rows).toEqual([['2', '2'], ['2', '2'], ['3', '3'], ['4', null]]);
  });

  it('chains markers over three tables', async () => {
    const [r] = await s.execute(`SELECT t1.col1 AS a, t2.col1 AS b, t3.col1 AS c FROM t1, t2, t3 WHERE t2.col1(+) = t1.col1 AND t3.col1(+) = t2.col1 ORDER BY 1, 2, 3`);
    expect(r!.rows).toEqual([['2', '2', '2'], ['2', '2', '2'], ['3', '3', null], ['4', null, null]]);
  });

  it('is NotSupported outside a WHERE join predicate', async () => {
    const e = await s.execute(`SELECT col1(+) FROM t1`).then(() => null, (x: { sqlState: string }) => x);
    expect(e?.sqlState).toBe('0A000');
  });
});
