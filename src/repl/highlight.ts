/**
 * @module repl/highlight
 * Syntax highlighting of REPL input as it is typed, from our own tokenizer in tolerant mode (it never
 * throws on half-typed SQL). The text is kept byte for byte: only SGR codes are added around tokens,
 * so the editor's cursor arithmetic works on the plain text.
 */
import { tokenize } from '../sql/index.ts';
import { paint, type Style } from './_ansi.ts';

/** A run of input text and the style it is drawn in (null: unstyled). */
export interface Span {
  text: string;
  style: Style | null;
}

const TOKEN_STYLES: Record<string, Style> = {
  keyword: 'keyword',
  string: 'string',
  number: 'number',
  comment: 'comment',
  ident: 'ident',
  quotedIdent: 'quoted',
  bind: 'variable',
  variable: 'variable',
  stage: 'variable',
};

/** The style for a tokenizer token type; operators, punctuation and whitespace stay plain. */
export function styleForToken(type: string): Style | null {
  return TOKEN_STYLES[type] ?? null;
}

/** Split `sql` into styled spans covering every character exactly once. */
export function highlightSpans(sql: string): Span[] {
  let tokens: { type: string; text: string; offset: number }[];
  try {
    tokens = tokenize(sql, { tolerant: true }) as unknown as { type: string; text: string; offset: number }[];
  } catch {
    return sql === '' ? [] : [{ text: sql, style: null }];
  }
  const spans: Span[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.offset < at || t.text.length === 0) continue;
    if (t.offset > at) spans.push({ text: sql.slice(at, t.offset), style: null });
    const text = sql.slice(t.offset, t.offset + t.text.length);
    spans.push({ text, style: styleForToken(t.type) });
    at = t.offset + text.length;
  }
  if (at < sql.length) spans.push({ text: sql.slice(at), style: null });
  return spans;
}

/**
 * The input as coloured lines (split on `\n`): a token spanning lines (a block comment, a `$$` body)
 * is coloured on each of its lines, so every line can be drawn on its own.
 */
export function highlightLines(sql: string, color: boolean): string[] {
  const lines: string[] = [''];
  for (const span of highlightSpans(sql)) {
    const parts = span.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push('');
      const last = lines.length - 1;
      lines[last] = `${lines[last]}${span.style ? paint(part, span.style, color) : part}`;
    });
  }
  return lines;
}
