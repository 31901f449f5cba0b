/**
 * @module server/wire/_spill
 * Turns a Result (materialised rows or a lazy row stream) into the protocol's rowset plus chunk
 * files, keeping server memory bounded: the first rows (up to `inlineBytes` of JSON) stay inline,
 * the rest are encoded batch by batch and written to files of about `chunkBytes` each. A chunk
 * file holds rows joined by commas with no outer brackets, exactly what the driver downloads
 * (spec §3.8). Chunk sets are addressed by an unguessable id because chunk GETs carry no token.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result, ResultColumn, Value } from '../../engine/types.ts';
import { newToken } from './_connections.ts';

export type CellEncoder = (value: Value, column: ResultColumn) => string | null;

/** Characters of encoded rows collected before one write to the chunk file. */
const WRITE_BATCH_CHARS = 256 * 1024;

export interface ChunkFile {
  path: string;
  rowCount: number;
  uncompressedSize: number;
}

export interface EncodedRows {
  rowset: (string | null)[][];
  /** Byte size of the inline rowset's JSON. */
  inlineSize: number;
  total: number;
  /** Chunk set id (null when everything is inline). */
  chunkSetId: string | null;
  chunks: ChunkFile[];
}

interface ChunkSet {
  sessionId: string;
  files: ChunkFile[];
}

export class SpillStore {
  private readonly sets = new Map<string, ChunkSet>();
  readonly dir: string;

  constructor(
    dir: string | undefined,
    private readonly inlineBytes: number,
    private readonly chunkBytes: number,
  ) {
    this.dir = dir ?? join(tmpdir(), `mockhaus-wire-${process.pid}-${newToken().slice(0, 8)}`);
    removeOnExit(this.dir);
  }

  /** Encode every row of `result`, spilling beyond the inline budget. */
  async encode(result: Result, sessionId: string, encodeCell: CellEncoder): Promise<EncodedRows> {
    const cols = result.columns;
    const out: EncodedRows = { rowset: [], inlineSize: 2, total: 0, chunkSetId: null, chunks: [] };
    // The open chunk file: rows are written as they are encoded, so a chunk is never held whole.
    let sink: ReturnType<ReturnType<typeof Bun.file>['writer']> | null = null;
    let path = '';
    let partBytes = 0;
    let partRows = 0;
    // Encoded rows not yet handed to the sink, written in batches (one write per row is slow).
    let pending: string[] = [];
    let pendingChars = 0;
    const writePending = (): void => {
      if (!sink || pending.length === 0) return;
      const text = (partBytes > 0 ? ',' : '') + pending.join(',');
      sink.write(text);
      partBytes += Buffer.byteLength(text);
      pending = [];
      pendingChars = 0;
    };
    const flush = async (): Promise<void> => {
      if (!sink) return;
      writePending();
      await sink.end();
      out.chunks.push({ path, rowCount: partRows, uncompressedSize: partBytes });
      sink = null;
      partBytes = 0;
      partRows = 0;
    };
    const open = (): NonNullable<typeof sink> => {
      if (out.chunkSetId === null) {
        out.chunkSetId = newToken();
        mkdirSync(join(this.dir, out.chunkSetId), { recursive: true });
        this.sets.set(out.chunkSetId, { sessionId, files: out.chunks });
      }
      path = join(this.dir, out.chunkSetId, String(out.chunks.length));
      sink = Bun.file(path).writer({ highWaterMark: 1 << 20 });
      return sink;
    };
    let inline = true;
    const take = async (rows: Value[][]): Promise<void> => {
      for (const row of rows) {
        const cells = row.map((v, i) => encodeCell(v, cols[i] as ResultColumn));
        out.total++;
        const json = JSON.stringify(cells);
        if (inline) {
          if (out.inlineSize + json.length + 1 <= this.inlineBytes) {
            out.rowset.push(cells);
            out.inlineSize += json.length + 1;
            continue;
          }
          inline = false;
        }
        if (!sink) open();
        pending.push(json);
        pendingChars += json.length + 1;
        partRows++;
        if (pendingChars >= WRITE_BATCH_CHARS) writePending();
        if (partBytes + pendingChars >= this.chunkBytes) await flush();
      }
    };
    try {
      await take(result.rows);
      if (result.stream) for await (const batch of result.stream) await take(batch);
      await flush();
    } catch (err) {
      // A cancelled or failed stream: its partial chunk files are of no use to anyone.
      await flush().catch(() => undefined);
      if (out.chunkSetId !== null) this.drop(out.chunkSetId);
      throw err;
    }
    return out;
  }

  /** The file behind `GET /wire/chunks/<set>/<n>`, or null. */
  chunkPath(setId: string, n: number): string | null {
    return this.sets.get(setId)?.files[n]?.path ?? null;
  }

  /** Delete a chunk set's files (its query was evicted or its session closed). */
  drop(setId: string): void {
    if (!this.sets.delete(setId)) return;
    rmSync(join(this.dir, setId), { recursive: true, force: true });
  }

  dropSession(sessionId: string): void {
    for (const [id, set] of this.sets) if (set.sessionId === sessionId) this.drop(id);
  }

  dropAll(): void {
    this.sets.clear();
    rmSync(this.dir, { recursive: true, force: true });
    spillDirs.delete(this.dir);
  }
}

/** Spill folders still to delete when the process exits (the server may stop without onStop). */
const spillDirs = new Set<string>();

function removeOnExit(dir: string): void {
  if (spillDirs.size === 0) {
    process.once('exit', () => {
      for (const d of spillDirs) rmSync(d, { recursive: true, force: true });
    });
  }
  spillDirs.add(dir);
}
