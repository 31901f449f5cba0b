/**
 * SHOW USERS was NotSupported although CREATE USER is recorded (fakesnow tests/test_users.py:
 * empty before any CREATE USER, then one row per user, name first;
 * https://docs.snowflake.com/en/sql-reference/sql/show-users for the columns and TERSE subset).
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { openSession } from '../../src/session/session.ts';
import type { Session } from '../../src/session/types.ts';

describe('SHOW USERS', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ type: 'memory' });
  });
  afterAll(() => s.close());

  it('is empty before CREATE USER', async () => {
    const [r] = await s.execute('SHOW USERS');
    expect(r!.rows).toEqual([]);
    expect(r!.columns.slice(0, 7).map((c) => c.name)).toEqual(['name', 'created_on', 'login_name', 'display_name', 'first_name', 'last_name', 'email']);
  });

  it('lists created users by name with their properties', async () => {
    await s.execute(`CREATE USER foo; CREATE USER bar PASSWORD='abc' DEFAULT_ROLE=PUBLIC EMAIL='b@x.com' COMMENT='hi' LOGIN_NAME='bob'`);
    const [r] = await s.execute('SHOW USERS');
    const pick = (row: unknown[], names: string[]): unknown[] => names.map((n) => row[r!.columns.findIndex((c) => c.name === n)]);
    const names = ['name', 'login_name', 'display_name', 'email', 'comment', 'disabled', 'default_role', 'owner', 'has_password'];
    expect(r!.rows.map((row) => pick(row as unknown[], names))).toEqual([
      ['BAR', 'BOB', 'BAR', 'b@x.com', 'hi', 'false', 'PUBLIC', 'SYSADMIN', 'true'],
      ['FOO', 'FOO', 'FOO', null, null, 'false', null, 'SYSADMIN', 'false'],
    ]);
  });

  it('TERSE, LIKE and DROP USER', async () => {
    const [t] = await s.execute(`SHOW TERSE USERS LIKE 'b%'`);
    expect(t!.columns.map((c) => c.name)).toEqual(['name', 'created_on', 'display_name', 'first_name', 'last_name', 'email', 'comment', 'has_password', 'has_rsa_public_key', 'type', 'has_mfa']);
    expect(t!.rows.map((row) => (row as unknown[])[0])).toEqual(['BAR']);
    await s.execute('DROP USER foo');
    const [r] = await s.execute('SHOW USERS');
    expect(r!.rows.map((row) => (row as unknown[])[0])).toEqual(['BAR']);
  });
});
