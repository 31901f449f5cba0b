/**
 * Helpers for the ingestion feature tests: a fresh memory session and a temp folder of real files
 * per test, and results as rows keyed by column name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

export interface IngestEnv {
  s: Session;
  dir: string;
  /** Write a file under the temp folder; returns its absolute path. */
  file(name: string, content: string | Uint8Array): string;
  q(sql: string): Promise<Record<string, unknown>[]>;
  err(sql: string): Promise<{ code: string; sqlState: string; message: string }>;
  close(): Promise<void>;
}

export async function ingestEnv(): Promise<IngestEnv> {
  const s = await openSession({});
  const dir = mkdtempSync(join(tmpdir(), 'mockhaus-ingest-'));
  const q = async (sql: string): Promise<Record<string, unknown>[]> => {
    const results = await s.execute(sql);
    const r = results[results.length - 1]!;
    return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
  };
  return {
    s,
    dir,
    file(name, content) {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    q,
    async err(sql) {
      const e = await q(sql).then(() => null, (x: { code: string; sqlState: string; message: string }) => x);
      if (e === null) throw new Error(`expected an error from ${sql}`);
      return { code: e.code, sqlState: e.sqlState, message: e.message };
    },
    async close() {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
