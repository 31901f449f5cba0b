/**
 * @module cli/commands/serve
 * `mockhaus serve`: the REST API and the Snowflake driver protocol on one port (seed README "Server
 * Mode"). Prints one line saying where it listens and how to connect. SIGINT/SIGTERM stop accepting
 * requests, let running statements finish (≤ 10 s), checkpoint persistent sessions, and exit 0.
 */
import { defineCommand } from 'citty';
import { VERSION } from '../_version.ts';
import { UsageError } from '../_run.ts';
import { ConfigError, isLoopbackHost, resolveServerConfig, type ServeOptions } from '../../server/config.ts';
import { startServer } from '../../server/app.ts';

export default defineCommand({
  meta: { name: 'serve', description: 'Start the Mockhaus server (REST API and Snowflake driver protocol)' },
  args: {
    host: { type: 'string', description: 'Host to bind to [default: localhost]' },
    port: { type: 'string', alias: 'p', description: 'Port to bind to (0 = any free port) [default: 8080]' },
    'max-sessions': { type: 'string', description: 'Maximum concurrent sessions [default: 100, MOCKHAUS_MAX_SESSIONS]' },
    'data-dir': { type: 'string', description: 'Persistent sessions and history [default: ~/.local/share/mockhaus, MOCKHAUS_DATA_DIR]' },
    'auth-token': { type: 'string', description: 'Require Authorization: Bearer TOKEN on /api/v1 (not health) [MOCKHAUS_AUTH_TOKEN]' },
    'allow-any-path': { type: 'boolean', default: false, description: 'Allow persistent-session paths outside the data dir on a non-loopback bind' },
    'session-ttl': { type: 'string', description: 'Default session TTL in seconds [default: 3600, MOCKHAUS_SESSION_TTL]' },
    'history-limit': { type: 'string', description: 'Query history entries kept [default: 10000, MOCKHAUS_HISTORY_LIMIT]' },
    debug: { type: 'boolean', description: 'Debug logging [MOCKHAUS_DEBUG]' },
  },
  async run({ args }) {
    const opts: ServeOptions = { allowAnyPath: args['allow-any-path'] };
    if (args.host !== undefined) opts.host = args.host;
    if (args.port !== undefined) opts.port = args.port;
    if (args['max-sessions'] !== undefined) opts.maxSessions = args['max-sessions'];
    if (args['data-dir'] !== undefined) opts.dataDir = args['data-dir'];
    if (args['auth-token'] !== undefined) opts.authToken = args['auth-token'];
    if (args['session-ttl'] !== undefined) opts.ttlSeconds = args['session-ttl'];
    if (args['history-limit'] !== undefined) opts.historyLimit = args['history-limit'];
    if (args.debug !== undefined) opts.debug = args.debug;
    let config;
    try {
      config = resolveServerConfig(opts);
    } catch (err) {
      if (err instanceof ConfigError) throw new UsageError(err.message);
      throw err;
    }
    const server = await startServer(config);
    // The warning goes first: whoever reads the startup line may stop the server right after it.
    if (!isLoopbackHost(config.host) && !config.authToken) {
      console.error(`mockhaus: warning: listening on ${config.host} without --auth-token; anyone who can reach this port can run SQL`);
    }
    const auth = config.authToken ? ' (bearer token required)' : '';
    console.log(
      `Mockhaus ${VERSION} listening on ${server.url} — REST ${server.url}/api/v1${auth}, docs ${server.url}/docs, ` +
        `Snowflake drivers: host=${server.hostname} port=${server.port} protocol=http`,
    );
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (config.debug) console.error(`mockhaus: ${signal}: shutting down`);
      server
        .stop()
        .then(() => process.exit(0))
        .catch((err) => {
          console.error(`mockhaus: shutdown failed: ${(err as Error).message}`);
          process.exit(1);
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    return null; // keep running; the signal handlers exit
  },
});
