/**
 * @module test/conformance/_harness
 * Runs one conformance case over any Transport and judges the answer. Shared by the bun:test
 * runner (run-conformance.ts) and the CLI report (report.ts) so both count exactly the same way.
 *
 * Isolation: one transport (one session) per area; each case that creates anything gets its own
 * database (`CREATE DATABASE CONF_<AREA>_<n>` + `USE SCHEMA ….PUBLIC`) so setups never collide and
 * CI stays fast; a lone query without setup runs as is. Cases marked `fresh`, and every case once creating a database has failed, get a brand-new
 * transport instead. When a statement fails with something other than a Snowflake error (a
 * timeout, a crash, a protocol failure) the shared transport is replaced, so one broken case
 * cannot poison the next; an ordinary wrong answer keeps the session.
 */
import type { ConformanceCase, QueryOutput, Transport, TransportError } from './types.ts';

export type Outcome = { status: 'pass' } | { status: 'fail'; reason: string };

/** Thrown values that mean the transport itself may be unusable (not a Snowflake error). */
class TransportBroken extends Error {}

/** Per-statement ceiling so a hung statement fails its case instead of the whole run. */
const STATEMENT_TIMEOUT_MS = 15_000;

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${STATEMENT_TIMEOUT_MS} ms: ${what}`)), STATEMENT_TIMEOUT_MS);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export function isTransportError(e: unknown): e is TransportError {
  return typeof e === 'object' && e !== null && typeof (e as { errno?: unknown }).errno === 'string';
}

export function describeError(e: unknown): string {
  if (isTransportError(e)) return `${e.errno} (${e.sqlState}): ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

