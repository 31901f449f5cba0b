/**
 * @module repl/repl
 * The REPL loop: connect (server or embedded), print the banner, then read input — with the line
 * editor on a terminal, line by line from a pipe — and run statements one at a time in order,
 * printing each result or Snowflake-style error. Ctrl-C cancels the running statement. Leaving
 * deletes a memory session this REPL created and keeps a persistent one.
 */
import { createInterface } from 'node:readline';
import { VERSION } from '../cli/_version.ts';
import { assertNever, SnowflakeError } from '../errors.ts';
import { paint } from './_ansi.ts';
import { formatDuration, secondsLeft, type ReplBackend, type SessionInfo, type SessionRequest } from './backend.ts';
import { fetchCatalog } from './catalog.ts';
import { runCommand } from './commands.ts';
import { completionCandidates, EMPTY_CATALOG, type CatalogSnapshot } from './complete.ts';
import { LineEditor } from './editor.ts';
import { EmbeddedBackend } from './embedded-backend.ts';
import { highlightLines } from './highlight.ts';
import { addHistory, historyPath, loadHistory } from './history-file.ts';
import { changesCatalog, classifyInput, readyToSubmit, scriptStatements } from './input.ts';
import { resultOutput, type OutputFormat } from './output.ts';
import { page } from './pager.ts';
import { renderError } from './render.ts';
import { RestApiError, RestBackend, ServerUnreachable } from './rest-backend.ts';

export interface ReplOptions {
  serverUrl: string;
  sessionType: 'memory' | 'persistent';
  sessionId?: string;
  sessionTtl?: number;
  persistentPath?: string;
  embedded: boolean;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Errors go here when input is piped (on a terminal they stay in order with the output). */
  stderr?: NodeJS.WriteStream;
  env: Record<string, string | undefined>;
}

/** Table rows printed when output is not a terminal (nothing to page with). */
const PIPE_MAX_ROWS = 1000;
/** Table rows handed to the pager at most. */
const PAGER_MAX_ROWS = 10000;
const PROMPT = 'mockhaus> ';
const CONTINUATION = '       -> ';

export class Repl {
  format: OutputFormat = 'table';
  timing = true;
  translate = false;
  readonly color: boolean;
  readonly interactive: boolean;
  private catalog: CatalogSnapshot = EMPTY_CATALOG;
  private catalogStale = true;
  private editor: LineEditor | null = null;
  private lineReader: ReturnType<typeof createInterface> | null = null;
  private running: AbortController | null = null;
  quitting = false;
  /** A statement failed (piped input exits with 1). */
  failed = false;

  constructor(
    readonly backend: ReplBackend,
    readonly sessionId: string,
    private readonly o: ReplOptions,
  ) {
    this.color = !!o.stdout.isTTY && !o.env.NO_COLOR;
    this.interactive = !!o.stdin.isTTY && !!o.stdout.isTTY;
  }

  /** Terminal width; output that is not a terminal has no width to fit (cells are still capped). */
  get width(): number {
    return this.o.stdout.isTTY ? this.o.stdout.columns || 80 : 10000;
  }

  write(text: string): void {
    this.o.stdout.write(text);
  }

  /** Print lines; tall tables go through the pager on a terminal. */
  async print(lines: string[], footer: string[] = []): Promise<void> {
    const rows = this.o.stdout.rows || 24;
    if (this.editor && lines.length + footer.length > rows - 1) {
      const ed = this.editor;
      await page(lines, { write: (t) => this.write(t), rows, color: this.color, readKey: () => ed.readKey() });
      if (footer.length > 0) this.write(`${footer.join('\n')}\n`);
    } else if (lines.length + footer.length > 0) {
      this.write(`${[...lines, ...footer].join('\n')}\n`);
    }
  }

  printError(err: unknown, statement: string | null): void {
    let message = err instanceof Error ? err.message : String(err);
    if (err instanceof RestApiError && err.code === 'SESSION_NOT_FOUND') {
      message = `${message}: it expired or was deleted on the server. Start the REPL again for a new session.`;
    }
    const info = err instanceof SnowflakeError ? { code: err.code, sqlState: err.sqlState, message: err.message } : { message };
    const text = `${renderError(info, statement, this.color).join('\n')}\n`;
    if (!this.interactive && this.o.stderr) this.o.stderr.write(text);
    else this.write(text);
  }

  /** Run statements in order; stop at the first failure. Returns false when one failed. */
  async runStatements(statements: { text: string }[]): Promise<boolean> {
    for (const [i, st] of statements.entries()) {
      const controller = new AbortController();
      this.running = controller;
      this.editor?.busy(() => controller.abort());
      try {
        const results = await this.backend.execute(st.text, { signal: controller.signal });
        for (const r of results) {
          const out = resultOutput(r, {
              format: this.format,
              timing: this.timing,
              translate: this.translate,
              color: this.color,
              width: this.width,
              maxRows: this.editor ? PAGER_MAX_ROWS : this.format === 'table' ? PIPE_MAX_ROWS : null,
          });
          await this.print(out.body, out.footer);
        }
        if (changesCatalog(st.text)) this.catalogStale = true;
      } catch (err) {
        this.failed = true;
        this.printError(err, st.text);
        const left = statements.length - i - 1;
        if (left > 0) this.write(`(${left} remaining ${left === 1 ? 'statement' : 'statements'} not run)\n`);
        return false;
      } finally {
        this.running = null;
        this.editor?.busy(null);
      }
      if (this.quitting) return true;
    }
    return true;
  }

