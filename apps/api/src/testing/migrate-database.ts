import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Builds a database's schema with the real migration command, run as its own process (jest's
 * globalSetup has no path aliases). Used by the integration tests and the fault drills alike.
 */
export function migrateDatabase(url: string): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/database/migrate.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_OWNER_URL: url,
      SWC_NODE_PROJECT: 'apps/api/tsconfig.spec.json',
    },
    stdio: 'inherit',
  });
}
