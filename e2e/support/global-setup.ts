import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { LOG_FILE, STATE_FILE, freePort, resetDatabase, startStack } from './stack';

export default async function globalSetup(): Promise<void> {
  // The API runs as the application role (row-level security applies), the worker as the owner.
  const appBase =
    process.env['DATABASE_URL'] ?? 'postgres://haven_app:haven_app@127.0.0.1:5432/haven';
  const ownerBase =
    process.env['DATABASE_OWNER_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/haven';
  const databaseUrl = process.env['E2E_DATABASE_URL'] ?? withDatabase(appBase, 'haven_e2e');
  const ownerUrl = process.env['E2E_DATABASE_OWNER_URL'] ?? withDatabase(ownerBase, 'haven_e2e');
  await resetDatabase(ownerUrl);
  const port = await freePort();
  mkdirSync(dirname(LOG_FILE), { recursive: true });
  writeFileSync(LOG_FILE, '');
  const { child, url } = await startStack({
    ...process.env,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    DATABASE_URL: databaseUrl,
    DATABASE_OWNER_URL: ownerUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUEUE_PREFIX: `haven-e2e-${process.pid}`,
    LOG_LEVEL: 'warn',
    STACK_LOG_FILE: LOG_FILE,
  });
  child.disconnect?.();
  child.unref();
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, url, databaseUrl }));
  process.env['E2E_BASE_URL'] = url;
  // The specs read the database as its owner, to check what the app stored across organisations.
  process.env['E2E_DATABASE_URL'] = ownerUrl;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
