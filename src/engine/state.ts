/**
 * @module engine/state
 * The per-session state that command plans read and change: current database/schema, warehouse and
 * role, session variables (SET) and session parameters (ALTER SESSION). The session owns one and
 * hands it to every `Database.execute`; translation reads it through TranslateContext.
 */
import type { SessionVariable } from '../translate/context.ts';
import { defaultParameters, type ParamValue } from './params.ts';

export interface EngineState {
  /** Login user (CURRENT_USER()). */
  user: string | null;
  database: string | null;
  schema: string | null;
  warehouse: string | null;
  role: string | null;
  variables: Map<string, SessionVariable>;
  params: Record<string, ParamValue>;
}

export function newEngineState(database: string | null, schema: string | null): EngineState {
  return { user: null, database, schema, warehouse: null, role: null, variables: new Map(), params: defaultParameters() };
}
