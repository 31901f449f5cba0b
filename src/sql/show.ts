/** @module sql/show  (in progress) */
import { NotSupportedError } from '../errors.ts';
import type { Statement } from './ast.ts';
import type { Cursor } from './_cursor.ts';
export function parseShow(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
export function parseDescribe(c: Cursor): Statement { throw new NotSupportedError(c.word()); }
