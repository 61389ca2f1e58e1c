import { InvalidEnvironmentError, parseEnv } from './env.schema';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/haven',
  REDIS_URL: 'redis://127.0.0.1:6379',
  DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATA_ENCRYPTION_KEY_ID: 'k1',
  BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
};

describe('environment schema', () => {
  it('applies the documented defaults to a minimal valid environment', () => {
    const env = parseEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
    expect(env.SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(env.SESSION_COOKIE_SECURE).toBe(true);
  });

  it('refuses to boot without DATABASE_URL and names the variable', () => {
    expect(() => parseEnv({ REDIS_URL: valid.REDIS_URL })).toThrow(/DATABASE_URL/);
  });

  it('lists every invalid variable at once', () => {
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', PORT: '70000' });
      throw new Error('expected parseEnv to throw');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidEnvironmentError);
      const fields = (err as InvalidEnvironmentError).problems.map((p) => p.split(':')[0]);
      expect(fields).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'PORT']));
    }
  });

  it('reads SESSION_COOKIE_SECURE=false for plain-http development hosts', () => {
    expect(parseEnv({ ...valid, SESSION_COOKIE_SECURE: 'false' }).SESSION_COOKIE_SECURE).toBe(
      false,
    );
  });

  it('refuses to boot with a missing or short encryption key, without printing the key', () => {
    const shortKey = Buffer.alloc(16, 1).toString('base64');
    let message = '';
    try {
      parseEnv({ ...valid, DATA_ENCRYPTION_KEYS: `k1:${shortKey}`, BLIND_INDEX_KEY: undefined });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/DATA_ENCRYPTION_KEYS/);
    expect(message).toMatch(/BLIND_INDEX_KEY/);
    expect(message).not.toContain(shortKey);
  });
});
