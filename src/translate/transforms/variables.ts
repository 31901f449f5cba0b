/**
 * @module translate/transforms/variables
 * Session variables `$name` (https://docs.snowflake.com/en/sql-reference/session-variables): the
 * value set with SET is substituted as a typed DuckDB literal. An unset variable raises
 * `Session variable '$X' does not exist`.
 */
import { SessionVariableNotFound } from '../../errors.ts';
import type { Value } from '../../engine/types.ts';
import { quoteString } from '../_quote.ts';
import type { SessionVariable } from '../context.ts';
import type { PrintState } from '../_state.ts';

function lookup(name: string, st: PrintState): SessionVariable {
  const v = st.variable(name.toUpperCase()) ?? st.variable(name);
  if (!v) throw new SessionVariableNotFound(name);
  return v;
}

/** The raw value of `$name`. */
export function variableValue(name: string, st: PrintState): Value {
  return lookup(name, st).value;
}

/** `$name` as a DuckDB literal of the variable's Snowflake type. */
export function printVariable(name: string, st: PrintState): string {
  const v = lookup(name, st);
  return valueLiteral(v.value, v.type);
}

/** A canonical engine Value (engine/types.ts) as a DuckDB literal of the given Snowflake type. */
export function valueLiteral(value: Value, type: SessionVariable['type']): string {
  if (value === null) return 'NULL';
  if (value instanceof Uint8Array) return `from_hex(${quoteString(Buffer.from(value).toString('hex'))})`;
  switch (type) {
    case 'fixed': {
      const t = String(value);
      if (!/^-?\d+(\.\d+)?$/.test(t)) return `CAST(${quoteString(t)} AS DOUBLE)`;
      const dot = t.indexOf('.');
      const digits = t.replace(/[-.]/g, '').length;
      return dot < 0 ? `CAST(${t} AS DECIMAL(38,0))` : `CAST(${t} AS DECIMAL(${Math.max(digits, 1)},${t.length - dot - 1}))`;
    }
    case 'real':
      return `CAST(${quoteString(String(value))} AS DOUBLE)`;
    case 'boolean':
      return value === true || value === 'true' ? 'TRUE' : 'FALSE';
    case 'text':
      return quoteString(String(value));
    case 'date':
      return `CAST(${quoteString(String(value))} AS DATE)`;
    case 'time':
      return `CAST(${quoteString(String(value))} AS TIME)`;
    case 'timestamp_ntz':
      return `CAST(${quoteString(String(value))} AS TIMESTAMP)`;
    case 'timestamp_ltz':
    case 'timestamp_tz':
      return `CAST(${quoteString(String(value))} AS TIMESTAMPTZ)`;
    case 'variant':
    case 'object':
    case 'array':
      return `CAST(${quoteString(String(value))} AS JSON)`;
    case 'binary':
      return `from_hex(${quoteString(String(value))})`;
  }
}
