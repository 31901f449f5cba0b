/**
 * @module cli/_run
 * Runs a citty command tree and turns the outcome into an exit code: 0 success, 1 a SQL or runtime
 * error (already reported by the command), 2 a usage error. Commands return a number to choose
 * their exit code, or `null` to keep the process alive (servers, the REPL).
 */
import { renderUsage, runCommand, type CommandDef } from 'citty';

/** Thrown by commands for bad usage that citty's parser cannot detect (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

function isUsageError(err: unknown): boolean {
  return err instanceof UsageError || (err instanceof Error && err.name === 'CLIError');
}

// biome-ignore lint: citty's CommandDef is generic over its args.
type AnyCommand = CommandDef<any>;

async function findSubCommand(cmd: AnyCommand, argv: string[]): Promise<[AnyCommand, AnyCommand | undefined]> {
  const subs = typeof cmd.subCommands === 'function' ? await cmd.subCommands() : await cmd.subCommands;
  const name = argv.find((a) => !a.startsWith('-'));
  if (!subs || !name || !(name in subs)) return [cmd, undefined];
  const entry = (subs as Record<string, unknown>)[name];
  const sub = (typeof entry === 'function' ? await (entry as () => Promise<AnyCommand>)() : await entry) as AnyCommand;
  return [sub, cmd];
}

export async function runCli(cmd: AnyCommand, argv: string[]): Promise<number | null> {
  try {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      const [target, parent] = await findSubCommand(cmd, argv);
      console.log(`${await renderUsage(target, parent)}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      const meta = typeof cmd.meta === 'function' ? await cmd.meta() : await cmd.meta;
      console.log(meta?.version ?? '');
      return 0;
    }
    // citty discards a subcommand's return value, so the subcommand is run directly.
    const index = argv.findIndex((a) => !a.startsWith('-'));
    const [sub] = await findSubCommand(cmd, argv);
    if (sub === cmd) throw new UsageError(index < 0 ? 'no command given' : `unknown command '${argv[index]}'`);
    const { result } = await runCommand(sub, { rawArgs: argv.slice(index + 1) });
    if (result === null) return null;
    return typeof result === 'number' ? result : 0;
  } catch (err) {
    if (isUsageError(err)) {
      console.error(`mockhaus: ${(err as Error).message}`);
      console.error("Run 'mockhaus --help' for usage.");
      return 2;
    }
    console.error(`mockhaus: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
