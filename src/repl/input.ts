/**
 * @module repl/input
 * What the typed text means: one of the REPL's own commands (`help`, `session`, `!format csv`, ...),
 * SQL statements ready to run (the input ends with `;` outside strings and comments, split on `;`
 * with our tokenizer so `$$` bodies and strings never split), or SQL still being typed. Pure.
 */
import { isComplete, splitStatements } from '../sql/index.ts';

export type CommandName =
  | 'help' | 'session' | 'sessions' | 'health' | 'quit'
  | 'format' | 'source' | 'translate' | 'history' | 'timing';

export interface Command {
  name: CommandName;
  arg: string;
}

export type InputKind =
  | { kind: 'empty' }
  | { kind: 'command'; command: Command }
  | { kind: 'unknownCommand'; text: string }
  | { kind: 'sql'; statements: { text: string; line: number }[] }
  | { kind: 'incomplete' };

const PLAIN_COMMANDS: Record<string, CommandName> = {
  help: 'help',
  '\\?': 'help',
  session: 'session',
  sessions: 'sessions',
  health: 'health',
  quit: 'quit',
  exit: 'quit',
  q: 'quit',
  '\\q': 'quit',
};
const BANG_COMMANDS: Record<string, CommandName> = {
  help: 'help',
  quit: 'quit',
  exit: 'quit',
  q: 'quit',
  format: 'format',
  source: 'source',
  translate: 'translate',
  history: 'history',
  timing: 'timing',
  session: 'session',
  sessions: 'sessions',
  health: 'health',
};

/** A REPL command on a line of its own (an optional trailing `;` is allowed), or null. */
export function parseCommand(text: string): Command | { unknown: string } | null {
  const t = text.trim().replace(/;\s*$/, '').trim();
  if (t.includes('\n')) return null;
  const plain = PLAIN_COMMANDS[t.toLowerCase()];
  if (plain) return { name: plain, arg: '' };
  const m = /^!(\w+)(?:\s+(.*))?$/.exec(t);
  if (!m) return null;
  const name = BANG_COMMANDS[(m[1] as string).toLowerCase()];
  return name ? { name, arg: (m[2] ?? '').trim() } : { unknown: t };
}

/** Classify the whole input buffer. */
export function classifyInput(buffer: string): InputKind {
  if (buffer.trim() === '') return { kind: 'empty' };
  const cmd = parseCommand(buffer);
  if (cmd) return 'unknown' in cmd ? { kind: 'unknownCommand', text: cmd.unknown } : { kind: 'command', command: cmd };
  const statements = splitStatements(buffer).map((s) => ({ text: s.text, line: s.line }));
  // Only `;` (and comments): nothing to run, but nothing left to wait for either.
  if (statements.length === 0 && /;\s*$/.test(buffer)) return { kind: 'empty' };
  if (!isComplete(buffer)) return { kind: 'incomplete' };
  return statements.length === 0 ? { kind: 'empty' } : { kind: 'sql', statements };
}

/** Enter submits unless the input is SQL still being typed (then it starts a continuation line). */
export function readyToSubmit(buffer: string): boolean {
  return classifyInput(buffer).kind !== 'incomplete';
}

/** Statements of a whole script (`!source`, piped input), the last one run even without `;`. */
export function scriptStatements(text: string): { text: string; line: number }[] {
  return splitStatements(text).map((s) => ({ text: s.text, line: s.line }));
}

/** The first keyword of a statement decides whether the catalog may have changed (completion refresh). */
export function changesCatalog(statement: string): boolean {
  const first = /^\s*(?:(?:--|\/\/)[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*([A-Za-z]+)/.exec(statement)?.[1]?.toUpperCase();
  return first !== undefined && ['CREATE', 'DROP', 'ALTER', 'UNDROP', 'USE', 'RENAME', 'COPY'].includes(first);
}
