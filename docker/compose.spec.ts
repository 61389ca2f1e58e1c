import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: { dockerfile: string };
  command?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
}

// No Docker engine runs in CI, so the compose file is checked by reading it. Compose's own
// `${VAR:?message}` interpolation is left as text here.
const compose = parse(readFileSync(join(__dirname, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};

describe('docker/compose.yaml', () => {
  it('defines postgres, redis, api, worker and web', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'api', 'worker', 'web']),
    );
  });

  it.each(['postgres', 'redis', 'api', 'worker', 'web'])('gives %s a health check', (name) => {
    expect(compose.services[name]?.healthcheck?.test.length).toBeGreaterThan(0);
  });

  it('runs redis with the append-only file on and maxmemory-policy noeviction, as BullMQ requires', () => {
    const command = compose.services['redis']?.command ?? [];
    expect(command[command.indexOf('--appendonly') + 1]).toBe('yes');
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
  });

  it('starts the API and the worker as separate processes of one image', () => {
    expect(compose.services['api']?.command?.join(' ')).toContain('main.js');
    expect(compose.services['worker']?.command?.join(' ')).toContain('worker.js');
    expect(compose.services['api']?.build?.dockerfile).toBe(
      compose.services['worker']?.build?.dockerfile,
    );
  });

  it('starts the API and worker only after the migrations ran and the stores are healthy', () => {
    for (const name of ['api', 'worker']) {
      expect(compose.services[name]?.depends_on).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
    }
  });

  it('points every app service at the compose postgres and redis, the API as the application role', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      expect(compose.services[name]?.environment?.['DATABASE_URL']).toMatch(
        /^postgres:\/\/haven_app:.*@postgres:5432\//,
      );
      expect(compose.services[name]?.environment?.['DATABASE_OWNER_URL']).toMatch(
        /@postgres:5432\//,
      );
      expect(compose.services[name]?.environment?.['REDIS_URL']).toBe('redis://redis:6379');
    }
  });

  it('has a Dockerfile for every service it builds', () => {
    for (const service of Object.values(compose.services)) {
      if (service.build)
        expect(() => readFileSync(join(__dirname, '..', service.build!.dockerfile))).not.toThrow();
    }
  });

  it('brings no key material: the encryption keys must come from the environment', () => {
    const text = readFileSync(join(__dirname, 'compose.yaml'), 'utf8');
    expect(text).toMatch(/DATA_ENCRYPTION_KEYS: \$\{DATA_ENCRYPTION_KEYS:\?/);
    expect(text).toMatch(/BLIND_INDEX_KEY: \$\{BLIND_INDEX_KEY:\?/);
  });
});
