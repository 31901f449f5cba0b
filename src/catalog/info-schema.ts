/**
 * @module catalog/info-schema
 * INFORMATION_SCHEMA views and table functions, served from the metadata catalog. Placeholder until
 * the catalog work lands.
 */

/** DuckDB FROM-item SQL for `<database>.INFORMATION_SCHEMA.<view>`, or null if the view is unknown. */
export function infoSchemaView(_database: string, _view: string): string | null {
  return null;
}
