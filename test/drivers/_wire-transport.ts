/**
 * @module test/drivers/_wire-transport
 * The conformance transport over the driver protocol (STYLE.md convention 13): a login per
 * transport, each statement text sent as a `query-request` over real HTTP, rowset strings decoded
 * back to the engine's canonical values (then normalised by the conformance suite). Decoding is
 * done on the raw protocol, not through snowflake-sdk, so exact decimals and fractions survive.
 */
import { splitStatements } from '../../src/sql/index.ts';
import { normaliseValue, type TypeFamily } from '../conformance/_normalise.ts';
import type { QueryOutput, Transport } from '../conformance/types.ts';

const NS = 1_000_000_000n;

/** "123.456" (seconds, maybe negative) → nanoseconds. */
function nanos(text: string): bigint {
  const neg = text.startsWith('-');
  const [i = '0', f = ''] = text.replace(/^-/, '').split('.');
  const v = BigInt(i) * NS + BigInt((f + '000000000').slice(0, 9));
  return neg ? -v : v;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** Epoch nanoseconds → `YYYY-MM-DD HH:MM:SS.fffffffff` (UTC wall clock). */
function wall(ns: bigint): string {
  const secs = floorDiv(ns, NS);
  const frac = ns - secs * NS;
  const iso = new Date(Number(secs) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${frac.toString().padStart(9, '0')}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Offset (minutes) of an IANA zone at an instant. */
function zoneOffset(zone: string, epochMs: number): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** A rowset string of a column back to the engine's canonical value. */
export function decodeWire(text: string | null, type: TypeFamily, timezone: string): unknown {
  if (text === null) return null;
  switch (type) {
    case 'fixed':
    case 'text':
    case 'variant':
    case 'object':
    case 'array':
      return text;
    case 'real':
      return Number(text);
    case 'boolean':
      return text === '1' || text.toLowerCase() === 'true';
    case 'date':
      return new Date(Number(text) * 86_400_000).toISOString().slice(0, 10);
    case 'time':
      return wall(nanos(text)).slice(11);
    case 'timestamp_ntz':
      return wall(nanos(text));
    case 'timestamp_ltz': {
      const ns = nanos(text);
      const off = zoneOffset(timezone, Number(floorDiv(ns, 1_000_000n)));
      return `${wall(ns + BigInt(off) * 60n * NS)} ${offsetText(off)}`;
    }
    case 'timestamp_tz': {
      const [epoch = '0', enc = '1440'] = text.split(' ');
      const off = Number(enc) - 1440;
      return `${wall(nanos(epoch) + BigInt(off) * 60n * NS)} ${offsetText(off)}`;
    }
    case 'binary':
      return new Uint8Array(Buffer.from(text, 'hex'));
  }
}

async function post(url: string, body: unknown, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/snowflake' };
  if (token) headers.Authorization = `Snowflake Token="${token}"`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return res.json();
}

async function get(url: string, token: string): Promise<any> {
  const res = await fetch(url, { headers: { Authorization: `Snowflake Token="${token}"`, Accept: 'application/snowflake' } });
  return res.json();
}

/** Rows of a query body, chunks included. */
async function allRows(data: any): Promise<(string | null)[][]> {
  const rows: (string | null)[][] = [...data.rowset];
  for (const c of data.chunks ?? []) rows.push(...(JSON.parse(`[${await (await fetch(c.url)).text()}]`) as (string | null)[][]));
  return rows;
}

function outputOf(data: any, rows: (string | null)[][]): QueryOutput {
  const tz = (data.parameters as { name: string; value: unknown }[]).find((p) => p.name === 'TIMEZONE')?.value;
  const types = (data.rowtype as { type: TypeFamily }[]).map((c) => c.type);
  return {
    columns: (data.rowtype as { name: string }[]).map((c) => c.name),
    rows: rows.map((r) => r.map((v, i) => normaliseValue(decodeWire(v, types[i] ?? 'text', String(tz ?? 'UTC')), types[i] ?? 'text'))),
  };
}

/** Log in to `baseUrl` and run statement texts over the driver protocol. */
export async function wireTransport(baseUrl: string): Promise<Transport> {
  const login = await post(`${baseUrl}/session/v1/login-request?requestId=${crypto.randomUUID()}`, {
    data: { ACCOUNT_NAME: 'conformance', LOGIN_NAME: 'u', PASSWORD: 'p', CLIENT_APP_ID: 'JavaScript' },
  });
  if (!login.success) throw new Error(`login failed: ${login.code} ${login.message}`);
  const token: string = login.data.token;
  return {
    async execute(sql: string): Promise<QueryOutput> {
      const count = splitStatements(sql).length;
      const body: Record<string, unknown> = { sqlText: sql };
      if (count > 1) body.parameters = { MULTI_STATEMENT_COUNT: count };
      let res = await post(`${baseUrl}/queries/v1/query-request?requestId=${crypto.randomUUID()}`, body, token);
      while (res.success && (res.code === '333333' || res.code === '333334')) res = await get(baseUrl + res.data.getResultUrl, token);
      if (!res.success) throw { errno: res.code, sqlState: res.data?.sqlState, message: res.message };
      if (res.data.resultIds) {
        const ids = String(res.data.resultIds).split(',');
        res = await get(`${baseUrl}/queries/${ids[ids.length - 1]}/result`, token);
        if (!res.success) throw { errno: res.code, sqlState: res.data?.sqlState, message: res.message };
      }
      return outputOf(res.data, await allRows(res.data));
    },
    async close(): Promise<void> {
      await post(`${baseUrl}/session?delete=true&requestId=${crypto.randomUUID()}`, {}, token);
    },
  };
}
