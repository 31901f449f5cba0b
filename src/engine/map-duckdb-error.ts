/**
 * @module engine/map-duckdb-error
 * The ONE mapping from DuckDB errors to Snowflake errors (STYLE.md convention 8;
 * shared/docs/snowflake-reference.md §1). Each rule matches DuckDB's message text (node-api errors
 * carry only a message: `<Kind> Error: <text>\n\nLINE 1: ...`) and builds Snowflake's errno,
 * SQLSTATE and wording. Names are shown the Snowflake way: as folded, quoted only when they need it.
 */
import {
  InvalidIdentifier, NotSupportedError, ObjectAlreadyExists, ObjectNotFound, QueryCanceled, SnowflakeError,
  UnknownFunction,
} from '../errors.ts';
import { InternalError, RAISE_TAG } from './internal-error.ts';

/** What the mapper may use to phrase the error as Snowflake would. All optional. */
export interface ErrorContext {
  /** The user's Snowflake SQL text of the statement (for "name as written" and positions). */
  sql?: string;
  /** The DuckDB SQL that failed. */
  duckSql?: string;
  /** Current database / schema (to qualify schema names). */
  database?: string | null;
  schema?: string | null;
}

/** A name as Snowflake prints it in messages: bare when it is a plain upper-case identifier. */
export function displayName(name: string): string {
  return /^[A-Z_][A-Z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function displayPath(parts: string[]): string {
  return parts.map(displayName).join('.');
}

/** DuckDB's message without the error kind prefix, `LINE n:` excerpt, carets and hints. */
export function cleanDuckDbMessage(message: string): string {
  let m = message.replace(/^[A-Za-z ]+ Error: /, '');
  m = m.replace(/\n\s*LINE \d+:[\s\S]*$/, '');
  m = m.replace(/\nDid you mean[\s\S]*$/, '');
  m = m.replace(/\n\s*Candidate (bindings|functions|time zones):[\s\S]*$/, '');
  return m.trim();
}

/** Line (1-based) and position (0-based) of the first whole-word occurrence of `name` in `sql`. */
function positionOf(sql: string | undefined, name: string): { line: number; pos: number } {
  if (!sql) return { line: 1, pos: 0 };
  const re = new RegExp(`(^|[^A-Za-z0-9_$"])"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?(?![A-Za-z0-9_$])`, 'i');
  const m = re.exec(sql);
  if (!m) return { line: 1, pos: 0 };
  const at = m.index + m[1]!.length;
  const before = sql.slice(0, at);
  const line = before.split('\n').length;
  return { line, pos: at - (before.lastIndexOf('\n') + 1) };
}

/** The user's reference to a table: bare name when written bare, else the qualified form from DuckDB SQL. */
function objectNameAsWritten(table: string, ctx: ErrorContext): string {
  const esc = table.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const qualifiedInUser = ctx.sql ? new RegExp(`[.]\\s*"?${esc}"?(?![A-Za-z0-9_$])`, 'i').test(ctx.sql) : false;
  if (qualifiedInUser && ctx.duckSql) {
    const m = new RegExp(`((?:"(?:[^"]|"")+"\\.){1,2})"${esc}"`, 'i').exec(ctx.duckSql);
    if (m) {
      const quals = [...m[1]!.matchAll(/"((?:[^"]|"")+)"\./g)].map((x) => x[1]!.replace(/""/g, '"'));
      return displayPath([...quals, table]);
    }
  }
  return displayName(table);
}

type Rule = [RegExp, (m: RegExpExecArray, ctx: ErrorContext, raw: string) => SnowflakeError];

/** Snowflake-worded messages raised from generated SQL (`error('…')`) without the raise tag. */
const WORDED: [RegExp, number, string][] = [
  [/^(Boolean value '[\s\S]*' is not recognized)$/, 100037, '22018'],
  [/^(Numeric value '[\s\S]*' is not recognized)$/, 100038, '22018'],
  [/^(Numeric value '[\s\S]*' is out of range)$/, 100039, '22003'],
  [/^(Date '[\s\S]*' is not recognized)$/, 100040, '22007'],
  [/^(Timestamp '[\s\S]*' is not recognized)$/, 100035, '22007'],
  [/^(Time '[\s\S]*' is not recognized)$/, 100108, '22007'],
  [/^(String '[\s\S]*' is too long and would be truncated)$/, 100078, '22000'],
  [/^(NULL result in a non-nullable column)$/, 100072, '22000'],
];

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Snowflake's storage class of a FIXED(p,s) in error text: SB1, SB2, SB4, SB8 or SB16. */
function storageBytes(precision: number): number {
  return precision <= 2 ? 1 : precision <= 4 ? 2 : precision <= 9 ? 4 : precision <= 18 ? 8 : 16;
}

/** The FROM table (or its alias) of the DuckDB SQL: Snowflake qualifies GROUP BY errors with it. */
function fromQualifier(duckSql: string | undefined): string | null {
  const m = duckSql ? /\bFROM\s+(?:"(?:[^"]|"")+"\.)*"((?:[^"]|"")+)"(?:\s+(?:AS\s+)?"((?:[^"]|"")+)")?/i.exec(duckSql) : null;
  return m ? (m[2] ?? m[1]!).replace(/""/g, '"') : null;
}

const unquote = (s: string | undefined): string => (s ?? '').replace(/^"|"$/g, '');

const RULES: Rule[] = [
  [new RegExp(`${RAISE_TAG}\\|(\\d+)\\|(\\w{5})\\|([\\s\\S]*?)(?:\\n\\nLINE \\d+:[\\s\\S]*)?$`), (m) =>
    new SnowflakeError(Number(m[1]), m[2]!, m[3]!)],
  [/^INTERRUPT Error|Interrupted!/, () => new QueryCanceled()],
  [/^Parser Error: /, (_m, ctx, raw) => new InternalError(`${raw}\n-- SQL: ${ctx.duckSql ?? ''}`)],
  [/Division by zero/i, () => new SnowflakeError(100051, '22012', 'Division by zero')],
  // Catalog: missing objects.
  [/Table with name "?([^"]+?)"? does not exist because schema "?([^"]+?)"? does not exist/, (m, ctx) => {
    const parts = unquote(m[1]).split('.');
    const schema = unquote(m[2]);
    const db = parts.length >= 3 ? parts[0]! : (ctx.database ?? '');
    return new ObjectNotFound('Schema', displayPath(db ? [db, schema] : [schema]));
  }],
  [/(?:Table|View) with name "?([^"!]+?)"? does not exist/, (m, ctx) => new ObjectNotFound('Object', objectNameAsWritten(unquote(m[1]), ctx))],
  [/Catalog "([^"]+)" does not exist/, (m) => new ObjectNotFound('Database', displayName(m[1]!))],
  [/Schema with name "?([^"!]+?)"? does not exist/, (m, ctx) =>
    new ObjectNotFound('Schema', displayPath(ctx.database ? [ctx.database, m[1]!] : [m[1]!]))],
  [/SET schema: No catalog \+ schema named "([^"]+)" found/, () =>
    new SnowflakeError(2043, '02000', 'SQL compilation error:\nObject does not exist, or operation cannot be performed.')],
  [/(?:Scalar|Aggregate|Table) Function with name "?([^"!\s]+?)"? does not exist/, (m) => new UnknownFunction(m[1]!.toUpperCase())],
  [/No function matches the given name and argument types '([^(]+)\(([^)]*)\)'/, (m, ctx) => {
    const types = m[2]!.split(',').map((t) => snowflakeTypeName(t.trim())).filter(Boolean).join(', ');
    const { line, pos } = positionOf(ctx.sql, m[1]!);
    return new SnowflakeError(1044, '42P13', `SQL compilation error: error line ${line} at position ${pos}\nInvalid argument types for function '${m[1]!.toUpperCase()}': (${types})`, { line, pos });
  }],
  // Binder: columns.
  [/Referenced column "([^"]+)" (?:was )?not found/, (m, ctx) => invalidIdentifier([m[1]!], ctx)],
  [/Table "([^"]+)" does not have a column (?:named|with name) "([^"]+)"/, (m, ctx) =>
    invalidIdentifier(/does not have a column with name/.test(m[0]) ? [m[2]!] : [m[1]!, m[2]!], ctx)],
  [/Column "([^"]+)" referenced that exists in the SELECT clause/, (m, ctx) => invalidIdentifier([m[1]!], ctx)],
  [/column "([^"]+)" must appear in the GROUP BY clause/, (m, ctx) => {
    const q = fromQualifier(ctx.duckSql);
    const { line, pos } = positionOf(ctx.sql, m[1]!);
    return new SnowflakeError(1104, '42601',
      `SQL compilation error: error line ${line} at position ${pos}\n'${displayPath(q ? [q, m[1]!] : [m[1]!])}' in select clause is neither an aggregate nor in the group by clause.`, { line, pos });
  }],
  [/Set operations can only apply to expressions with the same number of result columns/, () =>
    new SnowflakeError(1789, '42601', 'SQL compilation error:\ninvalid number of result columns for set operator input branches')],
  [/Column name\/value mismatch for insert on [^:]+: expected (\d+) columns but (\d+) values were supplied/, (m) =>
    new SnowflakeError(2020, '21S01', `SQL compilation error:\nInsert value list does not match column list expecting ${m[1]} but got ${m[2]}`)],
  [/Ambiguous reference to column name "([^"]+)"/, (m) =>
    new SnowflakeError(2028, '42601', `SQL compilation error:\nambiguous column name '${displayName(m[1]!)}'`)],
  [/table "?[^"\s]+"? has (\d+) columns but (\d+) values were supplied/, (m) =>
    new SnowflakeError(2020, '21S01', `SQL compilation error:\nInsert value list does not match column list expecting ${m[1]} but got ${m[2]}`)],
  [/Expected (\d+) parameters?, but (?:none|\d+) were supplied/, () =>
    new SnowflakeError(2049, '42601', 'SQL compilation error: Bind variable ? not set.')],
  // Already exists.
  [/(?:Table|View|Schema|Sequence|Macro Function|Table Macro Function|Type) with name "?([^"!]+?)"? already exists/, (m) =>
    new ObjectAlreadyExists(displayName(m[1]!.split('.').pop()!))],
  [/database with name "([^"]+)" already exists/, (m) => new ObjectAlreadyExists(displayName(m[1]!))],
  // Conversions.
  [/Could not convert string ['"]([\s\S]*?)['"] to (?:U?INT\d*|DECIMAL[^\s]*|DOUBLE|FLOAT|HUGEINT|UHUGEINT)\b/, (m) =>
    NUMERIC_TEXT.test(m[1]!)
      ? new SnowflakeError(100039, '22003', `Numeric value '${m[1]!.trim()}' is out of range`)
      : new SnowflakeError(100038, '22018', `Numeric value '${m[1]}' is not recognized`)],
  [/Casting value "([^"]+)" to type DECIMAL\((\d+),(\d+)\) failed: value is out of range/, (m) => {
    const p = Number(m[2]);
    return new SnowflakeError(100046, '22003', `Number out of representable range: type FIXED[SB${storageBytes(p)}](${p},${m[3]}){nullable}, value ${m[1]}`);
  }],
  [/Could not convert string ['"]([\s\S]*?)['"] to BOOL/, (m) =>
    new SnowflakeError(100037, '22018', `Boolean value '${m[1]}' is not recognized`)],
  [/(?:invalid )?date field (?:format|value out of range): "([\s\S]*?)"/, (m) =>
    new SnowflakeError(100040, '22007', `Date '${m[1]}' is not recognized`)],
  [/(?:invalid )?timestamp field (?:format|value out of range): "([\s\S]*?)"/, (m) =>
    new SnowflakeError(100035, '22007', `Timestamp '${m[1]}' is not recognized`)],
  [/time field (?:format|value out of range): "([\s\S]*?)"/, (m) =>
    new SnowflakeError(100108, '22007', `Time '${m[1]}' is not recognized`)],
  [/with value ([^\s]+) can't be cast because the value is out of range/, (m) =>
    new SnowflakeError(100039, '22003', `Numeric value '${m[1]!.replace(/\.0$/, '')}' is out of range`)],
  [/Could not cast value ([^\s]+) to DECIMAL/, (m) => new SnowflakeError(100039, '22003', `Numeric value '${m[1]}' is out of range`)],
  [/^Out of Range Error: /, (_m, _ctx, raw) => new SnowflakeError(100046, '22003', `Number out of representable range: ${cleanDuckDbMessage(raw)}`)],
  [/Malformed JSON at byte \d+ of input: ([^.]*)\./, (m) => new SnowflakeError(100069, '22P02', `Error parsing JSON: ${m[1]}`)],
  // Constraints.
  [/NOT NULL constraint failed/, () => new SnowflakeError(100072, '22000', 'NULL result in a non-nullable column')],
  [/duplicate key "([^"]*)"/, (m) => new SnowflakeError(200001, '22000', `Duplicate key value violates unique constraint: ${m[1]}`)],
  // DuckDB aborts the whole transaction on an error; Snowflake would only fail the statement.
  [/Current transaction is aborted/, () =>
    new SnowflakeError(100000, '25P02', 'Current transaction is aborted after an earlier error: ROLLBACK to continue.')],
  [/^Not implemented Error: ([^\n]*)/, (m) => new NotSupportedError(m[1]!.replace(/[.!]$/, ''))],
];

