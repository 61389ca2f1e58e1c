import { PasswordHasher } from '@api/auth/password-hasher';
import { parseDatabaseEnv } from '@api/config/env.schema';

import { createDataSource } from './data-source';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';

/** `npm run seed`: inserts the demo organisations once; a second run changes nothing. */
async function main(): Promise<void> {
  const env = parseDatabaseEnv(process.env);
  const dataSource = createDataSource(env.DATABASE_URL);
  await dataSource.initialize();
  const hasher = new PasswordHasher();
  try {
    for (const org of DEMO_ORGANISATIONS) {
      await dataSource.transaction(async (m) => {
        const existing = (await m.query('select id from organisation where slug = $1', [
          org.slug,
        ])) as unknown[];
        if (existing.length > 0) return;
        const [{ id: orgId }] = (await m.query(
          'insert into organisation (name, slug) values ($1, $2) returning id',
          [org.name, org.slug],
        )) as [{ id: string }];
        const userIds = new Map<string, string>();
        for (const user of org.users) {
          const [{ id }] = (await m.query(
            `insert into app_user (organisation_id, email, display_name, role, password_hash)
             values ($1, $2, $3, $4, $5) returning id`,
            [orgId, user.email, user.displayName, user.role, await hasher.hash(DEMO_PASSWORD)],
          )) as [{ id: string }];
          userIds.set(user.key, id);
        }
        for (const c of org.cases) {
          await m.query(
            `insert into case_file (organisation_id, reference, client_name, respondent_name, stage,
               order_kind, assigned_advocate_id, opened_on, closed_on)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              orgId,
              c.reference,
              c.clientName,
              c.respondentName,
              c.stage,
              c.orderKind,
              c.advocateKey ? userIds.get(c.advocateKey) : null,
              c.openedOn,
              c.stage === 'closed' ? '2026-10-30' : null,
            ],
          );
        }
        console.log(`seeded ${org.name}: ${org.users.length} users, ${org.cases.length} cases`);
      });
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('seeding failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
