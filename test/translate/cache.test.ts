import { describe, expect, it } from 'bun:test';
import { parse } from '../../src/sql/index.ts';
import { setCacheEnabled, translate } from '../../src/translate/index.ts';
import { makeCtx } from './_harness.ts';

// architecture.md: translations are cached by SQL text plus the context fields the translation read.
describe('translation cache', () => {
  const [sel] = parse('SELECT a FROM t');
  const [v] = parse('SELECT $x');
  const [lit] = parse('SELECT 1');

  it('reuses the plan when the fields read are unchanged', () => {
    setCacheEnabled(true);
    const ctx = makeCtx({});
    expect(translate(sel!, ctx)).toBe(translate(sel!, { ...ctx, sessionId: 'other' }));
  });
  it('misses when the current database changes', () => {
    const a = translate(sel!, makeCtx({}));
    const b = translate(sel!, makeCtx({}, { database: 'OTHER' }));
    expect(a).not.toBe(b);
    expect(b.kind === 'duckdb' && b.sql[0]).toContain('"OTHER"."PUBLIC"."T"');
  });
  it('keys on the variables a statement reads', () => {
    const a = translate(v!, makeCtx({ variables: { X: { value: '1', type: 'fixed' } } }));
    const b = translate(v!, makeCtx({ variables: { X: { value: '2', type: 'fixed' } } }));
    expect(a.kind === 'duckdb' && a.sql[0]).toContain('1');
    expect(b.kind === 'duckdb' && b.sql[0]).toContain('2');
    const c = translate(v!, makeCtx({ variables: { X: { value: '1', type: 'fixed' }, Y: { value: '9', type: 'fixed' } } }));
    expect(c).toBe(a);
  });
  it('ignores fields a statement does not read', () => {
    const a = translate(lit!, makeCtx({}));
    expect(translate(lit!, makeCtx({}, { database: null, schema: null }))).toBe(a);
  });
  it('can be switched off', () => {
    setCacheEnabled(false);
    const ctx = makeCtx({});
    expect(translate(sel!, ctx)).not.toBe(translate(sel!, ctx));
    setCacheEnabled(true);
  });
});
