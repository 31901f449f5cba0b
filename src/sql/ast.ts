/**
 * @module sql/ast
 * The typed Snowflake syntax tree. Every node is tagged by `kind`; every switch over a kind ends in
 * `assertNever`. Snowflake meaning is settled at parse time: identifiers carry their folded name
 * (unquoted → upper case) plus whether they were quoted, and select items carry their source text
 * so the translator can name result columns as Snowflake does (snowflake-reference.md §3).
 *
 * Owned by the parser (src/sql). Changes must be additive so the translator keeps compiling.
 */

/** Source position: 1-based line, 0-based column (Snowflake's "position"). */
export interface Pos {
  line: number;
  col: number;
}

/** An identifier. `name` is already folded: unquoted → upper case, quoted → exact text. */
export interface Ident {
  kind: 'ident';
  name: string;
  quoted: boolean;
}

/** A possibly qualified object name: [db.][schema.]object. */
export interface QName {
  kind: 'qname';
  parts: Ident[];
}

/** `IDENTIFIER('db.schema.t')` or `IDENTIFIER($var)`: resolved by the translator from ctx. */
export interface IdentifierFn {
  kind: 'identifierFn';
  arg: Expr;
}

export type ObjectName = QName | IdentifierFn;

// ---------------------------------------------------------------------------------------------
// Types

/** A type as written: `NUMBER(38,0)`, `VARCHAR(10)`, `TIMESTAMP_NTZ(9)`, `ARRAY`, `VECTOR(INT, 3)`. */
export interface TypeName {
  kind: 'type';
  /** Upper-case base name as written (`INT`, `NUMBER`, `TIMESTAMP_NTZ`, `DOUBLE PRECISION`). */
  name: string;
  /** Numeric parameters, e.g. [38, 0] or [10]. */
  params: number[];
  /** A structured ARRAY / OBJECT's full spelling (`ARRAY(VARCHAR)`); `name` is the base type. */
  structured?: string;
}

// ---------------------------------------------------------------------------------------------
// Expressions

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

// ---------------------------------------------------------------------------------------------
// Queries

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

// ---------------------------------------------------------------------------------------------
// Statements

/** A value in an option list: `TYPE = CSV`, `SKIP_HEADER = 1`, `FORMAT_NAME = 'f'`, `(A = 1 B = 2)`. */
export type OptionValue =
  | { kind: 'optString'; value: string }
  | { kind: 'optNumber'; value: number; text: string }
  | { kind: 'optBool'; value: boolean }
  | { kind: 'optIdent'; value: string }
  | { kind: 'optList'; options: OptionPair[] }
  | { kind: 'optTuple'; items: OptionValue[] }
  | { kind: 'optExpr'; expr: Expr };
export interface OptionPair { name: string; value: OptionValue }

export interface ColumnDef {
  kind: 'columnDef';
  name: Ident;
  /** Missing only in CTAS column lists and views. */
  type?: TypeName;
  notNull: boolean;
  default?: Expr;
  /** AUTOINCREMENT / IDENTITY [(start, step)] [ORDER|NOORDER] */
  identity?: { start: number; step: number };
  primaryKey: boolean;
  unique: boolean;
  references?: { table: QName; columns: Ident[] };
  collate?: string;
  comment?: string;
  /** Virtual column `AS (expr)`. */
  as?: Expr;
}

export interface TableConstraint {
  kind: 'tableConstraint';
  name?: Ident;
  type: 'PRIMARY KEY' | 'UNIQUE' | 'FOREIGN KEY';
  columns: Ident[];
  references?: { table: QName; columns: Ident[] };
}

export interface CreateTable {
  kind: 'createTable';
  orReplace: boolean;
  ifNotExists: boolean;
  temporary: boolean;
  transient: boolean;
  name: ObjectName;
  columns: ColumnDef[];
  constraints: TableConstraint[];
  as?: Query;
  like?: QName;
  clone?: QName;
  comment?: string;
  clusterBy?: Expr[];
  /** Other table options (DATA_RETENTION_TIME_IN_DAYS, CHANGE_TRACKING, ...). */
  options: OptionPair[];
}

