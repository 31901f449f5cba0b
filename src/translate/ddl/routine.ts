/**
 * @module translate/ddl/routine
 * CREATE [OR REPLACE] [SECURE] FUNCTION … [LANGUAGE SQL] AS '<body>'
 * (docs.snowflake.com/en/developer-guide/udf/sql/udf-sql-introduction): a SQL UDF whose body is one
 * expression becomes a DuckDB macro in the same schema, casting to the declared return type; a
 * tabular SQL UDF (RETURNS TABLE (...)) whose body is one query becomes a table macro. Calls reach
 * it as `"DB"."SCHEMA"."NAME"(args)` (`userFunctionRef`). Other languages, procedures, argument
 * defaults and overloads by type are NotSupported.
 */
import { quoteIdent } from '../../catalog/names.ts';
import { displayType, duckdbType, resolveType } from '../../catalog/types.ts';
import { NotSupportedError, ObjectAlreadyExists, SqlSyntaxError } from '../../errors.ts';
import type { CreateRoutine, Expr, Query } from '../../sql/ast.ts';
import { parse } from '../../sql/index.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { printExprSql, printQuerySql } from './_core.ts';
import { objectExists, requireSchema, resolveObject } from './_names.ts';
import { optionText } from './_options.ts';
import { alreadyExists, created, ddlPlan, fq, metaDelete, metaInsert, NOW, statusOnly } from './_sql.ts';

/** Options that change nothing a SQL macro computes. */
const SEMANTICS_FREE = new Set(['COMMENT', 'VOLATILE', 'IMMUTABLE', 'CALLED ON NULL INPUT', 'MEMOIZABLE', 'COPY GRANTS', 'COPY_GRANTS']);

const typeText = (t: { name: string; params: number[] }): string => (t.params.length ? `${t.name}(${t.params.join(',')})` : t.name);

/** The body as one expression (`SELECT <body>` with a single item and no FROM), else undefined. */
function bodyExpr(body: string): Expr | undefined {
  const parsed = parse(`SELECT ${body}`);
  const st = parsed[0]?.statement;
  if (parsed.length !== 1 || st?.kind !== 'query' || st.query.kind !== 'select') return undefined;
  const q = st.query;
  if (q.from.length || q.items.length !== 1 || q.where || q.groupBy || q.orderBy || q.limit) return undefined;
  return q.items[0]?.expr;
}

function bodyQuery(body: string): Query {
  const parsed = parse(body);
  const st = parsed[0]?.statement;
  if (parsed.length !== 1 || st?.kind !== 'query') throw new NotSupportedError('tabular SQL UDF whose body is not one query');
  return st.query;
}

export function createRoutine(s: CreateRoutine, ctx: TranslateContext): Plan {
  const lang = (s.language ?? 'SQL').toUpperCase();
  if (s.routine === 'PROCEDURE') throw new NotSupportedError(`CREATE PROCEDURE${s.language ? ` LANGUAGE ${lang}` : ''}`);
  if (lang !== 'SQL') throw new NotSupportedError(`CREATE FUNCTION LANGUAGE ${lang}`);
  for (const o of s.options) {
    const n = o.name.toUpperCase();
    if (!SEMANTICS_FREE.has(n)) throw new NotSupportedError(`CREATE FUNCTION option ${n}`);
  }
  const comment = optionText(s.options, 'COMMENT');
  if (s.params.some((p) => p.default)) throw new NotSupportedError('SQL UDF argument defaults');
  if (!s.returns) throw new NotSupportedError('CREATE FUNCTION without RETURNS');
  const ref = resolveObject(s.name, ctx, 'CREATE FUNCTION');
  requireSchema(ctx, ref.database, ref.schema);
  if (objectExists(ctx, 'FUNCTION', ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  const mapping = String(ctx.params['TIMESTAMP_TYPE_MAPPING'] ?? 'TIMESTAMP_NTZ');
  const params = s.params.map((p) => quoteIdent(p.name.name)).join(', ');
  const verb = s.orReplace ? 'CREATE OR REPLACE MACRO' : 'CREATE MACRO';
  const target = fq(ref.database, ref.schema, ref.name);
  let sql: string;
  let returnType: string;
  const isTable = !('kind' in s.returns);
  if ('kind' in s.returns) {
    let expr: Expr | undefined;
    try {
      expr = bodyExpr(s.body);
    } catch (e) {
      if (e instanceof SqlSyntaxError) throw new NotSupportedError('SQL UDF body that is not one expression');
      throw e;
    }
    if (!expr) throw new NotSupportedError('SQL UDF body that is not one expression');
    const t = resolveType(s.returns, mapping);
    returnType = displayType(t);
    sql = `${verb} ${target}(${params}) AS CAST((${printExprSql(expr, ctx)}) AS ${duckdbType(t)})`;
  } else {
    const cols = s.returns.table;
    const names = cols.map((c) => quoteIdent(c.name.name)).join(', ');
    const casts = cols.map((c) => {
      if (!c.type) throw new NotSupportedError('RETURNS TABLE column without a type');
      return `CAST(${quoteIdent(c.name.name)} AS ${duckdbType(resolveType(c.type, mapping))})`;
    });
    returnType = `TABLE (${cols.map((c) => `${c.name.name} ${c.type ? displayType(resolveType(c.type, mapping)) : ''}`).join(', ')})`;
    sql = `${verb} ${target}(${params}) AS TABLE SELECT ${casts.join(', ')} FROM (${printQuerySql(bodyQuery(s.body), ctx)}) AS "_mh_udf"(${names})`;
  }
  const argTypes = s.params.map((p) => typeText(p.type));
  const where = { database_name: ref.database, schema_name: ref.schema, name: ref.name, routine: 'FUNCTION' };
  return ddlPlan(created('Function', ref.name), [sql], [
    metaDelete('functions', where),
    metaInsert('functions', {
      ...where,
      created_on: NOW,
      comment,
      arguments: `${ref.name}(${argTypes.join(', ')}) RETURN ${'kind' in s.returns ? typeText(s.returns) : 'TABLE'}`,
      argument_types: `(${s.params.map((p) => `${p.name.name} ${typeText(p.type)}`).join(', ')})`,
      return_type: returnType,
      language: 'SQL',
      body: s.body,
      secure: s.secure,
      min_args: s.params.length,
      max_args: s.params.length,
      is_table_function: isTable,
    }),
  ]);
}

/** DuckDB reference to call a user function: `"DB"."SCHEMA"."NAME"` (append `(args)`). */
export function userFunctionRef(database: string, schema: string, name: string): string {
  return fq(database, schema, name);
}
