import { describe, expect, it } from 'bun:test';
import { ObjectNotFound, SessionLimitReached, SessionNotFound } from '../../src/errors.ts';
import { errorResponse, PayloadTooLarge } from '../../src/server/rest/_errors.ts';

const req = new Request('http://localhost/api/v1/query', { method: 'POST' });

describe('REST error responses', () => {
  it('answers a SQL error with 400 and Snowflake errno / sql_state', async () => {
    const err = new ObjectNotFound('Table', 'T');
    err.queryId = '01234567-89ab-4cde-8f01-23456789abcd';
    const res = errorResponse('UNKNOWN', err, req);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      success: false,
      error: 'SQL_ERROR',
      detail: "SQL compilation error:\nTable 'T' does not exist or not authorized.",
      errno: '002003',
      sql_state: '42S02',
      query_id: '01234567-89ab-4cde-8f01-23456789abcd',
    });
  });

  it('maps API errors to their own status', async () => {
    expect(errorResponse('UNKNOWN', new SessionNotFound('x'), req).status).toBe(404);
    expect(errorResponse('UNKNOWN', new SessionLimitReached(2), req).status).toBe(429);
    expect(errorResponse('UNKNOWN', new PayloadTooLarge(10 * 1024 * 1024), req).status).toBe(413);
  });

  it('hides an unexpected error behind a logged id, without a stack trace', async () => {
    const logged: [string, unknown][] = [];
    const boom = new TypeError('cannot read properties of undefined');
    const res = errorResponse('UNKNOWN', boom, req, (id, err) => logged.push([id, err]));
    expect(res.status).toBe(500);
    const body = (await res.json()) as Record<string, unknown>;
    expect(logged).toHaveLength(1);
    expect(logged[0]![1]).toBe(boom);
    expect(body).toEqual({
      success: false,
      error: 'INTERNAL_ERROR',
      detail: `Unexpected server error (logged as ${logged[0]![0]})`,
      error_id: logged[0]![0],
    });
    expect(JSON.stringify(body)).not.toContain('TypeError');
    expect(JSON.stringify(body)).not.toContain('at ');
  });
});
