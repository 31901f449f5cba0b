/**
 * @module server/wire/_queries
 * Every statement the driver protocol starts, by query id: its status for
 * `/monitoring/queries/<id>`, the finished response for `/queries/<id>/result`, and the abort
 * controller for `abort-request`. Finished entries are kept (bounded, oldest evicted with their
 * chunk files) so that async results, multi-statement children and retries can be fetched later.
 */
import type { SnowflakeError } from '../../errors.ts';
import type { SpillStore } from './_spill.ts';

export type QueryStatus = 'RUNNING' | 'SUCCESS' | 'FAILED_WITH_ERROR' | 'ABORTED';

export interface ChunkMeta {
  rowCount: number;
  uncompressedSize: number;
}

/** A finished statement, ready to render (chunk URLs are added per request). */
export type Outcome =
  | { kind: 'ok'; data: Record<string, unknown>; chunkSetId: string | null; chunks: ChunkMeta[]; inlineBytes: number }
  | { kind: 'error'; body: Record<string, unknown>; error: SnowflakeError | null };

export interface QueryEntry {
  id: string;
  sessionId: string;
  sql: string;
  status: QueryStatus;
  startTime: number;
  endTime: number | null;
  controller: AbortController;
  /** Resolves when the statement has finished (never rejects). */
  done: Promise<void>;
  outcome: Outcome | null;
}

/** Finished statements kept for later fetches, by count and by the size of their inline rows. */
const MAX_ENTRIES = 2000;
const MAX_RETAINED_BYTES = 256 * 1024 * 1024;

/** Rough size of a kept outcome (its inline rowset dominates). */
function outcomeBytes(o: Outcome | null): number {
  return o?.kind === 'ok' ? o.inlineBytes : 1024;
}

/** A statement that has just started running. */
function newEntry(id: string, sessionId: string, sql: string): QueryEntry {
  return {
    id,
    sessionId,
    sql,
    status: 'RUNNING',
    startTime: Date.now(),
    endTime: null,
    controller: new AbortController(),
    done: Promise.resolve(),
    outcome: null,
  };
}

export class QueryStore {
  private readonly entries = new Map<string, QueryEntry>();
  private retainedBytes = 0;

  constructor(
    private readonly spill: SpillStore,
    private readonly limits = { entries: MAX_ENTRIES, bytes: MAX_RETAINED_BYTES },
  ) {}

  /** Register a statement and run `work` in the background. */
  start(id: string, sessionId: string, sql: string, work: (entry: QueryEntry) => Promise<Outcome>): QueryEntry {
    const entry = newEntry(id, sessionId, sql);
    this.add(entry);
    entry.done = work(entry).then(
      (outcome) => this.finish(entry, outcome),
      (err: unknown) => this.finish(entry, { kind: 'error', body: { success: false, code: '000603', message: String(err), data: null }, error: null }),
    );
    return entry;
  }

  /** Register an already finished statement (a multi-statement child). */
  finished(id: string, sessionId: string, sql: string, outcome: Outcome): QueryEntry {
    const entry = newEntry(id, sessionId, sql);
    this.finish(entry, outcome);
    this.add(entry);
    return entry;
  }

  get(id: string): QueryEntry | undefined {
    return this.entries.get(id);
  }

  /** Wait for the entry to finish, at most `ms`. True when it has finished. */
  async wait(entry: QueryEntry, ms: number): Promise<boolean> {
    if (entry.outcome) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    await Promise.race([entry.done, timeout]);
    clearTimeout(timer);
    return entry.outcome !== null;
  }

  dropSession(sessionId: string): void {
    for (const [id, e] of this.entries) {
      if (e.sessionId !== sessionId) continue;
      if (e.status === 'RUNNING') e.controller.abort();
      this.remove(id, e);
    }
    this.spill.dropSession(sessionId);
  }

  private finish(entry: QueryEntry, outcome: Outcome): void {
    entry.outcome = outcome;
    if (this.entries.get(entry.id) === entry) {
      this.retainedBytes += outcomeBytes(outcome);
      this.evict();
    }
    entry.endTime = Date.now();
    if (outcome.kind === 'ok') entry.status = 'SUCCESS';
    else entry.status = outcome.error?.errno === 604 ? 'ABORTED' : 'FAILED_WITH_ERROR';
  }

  private add(entry: QueryEntry): void {
    this.entries.set(entry.id, entry);
    if (entry.outcome) this.retainedBytes += outcomeBytes(entry.outcome);
    this.evict();
  }

  /** Drop the oldest finished statements (and their chunk files) while over either bound. */
  private evict(): void {
    for (const [id, e] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.retainedBytes <= this.limits.bytes) return;
      if (e.status === 'RUNNING' || !e.outcome) continue;
      this.remove(id, e);
    }
  }

  private remove(id: string, e: QueryEntry): void {
    this.entries.delete(id);
    if (e.outcome) this.retainedBytes -= outcomeBytes(e.outcome);
    if (e.outcome?.kind === 'ok' && e.outcome.chunkSetId) this.spill.drop(e.outcome.chunkSetId);
  }
}
