/**
 * @module sql/_create-common
 * Shapes shared by the CREATE parsers (kept apart from `create.ts` so the parser modules do not
 * import each other in a cycle at load time).
 */
import type { AccountObjectStmt, Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';

export interface CreateModifiers {
  orReplace: boolean;
  temporary: boolean;
  transient: boolean;
  secure: boolean;
  materialized: boolean;
  recursive: boolean;
  ifNotExists: boolean;
}

export type CreateParser = (c: Cursor, m: CreateModifiers) => Statement;

/** `IF NOT EXISTS` after the object type. */
export function acceptIfNotExists(c: Cursor, m: CreateModifiers): void {
  if (c.acceptWords('IF', 'NOT', 'EXISTS')) m.ifNotExists = true;
}

/** Account-level objects Mockhaus records but does not model (CREATE/ALTER/DROP → accountObject). */
export const ACCOUNT_OBJECT_TYPES: readonly AccountObjectStmt['objectType'][] = [
  'WAREHOUSE', 'ROLE', 'USER', 'DATABASE ROLE', 'RESOURCE MONITOR', 'INTEGRATION', 'NETWORK POLICY', 'TAG',
  'MASKING POLICY', 'ROW ACCESS POLICY', 'STREAM', 'TASK', 'PIPE', 'SECRET',
];
export const ACCOUNT_TYPES: ReadonlySet<string> = new Set(ACCOUNT_OBJECT_TYPES);
