/**
 * @module sql/ast/names
 * The typed Snowflake syntax tree: identifiers, object names and type names as written.
 * Re-exported whole by `sql/ast.ts` (import from there).
 */
import type { Expr } from './expr.ts';

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
