/**
 * @module test/conformance/run-conformance
 * The one behaviour suite, run over any transport (STYLE.md convention 13, Hono's
 * `runTest({ newRouter, skip })`): each transport's `*.test.ts` calls
 * `runConformance({ name, connect, skip })`. One bun:test test per case, grouped by area; pending
 * cases (later issues) are `test.todo` and skipped cases are `test.skip`, both with their reason
 * in the test name, so neither is ever counted as passing.
 *
 * @example
 * runConformance({ name: 'engine', connect: engineTransport, skip: KNOWN_FAILURES });
 */
import { describe, expect, test } from 'bun:test';
import { ConformanceScheduler } from './_harness.ts';
import { ALL_CASES, casesByArea } from './cases/index.ts';
import type { ConformanceOptions, SkipGroup } from './types.ts';

/** id → reason, from the skip groups. Unknown ids are an error: a stale skip list hides nothing. */
export function skipIndex(skip: readonly SkipGroup[]): Map<string, string> {
  const known = new Set(ALL_CASES.map((c) => c.id));
  const index = new Map<string, string>();
  for (const group of skip) {
    for (const id of group.tests) {
      if (!known.has(id)) throw new Error(`skip list names unknown conformance case '${id}'`);
      index.set(id, group.reason);
    }
  }
  return index;
}

export function runConformance(opts: ConformanceOptions): void {
  const skipped = skipIndex(opts.skip ?? []);
  const byArea = casesByArea();
  // Only cases that really run are scheduled (pending and skipped ones never touch a transport).
  const runnable = new Map(
    [...byArea].map(([area, cases]) => [area, cases.filter((c) => !c.pending && !skipped.has(c.id))] as const),
  );
  const scheduler = new ConformanceScheduler(runnable, opts.connect, opts.concurrency ?? 3);
  describe(`conformance (${opts.name})`, () => {
    for (const [area, cases] of byArea) {
      describe(area, () => {
        for (const c of cases) {
          if (c.pending) {
            test.todo(`${c.id} — pending: ${c.pending}`);
            continue;
          }
          const skipReason = skipped.get(c.id);
          if (skipReason) {
            test.skip(`${c.id} — known failure: ${skipReason}`, () => undefined);
            continue;
          }
          test(c.id, async () => {
            const outcome = await scheduler.outcome(c);
            expect(outcome).toEqual({ status: 'pass' });
          }, 120_000);
        }
      });
    }
  });
}
