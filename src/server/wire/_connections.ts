/**
 * @module server/wire/_connections
 * Driver connections: the session token / master token pair a login hands out, mapped to the
 * server session it opened, plus the session parameters the client sent at login (echoed on every
 * response, spec §3.3). Tokens are random 256-bit values; renewal (spec §3.7) swaps the session
 * token and keeps the master token.
 */
import { randomBytes } from 'node:crypto';

export type ParamValue = string | number | boolean;

export interface WireConnection {
  /** Server session id (SessionManager). */
  sessionId: string;
  /** The numeric id drivers expect as `data.sessionId`. */
  numericId: number;
  token: string;
  masterToken: string;
  tokenExpiresAt: number;
  masterExpiresAt: number;
  /** Session parameters the client set at login (upper-case keys). */
  params: Record<string, ParamValue>;
  warehouse: string | null;
  role: string | null;
  /** requestId → queryId, so a retried or replayed request never runs twice (spec §6). */
  requests: Map<string, string>;
  /** requestIds aborted before their query-request arrived: they fail 000604 on arrival. */
  abortedEarly: Set<string>;
}

export type Lookup =
  | { kind: 'ok'; conn: WireConnection }
  | { kind: 'expired'; conn: WireConnection }
  | { kind: 'unknown' };

const MAX_REMEMBERED_REQUESTS = 1000;

export function newToken(): string {
  return randomBytes(32).toString('hex');
}

export class WireConnections {
  private readonly byToken = new Map<string, WireConnection>();
  private readonly byMaster = new Map<string, WireConnection>();
  private nextNumericId = 1;

  constructor(
    private readonly validityMs: number,
    private readonly masterValidityMs: number,
  ) {}

  open(sessionId: string, params: Record<string, ParamValue>, warehouse: string | null, role: string | null): WireConnection {
    const now = Date.now();
    const conn: WireConnection = {
      sessionId,
      numericId: this.nextNumericId++,
      token: newToken(),
      masterToken: newToken(),
      tokenExpiresAt: now + this.validityMs,
      masterExpiresAt: now + this.masterValidityMs,
      params,
      warehouse,
      role,
      requests: new Map(),
      abortedEarly: new Set(),
    };
    this.byToken.set(conn.token, conn);
    this.byMaster.set(conn.masterToken, conn);
    return conn;
  }

  lookup(token: string | null): Lookup {
    const conn = token ? this.byToken.get(token) : undefined;
    if (!conn) return { kind: 'unknown' };
    return Date.now() > conn.tokenExpiresAt ? { kind: 'expired', conn } : { kind: 'ok', conn };
  }

  byMasterToken(token: string | null): Lookup {
    const conn = token ? this.byMaster.get(token) : undefined;
    if (!conn) return { kind: 'unknown' };
    return Date.now() > conn.masterExpiresAt ? { kind: 'expired', conn } : { kind: 'ok', conn };
  }

  /** Issue a new session token; the old one stops working. */
  renew(conn: WireConnection): WireConnection {
    this.byToken.delete(conn.token);
    conn.token = newToken();
    conn.tokenExpiresAt = Date.now() + this.validityMs;
    this.byToken.set(conn.token, conn);
    return conn;
  }

  /** Test hook and admin action: make the session token expire now (the driver then renews). */
  expire(conn: WireConnection): void {
    conn.tokenExpiresAt = 0;
  }

  close(conn: WireConnection): void {
    this.byToken.delete(conn.token);
    this.byMaster.delete(conn.masterToken);
  }

  /** Every connection of a server session (closing the session closes them all). */
  forSession(sessionId: string): WireConnection[] {
    return [...this.byMaster.values()].filter((c) => c.sessionId === sessionId);
  }

  remember(conn: WireConnection, requestId: string, queryId: string): void {
    conn.requests.set(requestId, queryId);
    if (conn.requests.size > MAX_REMEMBERED_REQUESTS) {
      const oldest = conn.requests.keys().next().value;
      if (oldest !== undefined) conn.requests.delete(oldest);
    }
  }

  validitySeconds(): { validity: number; master: number } {
    return { validity: Math.round(this.validityMs / 1000), master: Math.round(this.masterValidityMs / 1000) };
  }
}
