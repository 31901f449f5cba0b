/**
 * @module translate/functions/context
 * Context functions (https://docs.snowflake.com/en/sql-reference/functions-context): values come
 * from the translation context (current database/schema, session id, user, role, warehouse).
 */
import { NotSupportedError } from '../../errors.ts';
import { quoteString } from '../_quote.ts';
import type { Call, FnPrinter } from './_call.ts';

/** The Snowflake release Mockhaus reports from CURRENT_VERSION(). */
export const REPORTED_SNOWFLAKE_VERSION = '9.0.0';

const lit = (v: string | null): string => (v === null ? 'CAST(NULL AS VARCHAR)' : quoteString(v));

function noArgs(f: (c: Call) => string): FnPrinter {
  return (c) => {
    c.check(0);
    return f(c);
  };
}

/** The id LAST_QUERY_ID([n]) names (https://docs.snowflake.com/en/sql-reference/functions/last_query_id). */
export function lastQueryId(c: Call): string | null {
  c.check(0, 1);
  const a = c.args[0];
  let n = -1;
  if (a) {
    const neg = a.kind === 'unary' && a.op === '-' && a.operand.kind === 'number';
    if (a.kind !== 'number' && !neg) throw new NotSupportedError('LAST_QUERY_ID with a non-constant argument');
    n = neg ? -Number((a.operand as { text: string }).text) : Number((a as { text: string }).text);
  }
  return c.st.queryId(n);
}

export const CONTEXT: Record<string, FnPrinter> = {
  CURRENT_DATABASE: noArgs((c) => lit(c.st.database())),
  CURRENT_SCHEMA: noArgs((c) => lit(c.st.schema())),
  CURRENT_SCHEMAS: noArgs((c) => {
    const d = c.st.database();
    const s = c.st.schema();
    return lit(d && s ? JSON.stringify([`${d}.${s}`]) : '[]');
  }),
  CURRENT_SESSION: noArgs((c) => lit(c.st.ctx.sessionId)),
  CURRENT_USER: noArgs((c) => lit(c.st.who('user'))),
  CURRENT_ROLE: noArgs((c) => lit(c.st.who('role'))),
  CURRENT_WAREHOUSE: noArgs((c) => lit(c.st.who('warehouse'))),
  CURRENT_VERSION: noArgs(() => lit(REPORTED_SNOWFLAKE_VERSION)),
  LAST_QUERY_ID: (c) => lit(lastQueryId(c)),
  // https://docs.snowflake.com/en/sql-reference/functions/current_statement: the statement's own
  // text. The translation cache is keyed without the `;`, so this translation is not cached.
  CURRENT_STATEMENT: noArgs((c) => {
    c.st.cacheable = false;
    return lit(c.st.ctx.statementText ?? null);
  }),
};
