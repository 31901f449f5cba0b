/**
 * @module translate/_state
 * The per-translation state threaded through the printer: the read-only context (every read is
 * recorded as a dependency so the translation cache can key on exactly the fields read), the DuckDB
 * parameters collected from binds, and the name scopes (CTE names, FROM items) of the query being
 * printed. Internal to src/translate.
 */
import type { SessionVariable, TranslateContext } from './context.ts';
import type { ColumnHint } from './plan.ts';
import type { BindValue } from '../session/types.ts';

/** One context read: a key naming what was read and the serialised value seen. */
export interface Dep {
  k: string;
  v: string;
}

/** A table visible in the current FROM clause (for column type inference). */
export interface ScopeTable {
  /** Alias or bare table name, folded. */
  name: string;
  columns?: ColumnHint[];
}

export class PrintState {
  readonly ctx: TranslateContext;
  readonly deps: Dep[] = [];
  readonly params: unknown[] = [];
  private bindSlots: Map<string, number> | undefined;
  /** CTE names visible at this point (innermost last). */
  readonly cteScopes: Map<string, ColumnHint[] | undefined>[] = [];
  /** FROM-clause tables of the enclosing SELECTs (innermost last). */
  readonly tableScopes: ScopeTable[][] = [];
  /** Select-list aliases of the enclosing SELECTs (Snowflake lets later items reuse them). */
  readonly selectAliases: Map<string, import('../sql/ast.ts').Expr>[] = [];
  /** Parameters of the enclosing lambdas: name → declared type (undefined: VARIANT element). */
  readonly lambdaParams: Map<string, import('../sql/ast.ts').TypeName | undefined>[] = [];
  /** Item types of SELECTs printed inside set operations (for Snowflake's numeric coercion). */
  get selectTypes(): Map<object, (import('./transforms/infer-type.ts').Inferred | undefined)[]> {
    // Created on first use: most statements have no set operation, and a map per translation shows in profiles.
    return (this.selectTypesMap ??= new Map());
  }
  private selectTypesMap: Map<object, (import('./transforms/infer-type.ts').Inferred | undefined)[]> | undefined;
  setOpDepth = 0;
  /** FLATTENs printed with their row order kept (names their CTEs; transforms/flatten-order). */
  flattenCount = 0;
  /** Depth of expression subqueries and LATERAL derived tables (possibly correlated) being printed. */
  subqueryDepth = 0;
  /** Nesting depth of SELECTs being printed (0 = the statement's own). */
  selectDepth = 0;
  /** Snowflake types of the top-level select items that DuckDB cannot tell apart (OBJECT/ARRAY vs VARIANT). */
  topTypes: (import('../engine/types.ts').SnowflakeTypeName | undefined)[] | undefined;
  /** Column names of the single FROM item, for `$n` references (innermost last). */
  readonly positional: (string[] | undefined)[] = [];
  /**
   * COPY INTO <table> FROM (SELECT $1 ... FROM @stage): the relation a `@stage` FROM item reads
   * (ingest/types RAW_RELATION) and its column names. Unset everywhere else: `FROM @stage` in a
   * plain query stays NotSupported.
   */
  stageSource: { sql: string; columns: string[] } | undefined;
  /** `FROM @stage` items of a plain query, read into temp tables before it runs (ingest/staged-query). */
  readonly stagedFiles: import('../ingest/staged-query.ts').StagedQuerySource[] = [];
  /** The command named in NoCurrentDatabase errors (`SELECT`, `INSERT`, ...). */
  cmd = 'SELECT';
  /** False once the translation read something that must not be cached (random-free, but e.g. catalog facts that change). */
  cacheable = true;

  constructor(ctx: TranslateContext) {
    this.ctx = ctx;
  }

  private dep(k: string, v: string): void {
    for (const d of this.deps) if (d.k === k) return;
    this.deps.push({ k, v });
  }

  database(): string | null {
    const v = this.ctx.database;
    this.dep('db', v ?? '\0');
    return v;
  }

  schema(): string | null {
    const v = this.ctx.schema;
    this.dep('schema', v ?? '\0');
    return v;
  }

  variable(name: string): SessionVariable | undefined {
    const v = this.ctx.variables.get(name);
    this.dep(`var:${name}`, v === undefined ? '\0' : depValue(v));
    return v;
  }

  param(name: string): string | number | boolean | undefined {
    const v = this.ctx.params[name];
    let k = PARAM_KEYS.get(name);
    if (k === undefined) PARAM_KEYS.set(name, (k = `param:${name}`));
    this.dep(k, v === undefined ? '\0' : String(v));
    return v;
  }

