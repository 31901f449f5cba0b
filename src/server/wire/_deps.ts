/**
 * @module server/wire/_deps
 * What the driver protocol needs from the rest of the server, stated structurally so the plugin
 * depends only on the behaviour of the SessionManager and ServerConfig that `createApp` passes in
 * (interfaces.md: `wirePlugin(deps)` with `{ manager, config, history }`).
 */
import type { OpenSessionOptions, Session } from '../../session/types.ts';

export interface WireSessionManager {
  /** Open a session (memory or persistent) and register it (it shows in /api/v1/sessions). */
  create(opts: OpenSessionOptions): Promise<Session> | Session;
  /** The live session; throws SessionNotFound when it is gone. */
  get(id: string): Promise<Session> | Session;
  /**
   * Run `fn` with the session held (not evicted or expired meanwhile; a persistent session's context
   * is recorded afterwards). Optional: without it the wire plugin runs on `get`.
   */
  use?<T>(id: string, fn: (session: Session) => Promise<T>): Promise<T>;
  /** Close and unregister. */
  delete(id: string): Promise<unknown> | unknown;
}

export interface WireServerConfig {
  /** `serve --auth-token`: when set, a login password (or token) must equal it. */
  authToken?: string | null | undefined;
}

export interface WireDeps {
  manager: WireSessionManager;
  config: WireServerConfig;
  history?: unknown;
}

/** Tunables; the defaults live in constants.ts. Tests shorten the waits. */
export interface WireOptions {
  syncWaitMs?: number;
  resultWaitMs?: number;
  tokenValiditySeconds?: number;
  masterValiditySeconds?: number;
  inlineBytes?: number;
  chunkBytes?: number;
  /** Where large results are spilled (default: a fresh folder under the OS temp dir). */
  spillDir?: string;
}
