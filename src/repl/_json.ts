/**
 * @module repl/_json
 * Reading loosely-typed JSON answers from the REST API without `any`: pick the first present key,
 * and coerce to string, number or Date when the value has that shape.
 */

export function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The first of `keys` present (not undefined/null) in `o`. */
export function pick(o: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
}

export function asString(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

export function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}
export const num = asNumber;

/** ISO strings and epoch numbers (seconds when small, else milliseconds). */
export function asDate(v: unknown): Date | null {
  if (typeof v === 'number') return new Date(v < 1e11 ? v * 1000 : v);
  if (typeof v === 'string' && v !== '') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
