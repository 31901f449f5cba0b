/**
 * @module cli/commands/repl
 * `mockhaus repl`: the interactive client. Talks to a running Mockhaus server (MOCKHAUS_SERVER_URL,
 * default http://localhost:8080) in a session it creates or attaches to, or with `--embedded` to an
 * in-process engine with no server. Options are those of the original Mockhaus REPL.
 */
import { defineCommand } from 'citty';
import { UsageError } from '../_run.ts';

export default defineCommand({
  meta: { name: 'repl', description: 'Interactive SQL client for a Mockhaus server (or --embedded)' },
  args: {
    'server-url': { type: 'string', description: 'Mockhaus server URL (default: $MOCKHAUS_SERVER_URL or http://localhost:8080)' },
    'session-type': { type: 'string', default: 'memory', description: 'Session type: memory or persistent' },
    'session-id': { type: 'string', description: 'Attach to (or create) the session with this id' },
    'session-ttl': { type: 'string', description: "Session TTL in seconds (default: the server's, 3600 unless configured)" },
    'persistent-path': { type: 'string', description: 'DuckDB file for a persistent session' },
    embedded: { type: 'boolean', default: false, description: 'Run on an in-process engine, no server' },
  },
  async run({ args }) {
    const type = args['session-type'];
    if (type !== 'memory' && type !== 'persistent') throw new UsageError(`--session-type must be memory or persistent (got '${type}')`);
    const ttl = args['session-ttl'] === undefined ? undefined : Number(args['session-ttl']);
    if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0)) {
      throw new UsageError(`--session-ttl must be a positive number of seconds (got '${args['session-ttl']}')`);
    }
    if (type === 'persistent' && args.embedded && !args['persistent-path']) {
      throw new UsageError('--embedded with --session-type persistent needs --persistent-path FILE');
    }
    const { runRepl } = await import('../../repl/repl.ts');
    return runRepl({
      serverUrl: args['server-url'] || process.env.MOCKHAUS_SERVER_URL || 'http://localhost:8080',
      sessionType: type,
      ...(args['session-id'] ? { sessionId: args['session-id'] } : {}),
      ...(ttl !== undefined ? { sessionTtl: ttl } : {}),
      ...(args['persistent-path'] ? { persistentPath: args['persistent-path'] } : {}),
      embedded: args.embedded,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    });
  },
});
