/**
 * @module sql/ast
 * The typed Snowflake syntax tree. Every node is tagged by `kind`; every switch over a kind ends in
 * `assertNever`. Snowflake meaning is settled at parse time: identifiers carry their folded name
 * (unquoted → upper case) plus whether they were quoted, and select items carry their source text
 * so the translator can name result columns as Snowflake does (snowflake-reference.md §3).
 *
 * Owned by the parser (src/sql). Changes must be additive so the translator keeps compiling.
 */

export type * from './ast/names.ts';
export type * from './ast/expr.ts';
export type * from './ast/query.ts';
export type * from './ast/ddl.ts';
export type * from './ast/statements.ts';
