/**
 * @module translate/_quote
 * Hot-path wrappers of catalog/names quoteIdent/quoteString: most names and strings contain no
 * quote character, so they skip the regex replace (the translator quotes every identifier).
 */
import { quoteIdent as slowIdent, quoteString as slowString } from '../catalog/names.ts';

export function quoteIdent(name: string): string {
  return name.indexOf('"') === -1 ? `"${name}"` : slowIdent(name);
}

export function quoteString(value: string): string {
  return value.indexOf("'") === -1 ? `'${value}'` : slowString(value);
}
