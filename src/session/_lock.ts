/**
 * @module session/_lock
 * The per-session statement lock: statements run strictly one at a time, in arrival order
 * (issue 4 §3). A holder may keep the lock past `execute()` resolving (a streamed result holds it
 * until the stream is consumed or returned).
 */
export class StatementLock {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  /** True while a holder runs or waiters are queued. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Wait for the turn; resolves with an idempotent release function. */
  acquire(): Promise<() => void> {
    this.pending++;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const prev = this.tail;
    this.tail = prev.then(() => gate);
    let released = false;
    return prev.then(() => () => {
      if (released) return;
      released = true;
      this.pending--;
      open();
    });
  }
}
