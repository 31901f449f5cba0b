/**
 * @module translate/ddl/get-ddl
 * GET_DDL('<type>', '<name>') for the translator core's function table: resolves the name string
 * (`'t'`, `'db.s.t'`, `'"Mixed"'`) against the current database and schema and returns the DuckDB
 * scalar expression of src/catalog/get-ddl.ts.
 */
import { getDdlSql } from '../../catalog/get-ddl.ts';
import type { TranslateContext } from '../context.ts';
import { errName, parseNameString, resolveParts } from './_names.ts';

export function getDdlExpr(objectType: string, nameText: string, ctx: TranslateContext): string {
  const ref = resolveParts(parseNameString(nameText), ctx, 'GET_DDL');
  return getDdlSql(objectType, ref.database, ref.schema, ref.name, errName(ref.written));
}
