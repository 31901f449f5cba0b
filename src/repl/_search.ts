/**
 * @module repl/_search
 * Ctrl-R reverse history search: the newest entry at or before `from` containing the query
 * (case-insensitive), as readline and psql do it.
 */

/** Index of the newest entry at or before `from` that contains `query`, or -1 (also for an empty query). */
export function findHistory(history: readonly string[], query: string, from: number): number {
  if (query === '') return -1;
  const q = query.toLowerCase();
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) {
    if ((history[i] as string).toLowerCase().includes(q)) return i;
  }
  return -1;
}

/** The prompt shown while searching; `failing` when nothing matches the query. */
export function searchPrompt(query: string, failing: boolean): string {
  return `(${failing ? 'failing ' : ''}reverse-i-search)'${query}': `;
}
