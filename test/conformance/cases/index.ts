/**
 * @module test/conformance/cases
 * Every conformance case, in area order. Ids are unique across the suite (checked here, at load).
 */
import type { ConformanceCase } from '../types.ts';
import { aggregateCases } from './aggregate.ts';
import { conditionalCases } from './conditional.ts';
import { datetimeCases } from './datetime.ts';
import { numericCases } from './numeric.ts';
import { stringCases } from './string.ts';
import { typeCases } from './types.ts';
import { windowCases } from './window.ts';
import { semistructuredCases } from './semistructured.ts';
import { queryCases } from './queries.ts';
import { dmlCases } from './dml.ts';
import { ddlCases } from './ddl.ts';
import { metadataCases } from './metadata.ts';
import { identifierCases } from './identifiers.ts';
import { sessionCases } from './session.ts';
import { nullCases } from './nulls.ts';
import { errorCases } from './errors.ts';
import { ingestionCases } from './ingestion.ts';
import { lexicalCases } from './lexical.ts';

export const ALL_CASES: readonly ConformanceCase[] = [
  ...lexicalCases,
  ...identifierCases,
  ...typeCases,
  ...numericCases,
  ...nullCases,
  ...conditionalCases,
  ...stringCases,
  ...datetimeCases,
  ...aggregateCases,
  ...windowCases,
  ...semistructuredCases,
  ...queryCases,
  ...dmlCases,
  ...ddlCases,
  ...metadataCases,
  ...sessionCases,
  ...errorCases,
  ...ingestionCases,
];

const seen = new Set<string>();
for (const c of ALL_CASES) {
  if (seen.has(c.id)) throw new Error(`duplicate conformance case id '${c.id}'`);
  seen.add(c.id);
}

/** Cases grouped by area, in first-appearance order. */
export function casesByArea(): Map<string, ConformanceCase[]> {
  const byArea = new Map<string, ConformanceCase[]>();
  for (const c of ALL_CASES) {
    const list = byArea.get(c.area) ?? [];
    list.push(c);
    byArea.set(c.area, list);
  }
  return byArea;
}
