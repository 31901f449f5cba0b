/**
 * The real REPL in a real terminal: a real Mockhaus server on a random port, `mockhaus repl` in a
 * tmux pane, keys typed with `send-keys`, the screen read with `capture-pane`. Skipped (with the
 * reason printed) only when tmux is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../src/server/app.ts';
import { resolveServerConfig } from '../../src/server/config.ts';

const HAS_TMUX = Bun.spawnSync(['sh', '-c', 'command -v tmux']).exitCode === 0;
if (!HAS_TMUX) console.warn('test/repl/e2e.test.ts skipped: tmux is not installed (apt-get install -y tmux)');

const ROOT = resolve(import.meta.dir, '../..');
const SOCKET = `mockhaus-repl-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const PANE = 'repl';

function tmux(...args: string[]): string {
  const r = Bun.spawnSync(['tmux', '-L', SOCKET, ...args], { stderr: 'pipe' });
  if (r.exitCode !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr.toString()}`);
  return r.stdout.toString();
}
// tmux reads an argument ending in `;` as a command separator: escape that last `;`.
const type = (text: string) => tmux('send-keys', '-t', PANE, '-l', text.replace(/;$/, '\\;'));
const key = (...keys: string[]) => tmux('send-keys', '-t', PANE, ...keys);
/** The pane's text, history included, wrapped lines joined. */
const screen = (escapes = false, target = PANE) => tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-S', '-500', '-t', target);

async function waitFor(what: string | RegExp, timeoutMs = 20000, escapes = false, target = PANE): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = screen(escapes, target);
    if (typeof what === 'string' ? last.includes(what) : what.test(last)) return last;
    await Bun.sleep(50);
  }
  throw new Error(`timed out waiting for ${String(what)}; screen:\n${last}`);
}
/** Text printed after the last occurrence of `marker` (the command just typed). */
const after = (text: string, marker: string) => text.slice(text.lastIndexOf(marker));

