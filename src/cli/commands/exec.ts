/**
 * @module cli/commands/exec
 * `mockhaus exec FILE | -e SQL | -`: runs a Snowflake SQL script in-process on an embedded
 * database (in memory, or `--database FILE`), or on a running server with `--server URL`.
 * Statements split on `;` with our tokenizer, so strings, `$$` bodies and comments never split.
 * Exit codes: 0 success, 1 a failed statement (reported on stderr with its number, its line in the
 * file and Snowflake's code), 2 a usage error.
 */
import { defineCommand } from 'citty';
import { readFileSync } from 'node:fs';
import { UsageError } from '../_run.ts';
import { OUTPUT_FORMATS, type OutputFormat } from '../_format.ts';
import { runScript, type ScriptSource } from '../_exec-runner.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export default defineCommand({
  meta: { name: 'exec', description: 'Run a Snowflake SQL script on an embedded database' },
  args: {
    file: { type: 'positional', required: false, description: "SQL file to run ('-' reads stdin)" },
    execute: { type: 'string', alias: 'e', description: 'SQL text to run instead of a file' },
    format: { type: 'string', alias: 'f', default: 'table', description: 'Output: table, csv, json or jsonl' },
    database: { type: 'string', alias: 'd', description: 'DuckDB file to keep the data in (default: in memory)' },
    'translate-only': { type: 'boolean', default: false, description: 'Print the DuckDB SQL without running it' },
    'continue-on-error': { type: 'boolean', default: false, description: 'Keep going after a failed statement' },
    server: { type: 'string', description: 'Send the script to a running Mockhaus server at this URL' },
    quiet: { type: 'boolean', alias: 'q', default: false, description: 'No row-count footer on stderr' },
  },
  async run({ args }) {
    const format = args.format as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) {
      throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got '${args.format}')`);
    }
    let source: ScriptSource;
    if (args.execute !== undefined) {
      if (args.file) throw new UsageError('give either a FILE or -e SQL, not both');
      source = { name: '-e', text: args.execute };
    } else if (args.file === '-') {
      source = { name: 'stdin', text: await readStdin() };
    } else if (args.file) {
      try {
        source = { name: args.file, text: readFileSync(args.file, 'utf8') };
      } catch (err) {
        console.error(`mockhaus: cannot read '${args.file}': ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
        return 1;
      }
    } else {
      throw new UsageError('nothing to run: give a FILE, -e SQL, or - for stdin');
    }
    return runScript(source, {
      format,
      database: args.database,
      server: args.server,
      translateOnly: args['translate-only'],
      continueOnError: args['continue-on-error'],
      quiet: args.quiet,
    });
  },
});
