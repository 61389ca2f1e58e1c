import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * security-checks A8, first half: after the integration suite has run with pino writing to a file
 * (globalSetup sets LOG_FILE and LOG_LEVEL=debug), no planted confidential value is in it. The
 * check runs as its own process (int-log-check.ts), like the migrations: it needs @haven/testing,
 * and jest's global hooks have no path aliases.
 */
export default async function globalTeardown(globalConfig: {
  /** What jest was narrowed to (file patterns, `-t`); jest's GlobalConfig has more. */
  testPathPatterns: { isSet(): boolean };
  testNamePattern?: string;
}): Promise<void> {
  const file = process.env['LOG_FILE'];
  if (!file) throw new Error('A8: LOG_FILE is not set; globalSetup should have set it');
  const fullRun = !globalConfig.testPathPatterns.isSet() && !globalConfig.testNamePattern;
  const check = spawnSync(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      'apps/api/src/testing/int-log-check.ts',
      file,
      fullRun ? 'full' : 'narrowed',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'apps/api/tsconfig.spec.json' },
      stdio: 'inherit',
    },
  );
  if (check.status !== 0) {
    throw new Error(`A8: the integration suite's log holds confidential values or too little`);
  }
}
