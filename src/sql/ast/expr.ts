/**
 * @module sql/ast/expr
 * The typed Snowflake syntax tree: expressions.
 * Re-exported whole by `sql/ast.ts` (import from there).
 */
import type { Ident, Pos, TypeName } from './names.ts';
import type { OrderItem, Query, With } from './query.ts';

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '||'
  | '=' | '!=' | '<>' | '<' | '<=' | '>' | '>='
  | 'AND' | 'OR';

export interface NumberLit { kind: 'number'; text: string }
export interface StringLit { kind: 'string'; value: string }
export interface BooleanLit { kind: 'boolean'; value: boolean }
export interface NullLit { kind: 'null' }
/** `DATE '2024-01-01'`, `TIMESTAMP '...'`, `TIME '...'`. */
export interface TypedLit { kind: 'typedLiteral'; type: TypeName; value: string }
/** `INTERVAL '1 day'` or `INTERVAL '2' HOUR`. */
export interface IntervalLit { kind: 'interval'; value: string; unit?: string }

/** A column reference: `a`, `t.a`, `s.t.a`, `db.s.t.a`. Also `seq.NEXTVAL` (translator decides). */
export interface ColumnRef {
  kind: 'column';
  parts: Ident[];
  pos?: Pos;
  /** The outer-join marker `t.col(+)` in a WHERE predicate (https://docs.snowflake.com/en/sql-reference/constructs/where#joins-in-the-where-clause). */
  outerJoin?: true;
}

/** `*`, `t.*`, with Snowflake's `EXCLUDE`, `RENAME`, `REPLACE` (and `ILIKE`). */
export interface Star {
  kind: 'star';
  qualifier?: Ident[];
  exclude?: Ident[];
  rename?: { from: Ident; to: Ident }[];
  replace?: { expr: Expr; as: Ident }[];
  ilike?: string;
}

export interface Binary { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
export interface Unary { kind: 'unary'; op: '-' | '+' | 'NOT' | 'PRIOR'; operand: Expr }
/** `x IS [NOT] NULL|TRUE|FALSE`. */
export interface IsExpr { kind: 'is'; operand: Expr; not: boolean; target: 'null' | 'true' | 'false' }
export interface IsDistinctFrom { kind: 'isDistinctFrom'; left: Expr; right: Expr; not: boolean }
export interface Between { kind: 'between'; operand: Expr; low: Expr; high: Expr; not: boolean }
export interface InList { kind: 'inList'; operand: Expr; list: Expr[]; not: boolean }
export interface InSubquery { kind: 'inSubquery'; operand: Expr; query: Query; not: boolean }
/**
 * `LIKE`, `ILIKE`, `RLIKE`, `REGEXP`. With `quantifier`, the right side is `patterns`
 * (`LIKE ANY ('a%', 'b%')`), otherwise `pattern`.
 */
export interface LikeExpr {
  kind: 'like';
  op: 'LIKE' | 'ILIKE' | 'RLIKE' | 'REGEXP';
  operand: Expr;
  not: boolean;
  pattern?: Expr;
  quantifier?: 'ANY' | 'ALL';
  patterns?: Expr[];
  escape?: Expr;
}
export interface Exists { kind: 'exists'; query: Query; not: boolean }
export interface Subquery { kind: 'subquery'; query: Query }
export interface CaseExpr { kind: 'case'; operand?: Expr; whens: { when: Expr; then: Expr }[]; else?: Expr }
/** `CAST(x AS t)`, `TRY_CAST(x AS t)`, `x::t`. */
export interface Cast { kind: 'cast'; expr: Expr; type: TypeName; try: boolean; syntax: 'cast' | 'colons' }

export interface WindowFrameBound {
  kind: 'frameBound';
  type: 'UNBOUNDED PRECEDING' | 'UNBOUNDED FOLLOWING' | 'CURRENT ROW' | 'PRECEDING' | 'FOLLOWING';
  offset?: Expr;
}
export interface WindowSpec {
  kind: 'window';
  /** A named window (`OVER w`), if used. */
  ref?: Ident;
  partitionBy: Expr[];
  orderBy: OrderItem[];
  frame?: { unit: 'ROWS' | 'RANGE' | 'GROUPS'; start: WindowFrameBound; end?: WindowFrameBound };
}

/** `name => value` inside a function's argument list. */
export interface NamedArg { kind: 'namedArg'; name: string; value: Expr }

/**
 * A function call. `name` parts are folded idents (`DATEADD`, `MY_DB.PUBLIC.F`).
 * `star` is `COUNT(*)`; `within` is `WITHIN GROUP (ORDER BY ...)`; `nulls` is IGNORE/RESPECT NULLS
 * (written inside or after the parentheses).
 */
export interface FuncCall {
  kind: 'func';
  name: Ident[];
  args: Expr[];
  distinct: boolean;
  star: boolean;
  within?: OrderItem[];
  filter?: Expr;
  over?: WindowSpec;
  nulls?: 'IGNORE' | 'RESPECT';
  /** Function-specific keyword arguments kept by the parser, e.g. `EXTRACT(YEAR FROM d)` → args [d], part 'YEAR'; `TRIM(BOTH ...)`. */
  part?: string;
}

/** One step of a semi-structured path: `:a`, `.b`, `["c"]`, `[0]`. */
export type PathStep =
  | { kind: 'key'; name: string; quoted: boolean; bracket: boolean }
  | { kind: 'index'; expr: Expr };

/** `v:a.b[0]:"C"`, or a bracket subscript on any expression (`arr[0]`). */
export interface PathExpr { kind: 'path'; base: Expr; steps: PathStep[] }

/** `[1, 2]` */
export interface ArrayLit { kind: 'arrayLit'; items: Expr[] }
/** `{'a': 1, 'b': x}` */
export interface ObjectLit { kind: 'objectLit'; entries: { key: Expr; value: Expr }[] }
/** `x -> x + 1`, `(a, b) -> a + b`, typed `a INT -> a * 2`. */
export interface Lambda {
  kind: 'lambda';
  params: Ident[];
  body: Expr;
  /** Declared parameter types, one per param, when the lambda is typed (`(a INT, b VARCHAR) -> ...`). */
  paramTypes?: TypeName[];
}

/** A bind parameter: `?` (numbered in order of appearance from 1), `:1`, or `:name`. */
export interface Bind { kind: 'bind'; index?: number; name?: string }
/** A session variable `$name` (name folded to upper case unless quoted via IDENTIFIER). */
export interface Variable { kind: 'variable'; name: string }
/** A positional column `$1` (in VALUES, staged files). */
export interface Positional {
  kind: 'positional';
  index: number;
  /** `alias.$1` when the staged-file source has an alias. */
  qualifier?: Ident[];
}
export interface Collate { kind: 'collate'; expr: Expr; collation: string }
/** A parenthesised expression, kept so printing and naming keep the user's grouping. */
export interface Paren { kind: 'paren'; expr: Expr }
/** A row constructor `(a, b)` used in `(a, b) IN (...)` or VALUES. */
export interface RowExpr { kind: 'row'; items: Expr[] }

export type Expr =
  | NumberLit | StringLit | BooleanLit | NullLit | TypedLit | IntervalLit
  | ColumnRef | Star | Binary | Unary | IsExpr | IsDistinctFrom | Between | InList | InSubquery
  | LikeExpr | Exists | Subquery | CaseExpr | Cast | FuncCall | NamedArg | PathExpr
  | ArrayLit | ObjectLit | Lambda | Bind | Variable | Positional | Collate | Paren | RowExpr;

export type ExprKind = Expr['kind'];
