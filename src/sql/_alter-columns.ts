/**
 * @module sql/_alter-columns
 * `ALTER TABLE t ALTER|MODIFY [COLUMN] c ...` changes, comma-separated and optionally in
 * parentheses: `SET DATA TYPE t` / `TYPE t`, `SET|DROP NOT NULL`, `SET DEFAULT e` / `DROP DEFAULT`,
 * `COMMENT '...'` / `UNSET COMMENT`. See https://docs.snowflake.com/en/sql-reference/sql/alter-table-column
 */
import { NotSupportedError } from '../errors.ts';
import type { AlterColumnChange } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { parseExpr } from './expr.ts';
import { parseType } from './types.ts';

export function parseAlterColumns(c: Cursor): AlterColumnChange[] {
  const paren = c.acceptOp('(');
  const out: AlterColumnChange[] = [];
  do {
    c.acceptWord('COLUMN');
    out.push(parseChange(c));
  } while (c.acceptOp(','));
  if (paren) c.expectOp(')');
  return out;
}

function parseChange(c: Cursor): AlterColumnChange {
  const column = c.ident();
  if (c.acceptWords('SET', 'DATA', 'TYPE') || c.acceptWords('DATA', 'TYPE') || c.acceptWord('TYPE')) return { kind: 'setType', column, type: parseType(c) };
  if (c.acceptWords('SET', 'NOT', 'NULL')) return { kind: 'setNotNull', column, notNull: true };
  if (c.acceptWords('DROP', 'NOT', 'NULL')) return { kind: 'setNotNull', column, notNull: false };
  if (c.acceptWords('SET', 'DEFAULT')) return { kind: 'setDefault', column, default: parseExpr(c) };
  if (c.acceptWords('DROP', 'DEFAULT')) return { kind: 'setDefault', column };
  if (c.acceptWord('COMMENT')) {
    const t = c.tok;
    if (t.type !== 'string') c.fail();
    c.next();
    return { kind: 'setComment', column, comment: t.value };
  }
  if (c.acceptWords('UNSET', 'COMMENT')) return { kind: 'setComment', column };
  const w = c.word();
  if (w === 'SET' || w === 'UNSET' || w === 'DROP') throw new NotSupportedError(`ALTER COLUMN ${w} ${c.word(1)}`);
  return c.fail();
}