  /** The terminal closed or the process was told to stop: cancel, stop reading, and let `runRepl` clean up. */
  shutdown(): void {
    this.quitting = true;
    this.running?.abort();
    this.editor?.cancelRead();
    this.lineReader?.close();
  }

  /** Handle one complete input (a command or SQL). */
  async handle(input: string): Promise<void> {
    const kind = classifyInput(input);
    switch (kind.kind) {
      case 'empty':
      case 'incomplete':
        return;
      case 'unknownCommand':
        this.write(`Unknown command '${kind.text}'. Type help for the list of commands.\n`);
        return;
      case 'command':
        await runCommand(this, kind.command);
        return;
      case 'sql':
        await this.runStatements(kind.statements);
        return;
      default:
        assertNever(kind, 'input');
    }
  }

  async runScript(text: string): Promise<boolean> {
    return this.runStatements(scriptStatements(text));
  }

  private async refreshCatalog(): Promise<void> {
    if (!this.catalogStale) return;
    this.catalogStale = false;
    this.catalog = await fetchCatalog(this.backend);
  }

  /** Interactive loop on a terminal. */
  async loopEditor(): Promise<void> {
    const history = loadHistory(historyPath(this.o.env));
    const ed = new LineEditor({
      input: this.o.stdin,
      output: this.o.stdout,
      history,
      highlight: (t) => highlightLines(t, this.color),
      complete: (t, c) => completionCandidates(t, c, this.catalog),
      isReady: readyToSubmit,
    });
    this.editor = ed;
    ed.start();
    try {
      while (!this.quitting) {
        await this.refreshCatalog();
        const prompt = paint(PROMPT, 'prompt', this.color);
        const input = await ed.read(prompt, paint(CONTINUATION, 'prompt', this.color));
        if (input === null) break;
        addHistory(history, historyPath(this.o.env), input);
        await this.handle(input);
        // A blank line between one answer and the next prompt, as in the original REPL.
        if (input.trim() !== '' && !this.quitting) this.write('\n');
      }
    } finally {
      ed.stop();
      this.editor = null;
    }
  }

  /** Piped input: statements run as soon as their `;` arrives; a last one without `;` runs at the end. */
  async loopLines(): Promise<void> {
    const rl = createInterface({ input: this.o.stdin, terminal: false });
    this.lineReader = rl;
    let buffer = '';
    for await (const line of rl) {
      buffer = buffer === '' ? line : `${buffer}\n${line}`;
      if (classifyInput(buffer).kind === 'incomplete') continue;
      const input = buffer;
      buffer = '';
      await this.handle(input);
      if (this.quitting) break;
    }
    rl.close();
    if (buffer.trim() !== '' && !this.quitting) await this.runScript(buffer);
  }
}

function banner(backend: ReplBackend, s: SessionInfo, color: boolean): string[] {
  const left = secondsLeft(s);
  const life = left === null ? '' : `, expires in ${formatDuration(left)}`;
  return [
    paint(`Mockhaus Interactive Client v${VERSION}`, 'bold', color),
    `Connected to ${backend.where}`,
    `Session: ${s.id} (${s.type}${s.path ? `, ${s.path}` : ''}${life})`,
    paint('Type help for commands; end SQL statements with ;', 'dim', color),
    '',
  ];
}

/** Connect, run the loop, leave. Returns the process exit code. */
export async function runRepl(o: ReplOptions): Promise<number> {
  const color = !!o.stdout.isTTY && !o.env.NO_COLOR;
  const req: SessionRequest = {
    type: o.sessionType,
    ...(o.sessionId ? { id: o.sessionId } : {}),
    ...(o.sessionTtl !== undefined ? { ttlSeconds: o.sessionTtl } : {}),
    ...(o.persistentPath ? { persistentPath: o.persistentPath } : {}),
  };
  let backend: ReplBackend;
  let info: SessionInfo;
  let created = true;
  try {
    if (o.embedded) {
      const e = await EmbeddedBackend.open(req);
      backend = e;
      info = await e.session();
    } else {
      const r = new RestBackend(o.serverUrl);
      ({ info, created } = await r.connect(req));
      backend = r;
    }
  } catch (err) {
    const msg = err instanceof ServerUnreachable
      ? `No Mockhaus server is running at ${o.serverUrl}. Start one with 'mockhaus serve' (or use 'mockhaus repl --embedded').`
      : `Could not open a session: ${err instanceof Error ? err.message : String(err)}`;
    o.stdout.write(`${paint(msg, 'error', color)}\n`);
    return 1;
  }
  const repl = new Repl(backend, info.id, o);
  // Closing the terminal (SIGHUP) or `kill` (SIGTERM) still deletes the memory session on the way out.
  const onSignal = () => {
    o.stdout.on('error', () => undefined);
    repl.shutdown();
  };
  process.on('SIGHUP', onSignal);
  process.on('SIGTERM', onSignal);
  if (repl.interactive) repl.write(`${banner(backend, info, color).join('\n')}\n`);
  try {
    if (repl.interactive) await repl.loopEditor();
    else await repl.loopLines();
  } finally {
    try {
      const { deleted } = await backend.close();
      if (repl.interactive) {
        const fate = deleted ? 'deleted' : info.type === 'persistent' ? 'kept (persistent)' : created ? '' : 'kept (it was attached, not created, by this REPL)';
        if (fate) repl.write(`Session ${info.id} ${fate}.\n`);
        repl.write('Goodbye!\n');
      }
    } catch (err) {
      repl.printError(err, null);
    }
    process.off('SIGHUP', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return !repl.interactive && repl.failed ? 1 : 0;
}
