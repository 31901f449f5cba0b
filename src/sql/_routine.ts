/**
 * @module sql/_routine
 * CREATE FUNCTION / PROCEDURE: signature (`name type [DEFAULT expr]`), RETURNS type or
 * `TABLE (...)`, LANGUAGE, the other properties as options, and the body (`AS 'text'` or
 * `AS $$text$$`). See https://docs.snowflake.com/en/sql-reference/sql/create-function
 */
import type { ColumnDef, CreateRoutine, Expr, Ident, OptionPair, TypeName } from './ast.ts';
import type { Cursor } from './_cursor.ts';
import { blockEnd, startsBlock } from './_blocks.ts';
import { acceptIfNotExists, type CreateModifiers } from './_create-common.ts';
import { parseExpr } from './expr.ts';
import { parseObjectName } from './names.ts';
import { atOption, parseOption } from './options.ts';
import { parseColumnDef } from './_table.ts';
import { parseType } from './types.ts';

export function parseCreateRoutine(c: Cursor, m: CreateModifiers, routine: 'FUNCTION' | 'PROCEDURE'): CreateRoutine {
  acceptIfNotExists(c, m);
  const name = parseObjectName(c);
  const params: { name: Ident; type: TypeName; default?: Expr }[] = [];
  c.expectOp('(');
  if (!c.isOp(')')) {
    do {
      const p: { name: Ident; type: TypeName; default?: Expr } = { name: c.ident(), type: undefined as unknown as TypeName };
      p.type = parseType(c);
      if (c.acceptWord('DEFAULT')) p.default = parseExpr(c);
      params.push(p);
    } while (c.acceptOp(','));
  }
  c.expectOp(')');
  const r: CreateRoutine = {
    kind: 'createRoutine', routine, orReplace: m.orReplace, ifNotExists: m.ifNotExists, secure: m.secure, name, params, body: '', options: [],
  };
  const options: OptionPair[] = [];
  for (;;) {
    if (c.acceptWords('COPY', 'GRANTS')) continue;
    if (c.acceptWord('RETURNS')) {
      if (c.acceptWord('NULL')) {
        // RETURNS NULL ON NULL INPUT
        c.expectWord('ON');
        c.expectWord('NULL');
        c.expectWord('INPUT');
        options.push({ name: 'NULL_INPUT', value: { kind: 'optIdent', value: 'RETURNS NULL ON NULL INPUT' } });
        continue;
      }
      if (c.acceptWord('TABLE')) {
        c.expectOp('(');
        const table: ColumnDef[] = [];
        if (!c.isOp(')')) {
          do table.push(parseColumnDef(c, true));
          while (c.acceptOp(','));
        }
        c.expectOp(')');
        r.returns = { table };
      } else r.returns = parseType(c);
      continue;
    }
    if (c.acceptWords('NOT', 'NULL')) {
      options.push({ name: 'NOT_NULL', value: { kind: 'optBool', value: true } });
      continue;
    }
    if (c.acceptWord('NULL')) continue;
    if (c.acceptWord('LANGUAGE')) {
      r.language = c.anyIdent().name;
      continue;
    }
    if (c.acceptWords('CALLED', 'ON', 'NULL', 'INPUT')) continue;
    if (c.acceptWord('STRICT')) {
      options.push({ name: 'NULL_INPUT', value: { kind: 'optIdent', value: 'STRICT' } });
      continue;
    }
    const vol = c.acceptOneOf(['VOLATILE', 'IMMUTABLE', 'MEMOIZABLE']);
    if (vol) {
      options.push({ name: vol, value: { kind: 'optBool', value: true } });
      continue;
    }
    if (c.acceptWords('EXECUTE', 'AS')) {
      options.push({ name: 'EXECUTE_AS', value: { kind: 'optIdent', value: c.expectOneOf(['CALLER', 'OWNER', 'RESTRICTED']) } });
      continue;
    }
    if (atOption(c)) {
      options.push(parseOption(c));
      continue;
    }
    break;
  }
  if (c.acceptWord('AS')) {
    const t = c.tok;
    if (startsBlock(c.toks, c.i) || (c.isWord('BEGIN') && !c.atEndAt(1))) {
      // Snowflake Scripting body written without $$ delimiters (accepted by Snowsight and drivers).
      const end = blockEnd(c.toks, c.i);
      c.i = end;
      r.body = c.slice(t.offset, c.prevEnd);
    } else {
      if (t.type !== 'string') c.fail();
      c.next();
      r.body = t.value;
    }
  }
  r.options = options;
  return r;
}
