/**
 * @module bench/translate
 * Parse + translate cost per statement (issue 3, item 7): every statement of the conformance
 * suite (setup and query) with the translation cache off, then `SELECT 1` with the cache on.
 * Statements that fail to parse or translate (NotSupported, expected errors) are timed too, since
 * a client pays for them the same way. Prints mean, p50 and p99 in microseconds.
 *
 * Run: ./node_modules/.bin/bun bench/translate.ts
 */
import { parse } from '../src/sql/index.ts';
import { setCacheEnabled, translate } from '../src/translate/index.ts';
import type { TranslateContext } from '../src/translate/context.ts';
import { ALL_CASES } from '../test/conformance/cases/index.ts';

const ctx: TranslateContext = {
  database: 'MOCKHAUS',
  schema: 'PUBLIC',
  sessionId: 'bench',
  variables: new Map(),
  params: {},
  catalog: { hasDatabase: () => true, hasSchema: () => true, columns: () => undefined },
};

function statements(): string[] {
  const out: string[] = [];
  for (const c of ALL_CASES) {
    for (const s of c.setup ?? []) out.push(s);
    out.push(c.sql);
  }
  return out;
}

function once(sql: string): void {
  try {
    for (const p of parse(sql)) {
      try {
        translate(p, ctx);
      } catch {
        // NotSupported / Snowflake errors cost the same path.
      }
    }
  } catch {
    // syntax errors
  }
}

interface Stats {
  mean: number;
  p50: number;
  p99: number;
  /** Mean of the samples up to p99: the machine is shared, so GC and scheduler pauses land in the tail. */
  trimmed: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const cut = s.slice(0, Math.floor(s.length * 0.99));
  return { mean, p50: q(0.5), p99: q(0.99), trimmed: cut.reduce((a, b) => a + b, 0) / cut.length };
}

function fmt(label: string, n: number, r: Stats): string {
  return `${label}: n=${n} mean=${r.mean.toFixed(1)}µs p50=${r.p50.toFixed(1)}µs p99=${r.p99.toFixed(1)}µs mean≤p99=${r.trimmed.toFixed(1)}µs`;
}

const stmts = statements();
setCacheEnabled(false);
for (let i = 0; i < 3; i++) for (const s of stmts) once(s); // warm-up (JIT)
const ROUNDS = 5;
const samples: number[] = [];
const roundMeans: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  Bun.gc(true);
  const r0 = performance.now();
  for (const s of stmts) {
    const t0 = performance.now();
    once(s);
    samples.push((performance.now() - t0) * 1000);
  }
  roundMeans.push(((performance.now() - r0) * 1000) / stmts.length);
}
console.log(fmt('parse+translate, cache off (conformance statements)', stmts.length, stats(samples)));
// On a shared machine other processes' bursts land in some rounds; the best round is the code's cost.
console.log(`  per-round means: ${roundMeans.map((m) => m.toFixed(1)).join(', ')}µs (best ${Math.min(...roundMeans).toFixed(1)}µs)`);

// Where the time goes: parse alone, then translate alone by statement family.
const parsed: { kind: string; p: ReturnType<typeof parse>[number] }[] = [];
const parseOnly: number[] = [];
Bun.gc(true);
for (let r = 0; r < ROUNDS; r++) {
  for (const s of stmts) {
    const t0 = performance.now();
    try {
      const ps = parse(s);
      if (r === 0) for (const p of ps) parsed.push({ kind: p.statement.kind, p });
    } catch {
      // syntax errors are timed too
    }
    parseOnly.push((performance.now() - t0) * 1000);
  }
}
console.log(fmt('  parse only', stmts.length, stats(parseOnly)));
const DDL = new Set(['createTable', 'createView', 'createDatabase', 'createSchema', 'createSequence', 'createStage', 'createFileFormat', 'createRoutine', 'accountObject', 'drop', 'undrop', 'alterTable', 'alterObject', 'show', 'describe', 'truncate', 'grant', 'revoke', 'commentOn']);
const fam = new Map<string, number[]>();
Bun.gc(true);
for (let r = 0; r < ROUNDS; r++) {
  for (const { kind, p } of parsed) {
    const t0 = performance.now();
    try {
      translate(p, ctx);
    } catch {
      // NotSupported / Snowflake errors
    }
    const f = kind === 'query' ? 'queries' : DDL.has(kind) ? 'DDL/SHOW/DESCRIBE' : 'DML and other';
    if (!fam.has(f)) fam.set(f, []);
    fam.get(f)!.push((performance.now() - t0) * 1000);
  }
}
for (const [f, xs] of fam) console.log(fmt(`  translate only: ${f}`, xs.length / ROUNDS, stats(xs)));

setCacheEnabled(true);
const one = parse('SELECT 1')[0]!;
for (let i = 0; i < 1000; i++) translate(one, ctx);
const hot: number[] = [];
for (let i = 0; i < 20000; i++) {
  const t0 = performance.now();
  translate(parse('SELECT 1')[0]!, ctx);
  hot.push((performance.now() - t0) * 1000);
}
console.log(fmt('SELECT 1 parse+translate, cache on', hot.length, stats(hot)));
