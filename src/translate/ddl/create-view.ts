/**
 * @module translate/ddl/create-view
 * CREATE [OR REPLACE] [SECURE] [MATERIALIZED] [TEMPORARY] VIEW
 * (docs.snowflake.com/en/sql-reference/sql/create-view). The body becomes a DuckDB view; SECURE,
 * MATERIALIZED and the original statement text (SHOW VIEWS `text`, INFORMATION_SCHEMA.VIEWS
 * VIEW_DEFINITION) are recorded. A materialized view is a plain DuckDB view: it always shows
 * current data, which is what Snowflake's automatic maintenance guarantees to queries.
 */
import { quoteIdent } from '../../catalog/names.ts';
import { NotSupportedError, ObjectAlreadyExists } from '../../errors.ts';
import type { CreateView, Query } from '../../sql/ast.ts';
import type { TranslateContext } from '../context.ts';
import type { Plan } from '../plan.ts';
import { printQuerySql } from './_core.ts';
import { relationExists, requireSchema, resolveObject } from './_names.ts';
import { alreadyExists, created, ddlPlan, fq, metaInsert, metaUpdate, NOW, statusOnly } from './_sql.ts';
import { ensureColumnRowSql, forgetTableMetaSql } from './_table-meta.ts';
import { derivedColumnsSql } from './create-table.ts';
import { checkDerivedColumns } from './_duplicate-columns.ts';

/**
 * The body of `CREATE RECURSIVE VIEW v (cols) AS <q>`, which Snowflake defines as the view over
 * the recursive CTE `WITH RECURSIVE v (cols) AS (<q>) SELECT * FROM v`
 * (https://docs.snowflake.com/en/sql-reference/sql/create-view#usage-notes); the column list is required.
 */
function recursiveBody(s: CreateView): Query {
  if (!s.columns?.length) throw new NotSupportedError('CREATE RECURSIVE VIEW without a column list');
  if (s.name.kind !== 'qname') throw new NotSupportedError('CREATE RECURSIVE VIEW IDENTIFIER(...)');
  const name = s.name.parts[s.name.parts.length - 1]!;
  return {
    kind: 'select',
    with: { kind: 'with', recursive: true, ctes: [{ kind: 'cte', name, columns: s.columns.map((c) => c.name), query: s.query }] },
    distinct: false,
    items: [{ kind: 'selectItem', expr: { kind: 'star' }, text: '*' }],
    from: [{ kind: 'table', name: { kind: 'qname', parts: [name] } }],
  };
}

export function createView(s: CreateView, ctx: TranslateContext, text?: string): Plan {
  if (s.recursive) s = { ...s, recursive: false, query: recursiveBody(s) };
  const ref = resolveObject(s.name, ctx, 'CREATE VIEW');
  requireSchema(ctx, ref.database, ref.schema);
  if (relationExists(ctx, ref)) {
    if (s.ifNotExists) return statusOnly(alreadyExists(ref.name));
    if (!s.orReplace) throw new ObjectAlreadyExists(ref.name);
  }
  checkDerivedColumns(s.columns, s.query);
  const verb = s.orReplace ? 'CREATE OR REPLACE VIEW' : s.ifNotExists ? 'CREATE VIEW IF NOT EXISTS' : 'CREATE VIEW';
  const cols = s.columns?.length ? ` (${s.columns.map((c) => quoteIdent(c.name.name)).join(', ')})` : '';
  const sql = `${verb} ${fq(ref.database, ref.schema, ref.name)}${cols} AS ${printQuerySql(s.query, ctx)}`;
  const after = [
    ...forgetTableMetaSql(ref),
    metaInsert('tables', {
      database_name: ref.database,
      schema_name: ref.schema,
      name: ref.name,
      kind: 'VIEW',
      created_on: NOW,
      last_altered: NOW,
      comment: s.comment,
      temporary: s.temporary,
      secure: s.secure,
      materialized: s.materialized,
      view_text: text ?? s.queryText,
    }),
    ...(s.columns?.length ? [] : derivedColumnsSql(ref, s.query, ctx)),
    // Column comments of `CREATE VIEW v (a COMMENT '…')`.
    ...(s.columns ?? []).flatMap((c) =>
      c.comment === undefined
        ? []
        : [ensureColumnRowSql(ref, c.name.name), metaUpdate('columns', { comment: c.comment }, { database_name: ref.database, schema_name: ref.schema, table_name: ref.name, column_name: c.name.name })],
    ),
  ];
  return ddlPlan(created('View', ref.name), [sql], after);
}
