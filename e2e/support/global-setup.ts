import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { STATE_FILE, freePort, resetDatabase, startStack } from './stack';

export default async function globalSetup(): Promise<void> {
  const base = process.env['DATABASE_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/haven';
  const databaseUrl = process.env['E2E_DATABASE_URL'] ?? withDatabase(base, 'haven_e2e');
  await resetDatabase(databaseUrl);
  const port = await freePort();
  const { child, url } = await startStack({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUEUE_PREFIX: `haven-e2e-${process.pid}`,
    LOG_LEVEL: 'warn',
    STACK_QUIET: process.env['E2E_VERBOSE'] ? '0' : '1',
  });
  child.disconnect?.();
  child.unref();
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, url, databaseUrl }));
  process.env['E2E_BASE_URL'] = url;
  process.env['E2E_DATABASE_URL'] = databaseUrl;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
