/**
 * @module server/rest/_deps
 * What the REST routes are given by `createApp`.
 */
import type { HistoryStore } from '../../history/store.ts';
import type { SessionManager } from '../../session/manager.ts';
import type { ServerConfig } from '../config.ts';
import type { ErrorLogger } from './_errors.ts';

export interface RestDeps {
  manager: SessionManager;
  history: HistoryStore;
  config: ServerConfig;
  /** `Date.now()` when the server started (health uptime). */
  startedAt?: number;
  /** Where unexpected errors are logged with their id (default: stderr). */
  logError?: ErrorLogger;
}
