/**
 * @module test/conformance/engine-transport
 * The engine transport: `openSession()` + `session.execute(sql)` in process, the same path every
 * other transport ends in. Values arrive canonical (engine/types.ts) and are normalised for the
 * cases; a failure surfaces as `{ errno, sqlState, message }` with the 6-digit errno.
 */
import type { Result } from '../../src/engine/types.ts';
import { openSession } from '../../src/session/session.ts';
import { normaliseValue } from './_normalise.ts';
import type { QueryOutput, Transport, TransportError } from './types.ts';

export function toTransportError(e: unknown): TransportError | unknown {
  if (typeof e === 'object' && e !== null && 'errno' in e && 'sqlState' in e) {
    const err = e as { errno: number | string; sqlState: string; message: string };
    const errno = typeof err.errno === 'number' ? String(err.errno).padStart(6, '0') : err.errno;
    return { errno, sqlState: err.sqlState, message: err.message };
  }
  return e;
}

export function resultToOutput(r: Result): QueryOutput {
  return {
    columns: r.columns.map((c) => c.name),
    rows: r.rows.map((row) => row.map((v, i) => normaliseValue(v, r.columns[i]!.type))),
  };
}

/** A fresh in-memory session (one DuckDB, one thread: CI has two cores for everything). */
export async function engineTransport(): Promise<Transport> {
  const session = await openSession({ type: 'memory', threads: 1, memoryLimit: '256MB' });
  return {
    async execute(sql: string): Promise<QueryOutput> {
      let results: Result[];
      try {
        results = await session.execute(sql);
      } catch (e) {
        throw toTransportError(e);
      }
      const last = results[results.length - 1];
      if (!last) return { columns: [], rows: [] };
      return resultToOutput(last);
    },
    close: () => session.close(),
  };
}
