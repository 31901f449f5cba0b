/**
 * @module cli/_format
 * `mockhaus exec` output formats: an aligned table, RFC 4180 CSV, a JSON array of objects keyed by
 * Snowflake column names, and JSON lines. Rows arrive in batches and are written as they come, so a
 * 10-million-row result never sits in memory (the table format measures widths on its first rows).
 */
import type { Result, ResultColumn, Row } from '../engine/types.ts';
import { toDisplayString, toJsonValue } from '../engine/values.ts';
import type { Sink } from './_sink.ts';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'jsonl'];

/** Rows the table format reads before fixing column widths. */
const TABLE_SAMPLE_ROWS = 1000;
const MAX_CELL_WIDTH = 60;

/** All rows of a result, batch by batch, whether materialised or streamed. */
export async function* batches(result: Result): AsyncGenerator<Row[]> {
  if (result.stream) {
    for await (const batch of result.stream) yield batch;
  } else if (result.rows.length > 0) {
    yield result.rows;
  }
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvCell(value: Row[number], column: ResultColumn): string {
  return value === null ? '' : csvField(toDisplayString(value, column));
}

function isNumeric(column: ResultColumn): boolean {
  return column.type === 'fixed' || column.type === 'real';
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** One table line: numbers right-aligned, everything else left-aligned. */
export function tableLine(cells: string[], widths: number[], columns: ResultColumn[]): string {
  return cells
    .map((cell, i) => {
      const w = widths[i] ?? 0;
      const c = clip(cell.replace(/\n/g, '\\n'), w);
      return columns[i] && isNumeric(columns[i]) ? c.padStart(w) : c.padEnd(w);
    })
    .join(' | ')
    .trimEnd();
}

/** Write one result in `format`; returns the number of rows written. */
export async function writeResult(result: Result, format: OutputFormat, out: Sink): Promise<number> {
  const cols = result.columns;
  const names = cols.map((c) => c.name);
  let count = 0;
  switch (format) {
    case 'csv': {
      await out.write(`${names.map(csvField).join(',')}\r\n`);
      for await (const batch of batches(result)) {
        for (const row of batch) {
          await out.write(`${row.map((v, i) => csvCell(v, cols[i] as ResultColumn)).join(',')}\r\n`);
        }
        count += batch.length;
      }
      return count;
    }
    case 'json':
    case 'jsonl': {
      if (format === 'json') await out.write('[');
      for await (const batch of batches(result)) {
        for (const row of batch) {
          const obj: Record<string, unknown> = {};
          row.forEach((v, i) => {
            obj[names[i] as string] = toJsonValue(v, cols[i] as ResultColumn);
          });
          const text = JSON.stringify(obj);
          if (format === 'json') await out.write(count === 0 ? `\n  ${text}` : `,\n  ${text}`);
          else await out.write(`${text}\n`);
          count++;
        }
      }
      if (format === 'json') await out.write(count === 0 ? ']\n' : '\n]\n');
      return count;
    }
    case 'table':
      return writeTable(result, out);
  }
}

async function writeTable(result: Result, out: Sink): Promise<number> {
  const cols = result.columns;
  const display = (row: Row) => row.map((v, i) => (v === null ? 'NULL' : toDisplayString(v, cols[i] as ResultColumn)));
  const iterator = batches(result)[Symbol.asyncIterator]();
  const sample: string[][] = [];
  let pending: Row[] = [];
  // Read up to TABLE_SAMPLE_ROWS rows to size the columns.
  while (sample.length < TABLE_SAMPLE_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    const take = next.value.slice(0, TABLE_SAMPLE_ROWS - sample.length);
    for (const row of take) sample.push(display(row));
    pending = next.value.slice(take.length);
  }
  const widths = cols.map((c, i) =>
    Math.min(MAX_CELL_WIDTH, Math.max(c.name.length, ...sample.map((r) => (r[i] ?? '').length))),
  );
  await out.write(`${tableLine(cols.map((c) => c.name), widths, cols)}\n`);
  await out.write(`${widths.map((w) => '-'.repeat(w)).join('-+-')}\n`);
  for (const row of sample) await out.write(`${tableLine(row, widths, cols)}\n`);
  let count = sample.length;
  for (const row of pending) await out.write(`${tableLine(display(row), widths, cols)}\n`);
  count += pending.length;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    for (const row of next.value) await out.write(`${tableLine(display(row), widths, cols)}\n`);
    count += next.value.length;
  }
  return count;
}
