/**
 * @module repl/editor
 * A small line editor on raw-mode stdin, written for the REPL because live syntax highlighting needs
 * the whole input redrawn with colours on every key (node:readline cannot colour the input line).
 * The input may span lines: Enter inserts a newline until the text is ready to run (a `;` outside
 * strings, or a REPL command). Up/Down walk history from the first/last line, Tab completes,
 * Ctrl-C clears the input (or cancels the running query), Ctrl-D on empty input exits.
 * Keys typed while a query runs are kept and replayed into the next prompt.
 */
import { emitKeypressEvents } from 'node:readline';
import { displayWidth } from './_ansi.ts';
import { computeLayout, cursorLineCol, offsetOf } from './_layout.ts';
import { findHistory, searchPrompt } from './_search.ts';
import { applyCompletion, type Completion } from './complete.ts';

export interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  sequence?: string;
}
type KeyHandler = (str: string | undefined, key: Key) => void;

export interface EditorOptions {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  /** Previous entries, oldest first; the editor appends to it. */
  history: string[];
  highlight: (text: string) => string[];
  complete: (text: string, cursor: number) => Completion;
  isReady: (text: string) => boolean;
}

export class LineEditor {
  private text = '';
  private cursor = 0;
  private prompts: [string, string] = ['', ''];
  private prevCursorRow = 0;
  private histIndex = 0;
  private draft = '';
  /** Ctrl-R search in progress: the query, the matching entry, and the input to restore on cancel. */
  private search: { query: string; at: number; failing: boolean; saved: string; savedCursor: number } | null = null;
  private handler: KeyHandler | null = null;
  private queue: [string | undefined, Key][] = [];
  private onBusyInterrupt: (() => void) | null = null;
  private readonly listener = (str: string | undefined, key: Key | undefined) => this.dispatch(str, key ?? {});
  private readonly onResize = () => {
    if (this.handler === this.editKey) this.redraw();
  };

  constructor(private readonly o: EditorOptions) {}

  start(): void {
    emitKeypressEvents(this.o.input);
    this.o.input.setRawMode?.(true);
    this.o.input.on('keypress', this.listener);
    this.o.input.resume();
    this.o.output.on('resize', this.onResize);
  }

  stop(): void {
    this.o.input.off('keypress', this.listener);
    this.o.output.off('resize', this.onResize);
    this.o.input.setRawMode?.(false);
    this.o.input.pause();
  }

  get columns(): number {
    return this.o.output.columns || 80;
  }
  get rows(): number {
    return this.o.output.rows || 24;
  }

  private dispatch(str: string | undefined, key: Key): void {
    if (this.handler) this.handler(str, key);
    else if (key.ctrl && key.name === 'c') this.onBusyInterrupt?.();
    else this.queue.push([str, key]);
  }

  /** While a query runs: Ctrl-C calls `onInterrupt`; other keys wait for the next prompt. */
  busy(onInterrupt: (() => void) | null): void {
    this.onBusyInterrupt = onInterrupt;
  }

  /** The next key press (for the pager). */
  readKey(): Promise<[string | undefined, Key]> {
    return new Promise((resolve) => {
      this.handler = (str, key) => {
        this.handler = null;
        resolve([str, key]);
      };
    });
  }

  /** Read one input (possibly several lines). Resolves null on Ctrl-D at an empty prompt. */
  read(prompt: string, continuation: string): Promise<string | null> {
    this.prompts = [prompt, continuation];
    this.text = '';
    this.cursor = 0;
    this.prevCursorRow = 0;
    this.histIndex = this.o.history.length;
    this.draft = '';
    this.search = null;
    return new Promise((resolve) => {
      this.resolveRead = resolve;
      this.handler = this.editKey;
      this.redraw();
      const pending = this.queue.splice(0);
      for (const [s, k] of pending) {
        if (this.handler === this.editKey) this.editKey(s, k);
        else this.queue.push([s, k]);
      }
    });
  }
  private resolveRead: ((v: string | null) => void) | null = null;

  /** End a pending `read` as if Ctrl-D was pressed (the terminal went away). */
  cancelRead(): void {
    if (this.resolveRead) this.finish(null);
  }

  private finish(value: string | null): void {
    this.handler = null;
    const r = this.resolveRead;
    this.resolveRead = null;
    r?.(value);
  }

  private redrawPending = false;

  /**
   * Redraw once the keys that arrived together are handled: a paste is one chunk of many keys, and
   * re-highlighting the whole input per key would make pasting long SQL quadratic.
   */
  private scheduleRedraw(): void {
    if (this.redrawPending) return;
    this.redrawPending = true;
    setImmediate(() => {
      if (this.redrawPending && this.handler === this.editKey) this.redraw();
      this.redrawPending = false;
    });
  }

