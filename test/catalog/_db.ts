/**
 * @module test/catalog/_db
 * A real in-memory DuckDB with the Mockhaus catalog set up, for catalog and DDL tests: attaches
 * META_CATALOG and a MOCKHAUS database (schema PUBLIC), as a session does when it opens.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { catalogSetupSql, databaseCreatedSql } from '../../src/catalog/index.ts';
import { META_CATALOG, quoteIdent } from '../../src/catalog/names.ts';

export interface TestDb {
  conn: DuckDBConnection;
  run(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): void;
}

export async function openTestDb(databases: string[] = ['MOCKHAUS']): Promise<TestDb> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  const run = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> => {
    const reader = params.length ? await conn.runAndReadAll(sql, params as never) : await conn.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  };
  await run(`ATTACH ':memory:' AS ${quoteIdent(META_CATALOG)}`);
  for (const s of catalogSetupSql()) await run(s);
  for (const db of databases) {
    await run(`ATTACH ':memory:' AS ${quoteIdent(db)}`);
    for (const s of databaseCreatedSql(db)) await run(s);
  }
  if (databases[0]) await run(`USE ${quoteIdent(databases[0])}.${quoteIdent('PUBLIC')}`);
  return { conn, run, close: () => conn.closeSync() };
}
