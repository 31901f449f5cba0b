/**
 * @module server/wire
 * The Snowflake driver protocol as an Elysia plugin (issue 5; spec: shared/docs/snowflake-wire-
 * protocol.md), mounted by `createApp` beside the REST API on the same sessions. Unmodified
 * drivers (snowflake-sdk, the Python connector, JDBC, Go) log in, run statements, page through
 * chunked results, cancel, and close; the SQL API v2 is served from the same state.
 *
 * @example
 *   new Elysia().use(restPlugin(deps)).use(wirePlugin(deps))
 */
import { Elysia } from 'elysia';
import type { WireDeps, WireOptions } from './_deps.ts';
import { createWireState, type WireState } from './_state.ts';
import { loginRoutes } from './login.ts';
import { queryRoutes } from './query.ts';
import { sessionRoutes } from './session.ts';
import { sqlApiRoutes } from './sqlapi.ts';

export type { WireDeps, WireOptions, WireServerConfig, WireSessionManager } from './_deps.ts';
export type { WireState } from './_state.ts';
export { STATEMENT_TYPE_IDS } from './constants.ts';

/** Collapse a run of leading slashes (`//session/...` from an accessUrl with a trailing slash). */
export function collapseLeadingSlashes(pathname: string): string {
  return pathname.replace(/^\/{2,}/, '/');
}

export function wirePlugin(deps: WireDeps, options: WireOptions = {}) {
  const state: WireState = createWireState(deps, options);
  const routes = new Elysia()
    .use(loginRoutes(state))
    .use(queryRoutes(state))
    .use(sessionRoutes(state))
    .use(sqlApiRoutes(state));
  return new Elysia()
    .decorate('wireState', state)
    .onRequest(({ request }) => {
      const url = new URL(request.url);
      if (!url.pathname.startsWith('//')) return;
      url.pathname = collapseLeadingSlashes(url.pathname);
      return routes.handle(new Request(url.toString(), request));
    })
    .onStop(() => state.spill.dropAll())
    .use(routes);
}