  /** Redraw the whole input with highlighting and put the terminal cursor where `cursor` is. */
  private redraw(cursorAtEnd = false): void {
    this.redrawPending = false;
    const cursor = cursorAtEnd ? this.text.length : this.cursor;
    const prompts: [string, string] = this.search ? [searchPrompt(this.search.query, this.search.failing), this.prompts[1]] : this.prompts;
    const lay = computeLayout(prompts, this.text, cursor, this.columns);
    const painted = this.o.highlight(this.text);
    let out = this.prevCursorRow > 0 ? `\x1b[${this.prevCursorRow}A` : '';
    out += '\r\x1b[J';
    out += painted.map((l, i) => (i === 0 ? prompts[0] : prompts[1]) + l).join('\r\n');
    if (lay.endWraps) out += '\r\n';
    const up = lay.endRow - lay.cursorRow;
    if (up > 0) out += `\x1b[${up}A`;
    out += '\r';
    if (lay.cursorCol > 0) out += `\x1b[${lay.cursorCol}C`;
    this.o.output.write(out);
    this.prevCursorRow = lay.cursorRow;
  }

  /** Leave the input on screen and move below it. */
  private leave(suffix = ''): void {
    this.redraw(true);
    this.o.output.write(`${suffix}\r\n`);
    this.prevCursorRow = 0;
  }

  private insert(s: string): void {
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
    this.cursor += s.length;
  }

  private setText(text: string): void {
    this.text = text;
    this.cursor = text.length;
  }

  /** Offsets of the previous/next character, stepping over surrogate pairs (emoji) whole. */
  private prevChar(): number {
    if (this.cursor <= 0) return 0;
    const low = this.text.charCodeAt(this.cursor - 1);
    return low >= 0xdc00 && low <= 0xdfff && this.cursor >= 2 ? this.cursor - 2 : this.cursor - 1;
  }
  private nextChar(): number {
    if (this.cursor >= this.text.length) return this.text.length;
    const high = this.text.charCodeAt(this.cursor);
    return high >= 0xd800 && high <= 0xdbff ? Math.min(this.text.length, this.cursor + 2) : this.cursor + 1;
  }

  private lineBounds(): [number, number] {
    const start = this.text.lastIndexOf('\n', this.cursor - 1) + 1;
    const nl = this.text.indexOf('\n', this.cursor);
    return [start, nl < 0 ? this.text.length : nl];
  }

  private wordLeft(): number {
    let i = this.cursor;
    while (i > 0 && /\s/.test(this.text[i - 1] as string)) i--;
    while (i > 0 && /[\w$]/.test(this.text[i - 1] as string)) i--;
    return i === this.cursor && i > 0 ? i - 1 : i;
  }
  private wordRight(): number {
    let i = this.cursor;
    while (i < this.text.length && /\s/.test(this.text[i] as string)) i++;
    while (i < this.text.length && /[\w$]/.test(this.text[i] as string)) i++;
    return i === this.cursor && i < this.text.length ? i + 1 : i;
  }

  private history(step: -1 | 1): void {
    const h = this.o.history;
    const next = this.histIndex + step;
    if (next < 0 || next > h.length) return;
    if (this.histIndex === h.length) this.draft = this.text;
    this.histIndex = next;
    this.setText(next === h.length ? this.draft : (h[next] as string));
  }

  private tab(): void {
    const c = this.o.complete(this.text, this.cursor);
    const r = applyCompletion(this.text, this.cursor, c);
    this.text = r.text;
    this.cursor = r.cursor;
    if (r.list.length === 0) return;
    this.leave();
    const width = Math.max(...r.list.map(displayWidth)) + 2;
    const perLine = Math.max(1, Math.floor(this.columns / width));
    const shown = r.list.slice(0, 200);
    for (let i = 0; i < shown.length; i += perLine) {
      this.o.output.write(`${shown.slice(i, i + perLine).map((s) => s + ' '.repeat(width - displayWidth(s))).join('').trimEnd()}\r\n`);
    }
    if (r.list.length > shown.length) this.o.output.write(`(${r.list.length - shown.length} more)\r\n`);
  }

  /** Show history entry `at` as the search match, the cursor on the matched text. */
  private showMatch(at: number): void {
    const s = this.search;
    if (!s) return;
    s.failing = at < 0;
    if (at < 0) return;
    s.at = at;
    this.text = this.o.history[at] as string;
    this.cursor = Math.max(0, this.text.toLowerCase().indexOf(s.query.toLowerCase()));
  }

