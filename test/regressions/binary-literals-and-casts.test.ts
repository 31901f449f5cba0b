/**
 * BINARY values in and out as Snowflake reads and prints them
 * (https://docs.snowflake.com/en/sql-reference/binary-input-output): `X'…'` is a hex BINARY
 * constant; text casts to BINARY and strings inserted into BINARY columns are read as HEX
 * (BINARY_INPUT_FORMAT); BINARY casts to text and TO_VARCHAR print HEX by default, or BASE64 /
 * UTF-8 when asked. Before the fix `X'41'` was a syntax error, `'414243'::BINARY` held the six
 * ASCII bytes of the digits and `TO_VARCHAR(b, 'UTF-8')` failed with 001044.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

/** Rows with BINARY values (Uint8Array) shown as upper-case hex, as Snowflake prints them. */
const rows = async (s: Session, sql: string): Promise<unknown[][]> => {
  const rs = await s.execute(sql);
  const hex = (v: unknown): unknown => (v instanceof Uint8Array ? Buffer.from(v).toString('hex').toUpperCase() : v);
  return (rs[rs.length - 1]!.rows as unknown[][]).map((r) => r.map(hex));
};

describe('BINARY literals, casts and inserts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('X hex constants are BINARY', async () => {
    expect(await rows(s, `select X'48656C6C6F', octet_length(x'A1B2')`)).toEqual([['48656C6C6F', '2']]);
  });

  it('text casts to BINARY read hex, BINARY casts to text print hex', async () => {
    expect(await rows(s, `select '414243'::binary, x'414243'::varchar, try_cast('4' as binary)`)).toEqual([['414243', '414243', null]]);
  });

  it('TO_VARCHAR of a BINARY: HEX by default, BASE64 and UTF-8 on request', async () => {
    expect(await rows(s, `select to_varchar(x'414243'), to_varchar(x'414243', 'base64'), to_varchar(x'414243', 'UTF-8')`)).toEqual([['414243', 'QUJD', 'ABC']]);
  });

  it('strings inserted into a BINARY column are hex', async () => {
    await s.execute(`create table tb (b binary); insert into tb values ('414243')`);
    expect(await rows(s, `select b, octet_length(b) from tb`)).toEqual([['414243', '3']]);
  });
});
