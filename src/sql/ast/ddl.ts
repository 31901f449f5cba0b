/**
 * @module sql/ast/ddl
 * The typed Snowflake syntax tree: DDL: option lists, CREATE / DROP / UNDROP / ALTER.
 * Re-exported whole by `sql/ast.ts` (import from there).
 */
import type { Ident, ObjectName, QName, TypeName } from './names.ts';
import type { Expr } from './expr.ts';
import type { Query } from './query.ts';

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