function oneLine(s: string, max = 240): string {
  const flat = s.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Holds the shared transport of one area and hands out an isolated one per case. */
export class AreaRunner {
  private shared: Transport | null = null;
  private isolationBroken = false;
  private n = 0;
  constructor(
    private readonly area: string,
    private readonly connect: () => Promise<Transport>,
  ) {}

  private dbName(): string {
    this.n += 1;
    return `CONF_${this.area.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${this.n}`;
  }

  /** A transport for one case plus what to do afterwards (`ok` = the case did not blow up). */
  private async acquire(c: ConformanceCase): Promise<{ t: Transport; release: (ok: boolean) => Promise<void> }> {
    const fresh = async () => {
      const t = await this.connect();
      return { t, release: async () => { await t.close().catch(() => undefined); } };
    };
    if (c.fresh || this.isolationBroken) return fresh();
    if (!this.shared) this.shared = await this.connect();
    const t = this.shared;
    const keep = async (ok: boolean) => {
      if (!ok) await this.dispose();
    };
    // A lone query creates nothing, so it needs no database of its own (saves a DDL per case).
    if (isReadOnly(c)) return { t, release: keep };
    const db = this.dbName();
    try {
      await withTimeout(t.execute(`CREATE DATABASE ${db}`), 'create case database');
      await withTimeout(t.execute(`USE SCHEMA ${db}.PUBLIC`), 'use case database');
    } catch {
      // The transport cannot isolate cases by database (yet): fall back to one session per case.
      this.isolationBroken = true;
      await this.dispose();
      return fresh();
    }
    return { t, release: keep };
  }

  async run(c: ConformanceCase): Promise<Outcome> {
    let lease: { t: Transport; release: (ok: boolean) => Promise<void> };
    try {
      lease = await this.acquire(c);
    } catch (e) {
      return { status: 'fail', reason: oneLine(`could not connect: ${describeError(e)}`) };
    }
    let outcome: Outcome;
    let healthy = true;
    try {
      outcome = await runCase(lease.t, c);
    } catch (e) {
      healthy = false;
      outcome = { status: 'fail', reason: oneLine(e instanceof Error ? e.message : String(e)) };
    }
    await lease.release(healthy);
    return outcome;
  }

  async dispose(): Promise<void> {
    const t = this.shared;
    this.shared = null;
    if (t) await t.close().catch(() => undefined);
  }
}

/** No setup and a single query: nothing is created, so no per-case database is needed. */
export function isReadOnly(c: ConformanceCase): boolean {
  return !c.setup?.length && /^\s*(SELECT|WITH|VALUES)\b/i.test(c.sql) && !/;\s*\S/.test(c.sql);
}

/** Run setup + statement on `t` and judge against the case's expectations. */
export async function runCase(t: Transport, c: ConformanceCase): Promise<Outcome> {
  for (const [i, stmt] of (c.setup ?? []).entries()) {
    try {
      await withTimeout(t.execute(stmt), `setup ${i + 1}`);
    } catch (e) {
      const reason = `setup ${i + 1} failed: ${describeError(e)} — ${stmt}`;
      if (!isTransportError(e)) throw new TransportBroken(oneLine(reason));
      return { status: 'fail', reason: oneLine(reason) };
    }
  }
  let out: QueryOutput;
  try {
    out = await withTimeout(t.execute(c.sql), 'statement');
  } catch (e) {
    if (!isTransportError(e)) throw new TransportBroken(oneLine(`non-Snowflake error ${describeError(e)}`));
    if (!c.error) return { status: 'fail', reason: oneLine(`unexpected error ${describeError(e)}`) };
    return judgeError(c, e);
  }
  if (c.error) {
    return { status: 'fail', reason: oneLine(`expected error ${c.error.errno} but got ${out.rows.length} row(s)`) };
  }
  return judgeOutput(c, out);
}

function judgeError(c: ConformanceCase, e: TransportError): Outcome {
  const want = c.error!;
  const problems: string[] = [];
  if (e.errno !== want.errno) problems.push(`errno ${e.errno} ≠ ${want.errno}`);
  if (want.sqlState !== undefined && e.sqlState !== want.sqlState) problems.push(`sqlState ${e.sqlState} ≠ ${want.sqlState}`);
  if (want.messageIncludes !== undefined && !e.message.includes(want.messageIncludes)) {
    problems.push(`message lacks ${JSON.stringify(want.messageIncludes)}`);
  }
  if (problems.length === 0) return { status: 'pass' };
  return { status: 'fail', reason: oneLine(`${problems.join('; ')} — got ${describeError(e)}`) };
}

function judgeOutput(c: ConformanceCase, out: QueryOutput): Outcome {
  if (c.columns && !sameArray(c.columns, out.columns)) {
    return { status: 'fail', reason: oneLine(`columns ${JSON.stringify(out.columns)} ≠ expected ${JSON.stringify(c.columns)}`) };
  }
  if (c.rows) {
    let rows = out.rows;
    if (c.project) {
      const idx = c.project.map((name) => out.columns.indexOf(name));
      const missing = c.project.filter((_, i) => idx[i] === -1);
      if (missing.length) return { status: 'fail', reason: oneLine(`result lacks column(s) ${JSON.stringify(missing)}; has ${JSON.stringify(out.columns)}`) };
      rows = out.rows.map((r) => idx.map((i) => r[i]));
    }
    const want = c.unordered ? sortRows(c.rows) : c.rows;
    const got = c.unordered ? sortRows(rows) : rows;
    if (want.length !== got.length) {
      return { status: 'fail', reason: oneLine(`${got.length} row(s) ≠ expected ${want.length}: ${show(got)}`) };
    }
    for (let i = 0; i < want.length; i++) {
      const w = want[i]!;
      const g = got[i]!;
      if (w.length !== g.length || !w.every((v, j) => sameValue(v, g[j]))) {
        return { status: 'fail', reason: oneLine(`row ${i + 1}: got ${show([g])} expected ${show([w])}`) };
      }
    }
  }
  return { status: 'pass' };
}

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Exact equality, except FLOAT results (JS numbers) compare with a relative 1e-9 tolerance. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (a === b) return true;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

function key(v: unknown): string {
  if (v === null) return '\u0000null';
  if (typeof v === 'number') return `n:${v}`;
  return `${typeof v}:${String(v)}`;
}

function sortRows(rows: unknown[][]): unknown[][] {
  return [...rows].sort((x, y) => {
    const kx = x.map(key).join('\u0001');
    const ky = y.map(key).join('\u0001');
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
}

function show(rows: unknown[][]): string {
  return JSON.stringify(rows.slice(0, 4)) + (rows.length > 4 ? `…(+${rows.length - 4})` : '');
}

/**
 * Runs every area's cases in the background, several areas at once (each area stays sequential
 * on its own session), and hands out each case's outcome as a promise. DuckDB executes off the JS
 * thread, so areas overlap; the bun:test tests (which run one after another) only await results.
 */
export class ConformanceScheduler {
  private readonly results = new Map<string, Promise<Outcome>>();
  private readonly resolvers = new Map<string, (o: Outcome) => void>();
  private started = false;

  constructor(
    private readonly areas: Map<string, ConformanceCase[]>,
    private readonly connect: () => Promise<Transport>,
    private readonly concurrency = 3,
  ) {
    for (const cases of areas.values()) {
      for (const c of cases) {
        this.results.set(c.id, new Promise<Outcome>((resolve) => this.resolvers.set(c.id, resolve)));
      }
    }
  }

  /** The outcome of one case (starts the background run on first use). */
  outcome(c: ConformanceCase): Promise<Outcome> {
    this.start();
    const p = this.results.get(c.id);
    if (!p) return Promise.resolve({ status: 'fail', reason: `case ${c.id} was not scheduled` });
    return p;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const queue = [...this.areas.entries()];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [area, cases] = next;
        const runner = new AreaRunner(area, this.connect);
        for (const c of cases) {
          let o: Outcome;
          try {
            o = await runner.run(c);
          } catch (e) {
            o = { status: 'fail', reason: oneLine(`harness error: ${describeError(e)}`) };
          }
          this.resolvers.get(c.id)?.(o);
        }
        await runner.dispose();
      }
    };
    for (let i = 0; i < this.concurrency; i++) void worker();
  }
}
