/**
 * @module repl/pager
 * A built-in pager for results taller than the terminal: a screenful at a time, Space for the next
 * page, Enter for one more line, q (or Ctrl-C) to stop. Built in rather than spawning `less`, so the
 * REPL keeps sole ownership of the terminal's input.
 */
import type { Key } from './editor.ts';

export interface PagerIO {
  write(text: string): void;
  rows: number;
  readKey(): Promise<[string | undefined, Key]>;
  color: boolean;
}

export async function page(lines: string[], io: PagerIO): Promise<void> {
  const height = Math.max(2, io.rows - 1);
  let shown = 0;
  const show = (n: number) => {
    const end = Math.min(lines.length, shown + n);
    io.write(lines.slice(shown, end).map((l) => `${l}\n`).join(''));
    shown = end;
  };
  show(height);
  while (shown < lines.length) {
    const pct = Math.round((shown / lines.length) * 100);
    const prompt = `-- more (${pct}%): Space next page, Enter next line, q quit --`;
    io.write(io.color ? `\x1b[7m${prompt}\x1b[0m` : prompt);
    const [str, key] = await io.readKey();
    io.write('\r\x1b[K');
    if ((key.ctrl && key.name === 'c') || str === 'q' || str === 'Q' || key.name === 'escape') {
      io.write(`(${lines.length - shown} more lines not shown)\n`);
      return;
    }
    if (key.name === 'return' || key.name === 'enter' || key.name === 'down' || str === 'j') show(1);
    else show(height);
  }
}
