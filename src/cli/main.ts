#!/usr/bin/env bun
/**
 * @module cli/main
 * The `mockhaus` command. Subcommands are declared as data and loaded only when used (STYLE.md §5),
 * so `mockhaus exec` never pays for the server's imports. This is the only place that exits.
 */
import { defineCommand } from 'citty';
import { VERSION } from './_version.ts';
import { runCli } from './_run.ts';

export const main = defineCommand({
  meta: {
    name: 'mockhaus',
    version: VERSION,
    description: 'A local Snowflake emulator: Snowflake SQL on an embedded DuckDB',
  },
  subCommands: {
    exec: () => import('./commands/exec.ts').then((m) => m.default),
    serve: () => import('./commands/serve.ts').then((m) => m.default),
    repl: () => import('./commands/repl.ts').then((m) => m.default),
    history: () => import('./commands/history.ts').then((m) => m.default),
    version: () => import('./commands/version.ts').then((m) => m.default),
  },
});

if (import.meta.main) {
  const code = await runCli(main, process.argv.slice(2));
  // Commands that keep running (serve, repl) return `null` and exit on their own terms.
  if (code !== null) process.exit(code);
}
