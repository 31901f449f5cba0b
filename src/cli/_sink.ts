/**
 * @module cli/_sink
 * Buffered writing to stdout/stderr that respects back-pressure, so streaming millions of rows
 * neither floods memory nor costs a syscall per row.
 */
import type { Writable } from 'node:stream';

export class Sink {
  private buf: string[] = [];
  private size = 0;
  constructor(
    private readonly stream: Writable,
    private readonly limit = 1 << 16,
  ) {}

  /** Queue text; flushes once the buffer passes the limit. */
  async write(text: string): Promise<void> {
    this.buf.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
  }
}
