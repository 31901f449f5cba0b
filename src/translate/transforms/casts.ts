/**
 * @module translate/transforms/casts
 * CAST / TRY_CAST / `::` (https://docs.snowflake.com/en/sql-reference/functions/cast,
 * https://docs.snowflake.com/en/sql-reference/data-type-conversion): the target Snowflake type maps
 * to its DuckDB storage type; casts out of VARIANT unwrap the JSON value; casts into VARIANT encode
 * JSON. A string that is not a number makes DuckDB raise a Conversion Error, which the engine maps
 * to 100038 — a plain CAST is never turned into a silent NULL.
 */
import { hexBytes } from '../functions/binary.ts';
import type { Expr, TypeName } from '../../sql/ast.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { duckType, typeFamily } from '../dialect/duckdb/types.ts';
import { quoteString } from '../_quote.ts';
import { normaliseDateLiteral, normaliseTimestampLiteral } from '../functions/_dateparts.ts';
import { printDateLikeCast } from '../functions/datetime-convert.ts';
import { floatText } from '../functions/_numfmt.ts';
import { inferType, isVariant } from './infer-type.ts';
import { printCastFromVariant, printToVariant } from './semi-structured.ts';

export function printCast(e: Expr, type: TypeName, tryCast: boolean, st: PrintState): string {
  const mapping = String(st.param('TIMESTAMP_TYPE_MAPPING') ?? 'TIMESTAMP_NTZ').toUpperCase();
  const fam = typeFamily(type, mapping);
  if (fam === 'variant' || fam === 'object' || fam === 'array') return printToVariant(e, st);
  const dt = duckType(type, mapping);
  const fn = tryCast ? 'TRY_CAST' : 'CAST';
  // Numbers, integer strings and VARIANTs cast to DATE/TIMESTAMP as TO_DATE/TO_TIMESTAMP convert them.
  const dateLike = printDateLikeCast(e, fam, tryCast, st);
  if (dateLike !== undefined) return dateLike;
  if (isVariant(e, st)) return printCastFromVariant(e, dt, fam === 'text', tryCast, st);
  if (e.kind === 'string' && (fam === 'date' || fam.startsWith('timestamp'))) {
    const iso = fam === 'date' ? normaliseDateLiteral(e.value) : normaliseTimestampLiteral(e.value, fam !== 'timestamp_ntz');
    if (iso !== null) return `${fn}(${quoteString(iso)} AS ${dt})`;
  }
  if (fam === 'text' && type.params[0] !== undefined && type.name !== 'STRING' && type.name !== 'TEXT') {
    // VARCHAR(n) / CHAR(n): a longer value fails (100078) or, for TRY_CAST, is NULL.
    const n = type.params[0];
    const v = printExpr(e, st);
    const bad = tryCast ? 'NULL' : `error('String ''' || CAST(${v} AS VARCHAR) || ''' is too long and would be truncated')`;
    return `(CASE WHEN length(CAST(${v} AS VARCHAR)) > ${n} THEN ${bad} ELSE CAST(${v} AS VARCHAR) END)`;
  }
  if (fam === 'binary' && (e.kind === 'string' || inferType(e, st)?.f === 'text')) {
    // Text → BINARY reads hex (BINARY_INPUT_FORMAT's default), as TO_BINARY does.
    return hexBytes(`CAST(${printExpr(e, st)} AS VARCHAR)`, tryCast);
  }
  if (fam === 'text') {
    // Timestamps print as Snowflake's default output format (…SS.FF3), floats without a trailing .0,
    // BINARY as upper-case hex (BINARY_OUTPUT_FORMAT's default).
    const src = inferType(e, st);
    if (src?.f === 'binary') return `upper(hex(${printExpr(e, st)}))`;
    if (src?.f === 'timestamp_ntz') return `strftime(${printExpr(e, st)}, '%Y-%m-%d %H:%M:%S.%g')`;
    if (src?.f === 'real') return floatText(printExpr(e, st));
  }
  return `${fn}(${printExpr(e, st)} AS ${dt})`;
}
