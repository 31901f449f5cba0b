/**
 * @module translate/functions
 * The function table: Snowflake function name → DuckDB translator (sqlglot's TRANSFORMS model).
 * A name not in the table is Snowflake's 002140 `Unknown function` — nothing is passed through to
 * DuckDB unless listed here with the same semantics. OVER and FILTER are appended after the
 * translator unless it placed them itself.
 */
import type { FuncCall } from '../../sql/ast.ts';
import { NotSupportedError, UnknownFunction } from '../../errors.ts';
import type { PrintState } from '../_state.ts';
import { identifierArgParts, printIdents, printResolved, resolveParts } from '../transforms/names.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { Call, type FnPrinter } from './_call.ts';
import { AGGREGATE } from './aggregate.ts';
import { ARRAY_ORDER } from './array-order.ts';
import { BINARY } from './binary.ts';
import { CONDITIONAL } from './conditional.ts';
import { CONTEXT } from './context.ts';
import { CONVERSION } from './conversion.ts';
import { DATETIME } from './datetime.ts';
import { DATETIME_CONVERT } from './datetime-convert.ts';
import { NUMERIC } from './numeric.ts';
import { PARSE_URL } from './parse-url.ts';
import { SEMI } from './semi.ts';
import { SOUNDEX } from './soundex.ts';
import { STRING } from './string.ts';
import { SYSTEM_TYPEOF } from './system-typeof.ts';
import { WINDOW } from './window.ts';
import { getDdlExpr } from '../ddl/get-ddl.ts';

// A VARIANT is DuckDB JSON, which keeps no DATE/TIME/TIMESTAMP/BINARY type: these cannot be answered.
const VARIANT_TYPED = ['IS_DATE', 'IS_DATE_VALUE', 'IS_TIME', 'IS_TIMESTAMP_NTZ', 'IS_TIMESTAMP_LTZ', 'IS_TIMESTAMP_TZ', 'IS_BINARY', 'AS_DATE', 'AS_TIME', 'AS_TIMESTAMP_NTZ', 'AS_TIMESTAMP_LTZ', 'AS_TIMESTAMP_TZ', 'AS_BINARY'];

// Answers that cannot match Snowflake's: CHECK_JSON's parser messages, RANDSTR's generator, COLLATION
// of columns (collations are not kept in the catalog).
const NOT_EMULATED = ['CHECK_JSON', 'RANDSTR', 'COLLATION'];

const UNSUPPORTED = ['HASH', 'HASH_AGG', 'CURRENT_ACCOUNT', 'CURRENT_CLIENT', 'CURRENT_ACCOUNT_NAME', 'CURRENT_REGION', 'CURRENT_ORGANIZATION_NAME', 'CURRENT_IP_ADDRESS', 'CURRENT_TRANSACTION', 'RESULT_SCAN', 'SYSTEM$WAIT', ...VARIANT_TYPED, ...NOT_EMULATED];

export const FUNCTIONS: Record<string, FnPrinter> = {
  ...CONDITIONAL,
  ...STRING,
  ...BINARY,
  ...SOUNDEX,
  PARSE_URL,
  ...DATETIME,
  ...DATETIME_CONVERT,
  ...NUMERIC,
  ...CONVERSION,
  ...SEMI,
  ...ARRAY_ORDER,
  ...AGGREGATE,
  ...WINDOW,
  ...CONTEXT,
  ...SYSTEM_TYPEOF,
  // GET_DDL('<type>', '<name>' [, TRUE]) (https://docs.snowflake.com/en/sql-reference/functions/get_ddl):
  // the catalog owner builds the expression; the name resolves against the current database/schema.
  GET_DDL: (c) => {
    c.check(2, 3);
    const [t, n] = c.args;
    if (t?.kind !== 'string' || n?.kind !== 'string') throw new NotSupportedError('GET_DDL with non-constant arguments');
    c.st.database();
    c.st.schema();
    return getDdlExpr(t.value, n.value, c.st.ctx);
  },
  IDENTIFIER: (c) => {
    c.check(1);
    return printIdents(identifierArgParts(c.args[0]!, c.st));
  },
};

for (const n of UNSUPPORTED) {
  FUNCTIONS[n] = (c) => {
    throw new NotSupportedError(`function ${c.name}`);
  };
}

/** Names of every supported function (for docs and the REPL). */
export function supportedFunctions(): string[] {
  return Object.keys(FUNCTIONS).filter((n) => !UNSUPPORTED.includes(n)).sort();
}

/**
 * A call of a SQL UDF (created by translate/ddl/routine.ts as a DuckDB macro named
 * `"DB"."SCHEMA"."NAME"`), or null when no such function exists. Built-ins win for unqualified names.
 */
export function userFunction(f: FuncCall, st: PrintState): string | null {
  if (f.name.length > 3) return null;
  let r;
  try {
    r = resolveParts(f.name, st);
  } catch {
    return null;
  }
  if (!st.hasFunction(r.database, r.schema, r.name)) return null;
  if (f.distinct || f.over || f.within || f.filter) throw new NotSupportedError('DISTINCT, OVER or WITHIN GROUP on a user-defined function');
  return `${printResolved(r)}(${f.args.map((a) => printExpr(a, st)).join(', ')})`;
}

export function printFunc(f: FuncCall, st: PrintState): string {
  const name = f.name.map((p) => p.name).join('.');
  const tr = f.name.length === 1 ? FUNCTIONS[name] : undefined;
  if (!tr) {
    const udf = userFunction(f, st);
    if (udf !== null) return udf;
    throw new UnknownFunction(name);
  }
  const c = new Call(f, st, name);
  const sql = tr(c);
  return c.suffixUsed ? sql : sql + c.suffix();
}
