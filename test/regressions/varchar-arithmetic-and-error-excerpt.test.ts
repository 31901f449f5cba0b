/**
 * Arithmetic coerces a VARCHAR operand to a number, as Snowflake does
 * (https://docs.snowflake.com/en/sql-reference/data-type-conversion: `17 || '76'` and the
 * reverse coercions), and a non-numeric string fails with 100038. Before the fix `'5' * 10` and a
 * VARCHAR column times 2 failed with 001044.
 * Also: a binder error in a statement that contains a division no longer reports 100051
 * 'Division by zero' — the error mapping read DuckDB's quoted SQL excerpt, which holds our
 * error('Division by zero') guard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';
import { SnowflakeError } from '../../src/errors.ts';

const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  return rs[rs.length - 1]!.rows as unknown[][];
};

async function errno(s: Session, sql: string): Promise<number | undefined> {
  try {
    await s.execute(sql);
  } catch (e) {
    return e instanceof SnowflakeError ? e.errno : -1;
  }
  return undefined;
}

describe('VARCHAR operands of arithmetic', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table t (c varchar); insert into t values ('3')`);
  });
  afterAll(() => s.close());

  it('string literals and VARCHAR columns are coerced to numbers', async () => {
    expect(await rows(s, `select '5' * 10, '5' + 1, c * 2, c + c, c - 1, c % 2 from t`)).toEqual([[50, 6, 6, 6, 2, 1]]);
  });

  it('a non-numeric string fails with 100038', async () => {
    expect(await errno(s, `select 'a' + 1`)).toBe(100038);
  });

  it('a type error next to a division keeps its own code', async () => {
    expect(await errno(s, `select c * interval '1 day', c / 2 from t`)).toBe(1044);
  });
});
