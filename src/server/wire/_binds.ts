/**
 * @module server/wire/_binds
 * Protocol bindings → ExecuteOptions binds (spec §7). `{"1":{"type":"FIXED","value":"42"}}` keys are
 * 1-based positions for `?`/`:1`; any other key is a name for `:name`. A binding whose value is an
 * array is an array bind: the statement runs once per row (ExecuteOptions.bindRows). Type names
 * are passed through (other drivers send DATE, TIMESTAMP_NTZ, BINARY, ...) and TEXT values are
 * cast by the session to what the SQL context needs.
 */
import { SnowflakeError } from '../../errors.ts';
import type { BindValue, Binds } from '../../session/types.ts';

type Scalar = string | number | boolean | null;

function scalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Bind keys as the session expects them: positions '1','2',...; names without a leading ':'. */
function bindKey(key: string): string {
  return key.startsWith(':') ? key.slice(1) : key;
}

export function convertBindings(raw: unknown): { binds?: Binds; bindRows?: Binds[] } {
  if (raw === null || raw === undefined || typeof raw !== 'object') return {};
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return {};
  const single: Binds = {};
  const arrays: [string, string | undefined, unknown[]][] = [];
  for (const [k, b] of entries) {
    const spec = (b ?? {}) as { type?: unknown; value?: unknown };
    const type = typeof spec.type === 'string' ? spec.type.toUpperCase() : undefined;
    if (Array.isArray(spec.value)) arrays.push([bindKey(k), type, spec.value]);
    else single[bindKey(k)] = withType({ value: scalar(spec.value) }, type);
  }
  if (arrays.length === 0) return { binds: single };
  const n = arrays[0]?.[2].length ?? 0;
  if (arrays.some(([, , values]) => values.length !== n) || arrays.length !== entries.length) {
    throw new SnowflakeError(2049, '22000', 'Array bind values must all have the same number of rows.');
  }
  const rows: Binds[] = [];
  for (let i = 0; i < n; i++) {
    const row: Binds = {};
    for (const [key, type, values] of arrays) row[key] = withType({ value: scalar(values[i]) }, type);
    rows.push(row);
  }
  return { bindRows: rows };
}

function withType(v: BindValue, type: string | undefined): BindValue {
  if (type !== undefined) v.type = type;
  return v;
}
