/**
 * @module translate/ddl/_sftext
 * Snowflake-style text of simple expressions, for what DESCRIBE TABLE's `default` and
 * `expression` columns print (`'abc'`, `1`, `CURRENT_TIMESTAMP()`). Returns undefined for shapes it
 * does not know; callers then fall back to DuckDB's own text of the default.
 */
import type { Expr, TypeName } from '../../sql/ast.ts';

function typeText(t: TypeName): string {
  return t.params.length ? `${t.name}(${t.params.join(',')})` : t.name;
}

export function sfExprText(e: Expr): string | undefined {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'string':
      return `'${e.value.replace(/'/g, "''")}'`;
    case 'boolean':
      return e.value ? 'TRUE' : 'FALSE';
    case 'null':
      return 'NULL';
    case 'column':
      return e.parts.map((p) => p.name).join('.');
    case 'paren': {
      const inner = sfExprText(e.expr);
      return inner === undefined ? undefined : `(${inner})`;
    }
    case 'unary': {
      const inner = sfExprText(e.operand);
      if (inner === undefined) return undefined;
      return e.op === 'NOT' ? `NOT ${inner}` : `${e.op}${inner}`;
    }
    case 'binary': {
      const l = sfExprText(e.left);
      const r = sfExprText(e.right);
      return l === undefined || r === undefined ? undefined : `${l} ${e.op} ${r}`;
    }
    case 'cast': {
      const inner = sfExprText(e.expr);
      if (inner === undefined) return undefined;
      return e.syntax === 'colons' ? `${inner}::${typeText(e.type)}` : `${e.try ? 'TRY_CAST' : 'CAST'}(${inner} AS ${typeText(e.type)})`;
    }
    case 'typedLiteral':
      return `${typeText(e.type)} '${e.value.replace(/'/g, "''")}'`;
    case 'func': {
      if (e.over || e.within || e.filter) return undefined;
      const args = e.star ? ['*'] : e.args.map(sfExprText);
      if (args.some((a) => a === undefined)) return undefined;
      return `${e.name.map((p) => p.name).join('.')}(${e.distinct ? 'DISTINCT ' : ''}${args.join(', ')})`;
    }
    default:
      return undefined;
  }
}
