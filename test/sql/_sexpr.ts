/**
 * @module test/sql/_sexpr
 * A compact S-expression rendering of expression ASTs so precedence tests read as one line each
 * (`(+ 1 (* 2 3))`). Test-only; the translator has its own printer.
 */
import type { Expr, PathStep, Query, Statement } from '../../src/sql/ast.ts';
import { parseOne } from '../../src/sql/index.ts';

function step(s: PathStep): string {
  if (s.kind === 'index') return `[${sx(s.expr)}]`;
  return s.bracket ? `['${s.name}']` : s.quoted ? `:"${s.name}"` : `:${s.name}`;
}

export function sx(e: Expr): string {
  switch (e.kind) {
    case 'number': return e.text;
    case 'string': return `'${e.value}'`;
    case 'boolean': return String(e.value).toUpperCase();
    case 'null': return 'NULL';
    case 'typedLiteral': return `(${e.type.name} '${e.value}')`;
    case 'interval': return `(INTERVAL '${e.value}'${e.unit ? ` ${e.unit}` : ''})`;
    case 'column': return e.parts.map((p) => (p.quoted ? `"${p.name}"` : p.name)).join('.');
    case 'star': return `${e.qualifier ? `${e.qualifier.map((p) => p.name).join('.')}.` : ''}*`;
    case 'binary': return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'unary': return `(${e.op} ${sx(e.operand)})`;
    case 'is': return `(IS${e.not ? ' NOT' : ''} ${sx(e.operand)} ${e.target.toUpperCase()})`;
    case 'isDistinctFrom': return `(IS${e.not ? ' NOT' : ''} DISTINCT ${sx(e.left)} ${sx(e.right)})`;
    case 'between': return `(${e.not ? 'NOT ' : ''}BETWEEN ${sx(e.operand)} ${sx(e.low)} ${sx(e.high)})`;
    case 'inList': return `(${e.not ? 'NOT ' : ''}IN ${sx(e.operand)} ${e.list.map(sx).join(' ')})`;
    case 'inSubquery': return `(${e.not ? 'NOT ' : ''}IN ${sx(e.operand)} <query>)`;
    case 'like': {
      const rhs = e.patterns ? `${e.quantifier} ${e.patterns.map(sx).join(' ')}` : sx(e.pattern as Expr);
      return `(${e.not ? 'NOT ' : ''}${e.op} ${sx(e.operand)} ${rhs}${e.escape ? ` ESCAPE ${sx(e.escape)}` : ''})`;
    }
    case 'exists': return `(${e.not ? 'NOT ' : ''}EXISTS <query>)`;
    case 'subquery': return '<subquery>';
    case 'case': return `(CASE${e.operand ? ` ${sx(e.operand)}` : ''} ${e.whens.map((w) => `(WHEN ${sx(w.when)} ${sx(w.then)})`).join(' ')}${e.else ? ` (ELSE ${sx(e.else)})` : ''})`;
    case 'cast': {
      const t = `${e.type.name}${e.type.params.length ? `(${e.type.params.join(',')})` : ''}`;
      return `(${e.try ? 'TRY_CAST' : e.syntax === 'colons' ? '::' : 'CAST'} ${sx(e.expr)} ${t})`;
    }
    case 'func': {
      let s = `${e.name.map((p) => p.name).join('.')}(${e.distinct ? 'DISTINCT ' : ''}${e.star ? '*' : e.args.map(sx).join(', ')})`;
      if (e.part) s += `{${e.part}}`;
      if (e.nulls) s += ` ${e.nulls} NULLS`;
      if (e.within) s += ` WITHIN(${e.within.map((o) => sx(o.expr) + (o.desc ? ' DESC' : '')).join(', ')})`;
      if (e.over) {
        const o = e.over;
        const parts: string[] = [];
        if (o.ref) parts.push(o.ref.name);
        if (o.partitionBy.length) parts.push(`P ${o.partitionBy.map(sx).join(' ')}`);
        if (o.orderBy.length) parts.push(`O ${o.orderBy.map((x) => sx(x.expr) + (x.desc ? ' DESC' : '') + (x.nulls ? ` NULLS ${x.nulls}` : '')).join(' ')}`);
        if (o.frame) parts.push(`${o.frame.unit} ${o.frame.start.type}${o.frame.start.offset ? ` ${sx(o.frame.start.offset)}` : ''}${o.frame.end ? ` .. ${o.frame.end.type}${o.frame.end.offset ? ` ${sx(o.frame.end.offset)}` : ''}` : ''}`);
        s += ` OVER(${parts.join('; ')})`;
      }
      return s;
    }
    case 'namedArg': return `${e.name}=>${sx(e.value)}`;
    case 'path': return `(PATH ${sx(e.base)} ${e.steps.map(step).join('')})`;
    case 'arrayLit': return `[${e.items.map(sx).join(', ')}]`;
    case 'objectLit': return `{${e.entries.map((x) => `${sx(x.key)}: ${sx(x.value)}`).join(', ')}}`;
    case 'lambda': return `(LAMBDA (${e.params.map((p) => p.name).join(' ')}) ${sx(e.body)})`;
    case 'bind': return e.name !== undefined ? `:${e.name}` : `?${e.index}`;
    case 'variable': return `$${e.name}`;
    case 'positional': return `$${e.index}`;
    case 'collate': return `(COLLATE ${sx(e.expr)} '${e.collation}')`;
    case 'paren': return `(PAREN ${sx(e.expr)})`;
    case 'row': return `(ROW ${e.items.map(sx).join(' ')})`;
    default: return `<${(e as Expr).kind}>`;
  }
}

/** Parse `SELECT <expr>` and render the first item's expression. */
export function exprOf(sql: string): string {
  const st = parseOne(`SELECT ${sql}`);
  if (st.kind !== 'query' || st.query.kind !== 'select') throw new Error('not a select');
  const item = st.query.items[0];
  if (!item) throw new Error('no item');
  return sx(item.expr);
}

export function queryOf(sql: string): Query {
  const st: Statement = parseOne(sql);
  if (st.kind !== 'query') throw new Error(`not a query: ${st.kind}`);
  return st.query;
}
