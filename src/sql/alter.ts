/** @module sql/alter  (in progress) */
import { NotSupportedError } from '../errors.ts';
import type { Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
export function parseAlter(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
