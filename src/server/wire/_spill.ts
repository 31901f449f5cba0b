/**
 * @module server/wire/_spill
 * Turns a Result (materialised rows or a lazy row stream) into the protocol's rowset plus chunk
 * files, keeping server memory bounded: the first rows (up to `inlineBytes` of JSON) stay inline,
 * the rest are encoded batch by batch and written to files of about `chunkBytes` each. A chunk
 * file holds rows joined by commas with no outer brackets, exactly what the driver downloads
 * (spec §3.8). Chunk sets are addressed by an unguessable id because chunk GETs carry no token.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result, ResultColumn, Value } from '../../engine/types.ts';
import { newToken } from './_connections.ts';

export type CellEncoder = (value: Value, column: ResultColumn) => string | null;

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
  }

  /** Encode every row of `result`, spilling beyond the inline budget. */
  async encode(result: Result, sessionId: string, encodeCell: CellEncoder): Promise<EncodedRows> {
    const cols = result.columns;
    const out: EncodedRows = { rowset: [], inlineSize: 2, total: 0, chunkSetId: null, chunks: [] };
    let parts: string[] = [];
    let partBytes = 0;
    let partRows = 0;
    let inline = true;
    const flush = async (): Promise<void> => {
      if (partRows === 0) return;
      if (out.chunkSetId === null) {
        out.chunkSetId = newToken();
        mkdirSync(join(this.dir, out.chunkSetId), { recursive: true });
        this.sets.set(out.chunkSetId, { sessionId, files: out.chunks });
      }
      const path = join(this.dir, out.chunkSetId, String(out.chunks.length));
      const text = parts.join(',');
      await writeFile(path, text);
      out.chunks.push({ path, rowCount: partRows, uncompressedSize: Buffer.byteLength(text) });
      parts = [];
      partBytes = 0;
      partRows = 0;
    };
    const take = async (rows: Value[][]): Promise<void> => {
      for (const row of rows) {
        const cells = row.map((v, i) => encodeCell(v, cols[i] as ResultColumn));
        out.total++;
        if (inline) {
          const size = JSON.stringify(cells).length + 1;
          if (out.inlineSize + size <= this.inlineBytes) {
            out.rowset.push(cells);
            out.inlineSize += size;
            continue;
          }
          inline = false;
        }
        const json = JSON.stringify(cells);
        parts.push(json);
        partBytes += json.length + 1;
        partRows++;
        if (partBytes >= this.chunkBytes) await flush();
      }
    };
    try {
      await take(result.rows);
      if (result.stream) for await (const batch of result.stream) await take(batch);
      await flush();
    } catch (err) {
      // A cancelled or failed stream: its partial chunk files are of no use to anyone.
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
  }
}
