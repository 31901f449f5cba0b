/**
 * @module cli/commands/history
 * `mockhaus history recent|search|show|stats|clear|export` against a running server's REST API
 * (`--server-url`, default MOCKHAUS_SERVER_URL or http://localhost:8080; MOCKHAUS_AUTH_TOKEN is sent
 * as a bearer token when set).
 */
import { defineCommand } from 'citty';
import { writeFileSync } from 'node:fs';
import { UsageError } from '../_run.ts';
import { historyDetail, historyStatsText, historyTable, historyToCsv } from '../../history/format.ts';
import type { HistoryEntry, HistoryStats } from '../../history/store.ts';

const common = {
  'server-url': { type: 'string', description: 'Mockhaus server [default: MOCKHAUS_SERVER_URL or http://localhost:8080]' },
  'auth-token': { type: 'string', description: 'Bearer token [default: MOCKHAUS_AUTH_TOKEN]' },
} as const;

const filters = {
  'session-id': { type: 'string', description: 'Only this session' },
  status: { type: 'string', description: 'success or error (SUCCESS, FAILED_WITH_ERROR)' },
  type: { type: 'string', description: 'Statement type: SELECT, INSERT, DDL, ...' },
  since: { type: 'string', description: 'Only statements started at or after this ISO time' },
  limit: { type: 'string', alias: 'n', description: 'At most this many [default: 20]' },
} as const;

interface CommonArgs {
  'server-url'?: string;
  'auth-token'?: string;
}

async function call<T>(args: CommonArgs, method: string, path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const base = (args['server-url'] ?? process.env.MOCKHAUS_SERVER_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  const url = new URL(`${base}/api/v1${path}`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  const token = args['auth-token'] ?? process.env.MOCKHAUS_AUTH_TOKEN;
  let res: Response;
  try {
    res = await fetch(url, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (err) {
    throw new Error(`no Mockhaus server answers at ${base} (${(err as Error).message}); start one with 'mockhaus serve'`);
  }
  const body = (await res.json().catch(() => ({}))) as { success?: boolean; detail?: string; error?: string };
  if (!res.ok || body.success === false) throw new Error(`${body.error ?? `HTTP ${res.status}`}: ${body.detail ?? res.statusText}`);
  return body as T;
}

function filterParams(a: Record<string, unknown>, text?: string): Record<string, string | undefined> {
  return {
    text,
    session_id: a['session-id'] as string | undefined,
    status: a.status as string | undefined,
    type: a.type as string | undefined,
    since: a.since as string | undefined,
    limit: (a.limit as string | undefined) ?? '20',
  };
}

function printEntries(entries: HistoryEntry[], json: boolean): number {
  if (json) console.log(JSON.stringify(entries, null, 2));
  else if (entries.length === 0) console.log('No queries in history.');
  else console.log(historyTable(entries));
  return 0;
}

const recent = defineCommand({
  meta: { name: 'recent', description: 'The most recent statements, newest first' },
  args: { ...common, ...filters, json: { type: 'boolean', default: false, description: 'Print JSON' } },
  async run({ args }) {
    const r = await call<{ queries: HistoryEntry[] }>(args, 'GET', '/history', filterParams(args));
    return printEntries(r.queries, args.json);
  },
});

const search = defineCommand({
  meta: { name: 'search', description: 'Statements whose SQL contains TEXT (case-insensitive)' },
  args: { text: { type: 'positional', required: true, description: 'Text to look for' }, ...common, ...filters, json: { type: 'boolean', default: false } },
  async run({ args }) {
    const r = await call<{ queries: HistoryEntry[] }>(args, 'GET', '/history', filterParams(args, args.text));
    return printEntries(r.queries, args.json);
  },
});

const show = defineCommand({
  meta: { name: 'show', description: 'Everything recorded about one statement' },
  args: { query_id: { type: 'positional', required: true, description: 'Query id' }, ...common, json: { type: 'boolean', default: false } },
  async run({ args }) {
    const r = await call<{ query: HistoryEntry }>(args, 'GET', `/history/${encodeURIComponent(args.query_id)}`);
    console.log(args.json ? JSON.stringify(r.query, null, 2) : historyDetail(r.query));
    return 0;
  },
});

const stats = defineCommand({
  meta: { name: 'stats', description: 'Counts, error rate, p50/p95 duration, by statement type' },
  args: { ...common, 'session-id': filters['session-id'], since: filters.since, json: { type: 'boolean', default: false } },
  async run({ args }) {
    const r = await call<{ stats: HistoryStats }>(args, 'GET', '/history/stats', { session_id: args['session-id'], since: args.since });
    console.log(args.json ? JSON.stringify(r.stats, null, 2) : historyStatsText(r.stats));
    return 0;
  },
});

const clear = defineCommand({
  meta: { name: 'clear', description: 'Delete history (everything, or what started before --before)' },
  args: { ...common, before: { type: 'string', description: 'ISO time: delete only entries that started before it' } },
  async run({ args }) {
    const r = await call<{ message: string }>(args, 'DELETE', '/history', { before: args.before });
    console.log(r.message);
    return 0;
  },
});

const exportCmd = defineCommand({
  meta: { name: 'export', description: 'Write history as JSON or CSV' },
  args: {
    ...common,
    ...filters,
    limit: { type: 'string', alias: 'n', description: 'At most this many [default: all kept]' },
    format: { type: 'string', alias: 'f', default: 'json', description: 'json or csv' },
    output: { type: 'string', alias: 'o', description: 'File to write [default: stdout]' },
  },
  async run({ args }) {
    if (args.format !== 'json' && args.format !== 'csv') throw new UsageError(`--format must be json or csv (got '${args.format}')`);
    const params = { ...filterParams(args), limit: args.limit ?? '1000000000' };
    const r = await call<{ queries: HistoryEntry[] }>(args, 'GET', '/history', params);
    const text = args.format === 'csv' ? historyToCsv(r.queries) : `${JSON.stringify(r.queries, null, 2)}\n`;
    if (args.output) {
      writeFileSync(args.output, text);
      console.error(`Wrote ${r.queries.length} entries to ${args.output}`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  },
});

export default defineCommand({
  meta: { name: 'history', description: "Query history of a running server ('mockhaus serve')" },
  subCommands: { recent, search, show, stats, clear, export: exportCmd },
});
