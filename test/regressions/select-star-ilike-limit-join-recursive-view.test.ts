/**
 * Four gaps found sweeping the SELECT / LIMIT / JOIN / CREATE VIEW doc pages:
 * `* ILIKE … RENAME|REPLACE` and `t.* ILIKE` were NotSupported (DuckDB cannot combine its filter
 * with them); `LIMIT '' OFFSET ''` / `$$$$` failed with 100038 (documented as "unlimited" / 0);
 * `INNER JOIN t` without ON produced SQL DuckDB rejected (Snowflake: a cross join filtered in
 * WHERE); `CREATE RECURSIVE VIEW` was NotSupported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('SELECT star ILIKE modifiers, LIMIT empty string, INNER JOIN without ON, RECURSIVE VIEW', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`CREATE TABLE e (employee_id INT, last_name VARCHAR, department_id INT)`);
    await s.execute(`INSERT INTO e VALUES (1, 'a', 10), (2, 'b', 20)`);
  });
  afterAll(() => s.close());

  it('* ILIKE with RENAME and REPLACE keeps only the matching columns', async () => {
    const [r] = await s.execute(`SELECT * ILIKE '%id' RENAME department_id AS dept FROM e ORDER BY 1`);
    expect(r!.columns.map((c) => c.name)).toEqual(['EMPLOYEE_ID', 'DEPT']);
    expect(r!.rows).toEqual([['1', '10'], ['2', '20']]);
    const [q] = await s.execute(`SELECT x.* ILIKE '%_ID' REPLACE (department_id + 1 AS department_id) FROM e x ORDER BY 1`);
    expect(q!.columns.map((c) => c.name)).toEqual(['EMPLOYEE_ID', 'DEPARTMENT_ID']);
    expect(q!.rows).toEqual([['1', '11'], ['2', '21']]);
  });

  it("LIMIT '' and $$$$ mean no limit, OFFSET '' means 0", async () => {
    const [r] = await s.execute(`SELECT employee_id FROM e ORDER BY 1 LIMIT '' OFFSET $$$$`);
    expect(r!.rows).toEqual([['1'], ['2']]);
  });

  it('INNER JOIN without ON is a cross join', async () => {
    const [r] = await s.execute(`SELECT COUNT(*) AS n FROM e a INNER JOIN e b`);
    expect(r!.rows).toEqual([['4']]);
  });

  it('CREATE RECURSIVE VIEW reads its own name as the recursive CTE', async () => {
    await s.execute(`CREATE RECURSIVE VIEW nums (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 3)`);
    const [r] = await s.execute(`SELECT n FROM nums ORDER BY n`);
    expect(r!.rows).toEqual([['1'], ['2'], ['3']]);
  });
});
