/**
 * @module translate/ddl/_options
 * Option lists (`TYPE = CSV  SKIP_HEADER = 1  FORMAT_NAME = 'f'`, `(A = 1 B = 2)`) as plain JSON,
 * for the metadata of stages, file formats and account objects.
 */
import type { OptionPair, OptionValue } from '../../sql/ast.ts';
import { sfExprText } from './_sftext.ts';

export type OptionJson = string | number | boolean | null | OptionJson[] | { [k: string]: OptionJson };

/** A scalar option's value (`'x'`, `X`, `1`, `TRUE`); undefined for lists, tuples and expressions. */
export function optionScalar(v: OptionValue): string | number | boolean | undefined {
  switch (v.kind) {
    case 'optString':
    case 'optIdent':
    case 'optNumber':
    case 'optBool':
      return v.value;
    case 'optList':
    case 'optTuple':
    case 'optExpr':
      return undefined;
  }
}

export function optionValueJson(v: OptionValue): OptionJson {
  switch (v.kind) {
    case 'optString':
    case 'optIdent':
    case 'optNumber':
    case 'optBool':
      return v.value;
    case 'optList':
      return optionsJson(v.options);
    case 'optTuple':
      return v.items.map(optionValueJson);
    case 'optExpr':
      return sfExprText(v.expr) ?? null;
  }
}

export function optionsJson(options: readonly OptionPair[]): { [k: string]: OptionJson } {
  const out: { [k: string]: OptionJson } = {};
  for (const o of options) out[o.name.toUpperCase()] = optionValueJson(o.value);
  return out;
}

/** An option's boolean value (`TRUE`, `'true'`, `FALSE`, …); `dflt` when it is absent. */
export function optionBool(v: unknown, dflt = false): boolean {
  if (v === undefined || v === null) return dflt;
  return typeof v === 'boolean' ? v : String(v).toUpperCase() === 'TRUE';
}

/** The string form of one option's value (`TYPE = CSV` → `CSV`), if present. */
export function optionText(options: readonly OptionPair[], name: string): string | undefined {
  const o = options.find((p) => p.name.toUpperCase() === name);
  if (!o) return undefined;
  const v = optionValueJson(o.value);
  return v === null || typeof v === 'object' ? undefined : String(v);
}