export interface CreateView {
  kind: 'createView';
  orReplace: boolean;
  ifNotExists: boolean;
  secure: boolean;
  materialized: boolean;
  temporary: boolean;
  recursive: boolean;
  name: ObjectName;
  columns?: { name: Ident; comment?: string }[];
  query: Query;
  /** Source text of the query, for SHOW VIEWS `text` and INFORMATION_SCHEMA.VIEWS. */
  queryText: string;
  comment?: string;
}

export interface CreateDatabase {
  kind: 'createDatabase';
  orReplace: boolean;
  ifNotExists: boolean;
  transient: boolean;
  name: ObjectName;
  clone?: QName;
  comment?: string;
  options: OptionPair[];
}
export interface CreateSchema {
  kind: 'createSchema';
  orReplace: boolean;
  ifNotExists: boolean;
  transient: boolean;
  managedAccess: boolean;
  name: ObjectName;
  clone?: QName;
  comment?: string;
  options: OptionPair[];
}
export interface CreateSequence {
  kind: 'createSequence';
  orReplace: boolean;
  ifNotExists: boolean;
  name: ObjectName;
  start: number;
  increment: number;
  order?: boolean;
  comment?: string;
}
/** CREATE STAGE: URL, credentials, FILE_FORMAT, COPY_OPTIONS, DIRECTORY... all kept as options. */
export interface CreateStage {
  kind: 'createStage';
  orReplace: boolean;
  ifNotExists: boolean;
  temporary: boolean;
  name: ObjectName;
  options: OptionPair[];
}
export interface CreateFileFormat {
  kind: 'createFileFormat';
  orReplace: boolean;
  ifNotExists: boolean;
  temporary: boolean;
  name: ObjectName;
  options: OptionPair[];
}
/** CREATE FUNCTION / PROCEDURE: signature and body kept; execution is a later feature. */
export interface CreateRoutine {
  kind: 'createRoutine';
  routine: 'FUNCTION' | 'PROCEDURE';
  orReplace: boolean;
  ifNotExists: boolean;
  secure: boolean;
  name: ObjectName;
  params: { name: Ident; type: TypeName; default?: Expr }[];
  returns?: TypeName | { table: ColumnDef[] };
  language?: string;
  body: string;
  options: OptionPair[];
}

/** CREATE/ALTER/DROP of account objects Mockhaus only records: WAREHOUSE, ROLE, USER, ... */
export interface AccountObjectStmt {
  kind: 'accountObject';
  verb: 'CREATE' | 'ALTER' | 'DROP';
  objectType: 'WAREHOUSE' | 'ROLE' | 'USER' | 'DATABASE ROLE' | 'RESOURCE MONITOR' | 'INTEGRATION' | 'NETWORK POLICY' | 'TAG' | 'MASKING POLICY' | 'ROW ACCESS POLICY' | 'STREAM' | 'TASK' | 'PIPE' | 'SECRET';
  orReplace: boolean;
  ifNotExists: boolean;
  ifExists: boolean;
  name: ObjectName;
  /** For ALTER: the raw action words (`SUSPEND`, `SET WAREHOUSE_SIZE = ...`). */
  action?: string;
  options: OptionPair[];
}

export type DropObjectType =
  | 'TABLE' | 'VIEW' | 'MATERIALIZED VIEW' | 'SCHEMA' | 'DATABASE' | 'SEQUENCE' | 'STAGE'
  | 'FILE FORMAT' | 'FUNCTION' | 'PROCEDURE' | 'EXTERNAL TABLE' | 'DYNAMIC TABLE';
export interface Drop {
  kind: 'drop';
  objectType: DropObjectType;
  ifExists: boolean;
  name: ObjectName;
  cascade?: boolean;
  /** Argument types for DROP FUNCTION f(INT). */
  argTypes?: TypeName[];
}
export interface Undrop { kind: 'undrop'; objectType: 'TABLE' | 'SCHEMA' | 'DATABASE'; name: ObjectName }

export type AlterTableAction =
  | { kind: 'renameTable'; to: QName }
  | { kind: 'swapWith'; other: QName }
  | { kind: 'addColumns'; columns: ColumnDef[]; ifNotExists: boolean }
  | { kind: 'dropColumns'; columns: Ident[]; ifExists: boolean }
  | { kind: 'renameColumn'; from: Ident; to: Ident }
  | { kind: 'alterColumns'; changes: AlterColumnChange[] }
  | { kind: 'addConstraint'; constraint: TableConstraint }
  | { kind: 'dropConstraint'; name?: Ident; type?: string }
  | { kind: 'setOptions'; options: OptionPair[] }
  | { kind: 'unsetOptions'; names: string[] }
  | { kind: 'clusterBy'; exprs: Expr[] };
