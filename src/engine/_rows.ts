/**
 * @module engine/_rows
 * Reading DuckDB results into canonical rows: column metadata (with translator hints), chunk by
 * chunk conversion, and the lazy row-batch stream behind `Result.stream` (issue 2: a 10M-row
 * SELECT must never be held in memory at once).
 */
import type { DuckDBDataChunk, DuckDBResult, DuckDBType } from '@duckdb/node-api';
import { QueryCanceled, SnowflakeError } from '../errors.ts';
import type { ColumnHint } from '../translate/plan.ts';
import type { ResultColumn, Row } from './types.ts';
import { makeConverter, resultColumn, type ConvertContext, type Converter } from './_convert.ts';

/** Result columns for DuckDB names/types, applying hints by position (or by name if counts differ). */
export function columnsOf(names: string[], types: DuckDBType[], hints: ColumnHint[] | undefined): ResultColumn[] {
  return names.map((name, i) => {
    const hint = hints && hints.length === names.length ? hints[i] : hints?.find((h) => h.name === name);
    return resultColumn(name, types[i]!, hint);
  });
}

export function convertersOf(types: DuckDBType[], columns: ResultColumn[], ctx: ConvertContext): Converter[] {
  return types.map((t, i) => makeConverter(t, columns[i]!, ctx));
}

/** Canonical rows of one DuckDB chunk. */
export function convertChunk(chunk: DuckDBDataChunk, converters: Converter[]): Row[] {
  const n = chunk.rowCount;
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = new Array(converters.length);
  for (let j = 0; j < converters.length; j++) {
    const values = chunk.getColumnValues(j);
    const conv = converters[j]!;
    for (let i = 0; i < n; i++) rows[i]![j] = conv(values[i]!);
  }
  return rows;
}

/** Read every chunk of a result into rows. */
export async function readAll(result: DuckDBResult, converters: Converter[], interrupted: () => boolean): Promise<Row[]> {
  const out: Row[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const row of convertChunk(chunk, converters)) out.push(row);
  }
  if (interrupted()) throw new QueryCanceled();
  return out;
}

/**
 * A one-shot async iterator over row batches pulled from a streaming DuckDB result. `onEnd` runs
 * exactly once: when the result is exhausted, when the consumer calls `return()` (break), or when
 * reading fails. An interrupted DuckDB stream ends with an empty chunk rather than an error, so the
 * `interrupted` probe turns that into QueryCanceled.
 */
export class RowStream implements AsyncIterableIterator<Row[]> {
  private done = false;
  private rows = 0;

  constructor(
    private readonly result: DuckDBResult,
    private readonly converters: Converter[],
    private readonly interrupted: () => boolean,
    private readonly mapError: (e: unknown) => SnowflakeError,
    private readonly onEnd: (rows: number, err: SnowflakeError | null) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterableIterator<Row[]> {
    return this;
  }

  private finish(err: SnowflakeError | null): void {
    if (this.done) return;
    this.done = true;
    this.onEnd(this.rows, err);
  }

  async next(): Promise<IteratorResult<Row[]>> {
    if (this.done) return { done: true, value: undefined };
    let chunk: DuckDBDataChunk | null;
    try {
      chunk = await this.result.fetchChunk();
      if ((!chunk || chunk.rowCount === 0) && this.interrupted()) throw new QueryCanceled();
    } catch (e) {
      const err = this.mapError(e);
      this.finish(err);
      throw err;
    }
    if (!chunk || chunk.rowCount === 0) {
      this.finish(null);
      return { done: true, value: undefined };
    }
    const batch = convertChunk(chunk, this.converters);
    this.rows += batch.length;
    return { done: false, value: batch };
  }

  async return(): Promise<IteratorResult<Row[]>> {
    this.finish(null);
    return { done: true, value: undefined };
  }

  async throw(e?: unknown): Promise<IteratorResult<Row[]>> {
    this.finish(this.mapError(e));
    throw e;
  }
}
