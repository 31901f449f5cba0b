/**
 * @module server/wire/_state
 * The state one wire plugin instance shares between its routes: driver connections, running and
 * finished statements, spilled chunks, and the resolved tunables. Also the token check every
 * authenticated endpoint starts with (spec §2.5 and §5: 390104 unknown token, 390112 expired,
 * 390111 when the server session is gone).
 */
import { ApiError } from '../../errors.ts';
import type { Session } from '../../session/types.ts';
import { WireConnections, type ParamValue, type WireConnection } from './_connections.ts';
import type { WireDeps, WireOptions } from './_deps.ts';
import { fail, snowflakeToken } from './_http.ts';
import { QueryStore } from './_queries.ts';
import { SpillStore } from './_spill.ts';
import {
  CHUNK_BYTES,
  CODE,
  INLINE_BYTES,
  MASTER_TOKEN_VALIDITY_SECONDS,
  MESSAGES,
  SYNC_WAIT_MS,
  TOKEN_VALIDITY_SECONDS,
} from './constants.ts';

export interface WireState {
  deps: WireDeps;
  conns: WireConnections;
  queries: QueryStore;
  spill: SpillStore;
  syncWaitMs: number;
  resultWaitMs: number;
  /** Session parameters right after login, to tell ALTER SESSION changes from defaults. */
  loginParams: Map<string, Record<string, ParamValue>>;
}

export function createWireState(deps: WireDeps, opts: WireOptions = {}): WireState {
  const spill = new SpillStore(opts.spillDir, opts.inlineBytes ?? INLINE_BYTES, opts.chunkBytes ?? CHUNK_BYTES);
  return {
    deps,
    conns: new WireConnections(
      (opts.tokenValiditySeconds ?? TOKEN_VALIDITY_SECONDS) * 1000,
      (opts.masterValiditySeconds ?? MASTER_TOKEN_VALIDITY_SECONDS) * 1000,
    ),
    queries: new QueryStore(spill),
    spill,
    syncWaitMs: opts.syncWaitMs ?? SYNC_WAIT_MS,
    resultWaitMs: opts.resultWaitMs ?? SYNC_WAIT_MS,
    loginParams: new Map(),
  };
}

export type Authed = { conn: WireConnection; session: Session };

/** Resolve the caller's session token to its connection and live session, or a failure response. */
export async function authenticate(state: WireState, request: Request): Promise<Authed | Response> {
  const found = state.conns.lookup(snowflakeToken(request));
  if (found.kind === 'unknown') return fail(CODE.TOKEN_INVALID, MESSAGES.TOKEN_INVALID);
  if (found.kind === 'expired') return fail(CODE.TOKEN_EXPIRED, MESSAGES.TOKEN_EXPIRED);
  try {
    const session = await state.deps.manager.get(found.conn.sessionId);
    return { conn: found.conn, session };
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      // The server session expired or was deleted (REST, TTL): the driver must log in again.
      forgetSession(state, found.conn.sessionId);
      return fail(CODE.SESSION_GONE, MESSAGES.SESSION_GONE);
    }
    throw err;
  }
}

/** Forget everything about a server session (its connections, statements and chunk files). */
export function forgetSession(state: WireState, sessionId: string): void {
  for (const c of state.conns.forSession(sessionId)) state.conns.close(c);
  state.queries.dropSession(sessionId);
  state.loginParams.delete(sessionId);
}

/** Run `fn` while the manager holds the session (no eviction or expiry mid-statement). */
export function held<T>(state: WireState, sessionId: string, fn: () => Promise<T>): Promise<T> {
  const manager = state.deps.manager;
  return manager.use ? manager.use(sessionId, () => fn()) : fn();
}
