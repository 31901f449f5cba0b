/**
 * @module sql/ast/query
 * The typed Snowflake syntax tree: queries: SELECT, set operations, FROM items, WITH.
 * Re-exported whole by `sql/ast.ts` (import from there).
 */
import type { Ident, ObjectName } from './names.ts';
import type { Expr, FuncCall, WindowSpec } from './expr.ts';

export interface OrderItem {
  kind: 'orderItem';
  expr: Expr;
  /** Undefined = ASC by default. */
  desc?: boolean;
  /** Undefined = Snowflake's default (NULLS LAST for ASC, NULLS FIRST for DESC). */
  nulls?: 'FIRST' | 'LAST';
}

export interface SelectItem {
  kind: 'selectItem';
  expr: Expr;
  alias?: Ident;
  /** The item's source text exactly as written (for Snowflake's result column naming). */
  text: string;
}

export interface Cte {
  kind: 'cte';
  name: Ident;
  columns?: Ident[];
  query: Query;
}
export interface With { kind: 'with'; recursive: boolean; ctes: Cte[] }

export type GroupingElement =
  | { kind: 'groupExpr'; expr: Expr }
  | { kind: 'rollup' | 'cube'; exprs: Expr[] }
  | { kind: 'groupingSets'; sets: Expr[][] };
export interface GroupBy { kind: 'groupBy'; all: boolean; items: GroupingElement[] }

export interface TableAlias { kind: 'tableAlias'; name: Ident; columns?: Ident[] }

export interface Sample {
  kind: 'sample';
  method?: 'BERNOULLI' | 'ROW' | 'SYSTEM' | 'BLOCK';
  /** `SAMPLE (10)` is a percentage; `SAMPLE (10 ROWS)` a row count. */
  size: Expr;
  rows: boolean;
  seed?: Expr;
}

/** `AT | BEFORE (TIMESTAMP => ..., OFFSET => ..., STATEMENT => ...)`: parsed, not supported. */
export interface TimeTravel { kind: 'timeTravel'; when: 'AT' | 'BEFORE'; param: string; value: Expr }

export interface TableRefTable {
  kind: 'table';
  name: ObjectName;
  alias?: TableAlias;
  sample?: Sample;
  timeTravel?: TimeTravel;
  /** `@stage/path` or `'@stage/path'` used as a table (`SELECT $1 FROM @stage`). */
}
export interface TableRefStage {
  kind: 'stageRef';
  /** Text after `@`, e.g. `my_stage/path/file.csv`, `~/x`, `%t`. */
  location: string;
  fileFormat?: string;
  pattern?: string;
  alias?: TableAlias;
}
export interface TableRefDerived { kind: 'derived'; query: Query; alias?: TableAlias; lateral: boolean }
/** `TABLE(fn(...))`, `LATERAL FLATTEN(input => ...)`, `FLATTEN(...)` in FROM. */
export interface TableRefFunc { kind: 'tableFunc'; func: FuncCall; alias?: TableAlias; lateral: boolean; tableWrapper: boolean }
export interface TableRefValues { kind: 'valuesTable'; rows: Expr[][]; alias?: TableAlias }
export interface Join {
  kind: 'join';
  joinType: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS' | 'ASOF';
  natural: boolean;
  left: TableRef;
  right: TableRef;
  on?: Expr;
  using?: Ident[];
  /** ASOF JOIN ... MATCH_CONDITION (...) */
  matchCondition?: Expr;
}
export interface Pivot {
  kind: 'pivot';
  source: TableRef;
  agg: FuncCall;
  /** `PIVOT (SUM(x) AS total FOR ...)`: suffix for the generated column names. */
  aggAlias?: Ident;
  pivotColumn: Expr;
  /**
   * Explicit values (each may have an alias, `'2023_Q1' AS q1`, which names its column: `aliases[i]`
   * is undefined for an unaliased value), `ANY [ORDER BY ...]`, or a subquery.
   */
  values:
    | { kind: 'list'; items: Expr[]; aliases?: (Ident | undefined)[] }
    | { kind: 'any'; orderBy?: OrderItem[] }
    | { kind: 'query'; query: Query };
  defaultOnNull?: Expr;
  alias?: TableAlias;
}
export interface Unpivot {
  kind: 'unpivot';
  source: TableRef;
  includeNulls: boolean;
  valueColumn: Ident;
  nameColumn: Ident;
  columns: Ident[];
  alias?: TableAlias;
}
export type TableRef =
  | TableRefTable | TableRefStage | TableRefDerived | TableRefFunc | TableRefValues | Join | Pivot | Unpivot;

export interface Select {
  kind: 'select';
  with?: With;
  distinct: boolean;
  top?: Expr;
  items: SelectItem[];
  /** Comma-separated FROM items (implicit cross joins). */
  from: TableRef[];
  where?: Expr;
  groupBy?: GroupBy;
  having?: Expr;
  qualify?: Expr;
  windows?: { name: Ident; spec: WindowSpec }[];
  orderBy?: OrderItem[];
  limit?: Expr;
  offset?: Expr;
  /** `FETCH FIRST n ROWS ONLY` is normalised into `limit`. */
}

export interface SetOp {
  kind: 'setOp';
  with?: With;
  op: 'UNION' | 'INTERSECT' | 'EXCEPT';
  all: boolean;
  byName: boolean;
  left: Query;
  right: Query;
  orderBy?: OrderItem[];
  limit?: Expr;
  offset?: Expr;
}

/** A bare `VALUES (...), (...)` used as a query. */
export interface ValuesQuery { kind: 'values'; rows: Expr[][]; orderBy?: OrderItem[]; limit?: Expr; offset?: Expr }

/** A parenthesised query with its own ORDER BY/LIMIT (`(SELECT ...) UNION (SELECT ...)`). */
export interface ParenQuery { kind: 'parenQuery'; query: Query; with?: With; orderBy?: OrderItem[]; limit?: Expr; offset?: Expr }

export type Query = Select | SetOp | ValuesQuery | ParenQuery;
