/**
 * @module catalog/info-schema
 * placeholder — being rewritten
 */
export function infoSchemaView(_database: string, _view: string): string | null {
  return null;
}
export function infoSchemaFunction(_database: string, _name: string, _args: unknown[]): string | null {
  return null;
}
