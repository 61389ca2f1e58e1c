import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';

export const REPO_ROOT = join(__dirname, '..', '..');
export const STATE_FILE = join(REPO_ROOT, 'tmp', 'e2e-stack.json');
/** The API's and worker's output during the browser suite; printed when the stack fails to start. */
export const LOG_FILE = join(REPO_ROOT, 'tmp', 'e2e-stack.log');

function logTail(): string {
  return existsSync(LOG_FILE)
    ? readFileSync(LOG_FILE, 'utf8').split('\n').slice(-40).join('\n')
    : '';
}

/** A free TCP port on loopback, so the suite never collides with a running demo. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Drops and recreates the e2e database as its owner, then runs the real migrations and the demo seed. */
export async function resetDatabase(ownerUrl: string): Promise<void> {
  const u = new URL(ownerUrl);
  const name = u.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('e2e'))
    throw new Error(`refusing to reset ${name}`);
  u.pathname = '/postgres';
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const env = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    DATABASE_OWNER_URL: ownerUrl,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  };
  execFileSync(process.execPath, ['dist/apps/api/apps/api/src/database/migrate.js'], {
    cwd: REPO_ROOT,
    env,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['dist/apps/api/apps/api/src/database/seed.js'], {
    cwd: REPO_ROOT,
    env,
    stdio: 'inherit',
  });
}

/** Starts scripts/run-stack.mjs and resolves once it reports the API healthy. */
export function startStack(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(REPO_ROOT, 'scripts', 'run-stack.mjs'), [], {
      cwd: REPO_ROOT,
      env,
      stdio: 'inherit',
    });
    const timer = setTimeout(
      () => reject(new Error('the stack did not start within 90 s')),
      90_000,
    );
    child.once('exit', (code) =>
      reject(new Error(`the stack exited early with ${code}:\n${logTail()}`)),
    );
    child.on('message', (message: { ready?: boolean; url?: string }) => {
      if (message.ready && message.url) {
        clearTimeout(timer);
        resolve({ child, url: message.url });
      }
    });
  });
}
