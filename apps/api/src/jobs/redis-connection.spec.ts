import { redisOptionsFromUrl } from './redis-connection';

describe('redisOptionsFromUrl', () => {
  it('reads host, port and database from a plain URL', () => {
    expect(redisOptionsFromUrl('redis://127.0.0.1:6390/2')).toMatchObject({
      host: '127.0.0.1',
      port: 6390,
      db: 2,
      tls: undefined,
    });
  });

  it('decodes credentials and turns on TLS for rediss://', () => {
    const options = redisOptionsFromUrl('rediss://worker:p%40ss@cache.example.test');
    expect(options).toMatchObject({ username: 'worker', password: 'p@ss', port: 6379, tls: {} });
  });
});
