import { afterAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { catalogFactsFromRows, catalogFactsSql, catalogSetupSql, databaseCreatedSql, hideCatalogSql, type CatalogFactsRow } from '../../src/catalog/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mockhaus-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(file: string) {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  const run = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  await run(`ATTACH '${file}' AS "_mockhaus"`);
  return { run, close: () => { conn.closeSync(); inst.closeSync(); } };
}

describe('catalogSetupSql', () => {
  it('is idempotent on a persistent metadata file and keeps its rows', async () => {
    const file = join(dir, 'meta.duckdb');
    let db = await open(file);
    for (const s of catalogSetupSql()) await db.run(s);
    await db.run(`ATTACH ':memory:' AS "SALES"`);
    for (const s of databaseCreatedSql('SALES', { comment: 'kept' })) await db.run(s);
    db.close();
    db = await open(file);
    for (const s of catalogSetupSql()) await db.run(s);
    await db.run(`ATTACH ':memory:' AS "SALES"`);
    for (const s of databaseCreatedSql('SALES')) await db.run(s);
    expect(await db.run(`SELECT name, comment FROM "_mockhaus"."main"."sf_databases"`)).toEqual([{ name: 'SALES', comment: 'kept' }]);
    db.close();
  });

  it('hides catalogs listed with hideCatalogSql and builds facts from the mirror query', async () => {
    const db = await open(':memory:');
    for (const s of catalogSetupSql()) await db.run(s);
    for (const name of ['A', 'SCRATCH']) {
      await db.run(`ATTACH ':memory:' AS "${name}"`);
      for (const s of databaseCreatedSql(name)) await db.run(s);
    }
    await db.run(hideCatalogSql('SCRATCH'));
    await db.run(`CREATE TABLE "A"."PUBLIC"."T" (x DECIMAL(10,2) NOT NULL, y VARCHAR)`);
    const facts = catalogFactsFromRows((await db.run(catalogFactsSql())) as unknown as CatalogFactsRow[]);
    expect([facts.hasDatabase('A'), facts.hasDatabase('SCRATCH'), facts.hasDatabase('_mockhaus'), facts.hasDatabase('memory')]).toEqual([true, false, false, false]);
    expect([facts.hasSchema('A', 'PUBLIC'), facts.hasSchema('A', 'INFORMATION_SCHEMA'), facts.hasSchema('A', 'main')]).toEqual([true, true, false]);
    expect(facts.hasObject?.('TABLE', 'A', 'PUBLIC', 'T')).toBe(true);
    expect(facts.columns('A', 'PUBLIC', 'T')).toEqual([
      { name: 'x', type: { name: 'x', type: 'fixed', precision: 10, scale: 2, length: null, byteLength: null, nullable: false } },
      { name: 'y', type: { name: 'y', type: 'text', precision: null, scale: null, length: 16777216, byteLength: 16777216, nullable: true } },
    ]);
    expect(facts.columns('A', 'PUBLIC', 'NOPE')).toBeUndefined();
    db.close();
  });
});
