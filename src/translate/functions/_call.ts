/**
 * @module translate/functions/_call
 * The calling convention of the function table: a translator receives a `Call` (the AST node,
 * lazily printed arguments, and the OVER/FILTER suffix it may place itself) and returns DuckDB SQL.
 * Helpers build the common shapes (renames, aggregates) in one line each, sqlglot-style.
 */
import type { Expr, FuncCall } from '../../sql/ast.ts';
import { SnowflakeError } from '../../errors.ts';
import type { PrintState } from '../_state.ts';
import { printExpr } from '../dialect/duckdb/expr.ts';
import { printOver } from '../dialect/duckdb/window.ts';
import { printOrderItem } from '../transforms/order-nulls.ts';

export class Call {
  readonly f: FuncCall;
  readonly st: PrintState;
  readonly name: string;
  /** Set when the translator placed OVER/FILTER itself. */
  suffixUsed = false;

  constructor(f: FuncCall, st: PrintState, name: string) {
    this.f = f;
    this.st = st;
    this.name = name;
  }

  get args(): Expr[] {
    return this.f.args;
  }

  get n(): number {
    return this.f.args.length;
  }

  /** Argument i (0-based), printed; throws Snowflake's arity error when missing. */
  arg(i: number): string {
    const a = this.f.args[i];
    if (!a) throw this.notEnough(i + 1);
    return printExpr(a, this.st);
  }

  /** Argument i printed, or `dflt` when absent. */
  opt(i: number, dflt: string): string {
    const a = this.f.args[i];
    return a ? printExpr(a, this.st) : dflt;
  }

  all(): string {
    return this.f.args.map((a) => printExpr(a, this.st)).join(', ');
  }

  notEnough(min: number): SnowflakeError {
    return new SnowflakeError(938, '22023', `SQL compilation error:\nnot enough arguments for function [${this.name}], expected ${min}, got ${this.f.args.length}`);
  }

  check(min: number, max = min): void {
    const got = this.f.args.length;
    if (got < min || got > max) throw new SnowflakeError(938, '22023', `SQL compilation error:\n${got < min ? 'not enough' : 'too many'} arguments for function [${this.name}], expected ${min === max ? min : `${min} to ${max}`}, got ${got}`);
  }

  /** ` FILTER (WHERE ...) OVER (...)`, marking it as placed. */
  suffix(): string {
    this.suffixUsed = true;
    let s = '';
    if (this.f.filter) s += ` FILTER (WHERE ${printExpr(this.f.filter, this.st)})`;
    return s + printOver(this.f.over, this.st);
  }

  /** `WITHIN GROUP` ordering as a DuckDB in-call ORDER BY (` ORDER BY ...`), or ''. */
  withinOrder(): string {
    if (!this.f.within?.length) return '';
    return ` ORDER BY ${this.f.within.map((o) => printOrderItem(o, this.st)).join(', ')}`;
  }

  /** `fn(DISTINCT? args [IGNORE NULLS])` with the call's own modifiers. */
  call(fn: string, args?: string): string {
    const a = args ?? this.all();
    const nulls = this.f.nulls === 'IGNORE' ? ' IGNORE NULLS' : '';
    return `${fn}(${this.f.distinct ? 'DISTINCT ' : ''}${a}${nulls})`;
  }
}

export type FnPrinter = (c: Call) => string;

/** Same semantics, DuckDB name `fn`. */
export function rename(fn: string, min = 0, max = 255): FnPrinter {
  return (c) => {
    c.check(min, max);
    return c.call(fn);
  };
}

/** A fixed SQL template over printed arguments: `tpl(a0, a1, ...)`. */
/** Printed arguments; the first three are typed present (arity is checked before the template runs). */
export type Args = string[] & { 0: string; 1: string; 2: string };

export function tpl(min: number, max: number, f: (a: Args, c: Call) => string): FnPrinter {
  return (c) => {
    c.check(min, max);
    const a = c.args.map((_, i) => c.arg(i)) as Args;
    return f(a, c);
  };
}
