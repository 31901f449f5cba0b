/**
 * @module test/conformance/cases/_define
 * Helpers for writing cases: `defineCases(area, [...])` stamps the area on each case, and `fn()` /
 * `sql()` build documentation URLs so each case cites its page.
 */
import type { ConformanceCase } from '../types.ts';

export type CaseInput = Omit<ConformanceCase, 'area'>;

export function defineCases(area: string, cases: CaseInput[]): ConformanceCase[] {
  return cases.map((c) => ({ ...c, area }));
}

const BASE = 'https://docs.snowflake.com/en/sql-reference';

/** URL of a function's reference page (`fn('iff')`). */
export function fn(name: string): string {
  return `${BASE}/functions/${name}`;
}

/** URL of a command's reference page (`cmd('create-table')`). */
export function cmd(name: string): string {
  return `${BASE}/sql/${name}`;
}

/** URL of any other SQL reference page (`ref('identifiers-syntax')`). */
export function ref(page: string): string {
  return `${BASE}/${page}`;
}

/** Status row of DDL/USE/SET (reference §2). */
export const STATUS = ['status'];
export const STATEMENT_OK = [['Statement executed successfully.']];
