/**
 * @module translate/macros
 * DuckDB statements the session runs once at open for translated SQL to work. The translator
 * currently emits only built-in DuckDB functions, so this list is empty; it stays the one place a
 * future macro would be registered (the session must run it at open).
 */
export function translateSetupSql(): string[] {
  return [];
}
