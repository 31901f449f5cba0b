/**
 * @module translate/transforms/binds
 * Bind parameters `?`, `:1`, `:name` (https://docs.snowflake.com/en/developer-guide/sql-api/submitting-requests#using-bind-variables-in-a-statement)
 * become DuckDB positional parameters `$n` whose values travel in DuckDbPlan.params. A bind the
 * client typed (FIXED, REAL, BOOLEAN, DATE, TIMESTAMP_*) is cast to that type; TEXT binds are left
 * for DuckDB to type from context.
 */
import type { Bind } from '../../sql/ast.ts';
import { SnowflakeError } from '../../errors.ts';
import type { PrintState } from '../_state.ts';

const BIND_CASTS: Record<string, string> = {
  REAL: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  TIME: 'TIME',
  TIMESTAMP_NTZ: 'TIMESTAMP',
  TIMESTAMP_LTZ: 'TIMESTAMPTZ',
  TIMESTAMP_TZ: 'TIMESTAMPTZ',
  BINARY: 'BLOB',
  VARIANT: 'JSON',
  OBJECT: 'JSON',
  ARRAY: 'JSON',
};

export function printBind(b: Bind, st: PrintState): string {
  let key = b.name ?? String(b.index ?? '');
  let v = st.bind(key);
  if (!v && b.name) {
    // Clients send named binds in the case they wrote; the parser may have folded the name.
    for (const k of [b.name.toLowerCase(), b.name.toUpperCase()]) {
      v = st.bind(k);
      if (v) {
        key = k;
        break;
      }
    }
  }
  if (!v) throw new SnowflakeError(2049, '42601', `SQL compilation error:\nBind variable ${b.name ? ':' + b.name : '?'} not set.`);
  const value = typeof v.value === 'bigint' ? v.value.toString() : v.value;
  const n = st.slot(key, value);
  const type = v.type?.toUpperCase();
  if (type === 'FIXED') {
    const t = String(value);
    const dot = t.indexOf('.');
    return dot < 0 ? `CAST($${n} AS DECIMAL(38,0))` : `CAST($${n} AS DECIMAL(38,${Math.min(t.length - dot - 1, 37)}))`;
  }
  const cast = type ? BIND_CASTS[type] : undefined;
  return cast ? `CAST($${n} AS ${cast})` : `$${n}`;
}
