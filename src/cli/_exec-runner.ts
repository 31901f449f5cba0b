/**
 * @module cli/_exec-runner
 * Runs a script statement by statement through `session.execute` (the one path every transport
 * uses) and writes each result. The last statement of a script streams, so a huge final SELECT is
 * written as it is read.
 */
import { splitStatements } from '../sql/index.ts';
import { openSession } from '../session/session.ts';
import type { Session } from '../session/types.ts';
import { SnowflakeError } from '../errors.ts';
import type { Result } from '../engine/types.ts';
import { writeResult, type OutputFormat } from './_format.ts';
import { Sink } from './_sink.ts';

export interface ScriptSource {
  name: string;
  text: string;
}

export interface RunOptions {
  format: OutputFormat;
  database?: string;
  server?: string;
  translateOnly: boolean;
  continueOnError: boolean;
  quiet: boolean;
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeError(err: unknown): string {
  if (err instanceof SnowflakeError) return err.display();
  return err instanceof Error ? err.message : String(err);
}

function footer(rows: number, seconds: number): string {
  return `${rows} ${rows === 1 ? 'row' : 'rows'} in ${seconds.toFixed(3)}s`;
}

export async function runScript(source: ScriptSource, opts: RunOptions): Promise<number> {
  const statements = splitStatements(source.text);
  const out = new Sink(process.stdout);
  const session: Pick<Session, 'execute' | 'close'> = opts.server
    ? await (await import('./_remote.ts')).remoteSession(opts.server)
    : await openSession(opts.database ? { type: 'persistent', path: opts.database } : { type: 'memory' });
  let failed = 0;
  try {
    for (const [i, stmt] of statements.entries()) {
      const started = performance.now();
      const last = i === statements.length - 1;
      let results: Result[];
      try {
        results = await session.execute(stmt.text, { stream: last && !opts.translateOnly, translateOnly: opts.translateOnly });
      } catch (err) {
        failed++;
        await out.flush();
        const errLine = err instanceof SnowflakeError && err.line !== undefined ? err.line - 1 : 0;
        const line = lineAt(source.text, stmt.offset) + errLine;
        console.error(`Error in statement ${i + 1} (${source.name} line ${line}): ${describeError(err)}`);
        if (!opts.continueOnError) return 1;
        continue;
      }
      for (const result of results) {
        if (opts.translateOnly) {
          await out.write(`${result.translatedSql.trim()};\n`);
          continue;
        }
        if (i > 0 && opts.format === 'table') await out.write('\n');
        const rows = await writeResult(result, opts.format, out);
        await out.flush();
        if (opts.format === 'table' && !opts.quiet) {
          console.error(footer(rows, (performance.now() - started) / 1000));
        }
      }
    }
    await out.flush();
    return failed > 0 ? 1 : 0;
  } finally {
    await session.close();
  }
}
