/**
 * @module translate/transforms/columns
 * Column references (https://docs.snowflake.com/en/sql-reference/identifiers-syntax): every part is
 * already folded by the parser and is printed quoted. Positional references `$1`
 * (https://docs.snowflake.com/en/sql-reference/sql/select#parameters) name the n-th column of the
 * single FROM item; `seq.NEXTVAL` reads a sequence.
 */
import type { ColumnRef, Positional, TypeName } from '../../sql/ast.ts';
import { duckType } from '../dialect/duckdb/types.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteIdent, quoteString } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { printResolved, resolveParts } from './names.ts';

export function printColumn(e: ColumnRef, st: PrintState): string {
  // Markers that transforms/outer-join-marker turned into a LEFT JOIN are gone by now.
  if (e.outerJoin) throw new NotSupportedError('outer-join marker (+) outside a WHERE conjunct joining two FROM tables');
  const parts = e.parts;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1 && !last.quoted && last.name === 'DEFAULT') return 'DEFAULT';
  if (parts.length >= 2 && !last.quoted && (last.name === 'NEXTVAL' || last.name === 'CURRVAL')) {
    if (last.name === 'CURRVAL') throw new NotSupportedError('sequence CURRVAL');
    const seq = resolveParts(parts.slice(0, -1), st);
    return `nextval(${quoteString(printResolved(seq))})`;
  }
  if (parts.length === 1) {
    const lp = lambdaParam(last.name, st);
    if (lp !== undefined) {
      // A typed lambda parameter over a VARIANT array element: unwrap the JSON to the declared type.
      return lp.type ? `TRY_CAST(json_extract_string(${quoteIdent(last.name)}, '$') AS ${duckType(lp.type)})` : quoteIdent(last.name);
    }
  }
  let s = '';
  for (let i = 0; i < parts.length; i++) s += (i ? '.' : '') + quoteIdent(parts[i]!.name);
  return s;
}

/** The enclosing lambda's parameter of that name, if any. */
export function lambdaParam(name: string, st: PrintState): { type: TypeName | undefined } | undefined {
  for (let i = st.lambdaParams.length - 1; i >= 0; i--) {
    const m = st.lambdaParams[i]!;
    if (m.has(name)) return { type: m.get(name) };
  }
  return undefined;
}

export function printPositional(e: Positional, st: PrintState): string {
  const cols = st.positional[st.positional.length - 1];
  const name = cols?.[e.index - 1];
  if (name === undefined) throw new NotSupportedError(`positional column $${e.index} here`);
  return quoteIdent(name);
}
