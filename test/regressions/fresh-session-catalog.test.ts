import { describe, expect, it } from 'bun:test';
import { catalogFactsSql, type CatalogFactsRow } from '../../src/catalog/index.ts';
import { openSessionDatabase } from '../../src/session/_open.ts';
import type { OpenSessionOptions } from '../../src/session/types.ts';

// A brand-new memory session starts from a catalog written down without querying DuckDB (to save
// ~30 ms of start-up). It must be exactly what DuckDB would have answered.
const key = (r: CatalogFactsRow): string => JSON.stringify([r.kind, r.database_name, r.schema_name, r.name, r.column_name]);

describe('fresh memory session catalog', () => {
  const cases: [string, OpenSessionOptions][] = [
    ['default database and schema', {}],
    ['a requested database', { database: 'ANALYTICS' }],
    ['a requested database and schema', { database: 'ANALYTICS', schema: 'STAGING' }],
    ['a requested schema in the default database', { schema: 'RAW' }],
  ];
  for (const [name, opts] of cases) {
    it(`matches DuckDB's own catalog for ${name}`, async () => {
      const { db, freshCatalog } = await openSessionDatabase(opts);
      try {
        expect(freshCatalog).not.toBeNull();
        const actual = (await db.rows(catalogFactsSql())) as unknown as CatalogFactsRow[];
        expect(freshCatalog!.map(key).sort()).toEqual(actual.map(key).sort());
      } finally {
        await db.close();
      }
    });
  }
});
