import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Where the integration suite's test apps write their pino log (security-checks A8). One file per
 * test database, so concurrent runs on different databases never read each other's lines.
 */
export function intLogFile(databaseName: string): string {
  return join(REPO_ROOT, 'tmp', 'int-logs', `${databaseName}.log`);
}
