/**
 * @module test/conformance/report
 * `npm run conformance`: runs every case over the engine transport, outside bun:test, and prints
 * pass / fail / known-failure / pending counts per area, then each failing id with a one-line
 * reason. Known failures (known-failures.ts) are run too and counted separately: a known failure
 * that now passes is reported so its id can be removed. Exit code 1 when an unknown failure exists.
 *
 * @example bun test/conformance/report.ts [--area string] [--verbose] [--concurrency 3]
 */
import { ConformanceScheduler } from './_harness.ts';
import { casesByArea } from './cases/index.ts';
import { engineTransport } from './engine-transport.ts';
import { KNOWN_FAILURES } from './known-failures.ts';
import { skipIndex } from './run-conformance.ts';

interface Tally { pass: number; fail: number; known: number; pending: number }

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const areaFilter = args.includes('--area') ? args[args.indexOf('--area') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const concurrency = args.includes('--concurrency') ? Number(args[args.indexOf('--concurrency') + 1]) : 3;
  const known = skipIndex(KNOWN_FAILURES);
  const tallies = new Map<string, Tally>();
  const failures: string[] = [];
  const knownFailures: string[] = [];
  const fixed: string[] = [];
  const pending: string[] = [];
  const started = performance.now();

  const byArea = new Map([...casesByArea()].filter(([area]) => !areaFilter || area === areaFilter));
  const runnable = new Map([...byArea].map(([area, cases]) => [area, cases.filter((c) => !c.pending)] as const));
  const scheduler = new ConformanceScheduler(runnable, engineTransport, concurrency);
  for (const [area, cases] of byArea) {
    const t: Tally = { pass: 0, fail: 0, known: 0, pending: 0 };
    tallies.set(area, t);
    for (const c of cases) {
      if (c.pending) {
        t.pending += 1;
        pending.push(`${c.id}: ${c.pending}`);
        continue;
      }
      const outcome = await scheduler.outcome(c);
      const knownReason = known.get(c.id);
      if (outcome.status === 'pass') {
        t.pass += 1;
        if (knownReason) fixed.push(c.id);
      } else if (knownReason) {
        t.known += 1;
        knownFailures.push(`${c.id} [${knownReason}]${verbose ? ` — ${outcome.reason}` : ''}`);
      } else {
        t.fail += 1;
        failures.push(`${c.id} — ${outcome.reason}`);
      }
    }
  }

  const total: Tally = { pass: 0, fail: 0, known: 0, pending: 0 };
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${'area'.padEnd(14)}${pad('cases', 7)}${pad('pass', 7)}${pad('fail', 7)}${pad('known', 7)}${pad('pending', 9)}`);
  for (const [area, t] of tallies) {
    for (const k of ['pass', 'fail', 'known', 'pending'] as const) total[k] += t[k];
    const n = t.pass + t.fail + t.known + t.pending;
    console.log(`${area.padEnd(14)}${pad(n, 7)}${pad(t.pass, 7)}${pad(t.fail, 7)}${pad(t.known, 7)}${pad(t.pending, 9)}`);
  }
  const n = total.pass + total.fail + total.known + total.pending;
  console.log(`${'TOTAL'.padEnd(14)}${pad(n, 7)}${pad(total.pass, 7)}${pad(total.fail, 7)}${pad(total.known, 7)}${pad(total.pending, 9)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);

  if (failures.length) console.log(`\nFailing (${failures.length}):\n  ${failures.join('\n  ')}`);
  if (knownFailures.length) console.log(`\nKnown failures, not counted as passes (${knownFailures.length}):\n  ${knownFailures.join('\n  ')}`);
  if (fixed.length) console.log(`\nKnown failures that now PASS — remove from known-failures.ts (${fixed.length}):\n  ${fixed.join('\n  ')}`);
  if (verbose && pending.length) console.log(`\nPending (${pending.length}):\n  ${pending.join('\n  ')}`);
  return failures.length ? 1 : 0;
}

// Exit explicitly: a session-side timer can keep the event loop alive for seconds after close.
process.exit(await main());
