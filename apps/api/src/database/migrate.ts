import { parseDatabaseEnv } from '@api/config/env.schema';

import { createDataSource } from './data-source';

/** `npm run migrate`: applies every pending migration to DATABASE_URL (or undoes the last one). */
async function main(): Promise<void> {
  const env = parseDatabaseEnv(process.env);
  const dataSource = createDataSource(env.DATABASE_OWNER_URL ?? env.DATABASE_URL);
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'all' });
      console.log('reverted the last migration');
      return;
    }
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    console.log(
      applied.length === 0
        ? 'database schema is up to date'
        : `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('migration failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
