/**
 * @module cli/_sink
 * Buffered writing to stdout/stderr that respects back-pressure, so streaming millions of rows
 * neither floods memory nor costs a syscall per row. When the reader goes away (`mockhaus exec …
 * | head`), the process ends at once, as Unix tools do on SIGPIPE, instead of waiting for a
 * 'drain' that never comes.
 */
import type { Writable } from 'node:stream';

function isBrokenPipe(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** The reader closed the pipe: nothing more can be shown, so stop quietly. */
function readerGone(): never {
  process.exit(0);
}

export class Sink {
  private buf: string[] = [];
  private size = 0;
  constructor(
    private readonly stream: Writable,
    private readonly limit = 1 << 16,
  ) {
    stream.on('error', (err) => {
      if (isBrokenPipe(err)) readerGone();
      throw err;
    });
  }

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
    let ok: boolean;
    try {
      ok = this.stream.write(chunk);
    } catch (err) {
      if (isBrokenPipe(err)) readerGone();
      throw err;
    }
    if (!ok) {
      await new Promise<void>((resolve) => {
        const onClose = (): never => readerGone();
        this.stream.once('close', onClose);
        this.stream.once('drain', () => {
          this.stream.off('close', onClose);
          resolve();
        });
      });
    }
  }
}
