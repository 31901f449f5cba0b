/**
 * STDDEV / VARIANCE families over a VARCHAR column failed with 001044 "Invalid argument types"
 * (DuckDB has no text overload). Snowflake converts the text to a number implicitly, as SUM and AVG
 * already did here (fakesnow tests/test_transforms.py test_numeric_agg_implicit_cast).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('STDDEV / VARIANCE of text', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
    await s.execute(`create table amounts (amount varchar); insert into amounts values ('1'), ('2'), (null), ('3')`);
  });
  afterAll(() => s.close());

  it('reads the text as numbers', async () => {
    const [r] = await s.execute('select stddev_samp(amount), variance_pop(amount), var_samp(amount), stddev_pop(amount) from amounts');
    const [sd, vp, vs, sp] = r!.rows[0] as number[];
    expect(sd).toBeCloseTo(1, 12);
    expect(vp).toBeCloseTo(2 / 3, 12);
    expect(vs).toBeCloseTo(1, 12);
    expect(sp).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });
});
