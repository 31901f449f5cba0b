/** @module sql/stage-commands  (in progress) */
import { NotSupportedError } from '../errors.ts';
import type { Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
export function parseCopy(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
export function parsePut(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
export function parseGet(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
export function parseList(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
export function parseRemove(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