  who(field: 'user' | 'role' | 'warehouse'): string | null {
    const v = this.ctx[field] ?? null;
    this.dep(`who:${field}`, v ?? '\0');
    return v;
  }

  /** Whether a user-defined function exists (catalog fact; part of the cache key). */
  hasFunction(database: string, schema: string, name: string): boolean {
    const v = this.ctx.catalog.hasObject?.('FUNCTION', database, schema, name) ?? false;
    this.dep(`fn:${database}\0${schema}\0${name}`, v ? '1' : '0');
    return v;
  }

  /** LAST_QUERY_ID(n): negative n counts back from the latest (-1), positive from the first (1). */
  queryId(n: number): string | null {
    const v = pickQueryId(this.ctx.queryIds ?? [], n);
    this.dep(`qid:${n}`, v ?? '\0');
    return v;
  }

  /** Query ids whose kept results this statement reads via RESULT_SCAN. */
  readonly resultScans: string[] = [];

  bind(key: string): BindValue | undefined {
    const v = this.ctx.binds?.[key];
    this.dep(`bind:${key}`, v === undefined ? '\0' : depValue(v));
    return v;
  }

  columns(database: string, schema: string, table: string): ColumnHint[] | undefined {
    const v = this.ctx.catalog.columns(database, schema, table);
    this.dep(`cols:${database}\0${schema}\0${table}`, colsDep(v));
    return v;
  }

  /** The DuckDB parameter number for a bind key, allocating `value` on first use. */
  slot(key: string, value: unknown): number {
    this.bindSlots ??= new Map();
    const got = this.bindSlots.get(key);
    if (got !== undefined) return got;
    this.params.push(value);
    const n = this.params.length;
    this.bindSlots.set(key, n);
    return n;
  }

  isCte(name: string): boolean {
    for (let i = this.cteScopes.length - 1; i >= 0; i--) if (this.cteScopes[i]!.has(name)) return true;
    return false;
  }

  /** The output columns of the innermost CTE called `name`, when they are known statically. */
  cteColumns(name: string): ColumnHint[] | undefined {
    for (let i = this.cteScopes.length - 1; i >= 0; i--) if (this.cteScopes[i]!.has(name)) return this.cteScopes[i]!.get(name);
    return undefined;
  }
}

/**
 * A table's column facts as a dependency value. The catalog builds new arrays whenever it refreshes
 * and never changes one in place, so each array's JSON is computed once (every translation of a
 * query over the table, and every cache hit validating it, reads it).
 */
const COLS_JSON = new WeakMap<readonly ColumnHint[], string>();

function colsDep(v: readonly ColumnHint[] | undefined): string {
  if (v === undefined) return '\0';
  let j = COLS_JSON.get(v);
  if (j === undefined) {
    j = JSON.stringify(v);
    COLS_JSON.set(v, j);
  }
  return j;
}

/** Interned dependency keys of session parameters (read on hot paths such as every ORDER BY). */
const PARAM_KEYS = new Map<string, string>();

function depValue(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x));
}

export function pickQueryId(ids: readonly string[], n: number): string | null {
  const i = n < 0 ? ids.length + n : n - 1;
  return i >= 0 && i < ids.length ? ids[i]! : null;
}

/** Re-read one recorded dependency from a context (cache validation). */
export function readDep(ctx: TranslateContext, k: string): string {
  if (k === 'db') return ctx.database ?? '\0';
  if (k === 'schema') return ctx.schema ?? '\0';
  const i = k.indexOf(':');
  const kind = k.slice(0, i);
  const rest = k.slice(i + 1);
  switch (kind) {
    case 'var': {
      const v = ctx.variables.get(rest);
      return v === undefined ? '\0' : depValue(v);
    }
    case 'param': {
      const v = ctx.params[rest];
      return v === undefined ? '\0' : String(v);
    }
    case 'fn': {
      const [d, s, t] = rest.split('\0') as [string, string, string];
      return ctx.catalog.hasObject?.('FUNCTION', d, s, t) ? '1' : '0';
    }
    case 'qid':
      return pickQueryId(ctx.queryIds ?? [], Number(rest)) ?? '\0';
    case 'who':
      return ctx[rest as 'user' | 'role' | 'warehouse'] ?? '\0';
    case 'bind': {
      const v = ctx.binds?.[rest];
      return v === undefined ? '\0' : depValue(v);
    }
    case 'cols': {
      const [d, s, t] = rest.split('\0') as [string, string, string];
      return colsDep(ctx.catalog.columns(d, s, t));
    }
    default:
      return '\u0001';
  }
}