export type AlterColumnChange =
  | { kind: 'setType'; column: Ident; type: TypeName }
  | { kind: 'setNotNull'; column: Ident; notNull: boolean }
  | { kind: 'setDefault'; column: Ident; default?: Expr }
  | { kind: 'setComment'; column: Ident; comment?: string };
export interface AlterTable { kind: 'alterTable'; ifExists: boolean; name: ObjectName; action: AlterTableAction }

/** ALTER DATABASE|SCHEMA|VIEW|SEQUENCE|STAGE|FILE FORMAT: rename, set/unset options, swap. */
export interface AlterObject {
  kind: 'alterObject';
  objectType: 'DATABASE' | 'SCHEMA' | 'VIEW' | 'SEQUENCE' | 'STAGE' | 'FILE FORMAT' | 'FUNCTION' | 'PROCEDURE';
  ifExists: boolean;
  name: ObjectName;
  /** Argument types for ALTER FUNCTION f(INT) ... */
  argTypes?: TypeName[];
  action:
    | { kind: 'rename'; to: QName }
    | { kind: 'swapWith'; other: QName }
    | { kind: 'setOptions'; options: OptionPair[] }
    | { kind: 'unsetOptions'; names: string[] };
}

export interface Insert {
  kind: 'insert';
  overwrite: boolean;
  table: ObjectName;
  columns?: Ident[];
  /** VALUES rows are a `values` query; `DEFAULT` in VALUES is a ColumnRef named DEFAULT unquoted. */
  source: Query;
}
export interface InsertMultiBranch { when?: Expr; into: { table: ObjectName; columns?: Ident[]; values?: Expr[] }[] }
/** INSERT [OVERWRITE] ALL|FIRST ... SELECT */
export interface InsertMulti {
  kind: 'insertMulti';
  overwrite: boolean;
  mode: 'ALL' | 'FIRST';
  /** Unconditional: `INSERT ALL INTO t1 INTO t2 SELECT ...` → one branch with no `when`. */
  branches: InsertMultiBranch[];
  else?: InsertMultiBranch['into'];
  source: Query;
}
export interface Update {
  kind: 'update';
  table: ObjectName;
  alias?: TableAlias;
  set: { column: Ident[]; value: Expr }[];
  from: TableRef[];
  where?: Expr;
}
export interface Delete {
  kind: 'delete';
  table: ObjectName;
  alias?: TableAlias;
  using: TableRef[];
  where?: Expr;
}
export type MergeClause =
  | { kind: 'whenMatchedUpdate'; condition?: Expr; set: { column: Ident[]; value: Expr }[] }
  | { kind: 'whenMatchedDelete'; condition?: Expr }
  | { kind: 'whenNotMatchedInsert'; condition?: Expr; columns?: Ident[]; values: Expr[] }
  /** `UPDATE ALL BY NAME` / `INSERT ALL BY NAME`: every target column from the source column of the same name. */
  | { kind: 'whenMatchedUpdateAll'; condition?: Expr }
  | { kind: 'whenNotMatchedInsertAll'; condition?: Expr };
export interface Merge {
  kind: 'merge';
  target: ObjectName;
  targetAlias?: TableAlias;
  source: TableRef;
  on: Expr;
  clauses: MergeClause[];
}
export interface Truncate { kind: 'truncate'; ifExists: boolean; table: ObjectName }

export interface Use {
  kind: 'use';
  /** Undefined: `USE db[.schema]` (database, or database.schema). */
  objectType?: 'DATABASE' | 'SCHEMA' | 'WAREHOUSE' | 'ROLE' | 'SECONDARY ROLES';
  name: ObjectName;
}

export interface Show {
  kind: 'show';
  terse: boolean;
  /** Upper-case plural as written: TABLES, SCHEMAS, DATABASES, VIEWS, COLUMNS, STAGES, FILE FORMATS, SEQUENCES, FUNCTIONS, USER FUNCTIONS, PROCEDURES, OBJECTS, PRIMARY KEYS, IMPORTED KEYS, UNIQUE KEYS, WAREHOUSES, ROLES, USERS, PARAMETERS, GRANTS, VARIABLES, ... */
  objectType: string;
  history: boolean;
  like?: string;
  /** `IN ACCOUNT | DATABASE [db] | SCHEMA [s] | TABLE t | VIEW v | [name]` */
  in?: { scope?: 'ACCOUNT' | 'DATABASE' | 'SCHEMA' | 'TABLE' | 'VIEW' | 'WAREHOUSE' | 'USER' | 'ROLE' | 'SESSION'; name?: ObjectName };
  startsWith?: string;
  limit?: number;
  from?: string;
}