describe.skipIf(!HAS_TMUX)('REPL in a real terminal (skipped only where tmux is not installed; .ci/run installs it)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dir: string;
  // CI exports NO_COLOR=1; the first REPL must not inherit it (it checks the colours).
  const replCommand = (noColor = false) =>
    [
      `cd ${ROOT}`,
      `env -u NO_COLOR ${noColor ? 'NO_COLOR=1 ' : ''}HOME=${dir} TERM=xterm-256color ${process.execPath} src/cli/main.ts repl --server-url ${server.url}`,
      'echo "[repl exited $?]"',
      'sleep 600',
    ].join('; ');
  let sessionId = '';
  /** Later steps need the REPL running: fail them at once instead of each waiting out its timeout. */
  let started = false;
  const needStart = () => {
    if (!started) throw new Error('the REPL never showed its prompt (see the first test)');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mockhaus-repl-e2e-'));
    server = await startServer(resolveServerConfig({ host: '127.0.0.1', port: 0, dataDir: join(dir, 'data') }, {}));
    tmux('new-session', '-d', '-s', PANE, '-x', '120', '-y', '50', replCommand());
  });

  afterAll(async () => {
    try {
      Bun.spawnSync(['tmux', '-L', SOCKET, 'kill-server']);
    } finally {
      await server?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('connects, prints the banner and a prompt', async () => {
    const s = await waitFor(/Session: \S+ \(memory, expires in [^)]+\)[\s\S]*mockhaus>/);
    expect(s).toContain('Mockhaus Interactive Client v');
    expect(s).toContain(`Connected to server at ${server.url}`);
    sessionId = /Session: (\S+) \(memory/.exec(s)?.[1] ?? '';
    const res = await fetch(`${server.url}/api/v1/sessions/${sessionId}`);
    expect(res.status).toBe(200);
    started = true;
  }, 30000);

  it('highlights input as it is typed, and Ctrl-C clears it', async () => {
    needStart();
    type("SELECT 'abc', 42 -- note");
    const s = await waitFor(/42.*note/, 10000, true);
    const line = s.split('\n').filter((l) => l.includes('note')).pop() ?? '';
    // Keyword, string, number and comment each carry a colour (SGR) in the pane.
    expect(line).toMatch(/\x1b\[[0-9;]*m(\x1b\[[0-9;]*m)*SELECT/);
    expect(line).toMatch(/\x1b\[[0-9;]*m(\x1b\[[0-9;]*m)*'abc'/);
    expect(line).toMatch(/\x1b\[[0-9;]*m(\x1b\[[0-9;]*m)*42/);
    expect(line).toMatch(/\x1b\[[0-9;]*m(\x1b\[[0-9;]*m)*-- note/);
    key('C-c');
    await waitFor(/-- note(\x1b\[[0-9;]*m)*\^C\n(\x1b\[[0-9;]*m)*mockhaus>/, 10000, true);
  }, 30000);

  it('creates a table and inserts two rows', async () => {
    needStart();
    type('CREATE TABLE users (id INT, name VARCHAR, email VARCHAR);');
    key('Enter');
    await waitFor('Table USERS successfully created.');
    type("INSERT INTO users VALUES (1, 'Alice', 'alice@example.com'), (2, 'Bob', NULL);");
    key('Enter');
    const s = after(await waitFor(/number of rows inserted[\s\S]*1 row in \d+\.\d{3}s/), 'INSERT INTO users');
    expect(s).toMatch(/ number of rows inserted\n-+\n +2\n/);
  }, 30000);

  it('runs a multi-line SELECT with a continuation prompt', async () => {
    needStart();
    type('SELECT id, name, email');
    key('Enter');
    await waitFor(/mockhaus> SELECT id, name, email\n {7}->\s*$/);
    type('FROM users');
    key('Enter');
    type('ORDER BY id;');
    key('Enter');
    const s = after(await waitFor(/2 rows in \d+\.\d{3}s/), 'SELECT id, name, email');
    expect(s).toContain('       -> FROM users\n       -> ORDER BY id;\n');
    expect(s).toContain(
      [' ID | NAME  | EMAIL', '----+-------+-------------------', '  1 | Alice | alice@example.com', '  2 | Bob   | NULL', ''].join('\n'),
    );
  }, 30000);

  it('prints a failing query as Snowflake does, with the position of a syntax error', async () => {
    needStart();
    type('SELECT * FROM nope;');
    key('Enter');
    const s = after(await waitFor("Object 'NOPE' does not exist or not authorized."), 'FROM nope;');
    expect(s).toContain("002003 (42S02): SQL compilation error:\nObject 'NOPE' does not exist or not authorized.\n");
    type('SELECT * FORM users;');
    key('Enter');
    const e = after(await waitFor(/001003 \(42000\)[\s\S]*\^/), 'FORM users;');
    expect(e).toMatch(/001003 \(42000\): SQL compilation error:\nsyntax error line 1 at position (\d+) unexpected 'FORM'\./);
    const pos = Number(/at position (\d+)/.exec(e)?.[1]);
    // The statement is shown as sent (without its `;`), the caret under the position.
    expect(e).toContain(`  SELECT * FORM users\n  ${' '.repeat(pos)}^`);
  }, 30000);

  it('completes a table name with Tab', async () => {
    needStart();
    type('SELECT COUNT(*) AS n FROM us');
    key('Tab');
    await waitFor(/FROM users$/m);
    type(';');
    key('Enter');
    const s = after(await waitFor(/FROM users;\n[\s\S]*1 row in/), 'AS n FROM users;');
    expect(s).toMatch(/ N\n---\n 2\n/);
  }, 30000);

  it('runs several statements on one line in order', async () => {
    needStart();
    type("SELECT 'first' AS a; SELECT 'second' AS b;");
    key('Enter');
    const s = after(await waitFor(/second\n\n1 row in[\s\S]*mockhaus>\s*$/), "SELECT 'first'");
    expect(s.indexOf('first\n')).toBeLessThan(s.indexOf(' second'));
  }, 30000);

  it('pages a result taller than the terminal, and prints the footer when stopped', async () => {
    needStart();
    type('SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 200));');
    key('Enter');
    await waitFor(/-- more \(\d+%\): Space next page, Enter next line, q quit --\s*$/);
    key('Space');
    await waitFor(/\n +9\d\n-- more/);
    key('q');
    const s = after(await waitFor(/more lines not shown\)\n200 rows in \d+\.\d{3}s/), 'ROWCOUNT => 200');
    expect(s).not.toContain('\n 199\n');
  }, 30000);

  it('cancels a running query with Ctrl-C', async () => {
    needStart();
    type('SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 100000000000));');
    key('Enter');
    await Bun.sleep(700);
    key('C-c');
    const s = after(await waitFor(/000604 \(57014\): SQL execution canceled\n[\s\S]*mockhaus>\s*$/), 'ROWCOUNT => 100000000000');
    expect(s).not.toContain('1 row in');
  }, 30000);

  it('shows the session and the server sessions', async () => {
    needStart();
    type('session');
    key('Enter');
    const s = after(await waitFor(/Session ID: [\s\S]*Status: active/), 'mockhaus> session');
    expect(s).toContain(`Session ID: ${sessionId}\nType: memory\n`);
    expect(s).toMatch(/TTL: 3600 seconds\nExpires in: (1h|\d+m)\n/);
    type('sessions');
    key('Enter');
    const l = after(await waitFor(/Active Sessions: \d+[\s\S]*SESSION_ID[\s\S]*mockhaus>\s*$/), 'mockhaus> sessions');
    expect(l).toContain('Active Sessions: 1\n');
    expect(l).toMatch(/Usage: \d+% of \d+ max sessions/);
    expect(l).toMatch(new RegExp(` \\* +\\| ${sessionId} \\| memory `));
  }, 30000);

  it('quits, deletes the memory session on the server and keeps the input history', async () => {
    needStart();
    type('quit');
    key('Enter');
    await waitFor(`Session ${sessionId} deleted.`);
    await waitFor('[repl exited 0]');
    const res = await fetch(`${server.url}/api/v1/sessions/${sessionId}`);
    expect(res.status).toBe(404);
    const list = (await (await fetch(`${server.url}/api/v1/sessions`)).json()) as { sessions: { session_id: string }[] };
    expect(list.sessions.map((x) => x.session_id)).not.toContain(sessionId);
    const history = readFileSync(join(dir, '.mockhaus_history'), 'utf8');
    expect(history).toContain('CREATE TABLE users (id INT, name VARCHAR, email VARCHAR);\n');
    expect(history).toContain('"SELECT id, name, email\\nFROM users\\nORDER BY id;"\n');
  }, 30000);

  it('draws no colour with NO_COLOR, and deletes its memory session when the terminal is closed', async () => {
    tmux('new-window', '-d', '-t', PANE, '-n', 'second', replCommand(true).replace(/; echo[\s\S]*$/, ''));
    const s = await waitFor(/Session: \S+ \(memory[\s\S]*mockhaus>/, 20000, false, `${PANE}:second`);
    const id = /Session: (\S+) \(memory/.exec(s)?.[1] ?? '';
    tmux('send-keys', '-t', `${PANE}:second`, '-l', "SELECT 'abc', 42");
    const typed = await waitFor("SELECT 'abc', 42", 10000, true, `${PANE}:second`);
    expect(typed).not.toMatch(/\x1b\[[0-9;]*m/);
    expect((await fetch(`${server.url}/api/v1/sessions/${id}`)).status).toBe(200);
    tmux('kill-window', '-t', `${PANE}:second`);
    const deadline = Date.now() + 10000;
    let status = 200;
    while (status !== 404 && Date.now() < deadline) {
      await Bun.sleep(100);
      status = (await fetch(`${server.url}/api/v1/sessions/${id}`)).status;
    }
    expect(status).toBe(404);
  }, 30000);
});
