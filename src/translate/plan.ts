/**
 * @module translate/plan
 * What translation produces and the engine carries out (architecture.md: "A Plan is a typed
 * union"). Either DuckDB SQL with what is known about its result, or a Mockhaus command the engine
 * performs itself. Transports never look inside a plan's SQL.
 *
 * Owned by the translator; the engine's executor switches over `kind` exhaustively. Additive changes
 * only (add a kind, add an optional field) so both sides keep compiling.
 */
import type { ResultColumn, StatementType } from '../engine/types.ts';
import type { OptionPair } from '../sql/ast.ts';
import type { CopySpec, StageLocation } from '../ingest/types.ts';
import type { StagedQuerySource } from '../ingest/staged-query.ts';

/** What the translator knows of one output column: Snowflake's name, maybe a declared type. */
export interface ColumnHint {
  name: string;
  /** Declared/inferred Snowflake type when DuckDB's own type would lose it (VARIANT vs OBJECT, VARCHAR(n)). */
  type?: Partial<ResultColumn> & Pick<ResultColumn, 'type'>;
}

/** How the engine turns DuckDB's answer into a Snowflake result. */
export type ResultShape =
  /** Rows as returned (queries, SHOW/DESCRIBE views). */
  | { kind: 'rows' }
  /** One row of DML counts: columns named as Snowflake names them (`number of rows inserted`, ...). */
  | {
      kind: 'dmlCounts';
      columns: string[];
      /**
       * MERGE: the SQL returns one `merge_action` row per affected row ('INSERT' | 'UPDATE' |
       * 'DELETE'); column i counts the rows whose action is countByAction[i]. Absent: DuckDB's
       * changed-row count goes in the first column, 0 in the others.
       */
      countByAction?: string[];
      /** Multi-table INSERT: column i is the changed-row count of statement sql[countStatements[i]]. */
      countStatements?: number[];
      /**
       * UPDATE ... FROM: sql[countRowFrom] is a query, run before the DML with the plan's params,
       * whose one row holds every count column's value in order (DuckDB counts a target row once
       * per joined row; Snowflake counts it once and reports the multi-joined ones apart).
       */
      countRowFrom?: number;
    }
  /** One `status` row with this message (DDL, USE, SET, TCL). */
  | { kind: 'status'; message: string };

/** Run DuckDB SQL. `sql` may be several statements run in order; the LAST one's result is reported. */
export interface DuckDbPlan {
  kind: 'duckdb';
  statementType: StatementType;
  sql: string[];
  /** Positional parameters for the last statement ($1, $2 ... in DuckDB). */
  params: unknown[];
  columns?: ColumnHint[];
  shape: ResultShape;
  /** Statements run after success (metadata bookkeeping), same transaction when possible. */
  after?: string[];
  /** Session context to switch to after success (CREATE SCHEMA makes the new schema current). */
  use?: { database?: string; schema?: string };
  /**
   * Query ids whose kept results the SQL reads through `resultScanTable(id)` (engine/result-scan.ts)
   * for `TABLE(RESULT_SCAN(id))`. The engine loads each before running; unknown ids fail with 000709.
   */
  resultScans?: string[];
  /** `FROM @stage` items: read the staged files into these temp tables first (ingest/staged-query). */
  stagedFiles?: StagedQuerySource[];
}

/** Mockhaus commands that need the engine or session itself. */
export type CommandPlan =
  | { kind: 'use'; statementType: 'USE'; database?: string; schema?: string; warehouse?: string; role?: string }
  | { kind: 'setVariables'; statementType: 'SET'; names: string[]; sql: string }
  | { kind: 'unsetVariables'; statementType: 'SET'; names: string[] }
  | { kind: 'alterSession'; statementType: 'ALTER_SESSION'; set: Record<string, string | number | boolean>; unset: string[] }
  | { kind: 'createDatabase'; statementType: 'DDL'; name: string; orReplace: boolean; ifNotExists: boolean; transient: boolean; comment?: string }
  | { kind: 'dropDatabase'; statementType: 'DDL'; name: string; ifExists: boolean }
  | { kind: 'createStage'; statementType: 'DDL'; database: string; schema: string; name: string; orReplace: boolean; ifNotExists: boolean; temporary: boolean; options: OptionPair[] }
  | { kind: 'createFileFormat'; statementType: 'DDL'; database: string; schema: string; name: string; orReplace: boolean; ifNotExists: boolean; options: OptionPair[] }
  | { kind: 'copyInto'; statementType: 'COPY' | 'UNLOAD'; spec: CopySpec }
  | { kind: 'put'; statementType: 'PUT'; file: string; location: string; options: OptionPair[]; stage: StageLocation }
  | { kind: 'get'; statementType: 'GET'; location: string; file: string; options: OptionPair[]; stage: StageLocation }
  | { kind: 'list'; statementType: 'LIST'; location: string; pattern?: string; stage: StageLocation }
  | { kind: 'remove'; statementType: 'REMOVE'; location: string; pattern?: string; stage: StageLocation }
  /** A status row with no DuckDB work (CREATE WAREHOUSE, GRANT, ...): message plus bookkeeping SQL. */
  | { kind: 'status'; statementType: StatementType; message: string; sql: string[] };

export type Plan = DuckDbPlan | CommandPlan;
export type PlanKind = Plan['kind'];
