/**
 * @module history
 * Query history: the bounded store the server feeds from every session's query records.
 */
export { HistoryStore, toHistoryEntry, normaliseStatus, percentile } from './store.ts';
export type { HistoryEntry, HistoryFilter, HistoryStats, HistoryStoreOptions } from './store.ts';
export { historyToCsv, historyTable, historyDetail, historyStatsText, CSV_COLUMNS } from './format.ts';
