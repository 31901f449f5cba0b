/**
 * @module translate/transforms/semi-structured
 * VARIANT paths and casts (https://docs.snowflake.com/en/user-guide/querying-semistructured):
 * `v:a.b[0]` extracts JSON (case-sensitive keys; a missing path is NULL) → DuckDB `json_extract`
 * with a JSONPath; a cast of a VARIANT to a scalar type unwraps the JSON value first, so
 * `v:a::string` has no JSON quotes (`json_extract_string`) and `v:n::int` converts the text.
 * Comparisons of a VARIANT with a scalar compare the unwrapped value. Array and object constants
 * (https://docs.snowflake.com/en/sql-reference/data-types-semistructured#constants) build JSON.
 */
import type { ArrayLit, Expr, ObjectLit, PathExpr } from '../../sql/ast.ts';
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { inferType, isVariant } from './infer-type.ts';
import { objectConstruct } from '../functions/semi.ts';

/** The JSONPath of literal steps, and the base/dynamic steps folded in as nested extractions. */
function pathParts(e: PathExpr, st: PrintState): { base: string; path: string } {
  let base = printExpr(e.base, st);
  let path = '$';
  for (const step of e.steps) {
    if (step.kind === 'key') {
      if (step.name.includes('"')) throw new NotSupportedError('semi-structured path keys containing a double quote');
      path += `."${step.name}"`;
      continue;
    }
    const ix = step.expr;
    if (ix.kind === 'number' && /^\d+$/.test(ix.text)) {
      path += `[${ix.text}]`;
      continue;
    }
    if (ix.kind === 'string' && !ix.value.includes('"')) {
      path += `."${ix.value}"`;
      continue;
    }
    // Dynamic subscript: extract what we have so far, then subscript by the computed key/index.
    if (path !== '$') base = `json_extract(${base}, ${quoteString(path)})`;
    path = '$';
    const t = inferType(ix, st);
    const k = printExpr(ix, st);
    base = t?.f === 'text'
      ? `json_extract(${base}, '$."' || ${k} || '"')`
      : `json_extract(${base}, '$[' || CAST(${k} AS BIGINT) || ']')`;
  }
  return { base, path };
}

/** `v:a.b[0]` → JSON. */
export function printPath(e: PathExpr, st: PrintState): string {
  const { base, path } = pathParts(e, st);
  return path === '$' ? `json_extract(${base}, '$')` : `json_extract(${base}, ${quoteString(path)})`;
}

/** JSON numbers print without trailing fractional zeros (`5.0` → `5`), as Snowflake's VARIANT→VARCHAR does. */
function numberText(base: string, path: string): string {
  const s = `json_extract_string(${base}, ${path})`;
  return `(CASE WHEN json_type(${base}, ${path}) = 'DOUBLE' THEN regexp_replace(${s}, '^(-?\\d+)(?:\\.0*|(\\.\\d*?[1-9])0+)$', '\\1\\2') ELSE ${s} END)`;
}

/** A VARIANT expression unwrapped to its scalar text (strings without quotes, NULL for JSON null). */
export function printVariantText(e: Expr, st: PrintState): string {
  const inner = e.kind === 'paren' ? e.expr : e;
  if (inner.kind === 'path') {
    const { base, path } = pathParts(inner, st);
    return numberText(base, quoteString(path));
  }
  return numberText(printExpr(e, st), `'$'`);
}

/** Cast a VARIANT to a scalar DuckDB type (`text` family needs no further cast). */
export function printCastFromVariant(e: Expr, duckType: string, isText: boolean, tryCast: boolean, st: PrintState): string {
  const text = printVariantText(e, st);
  if (isText) return text;
  return `${tryCast ? 'TRY_CAST' : 'CAST'}(${text} AS ${duckType})`;
}

/** Cast a scalar to VARIANT: its JSON encoding. */
export function printToVariant(e: Expr, st: PrintState): string {
  if (isVariant(e, st)) return printExpr(e, st);
  return `to_json(${printExpr(e, st)})`;
}

/**
 * An operand of a comparison: when one side is a VARIANT and the other a scalar, the VARIANT side
 * is unwrapped and converted to the scalar's type.
 */
export function printComparisonOperand(e: Expr, other: Expr, st: PrintState): string {
  if (!isVariant(e, st) || isVariant(other, st)) return printExpr(e, st);
  const t = inferType(other, st);
  if (!t) return printExpr(e, st);
  switch (t.f) {
    case 'text':
      return printVariantText(e, st);
    case 'fixed':
    case 'real':
      return `CAST(${printVariantText(e, st)} AS DOUBLE)`;
    case 'boolean':
      return `CAST(${printVariantText(e, st)} AS BOOLEAN)`;
    default:
      return printExpr(e, st);
  }
}

/**
 * An operand of `+ - * / %`: a VARIANT facing another VARIANT is unwrapped to a number (Snowflake
 * casts both sides: `v:a * v:b`, `acc + x` in REDUCE); facing a typed value, as in a comparison.
 * A VARCHAR facing a number or another VARCHAR is coerced to a number, as Snowflake coerces
 * (`'5' * 10` is 50; a non-numeric string fails with 100038).
 */
export function printArithmeticOperand(e: Expr, other: Expr, st: PrintState): string {
  if (isVariant(e, st) && isVariant(other, st)) return `CAST(${printVariantText(e, st)} AS DOUBLE)`;
  if (inferType(e, st)?.f === 'text') {
    const o = inferType(other, st)?.f;
    if (o === 'fixed' || o === 'real' || o === 'text') return `CAST(${printExpr(e, st)} AS DOUBLE)`;
  }
  return printComparisonOperand(e, other, st);
}

/** An operand of `||`: a VARIANT gives its string value, not its JSON text (`'a' || v:name` is `abob`). */
export function printConcatOperand(e: Expr, st: PrintState): string {
  return isVariant(e, st) ? printVariantText(e, st) : printExpr(e, st);
}

/** `[a, b]` → a JSON array (elements keep their JSON types). */
export function printArrayLit(e: ArrayLit, st: PrintState): string {
  if (e.items.length === 0) return `CAST('[]' AS JSON)`;
  return `json_array(${e.items.map((i) => printExpr(i, st)).join(', ')})`;
}

/** `{'k': v}` → a JSON object; NULL values are omitted, as OBJECT_CONSTRUCT does. */
export function printObjectLit(e: ObjectLit, st: PrintState): string {
  if (e.entries.length === 0) return `CAST('{}' AS JSON)`;
  return objectConstruct(e.entries.map((en) => [printExpr(en.key, st), printToVariant(en.value, st)]));
}
