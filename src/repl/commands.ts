/**
 * @module repl/commands
 * The REPL's own commands: `session`, `sessions`, `health`, `help`, `quit`, and the `!` settings
 * (`!format`, `!source`, `!translate`, `!history`, `!timing`). Each answers with printed lines.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { assertNever } from '../errors.ts';
import { isCatalogQuery } from './catalog.ts';
import type { Command } from './input.ts';
import { healthLines, HELP_TEXT, historyLines, OUTPUT_FORMATS, sessionLines, sessionsLines, type OutputFormat } from './output.ts';
import type { Repl } from './repl.ts';

function onOff(arg: string, current: boolean): boolean | null {
  const a = arg.toLowerCase();
  if (a === '') return !current;
  if (a === 'on' || a === 'true' || a === '1') return true;
  if (a === 'off' || a === 'false' || a === '0') return false;
  return null;
}

export async function runCommand(repl: Repl, cmd: Command): Promise<void> {
  try {
    switch (cmd.name) {
      case 'help':
        await repl.print([...HELP_TEXT]);
        return;
      case 'quit':
        repl.quitting = true;
        return;
      case 'session':
        await repl.print(sessionLines(await repl.backend.session()));
        return;
      case 'sessions':
        await repl.print(sessionsLines(await repl.backend.sessions(), repl.sessionId, repl.width, repl.color));
        return;
      case 'health':
        await repl.print(healthLines(await repl.backend.health()));
        return;
      case 'format': {
        const f = cmd.arg.toLowerCase();
        if (f === '') {
          repl.write(`Output format: ${repl.format}\n`);
        } else if ((OUTPUT_FORMATS as readonly string[]).includes(f)) {
          repl.format = f as OutputFormat;
          repl.write(`Output format: ${repl.format}\n`);
        } else {
          repl.write(`Unknown format '${cmd.arg}'. Use !format table, !format csv or !format json.\n`);
        }
        return;
      }
      case 'timing':
      case 'translate': {
        const current = cmd.name === 'timing' ? repl.timing : repl.translate;
        const next = onOff(cmd.arg, current);
        if (next === null) {
          repl.write(`Use !${cmd.name} on or !${cmd.name} off.\n`);
          return;
        }
        if (cmd.name === 'timing') repl.timing = next;
        else repl.translate = next;
        repl.write(`${cmd.name === 'timing' ? 'Timing' : 'Translation display'} is ${next ? 'on' : 'off'}.\n`);
        return;
      }
      case 'history': {
        const n = cmd.arg === '' ? 20 : Number(cmd.arg);
        if (!Number.isInteger(n) || n <= 0) {
          repl.write('Use !history or !history N (a positive number).\n');
          return;
        }
        // The REPL's own completion queries are not the user's history.
        const items = (await repl.backend.history(n * 5 + 100)).filter((h) => !isCatalogQuery(h.sql)).slice(0, n);
        await repl.print(historyLines(items, repl.width, repl.color));
        return;
      }
      case 'source': {
        if (cmd.arg === '') {
          repl.write('Use !source FILE.\n');
          return;
        }
        const path = cmd.arg.replace(/^["']|["']$/g, '').replace(/^~(?=\/|$)/, process.env.HOME || homedir());
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (err) {
          repl.write(`Cannot read '${path}': ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
          return;
        }
        await repl.runScript(text);
        return;
      }
      default:
        assertNever(cmd.name, 'command');
    }
  } catch (err) {
    repl.printError(err, null);
  }
}
