import { describe, expect, it } from 'bun:test';
import { NotSupportedError, SqlSyntaxError } from '../../src/errors.ts';
import { parse, splitStatements, isComplete, tokenize } from '../../src/sql/index.ts';
import { CORPUS } from './_corpus.ts';

/** mulberry32: a small seeded PRNG so every run feeds the same 10,000 inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'select', 'from', 'where', '(', ')', ',', ';', '*', '.', ':', '::', '[', ']', '{', '}', "'x'", '"Q"', '$$a$$', '1', '1.5e3',
  'and', 'or', 'not', 'in', 'is', 'null', 'case', 'when', 'then', 'else', 'end', 'join', 'on', 'using', 'over', 'partition',
  'by', 'order', 'group', 'having', 'union', 'all', 'with', 'as', '=>', '->', '?', ':1', '$v', '$1', '@s/p', 'create', 'table',
  'insert', 'into', 'values', 'begin', 'declare', 'lateral', 'flatten', 'pivot', 'unpivot', 'for', 'between', 'like', 'any',
  '--', '/*', '*/', '//', 'x', 'y', 't', 'a', '-', '+', '||', '<>', '=', 'over (', 'within group (', 'file:///x',
];

function mutate(rand: () => number, base: string): string {
  const toks = tokenize(base, { tolerant: true, keepTrivia: true }).map((t) => t.text);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const ops = 1 + Math.floor(rand() * 3);
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(rand() * Math.max(1, toks.length));
    switch (Math.floor(rand() * 7)) {
      case 0: toks.splice(i, 1); break; // delete a token
      case 1: toks.splice(i, 0, toks[i] ?? ''); break; // duplicate
      case 2: { // swap two tokens
        const j = Math.floor(rand() * Math.max(1, toks.length));
        const a = toks[i] ?? '';
        toks[i] = toks[j] ?? '';
        toks[j] = a;
        break;
      }
      case 3: toks.splice(i, 0, ` ${pick(FRAGMENTS)} `); break; // insert a fragment
      case 4: toks.splice(i, 0, String.fromCharCode(Math.floor(rand() * 128))); break; // random byte
      case 5: toks.length = i; break; // truncate
      default: toks.splice(i, 0, ` ${pick(FRAGMENTS)} ${pick(FRAGMENTS)} `);
    }
  }
  return toks.join('');
}

function randomStatement(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 25);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)] as string);
  return parts.join(rand() < 0.8 ? ' ' : '');
}

describe('parser fuzzing', () => {
  it('ends every one of 10,000 random and mutated statements in an AST, a syntax error or NotSupported', () => {
    const rand = prng(20261122);
    const outcomes = { ast: 0, syntax: 0, unsupported: 0 };
    for (let n = 0; n < 10_000; n++) {
      const base = CORPUS[n % CORPUS.length] as string;
      const sql = n % 5 === 4 ? randomStatement(rand) : mutate(rand, base);
      try {
        parse(sql);
        outcomes.ast++;
      } catch (e) {
        if (e instanceof SqlSyntaxError) outcomes.syntax++;
        else if (e instanceof NotSupportedError) outcomes.unsupported++;
        else throw new Error(`unexpected ${String(e)} for ${JSON.stringify(sql)}`);
      }
      // The REPL helpers must never throw on anything.
      splitStatements(sql);
      isComplete(sql);
      tokenize(sql, { tolerant: true });
    }
    expect(outcomes.ast + outcomes.syntax + outcomes.unsupported).toBe(10_000);
    expect(outcomes.syntax).toBeGreaterThan(1000);
    expect(outcomes.ast).toBeGreaterThan(500);
  });

  it('parses every corpus statement', () => {
    for (const sql of CORPUS) expect(parse(sql).length).toBe(1);
  });
});
