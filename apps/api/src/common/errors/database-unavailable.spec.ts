import { QueryFailedError } from 'typeorm';

import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it("recognises pg-pool's acquire timeout", () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('recognises a refused connection and a server that is shutting down', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    const shutdown = Object.assign(new Error('terminating'), { code: '57P01' });
    expect(isDatabaseUnavailable(new QueryFailedError('select 1', [], shutdown))).toBe(true);
  });

  it('looks through a wrapped cause', () => {
    const cause = new Error('Connection terminated unexpectedly');
    expect(isDatabaseUnavailable(new Error('load failed', { cause }))).toBe(true);
  });

  it('leaves constraint violations and programming errors alone', () => {
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isDatabaseUnavailable(new QueryFailedError('insert', [], unique))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('timeout exceeded when trying to connect')).toBe(false);
  });
});
