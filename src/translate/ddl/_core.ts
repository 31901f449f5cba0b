/**
 * @module translate/ddl/_core
 * The one place the DDL translators reach the translator core (src/translate/index.ts): printing
 * expressions (DEFAULT, virtual columns) and queries (CTAS, view bodies) to DuckDB SQL. The core
 * imports this package, so the core is loaded lazily on first use (no import cycle at load time).
 */
import { quoteString } from '../../catalog/names.ts';
import type { Expr, Query } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';

interface CoreApi {
  printExpr(e: Expr, ctx: TranslateContext): string;
  printQuery(q: Query, ctx: TranslateContext): string;
}

let core: CoreApi | undefined;
function load(): CoreApi {
  core ??= require('../index.ts') as CoreApi;
  return core;
}

export function printExprSql(e: Expr, ctx: TranslateContext): string {
  // Plain literals need no translation (DuckDB casts a DEFAULT to the column's type).
  if (e.kind === 'number' && /^-?\d+(\.\d+)?$/.test(e.text)) return e.text;
  if (e.kind === 'string') return quoteString(e.value);
  if (e.kind === 'boolean') return e.value ? 'true' : 'false';
  if (e.kind === 'null') return 'NULL';
  return load().printExpr(e, ctx);
}

export function printQuerySql(q: Query, ctx: TranslateContext): string {
  return load().printQuery(q, ctx);
}

/** Snowflake's result column names of a query (undefined when a `*` leaves them to DuckDB); loaded lazily like the core. */
export function queryColumnNamesOf(q: Query): string[] | undefined {
  const printer = require('../dialect/duckdb/query.ts') as { queryColumnNames(q: Query): { name: string }[] | undefined };
  return printer.queryColumnNames(q)?.map((c) => c.name);
}
