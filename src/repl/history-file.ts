/**
 * @module repl/history-file
 * Input history kept across runs in `~/.mockhaus_history` (HOME honoured). One entry per line; an
 * entry spanning lines (a multi-line statement) is written as a JSON string so it comes back whole.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const HISTORY_LIMIT = 1000;

export function historyPath(env: Record<string, string | undefined> = process.env): string {
  return join(env.HOME || homedir(), '.mockhaus_history');
}

export function encodeEntry(entry: string): string {
  return entry.includes('\n') || entry.includes('\r') || entry.startsWith('"') ? JSON.stringify(entry) : entry;
}

export function decodeEntry(line: string): string {
  if (line.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v === 'string') return v;
    } catch {
      // A plain line that happens to start with a quote.
    }
  }
  return line;
}

/** Entries oldest first (at most HISTORY_LIMIT); a missing or unreadable file is an empty history. */
export function loadHistory(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
    const entries = lines.map(decodeEntry);
    if (entries.length > HISTORY_LIMIT * 2) writeFileSync(path, `${lines.slice(-HISTORY_LIMIT).join('\n')}\n`);
    return entries.slice(-HISTORY_LIMIT);
  } catch {
    return [];
  }
}

/** Add an entry to memory and to the file, skipping an immediate repeat. Write errors are ignored. */
export function addHistory(history: string[], path: string | null, entry: string): void {
  const e = entry.trim();
  if (e === '' || history[history.length - 1] === e) return;
  history.push(e);
  if (history.length > HISTORY_LIMIT) history.shift();
  if (!path) return;
  try {
    appendFileSync(path, `${encodeEntry(e)}\n`, { mode: 0o600 });
  } catch {
    // History is a convenience: a read-only HOME must not stop the REPL.
  }
}
