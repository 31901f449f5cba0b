/**
 * @module sql/ast/statements
 * The typed Snowflake syntax tree: DML, session statements, SHOW/DESCRIBE, COPY/PUT/GET,
 * CALL, and the Statement union.
 * Re-exported whole by `sql/ast.ts` (import from there).
 */
import type { Ident, ObjectName, TypeName } from './names.ts';
import type { ColumnRef, Expr } from './expr.ts';
import type { Query, TableAlias, TableRef } from './query.ts';
import type { AccountObjectStmt, AlterObject, AlterTable, CreateDatabase, CreateFileFormat, CreateRoutine, CreateSchema, CreateSequence, CreateStage, CreateTable, CreateView, Drop, OptionPair, Undrop } from './ddl.ts';

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
