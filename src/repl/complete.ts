/**
 * @module repl/complete
 * Tab completion: which words fit at the cursor. Keywords and function names always; after FROM,
 * JOIN, INTO, UPDATE, TABLE or DESCRIBE the session's tables come first; after USE the databases and
 * schemas; after `name.` the tables of a schema, the schemas of a database, or the columns of a
 * table (aliases declared in the statement resolve to their tables). The catalog snapshot is fetched
 * by the REPL through ordinary queries; everything here is pure.
 */
import { REPL_COMMANDS, SQL_FUNCTIONS, SQL_KEYWORDS } from './_words.ts';

export interface CatalogTable {
  database: string;
  schema: string;
  name: string;
  columns: string[];
}
export interface CatalogSnapshot {
  currentDatabase: string | null;
  currentSchema: string | null;
  databases: string[];
  schemas: { database: string; name: string }[];
  tables: CatalogTable[];
}
export const EMPTY_CATALOG: CatalogSnapshot = {
  currentDatabase: null,
  currentSchema: null,
  databases: [],
  schemas: [],
  tables: [],
};

export interface Completion {
  /** Offset where the word being completed starts (the part after the last `.`). */
  start: number;
  /** The typed part being completed. */
  prefix: string;
  candidates: string[];
}

const WORD_CHAR = /[A-Za-z0-9_$."]/;
const TABLE_CONTEXT = new Set(['FROM', 'JOIN', 'INTO', 'UPDATE', 'TABLE', 'DESCRIBE', 'DESC', 'TRUNCATE', 'VIEW']);
const CONTAINER_CONTEXT = new Set(['USE', 'DATABASE', 'SCHEMA', 'IN']);
const NOT_ALIAS = new Set(['WHERE', 'ON', 'JOIN', 'LEFT', 'RIGHT', 'INNER', 'FULL', 'CROSS', 'GROUP', 'ORDER', 'LIMIT', 'USING', 'SET', 'VALUES', 'NATURAL', 'QUALIFY', 'HAVING', 'UNION', 'EXCEPT', 'MINUS', 'WINDOW', 'SAMPLE']);

/** An identifier as typed → as stored: unquoted folds to upper case, quoted keeps its case. */
export function normalizeIdent(part: string): string {
  return part.startsWith('"') ? part.replace(/^"|"$/g, '').replace(/""/g, '"') : part.toUpperCase();
}

/** Split a dotted name, keeping dots inside double quotes. */
function splitDotted(word: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of word) {
    if (ch === '"') quoted = !quoted;
    if (ch === '.' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Write a stored name the way the user is typing: lower case if they type lower case, quoted if it must be. */
export function presentName(name: string, prefix: string): string {
  if (prefix.startsWith('"') || !/^[A-Z_][A-Z0-9_$]*$/.test(name)) return `"${name.replace(/"/g, '""')}"`;
  return /[a-z]/.test(prefix) && !/[A-Z]/.test(prefix) ? name.toLowerCase() : name;
}

function presentWord(word: string, prefix: string): string {
  return /[a-z]/.test(prefix) && !/[A-Z]/.test(prefix) ? word.toLowerCase() : word;
}

/** Tables named in FROM/JOIN clauses of `text`, with their aliases (alias → table name, upper case). */
export function tableReferences(text: string): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  const re = /\b(?:FROM|JOIN|UPDATE|INTO)\s+((?:"[^"]*"|[A-Za-z_][\w$]*)(?:\.(?:"[^"]*"|[A-Za-z_][\w$]*)){0,2})(?:\s+(?:AS\s+)?([A-Za-z_][\w$]*))?/gi;
  for (const m of text.matchAll(re)) {
    const parts = splitDotted(m[1] as string).map(normalizeIdent);
    const name = parts[parts.length - 1] as string;
    refs.set(name, parts);
    const alias = m[2]?.toUpperCase();
    if (alias && !NOT_ALIAS.has(alias)) refs.set(alias, parts);
  }
  return refs;
}

function previousKeyword(before: string): string | null {
  const words = before.match(/[A-Za-z_][\w$]*|[(),;=]/g) ?? [];
  const last = words[words.length - 1];
  return last ? last.toUpperCase() : null;
}

function findTables(cat: CatalogSnapshot, parts: string[]): CatalogTable[] {
  const db = parts.length === 3 ? parts[0] : cat.currentDatabase;
  const schema = parts.length >= 2 ? parts[parts.length - 2] : cat.currentSchema;
  const name = parts[parts.length - 1];
  const exact = cat.tables.filter((t) => t.name === name && t.schema === schema && t.database === db);
  return exact.length > 0 || parts.length > 1 ? exact : cat.tables.filter((t) => t.name === name);
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

/** The candidates for the word ending at `cursor`. */
export function completionCandidates(text: string, cursor: number, cat: CatalogSnapshot): Completion {
  const before = text.slice(0, cursor);
  const statementStart = Math.max(0, before.lastIndexOf(';') + 1);
  const statement = before.slice(statementStart);
  if (/^\s*!\w*$/.test(before)) {
    const prefix = before.trimStart();
    return { start: cursor - prefix.length, prefix, candidates: REPL_COMMANDS.filter((c) => c.startsWith(prefix.toLowerCase())) };
  }
  let wordStart = cursor;
  while (wordStart > statementStart && WORD_CHAR.test(text[wordStart - 1] as string)) wordStart--;
  const word = text.slice(wordStart, cursor);
  const parts = splitDotted(word);
  const prefix = parts[parts.length - 1] as string;
  const qualifier = parts.slice(0, -1).map(normalizeIdent);
  const start = cursor - prefix.length;
  const quoted = prefix.startsWith('"');
  const bare = quoted ? prefix.slice(1).replace(/"$/, '') : prefix.toUpperCase();
  const matches = (name: string) => (quoted ? name.startsWith(bare) : name.toUpperCase().startsWith(bare));
  const names = (list: string[]) => uniq(list.filter(matches).sort().map((n) => presentName(n, prefix)));
  const words = (list: readonly string[]) => (quoted ? [] : list.filter(matches).map((w) => presentWord(w, prefix)));

  if (qualifier.length > 0) {
    const refs = tableReferences(statement + text.slice(cursor).split(';')[0]);
    const out: string[] = [];
    if (qualifier.length === 1) {
      const q = qualifier[0] as string;
      out.push(...names(cat.tables.filter((t) => t.schema === q && t.database === cat.currentDatabase).map((t) => t.name)));
      out.push(...names(cat.schemas.filter((s) => s.database === q).map((s) => s.name)));
    } else if (qualifier.length === 2) {
      out.push(...names(cat.tables.filter((t) => t.database === qualifier[0] && t.schema === qualifier[1]).map((t) => t.name)));
    }
    const target = refs.get(qualifier[qualifier.length - 1] as string) ?? qualifier;
    out.push(...names(findTables(cat, target).flatMap((t) => t.columns)));
    return { start, prefix, candidates: uniq(out) };
  }

  const prevWord = previousKeyword(text.slice(statementStart, wordStart));
  const current = cat.tables.filter((t) => t.database === cat.currentDatabase && t.schema === cat.currentSchema);
  const tables = names((current.length > 0 ? current : cat.tables).map((t) => t.name));
  const schemas = names(cat.schemas.filter((s) => s.database === cat.currentDatabase).map((s) => s.name));
  const databases = names(cat.databases);
  if (prevWord && TABLE_CONTEXT.has(prevWord)) return { start, prefix, candidates: uniq([...tables, ...schemas, ...databases]) };
  if (prevWord && CONTAINER_CONTEXT.has(prevWord)) return { start, prefix, candidates: uniq([...databases, ...schemas]) };
  if (prefix === '') return { start, prefix, candidates: [] };
  const refs = tableReferences(statement + (text.slice(cursor).split(';')[0] ?? ''));
  const refTables = [...new Set([...refs.values()].map((p) => p.join('.')))].flatMap((p) => findTables(cat, p.split('.')));
  const columns = names((refTables.length > 0 ? refTables : current).flatMap((t) => t.columns));
  const statementFirst = statementStart === 0 && before.slice(0, wordStart).trim() === '';
  const commands = statementFirst ? REPL_COMMANDS.filter((c) => !c.startsWith('!') && c.startsWith(prefix.toLowerCase())) : [];
  return {
    start,
    prefix,
    candidates: uniq([...columns, ...words(SQL_KEYWORDS), ...words(SQL_FUNCTIONS), ...tables, ...commands]),
  };
}

/** Longest prefix all candidates share, compared case-insensitively, spelled as the first one. */
export function commonPrefix(candidates: string[]): string {
  if (candidates.length === 0) return '';
  let common = candidates[0] as string;
  for (const c of candidates.slice(1)) {
    let i = 0;
    while (i < common.length && i < c.length && common[i]?.toUpperCase() === c[i]?.toUpperCase()) i++;
    common = common.slice(0, i);
  }
  return common;
}

/**
 * Apply a completion to the input: one candidate replaces the word; several extend it to their common
 * prefix, or, when that adds nothing, are returned to be listed.
 */
export function applyCompletion(text: string, cursor: number, c: Completion): { text: string; cursor: number; list: string[] } {
  if (c.candidates.length === 0) return { text, cursor, list: [] };
  const insert = c.candidates.length === 1 ? (c.candidates[0] as string) : commonPrefix(c.candidates);
  if (insert.length <= c.prefix.length) return { text, cursor, list: c.candidates.length > 1 ? c.candidates : [] };
  const next = text.slice(0, c.start) + insert + text.slice(cursor);
  return { text: next, cursor: c.start + insert.length, list: [] };
}
