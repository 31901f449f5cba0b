/**
 * @module ingest/csv
 * A record reader for Snowflake's CSV file format
 * (https://docs.snowflake.com/en/sql-reference/sql/create-file-format#type-csv). Written here
 * rather than with DuckDB's read_csv because Snowflake's rules differ where loads fail or succeed:
 * quotes are plain characters unless FIELD_OPTIONALLY_ENCLOSED_BY is set, every record must have
 * the table's column count (ERROR_ON_COLUMN_COUNT_MISMATCH), blank lines are records unless
 * SKIP_BLANK_LINES, and COPY reports the line and character of the first bad field.
 */

export interface CsvOptions {
  fieldDelimiter: string;
  recordDelimiter: string;
  /** FIELD_OPTIONALLY_ENCLOSED_BY, or '' for NONE. */
  enclosedBy: string;
  /** ESCAPE (enclosed fields) and ESCAPE_UNENCLOSED_FIELD, or '' for NONE. */
  escape: string;
  escapeUnenclosed: string;
  skipHeader: number;
  skipBlankLines: boolean;
  trimSpace: boolean;
  nullIf: string[];
  emptyFieldAsNull: boolean;
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  values: (string | null)[];
  /** 1-based character position of each field within its line. */
  positions: number[];
}

/** Split text into records. Values are already mapped through NULL_IF / EMPTY_FIELD_AS_NULL. */
export function readCsv(text: string, o: CsvOptions): CsvRecord[] {
  const out: CsvRecord[] = [];
  const n = text.length;
  const fd = o.fieldDelimiter;
  const rd = o.recordDelimiter;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let skipped = 0;
  while (i < n) {
    const recLine = line;
    const values: (string | null)[] = [];
    const positions: number[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      positions.push(i - lineStart + 1);
      let value = '';
      let enclosed = false;
      let j = i;
      if (o.trimSpace) while (text[j] === ' ' || text[j] === '\t') j++;
      if (o.enclosedBy && text.startsWith(o.enclosedBy, j)) {
        enclosed = true;
        j += o.enclosedBy.length;
        for (;;) {
          if (j >= n) break;
          if (o.escape && text.startsWith(o.escape, j) && o.escape !== o.enclosedBy) {
            value += text[j + o.escape.length] ?? '';
            j += o.escape.length + 1;
            continue;
          }
          if (text.startsWith(o.enclosedBy, j)) {
            if (text.startsWith(o.enclosedBy, j + o.enclosedBy.length)) {
              value += o.enclosedBy;
              j += 2 * o.enclosedBy.length;
              continue;
            }
            j += o.enclosedBy.length;
            break;
          }
          if (text[j] === '\n') {
            line++;
            lineStart = j + 1;
          }
          value += text[j];
          j++;
        }
        // Anything between the closing quote and the delimiter is kept (Snowflake keeps it too).
        while (j < n && !text.startsWith(fd, j) && !text.startsWith(rd, j)) value += text[j++];
      } else {
        while (j < n && !text.startsWith(fd, j) && !text.startsWith(rd, j)) {
          const e = o.escapeUnenclosed;
          if (e && text.startsWith(e, j) && j + e.length < n) {
            const next = text[j + e.length]!;
            if (text.startsWith(fd, j + e.length) || text.startsWith(e, j + e.length) || rd.startsWith(next)) {
              value += next;
              j += e.length + 1;
              continue;
            }
          }
          value += text[j++];
        }
        if (o.trimSpace) value = value.trimEnd();
      }
      values.push(mapNull(value, enclosed, o));
      if (j >= n) {
        i = n;
        endOfRecord = true;
      } else if (text.startsWith(fd, j)) {
        i = j + fd.length;
        if (i >= n) {
          // A trailing delimiter at end of file still ends a (last, empty) field.
          positions.push(i - lineStart + 1);
          values.push(mapNull('', false, o));
          endOfRecord = true;
        }
      } else {
        i = j + rd.length;
        endOfRecord = true;
      }
    }
    // Crossing the record delimiter moves to the next line.
    line += rd === '\n' || rd === '\r\n' ? 1 : 0;
    lineStart = i;
    const blank = values.length === 1 && (values[0] === null || values[0] === '') && positions[0] === 1 && text[i - rd.length - 1] !== o.enclosedBy;
    if (skipped < o.skipHeader) {
      skipped++;
      continue;
    }
    if (blank && o.skipBlankLines) continue;
    out.push({ line: recLine, values, positions });
  }
  return out;
}

function mapNull(value: string, enclosed: boolean, o: CsvOptions): string | null {
  if (!enclosed && value === '' && o.emptyFieldAsNull) return null;
  if (o.nullIf.includes(value)) return null;
  return value;
}
