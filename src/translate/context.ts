/**
 * @module translate/context
 * The read-only context a translation may consult (STYLE.md convention 3). Transforms never do
 * I/O: catalog facts come through `catalog`, which the session answers from its in-memory mirror of
 * the metadata tables. Every field a translation reads is part of its cache key.
 */
import type { SnowflakeTypeName, Value } from '../engine/types.ts';
import type { Binds } from '../session/types.ts';
import type { ColumnHint } from './plan.ts';

export interface SessionVariable {
  value: Value;
  type: SnowflakeTypeName;
}

/** Catalog facts the translator may need; answered synchronously from the session's cache. */
export interface CatalogFacts {
  hasDatabase(name: string): boolean;
  hasSchema(database: string, schema: string): boolean;
  /** Declared Snowflake column types of a table or view, in column order; undefined if unknown. */
  columns(database: string, schema: string, table: string): ColumnHint[] | undefined;
  /**
   * Whether an object of this type exists (exact, case-sensitive names). Optional: when absent,
   * DDL falls back to `columns()` for tables/views and to DuckDB's own errors otherwise.
   * Built by `catalogFactsFromRows()` in src/catalog/facts.ts.
   */
  hasObject?(type: CatalogObjectType, database: string, schema: string, name: string): boolean;
}

/** Object types `CatalogFacts.hasObject` answers for. */
export type CatalogObjectType =
  | 'TABLE' | 'VIEW' | 'SEQUENCE' | 'STAGE' | 'FILE FORMAT' | 'FUNCTION' | 'PROCEDURE'
  /** Account objects: asked with database and schema ''. */
  | 'WAREHOUSE' | 'ROLE' | 'USER' | 'DATABASE ROLE' | 'RESOURCE MONITOR' | 'INTEGRATION' | 'NETWORK POLICY'
  | 'TAG' | 'MASKING POLICY' | 'ROW ACCESS POLICY' | 'SECRET';

export interface TranslateContext {
  readonly database: string | null;
  readonly schema: string | null;
  readonly sessionId: string;
  /** Session variables by upper-case name (`SET x = 1` → `X`). */
  readonly variables: ReadonlyMap<string, SessionVariable>;
  /** Session parameters by upper-case name (TIMEZONE, TIMESTAMP_TYPE_MAPPING, ...). */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly binds?: Binds;
  /** Login user, current role and warehouse (CURRENT_USER() etc.); additive, optional. */
  readonly user?: string | null;
  readonly role?: string | null;
  readonly warehouse?: string | null;
  readonly catalog: CatalogFacts;
  /**
   * Query ids of this session's earlier statements, oldest first (at most the last 100), for
   * LAST_QUERY_ID(n) and RESULT_SCAN. Additive, optional; filled by the session.
   */
  readonly queryIds?: readonly string[];
  /** The text of the statement being translated, as sent (CURRENT_STATEMENT()). Additive, optional. */
  readonly statementText?: string;
}
