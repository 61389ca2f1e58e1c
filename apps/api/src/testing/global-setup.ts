import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

import { Client } from 'pg';

import { sqlIdentifier } from '../common/sql/sql-identifier';

import { intLogFile } from './int-log';
import { migrateDatabase } from './migrate-database';

/**
 * Integration tests get a fresh database built by the real migrations, never by `synchronize`.
 * TEST_DATABASE_URL wins; otherwise the database `haven_test` on DATABASE_URL's server.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env['DATABASE_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/haven';
  const testUrl = process.env['TEST_DATABASE_URL'] ?? withDatabase(base, 'haven_test');
  const dbName = new URL(testUrl).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName) || !dbName.includes('test')) {
    throw new Error(`refusing to reset "${dbName}": the test database name must contain "test"`);
  }

  const admin = new Client({
    connectionString: withDatabase(testUrl, 'postgres'),
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL does not answer at DATABASE_URL=${masked(testUrl)} (${err instanceof Error ? err.message : String(err)}). ` +
        'Start it, or run `npm run services`.',
      { cause: err },
    );
  }
  try {
    await admin.query(`drop database if exists ${sqlIdentifier(dbName)} with (force)`);
    await admin.query(`create database ${sqlIdentifier(dbName)}`);
  } finally {
    await admin.end();
  }

  migrateDatabase(testUrl);
  // The tests connect as the owner of the test database, for the API and the worker alike.
  process.env['DATABASE_URL'] = testUrl;
  process.env['DATABASE_OWNER_URL'] = testUrl;
  process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379';
  // Throwaway keys when the run brings none: tests must never depend on a real key.
  process.env['DATA_ENCRYPTION_KEYS'] ??= `test1:${randomBytes(32).toString('base64')}`;
  process.env['DATA_ENCRYPTION_KEY_ID'] ??= 'test1';
  process.env['BLIND_INDEX_KEY'] ??= randomBytes(32).toString('base64');
  process.env['QUEUE_PREFIX'] = `haven-test-${process.pid}`;
  // The suites fire thousands of requests a minute from one address; the limit has its own spec.
  process.env['RATE_LIMIT_PER_MINUTE'] ??= '1000000';
  // security-checks A8: every test app logs to this file (requests at info, the app's own lines
  // at debug), and globalTeardown greps it for the planted confidential values.
  process.env['LOG_FILE'] = intLogFile(dbName);
  process.env['LOG_LEVEL'] ??= 'debug';
  rmSync(process.env['LOG_FILE'], { force: true });
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function masked(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
