/**
 * @module test/translate/_harness
 * Table-driven translation tests (STYLE.md convention 1): each case is Snowflake SQL, optionally
 * the exact DuckDB SQL expected, and the rows Snowflake's documentation shows. The SQL is parsed
 * and translated, then run on a real in-memory DuckDB where the Snowflake database `DB` is an
 * attached catalog with schema `PUBLIC`, exactly as sessions lay it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse } from '../../src/sql/index.ts';
import { translate } from '../../src/translate/index.ts';
import type { SessionVariable, TranslateContext } from '../../src/translate/context.ts';
import type { ColumnHint, Plan } from '../../src/translate/plan.ts';
import type { Binds } from '../../src/session/types.ts';

export interface Case {
  name: string;
  snowflake: string;
  /** Exact DuckDB SQL expected (first statement), when the text itself is the point. */
  duckdb?: string;
  /** Expected rows, in getRowsJson form (decimals as strings with their scale). */
  rows?: unknown[][];
  /** Expected Snowflake column names. */
  columns?: string[];
  /** Expected error: errno, or a message fragment. */
  error?: { errno?: number; message?: string };
  /** Per-case context overrides. */
  ctx?: Partial<TranslateContext>;
  unordered?: boolean;
}

export interface Suite {
  /** Raw DuckDB statements run once (tables live in "DB"."PUBLIC"). */
  setup?: string[];
  /** Declared Snowflake column types by table name (the catalog facts a session would supply). */
  tables?: Record<string, ColumnHint[]>;
  variables?: Record<string, SessionVariable>;
  binds?: Binds;
  /** User-defined function names in DB.PUBLIC (CatalogFacts.hasObject('FUNCTION', ...)). */
  functions?: string[];
}

export function makeCtx(suite: Suite, over: Partial<TranslateContext> = {}): TranslateContext {
  return {
    database: 'DB',
    schema: 'PUBLIC',
    sessionId: 'test-session',
    variables: new Map(Object.entries(suite.variables ?? {})),
    params: {},
    ...(suite.binds ? { binds: suite.binds } : {}),
    user: 'TEST_USER',
    role: 'SYSADMIN',
    warehouse: 'TEST_WH',
    catalog: {
      hasDatabase: () => true,
      hasSchema: () => true,
      columns: (_d, _s, t) => suite.tables?.[t],
      hasObject: (type, d, s, n) => type === 'FUNCTION' && d === 'DB' && s === 'PUBLIC' && (suite.functions ?? []).includes(n),
    },
    ...over,
  };
}

export function translateOne(sql: string, ctx: TranslateContext): Plan {
  const parsed = parse(sql);
  if (parsed.length !== 1) throw new Error(`expected one statement in ${sql}`);
  return translate(parsed[0]!, ctx);
}

export async function openDuck(): Promise<DuckDBConnection> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  await con.run(`ATTACH ':memory:' AS "DB"`);
  await con.run(`CREATE SCHEMA "DB"."PUBLIC"`);
  await con.run(`SET TimeZone = 'UTC'`);
  return con;
}

/** Run a plan the way the engine does for the parts tests need: all statements, rows of the last. */
export async function runPlan(con: DuckDBConnection, plan: Plan): Promise<{ columns: string[]; rows: unknown[][] }> {
  if (plan.kind !== 'duckdb') throw new Error(`not a DuckDB plan: ${plan.kind}`);
  let last: { columns: string[]; rows: unknown[][] } = { columns: [], rows: [] };
  const firstCells: unknown[] = [];
  for (let i = 0; i < plan.sql.length; i++) {
    const isLast = i === plan.sql.length - 1;
    const r = await con.runAndReadAll(plan.sql[i]!, isLast && plan.params.length ? (plan.params as never) : undefined);
    last = { columns: r.columnNames(), rows: r.getRowsJson() as unknown[][] };
    firstCells.push(last.rows[0]?.[0]);
  }
  for (const a of plan.after ?? []) await con.run(a);
  const shape = plan.shape;
  if (shape.kind === 'dmlCounts' && shape.countByAction) {
    const counts = shape.countByAction.map((a) => String(last.rows.filter((r) => r[0] === a).length));
    return { columns: shape.columns, rows: [counts] };
  }
  if (shape.kind === 'dmlCounts' && shape.countStatements) {
    return { columns: shape.columns, rows: [shape.countStatements.map((i) => String(firstCells[i] ?? 0))] };
  }
  if (shape.kind === 'dmlCounts') return { columns: shape.columns, rows: [[String(last.rows[0]?.[0] ?? 0), ...shape.columns.slice(1).map(() => '0')]] };
  return last;
}

/** Register a describe block running every case: translate, check SQL, run, compare rows. */
export function runCases(feature: string, cases: Case[], suite: Suite = {}): void {
  describe(feature, () => {
    let con: DuckDBConnection;
    beforeAll(async () => {
      con = await openDuck();
      for (const s of suite.setup ?? []) await con.run(s);
    });
    afterAll(() => {
      con.closeSync();
    });
    for (const c of cases) {
      it(c.name, async () => {
        const ctx = makeCtx(suite, c.ctx);
        if (c.error) {
          let err: unknown;
          try {
            const plan = translateOne(c.snowflake, ctx);
            await runPlan(con, plan);
          } catch (e) {
            err = e;
          }
          expect(err).toBeDefined();
          if (c.error.errno !== undefined) expect((err as { errno?: number }).errno).toBe(c.error.errno);
          if (c.error.message) expect((err as Error).message).toContain(c.error.message);
          return;
        }
        const plan = translateOne(c.snowflake, ctx);
        if (c.duckdb !== undefined) expect(plan.kind === 'duckdb' ? plan.sql[0] : '').toBe(c.duckdb);
        const out = await runPlan(con, plan);
        if (c.columns) {
          const hinted = plan.kind === 'duckdb' && plan.columns ? plan.columns.map((h) => h.name) : out.columns;
          expect(hinted).toEqual(c.columns);
          expect(out.columns).toEqual(c.columns);
        }
        if (c.rows) {
          if (c.unordered) expect(sortRows(out.rows)).toEqual(sortRows(c.rows));
          else expect(out.rows).toEqual(c.rows);
        }
      });
    }
  });
}

function sortRows(rows: unknown[][]): unknown[][] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