/** DuckDB's internal type name (`STRING_LITERAL`, `INTEGER`) in Snowflake's spelling. */
function snowflakeTypeName(t: string): string {
  if (/STRING_LITERAL|VARCHAR/.test(t)) return 'VARCHAR';
  if (/INTEGER_LITERAL|INT|DECIMAL/.test(t)) return 'NUMBER';
  if (/DOUBLE|FLOAT/.test(t)) return 'FLOAT';
  if (/TIMESTAMP WITH TIME ZONE/.test(t)) return 'TIMESTAMP_LTZ';
  if (/TIMESTAMP/.test(t)) return 'TIMESTAMP_NTZ';
  if (/BLOB/.test(t)) return 'BINARY';
  return t;
}

function invalidIdentifier(parts: string[], ctx: ErrorContext): SnowflakeError {
  const { line, pos } = positionOf(ctx.sql, parts[parts.length - 1]!);
  return new InvalidIdentifier(displayPath(parts), line, pos);
}

/** Map any error thrown by DuckDB (or passed through it) to a SnowflakeError. */
export function mapDuckDbError(err: unknown, ctx: ErrorContext = {}): SnowflakeError {
  if (err instanceof SnowflakeError) return err;
  const raw = err instanceof Error ? err.message : String(err);
  const cleanedFirst = cleanDuckDbMessage(raw);
  for (const [re, errno, state] of WORDED) {
    const m = re.exec(cleanedFirst);
    if (m) return new SnowflakeError(errno, state, m[1]!);
  }
  // Rules read the message itself, never DuckDB's `LINE n:` excerpt of the SQL: that excerpt can
  // quote our own error('Division by zero') / raise calls and would be mistaken for the error.
  const head = raw.replace(/\n\s*LINE \d+:[\s\S]*$/, '');
  for (const [re, build] of RULES) {
    const m = re.exec(head);
    if (m) return build(m, ctx, raw);
  }
  const compile = /^(Binder|Catalog) Error/.test(raw);
  const cleaned = cleanDuckDbMessage(raw);
  return compile
    ? new SnowflakeError(2000, '42601', `SQL compilation error:\n${cleaned}`)
    : new SnowflakeError(100000, '22000', cleaned);
}
