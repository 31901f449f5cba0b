/**
 * @module test/conformance/known-failures
 * Cases that fail today because Mockhaus is still wrong, grouped by cause. The runner skips them
 * (test.skip with the reason) so CI stays green; `npm run conformance` reports them as
 * "known failures", never as passes. Remove an id as soon as its case passes.
 */
import type { SkipGroup } from './types.ts';

export const KNOWN_FAILURES: SkipGroup[] = [];

/** Statements the parser does not accept yet (parse.test.ts skips them with the reason). */
export const PARSE_KNOWN_FAILURES: SkipGroup[] = [];
