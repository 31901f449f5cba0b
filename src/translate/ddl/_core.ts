/**
 * @module translate/ddl/_core
 * The one place the DDL translators reach the translator core (src/translate/index.ts): printing
 * expressions (DEFAULT, virtual columns, UDF bodies) and queries (CTAS, view bodies) to DuckDB SQL.
 * Imported lazily through the module namespace so the translator core may import this package
 * back (a cycle that is safe because nothing here runs at module load).
 */
import type { Expr, Query } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import * as core from '../index.ts';

export function printExprSql(e: Expr, ctx: TranslateContext): string {
  return core.printExpr(e, ctx);
}

export function printQuerySql(q: Query, ctx: TranslateContext): string {
  return core.printQuery(q, ctx);
}