export interface Describe {
  kind: 'describe';
  /** TABLE (default), VIEW, SCHEMA, DATABASE, STAGE, FILE FORMAT, SEQUENCE, FUNCTION, RESULT, ... */
  objectType: string;
  name: ObjectName;
  /** `DESCRIBE TABLE t TYPE = COLUMNS|STAGE` */
  type?: string;
  argTypes?: TypeName[];
  /** DESCRIBE RESULT 'query-id' | LAST_QUERY_ID(); `name` is then an empty qname (no parts). */
  result?: Expr;
}

export interface SetVar { kind: 'set'; names: Ident[]; values: Expr[] }
export interface UnsetVar { kind: 'unset'; names: Ident[] }
export interface AlterSession { kind: 'alterSession'; set: OptionPair[]; unset: string[] }
export interface Transaction { kind: 'transaction'; action: 'BEGIN' | 'COMMIT' | 'ROLLBACK'; name?: string }

export interface CopyInto {
  kind: 'copyInto';
  direction: 'table' | 'location';
  /** Target table (direction 'table') */
  table?: ObjectName;
  columns?: Ident[];
  /** Target or source location as written after `@` or a quoted URL (`s3://...`). */
  location?: string;
  /** COPY INTO t FROM (SELECT $1 ... FROM @stage) or COPY INTO @s FROM (query) */
  query?: Query;
  /** COPY INTO @loc FROM table */
  fromTable?: ObjectName;
  files?: string[];
  pattern?: string;
  fileFormat?: { name?: string; options?: OptionPair[] };
  /** All other copy options (ON_ERROR, FORCE, PURGE, MATCH_BY_COLUMN_NAME, SIZE_LIMIT, ...). */
  options: OptionPair[];
}
export interface Put { kind: 'put'; file: string; location: string; options: OptionPair[] }
export interface Get { kind: 'get'; location: string; file: string; options: OptionPair[] }
export interface ListStage { kind: 'list'; location: string; pattern?: string }
export interface RemoveStage { kind: 'remove'; location: string; pattern?: string }

export interface Call { kind: 'call'; name: ObjectName; args: Expr[] }
/** EXECUTE IMMEDIATE '<sql>' | $$...$$ | $var [USING (...)] */
export interface ExecuteImmediate { kind: 'executeImmediate'; body: Expr; using: Expr[] }
/** A Snowflake Scripting block `[DECLARE ...] BEGIN ... END`, kept as text. */
export interface ScriptBlock { kind: 'scriptBlock'; text: string }

export interface Grant {
  kind: 'grant' | 'revoke';
  /** The whole statement text after GRANT/REVOKE; Mockhaus records nothing about privileges. */
  text: string;
}
export interface CommentOn {
  kind: 'commentOn';
  objectType: string;
  ifExists: boolean;
  name: ObjectName;
  comment: string;
}
export interface ExplainStmt { kind: 'explain'; using?: string; statement: Statement }

export type Statement =
  | { kind: 'query'; query: Query }
  | Insert | InsertMulti | Update | Delete | Merge | Truncate
  | CreateTable | CreateView | CreateDatabase | CreateSchema | CreateSequence | CreateStage
  | CreateFileFormat | CreateRoutine | AccountObjectStmt
  | Drop | Undrop | AlterTable | AlterObject
  | Use | Show | Describe | SetVar | UnsetVar | AlterSession | Transaction
  | CopyInto | Put | Get | ListStage | RemoveStage
  | Call | ExecuteImmediate | ScriptBlock | Grant | CommentOn | ExplainStmt;

export type StatementKind = Statement['kind'];

/** A parsed statement with its source text and where it starts in the script. */
export interface ParsedStatement {
  statement: Statement;
  /** The statement's own text, without the trailing `;`. */
  text: string;
  /** 1-based line of the statement's first token in the whole script. */
  line: number;
}
