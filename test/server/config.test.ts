import { describe, expect, it } from 'bun:test';
import { ConfigError, defaultDataDir, isLoopbackHost, resolveServerConfig } from '../../src/server/config.ts';
import { homedir } from 'node:os';
import { join } from 'node:path';

describe('server config', () => {
  it('uses the seed defaults when nothing is set', () => {
    const c = resolveServerConfig({}, { HOME: homedir() });
    expect(c).toMatchObject({
      host: 'localhost',
      port: 8080,
      maxSessions: 100,
      ttlSeconds: 3600,
      cleanupIntervalSeconds: 300,
      authToken: null,
      allowAnyPath: false,
      debug: false,
      historyLimit: 10_000,
      maxBodyBytes: 10 * 1024 * 1024,
    });
    expect(c.dataDir).toBe(join(homedir(), '.local', 'share', 'mockhaus'));
  });

  it('reads every MOCKHAUS_* variable', () => {
    const c = resolveServerConfig(
      {},
      {
        MOCKHAUS_MAX_SESSIONS: '7',
        MOCKHAUS_SESSION_TTL: '60',
        MOCKHAUS_CLEANUP_INTERVAL: '5',
        MOCKHAUS_DEBUG: 'true',
        MOCKHAUS_DATA_DIR: '/tmp/mh-data',
        MOCKHAUS_AUTH_TOKEN: 's3cret',
        MOCKHAUS_SESSION_MEMORY_LIMIT: '256MB',
        MOCKHAUS_HISTORY_LIMIT: '50',
      },
    );
    expect(c).toMatchObject({
      maxSessions: 7,
      ttlSeconds: 60,
      cleanupIntervalSeconds: 5,
      debug: true,
      dataDir: '/tmp/mh-data',
      authToken: 's3cret',
      memoryLimit: '256MB',
      historyLimit: 50,
    });
  });

  it('lets command-line options win over the environment', () => {
    const c = resolveServerConfig({ maxSessions: '3', port: '0', host: '0.0.0.0', authToken: 'cli' }, { MOCKHAUS_MAX_SESSIONS: '9', MOCKHAUS_AUTH_TOKEN: 'env' });
    expect(c.maxSessions).toBe(3);
    expect(c.port).toBe(0);
    expect(c.host).toBe('0.0.0.0');
    expect(c.authToken).toBe('cli');
  });

  it('rejects a non-numeric or out-of-range number with the option named', () => {
    expect(() => resolveServerConfig({ port: 'abc' }, {})).toThrow(ConfigError);
    expect(() => resolveServerConfig({}, { MOCKHAUS_MAX_SESSIONS: '0' })).toThrow(/MOCKHAUS_MAX_SESSIONS/);
  });

  it('follows XDG_DATA_HOME for the default data dir', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/share' })).toBe('/x/share/mockhaus');
  });

  it('knows loopback addresses', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '192.168.1.5', '::', 'example.com']) expect(isLoopbackHost(h)).toBe(false);
  });
});
