import { parseDatabaseEnv } from '@api/config/env.schema';
import { createDataSource } from '@api/database/data-source';

import { findFirstBrokenAuditRow } from './audit-chain';

/** `npm run audit:verify`: checks the audit trail's hash chain and names the first broken row. */
async function main(): Promise<void> {
  const env = parseDatabaseEnv(process.env);
  const dataSource = createDataSource(env.DATABASE_OWNER_URL ?? env.DATABASE_URL);
  await dataSource.initialize();
  try {
    const broken = await findFirstBrokenAuditRow(dataSource);
    if (broken) {
      console.error(`audit chain broken at row ${broken.id}: ${broken.reason}`);
      process.exitCode = 1;
    } else {
      console.log('audit chain verified');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('audit verification failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