  /** A key during Ctrl-R search; false when the key ends the search and should act on the match. */
  private searchKey(str: string | undefined, key: Key): boolean {
    const s = this.search;
    if (!s) return false;
    const h = this.o.history;
    if (key.ctrl && key.name === 'r') {
      this.showMatch(findHistory(h, s.query, s.at - 1));
    } else if ((key.ctrl && (key.name === 'c' || key.name === 'g')) || key.name === 'escape') {
      this.text = s.saved;
      this.cursor = s.savedCursor;
      this.search = null;
    } else if (key.name === 'backspace') {
      s.query = s.query.slice(0, -1);
      this.showMatch(findHistory(h, s.query, h.length - 1));
    } else if (!key.ctrl && !key.meta && key.name !== 'return' && key.name !== 'tab' && str && str.length === 1 && str >= ' ') {
      s.query += str;
      this.showMatch(findHistory(h, s.query, s.at === h.length ? h.length - 1 : s.at));
    } else {
      this.histIndex = s.at;
      this.search = null;
      return false;
    }
    this.scheduleRedraw();
    return true;
  }

  private readonly editKey: KeyHandler = (str, key) => {
    if (this.search && this.searchKey(str, key)) return;
    const name = key.name;
    if (key.ctrl && !key.meta) {
      switch (name) {
        case 'r':
          this.search = { query: '', at: this.o.history.length, failing: false, saved: this.text, savedCursor: this.cursor };
          break;
        case 'c':
          this.leave('^C');
          this.text = '';
          this.cursor = 0;
          this.histIndex = this.o.history.length;
          break;
        case 'd':
          if (this.text === '') {
            this.leave();
            this.finish(null);
            return;
          }
          this.text = this.text.slice(0, this.cursor) + this.text.slice(this.nextChar());
          break;
        case 'a':
          this.cursor = this.lineBounds()[0];
          break;
        case 'e':
          this.cursor = this.lineBounds()[1];
          break;
        case 'b':
          this.cursor = this.prevChar();
          break;
        case 'f':
          this.cursor = this.nextChar();
          break;
        case 'u': {
          const [s] = this.lineBounds();
          this.text = this.text.slice(0, s) + this.text.slice(this.cursor);
          this.cursor = s;
          break;
        }
        case 'k':
          this.text = this.text.slice(0, this.cursor) + this.text.slice(this.lineBounds()[1]);
          break;
        case 'w': {
          const s = this.wordLeft();
          this.text = this.text.slice(0, s) + this.text.slice(this.cursor);
          this.cursor = s;
          break;
        }
        case 'l':
          this.o.output.write('\x1b[H\x1b[2J');
          this.prevCursorRow = 0;
          break;
        case 'p':
          this.history(-1);
          break;
        case 'n':
          this.history(1);
          break;
        case 'left':
          this.cursor = this.wordLeft();
          break;
        case 'right':
          this.cursor = this.wordRight();
          break;
        case 'j':
          this.insert('\n');
          break;
        default:
          return;
      }
      this.scheduleRedraw();
      return;
    }
    switch (name) {
      case 'return':
        if (this.o.isReady(this.text)) {
          const value = this.text;
          this.leave();
          this.finish(value);
          return;
        }
        this.insert('\n');
        break;
      case 'enter':
        this.insert('\n');
        break;
      case 'backspace':
        if (key.meta) {
          const s = this.wordLeft();
          this.text = this.text.slice(0, s) + this.text.slice(this.cursor);
          this.cursor = s;
        } else if (this.cursor > 0) {
          const s = this.prevChar();
          this.text = this.text.slice(0, s) + this.text.slice(this.cursor);
          this.cursor = s;
        }
        break;
      case 'delete':
        this.text = this.text.slice(0, this.cursor) + this.text.slice(this.nextChar());
        break;
      case 'left':
        this.cursor = this.prevChar();
        break;
      case 'right':
        this.cursor = this.nextChar();
        break;
      case 'home':
        this.cursor = this.lineBounds()[0];
        break;
      case 'end':
        this.cursor = this.lineBounds()[1];
        break;
      case 'up': {
        const at = cursorLineCol(this.text, this.cursor);
        if (at.line === 0) this.history(-1);
        else this.cursor = offsetOf(this.text, at.line - 1, at.col);
        break;
      }
      case 'down': {
        const at = cursorLineCol(this.text, this.cursor);
        if (at.line === this.text.split('\n').length - 1) this.history(1);
        else this.cursor = offsetOf(this.text, at.line + 1, at.col);
        break;
      }
      case 'tab':
        this.tab();
        break;
      case 'b':
      case 'f':
        if (key.meta) {
          this.cursor = name === 'b' ? this.wordLeft() : this.wordRight();
          break;
        }
        this.insert(str ?? name);
        break;
      case 'escape':
        return;
      default: {
        if (key.meta) return;
        const s = (str ?? '').replace(/\r\n?/g, '\n');
        // eslint-disable-next-line no-control-regex
        if (s === '' || /^[\x00-\x08\x0b-\x1f\x7f]/.test(s)) return;
        this.insert(s);
      }
    }
    this.scheduleRedraw();
  };
}
