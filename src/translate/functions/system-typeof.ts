/**
 * @module translate/functions/system-typeof
 * SYSTEM$TYPEOF(expr) (https://docs.snowflake.com/en/sql-reference/functions/system_typeof): the
 * SQL type Snowflake's compiler gives the expression, with its storage class: `NULL[LOB]`,
 * `NUMBER(1,0)[SB1]`, `NUMBER(11,0)[SB8]` for `1e10`, `VARCHAR(9)[LOB]` for
 * `CONCAT('every', 'body')`. The storage class of a constant number is the smallest signed integer
 * (1, 2, 4, 8 or 16 bytes) that holds its unscaled value (10000 → SB2, 12.3 → 123 → SB1). The
 * answer is worked out at translation time over constant expressions (literals, unary minus,
 * IFNULL/NVL/COALESCE, CONCAT and `||`); anything else — columns, whose storage class depends on
 * the stored data — is NotSupported rather than guessed.
 */
import { NotSupportedError, assertNever } from '../../errors.ts';
import type { Expr } from '../../sql/ast.ts';
import { quoteString } from '../_quote.ts';
import type { FnPrinter } from './_call.ts';

/** A folded constant: its Snowflake type and value. */
type Folded =
  | { kind: 'null' }
  | { kind: 'fixed'; p: number; s: number; unscaled: bigint }
  | { kind: 'text'; length: number; value: string };

const unsupported = (what: string): NotSupportedError => new NotSupportedError(`SYSTEM$TYPEOF of ${what}`);

function digits(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

/** A number literal: `12.3` is NUMBER(3,1); an integral exponent form (`1e10`) folds to NUMBER(11,0). */
function numberLiteral(text: string): Folded {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw unsupported(`the number ${text}`);
  const [, int = '', frac = '', exp] = m;
  let unscaled = BigInt(`${int}${frac}` || '0');
  let s = frac.length;
  if (exp !== undefined) {
    const e = Number(exp);
    if (e < s) throw unsupported(`the non-integral exponent literal ${text}`);
    unscaled *= 10n ** BigInt(e - s);
    s = 0;
  }
  // Leading zeros are not digits of precision: 0.5 is NUMBER(1,1), 0 is NUMBER(1,0).
  const intDigits = Math.max(digits(unscaled) - s, 0);
  return { kind: 'fixed', p: Math.max(intDigits + s, 1), s, unscaled };
}

/** Several branches' common type (IFNULL/NVL/COALESCE); the value is the first non-NULL one. */
function common(args: Folded[]): Folded {
  const present = args.filter((a) => a.kind !== 'null');
  const first = present[0];
  if (!first) return { kind: 'null' };
  if (present.every((a) => a.kind === 'text')) {
    return { kind: 'text', length: Math.max(...present.map((a) => (a.kind === 'text' ? a.length : 0))), value: first.kind === 'text' ? first.value : '' };
  }
  if (!present.every((a) => a.kind === 'fixed') || first.kind !== 'fixed') throw unsupported('branches of different types');
  const fixed = present as Extract<Folded, { kind: 'fixed' }>[];
  const s = Math.max(...fixed.map((a) => a.s));
  const intDigits = Math.max(...fixed.map((a) => a.p - a.s));
  return { kind: 'fixed', p: Math.min(intDigits + s, 38), s, unscaled: first.unscaled * 10n ** BigInt(s - first.s) };
}

function fold(e: Expr): Folded {
  switch (e.kind) {
    case 'null':
      return { kind: 'null' };
    case 'number':
      return numberLiteral(e.text);
    case 'string':
      return { kind: 'text', length: [...e.value].length, value: e.value };
    case 'paren':
      return fold(e.expr);
    case 'unary': {
      const v = fold(e.operand);
      if (e.op === '+' && v.kind !== 'text') return v;
      if (e.op === '-' && v.kind === 'fixed') return { ...v, unscaled: -v.unscaled };
      if (e.op === '-' && v.kind === 'null') return v;
      throw unsupported(`unary ${e.op}`);
    }
    case 'binary': {
      if (e.op !== '||') throw unsupported(`the operator ${e.op}`);
      return concat([fold(e.left), fold(e.right)]);
    }
    case 'func': {
      const name = e.name.length === 1 ? e.name[0]!.name : '';
      const args = e.args.map(fold);
      if ((name === 'IFNULL' || name === 'NVL') && args.length === 2) return common(args);
      if (name === 'COALESCE' && args.length >= 1) return common(args);
      if (name === 'CONCAT' && args.length >= 1) return concat(args);
      throw unsupported(`the function ${name || 'call'}`);
    }
    default:
      throw unsupported(`a ${e.kind} expression`);
  }
}

function concat(args: Folded[]): Folded {
  if (args.some((a) => a.kind === 'null')) return { kind: 'null' };
  if (!args.every((a) => a.kind === 'text')) throw unsupported('CONCAT of non-text values');
  const texts = args as Extract<Folded, { kind: 'text' }>[];
  const value = texts.map((a) => a.value).join('');
  return { kind: 'text', length: texts.reduce((n, a) => n + a.length, 0), value };
}

/** Smallest signed integer width holding the unscaled value. */
function storageClass(unscaled: bigint): string {
  for (const bytes of [1, 2, 4, 8]) {
    const max = 2n ** BigInt(bytes * 8 - 1);
    if (unscaled >= -max && unscaled < max) return `SB${bytes}`;
  }
  return 'SB16';
}

/** The SYSTEM$TYPEOF text of a constant expression. */
export function systemTypeOf(e: Expr): string {
  const f = fold(e);
  switch (f.kind) {
    case 'null':
      return 'NULL[LOB]';
    case 'fixed':
      return `NUMBER(${f.p},${f.s})[${storageClass(f.unscaled)}]`;
    case 'text':
      return `VARCHAR(${f.length})[LOB]`;
    default:
      return assertNever(f, 'folded constant');
  }
}

export const SYSTEM_TYPEOF: Record<string, FnPrinter> = {
  SYSTEM$TYPEOF: (c) => {
    c.check(1);
    return quoteString(systemTypeOf(c.args[0]!));
  },
};
