import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { STATEWIDE_CALENDAR, addDays, nextCourtDay } from '@haven/rules';

import { AppModule } from '@api/app.module';
import type { Actor } from '@api/common/actor';
import { DEMO_TOTP_SECRET } from '@api/auth/mfa/totp';
import { AppConfig } from '@api/config/app-config';
import { FieldCipher } from '@api/crypto/field-cipher';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { IntakeService } from '@api/cases/intake.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CourtClosuresService } from '@api/court-closures/court-closures.service';

import { demoHistory } from './demo-history';
import { seedReportFacts } from './demo-report-facts';

import {
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  type DemoCase,
  type DemoOrganisation,
} from './demo-data';

/**
 * `npm run seed`: the demo organisations, inserted once (a second run changes nothing). Cases are
 * opened through the real intake service, so their parties are encrypted and their deadlines come
 * from the rules library exactly as for a case opened in the app.
 */
async function main(): Promise<void> {
  // Creating organisations and staff is an operator's act: the seed connects as the schema owner.
  if (process.env['DATABASE_OWNER_URL'])
    process.env['DATABASE_URL'] = process.env['DATABASE_OWNER_URL'];
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const intake = app.get(IntakeService);
    const today = virginiaDate(app.get(Clock).now());
    const history = demoHistory(app, today);
    for (const org of DEMO_ORGANISATIONS) {
      const existing = (await dataSource.query('select id from organisation where slug = $1', [
        org.slug,
      ])) as unknown[];
      if (existing.length > 0) continue;
      const { orgId, userIds } = await insertOrganisation(dataSource, org);
      await enrolDemoAuthenticators(
        app.get(AppConfig),
        app.get(FieldCipher),
        dataSource,
        org,
        orgId,
        userIds,
      );
      for (const demo of org.cases) {
        const actor = actorFor(org, demo, orgId, userIds);
        const caseId = await intake.open(actor, {
          client: {
            fullName: demo.clientName,
            ...(demo.clientAddress ? { address: demo.clientAddress } : {}),
            ...(demo.clientPhone ? { phone: demo.clientPhone } : {}),
          },
          respondent: { fullName: demo.respondentName },
          intake: {
            relationship: 'spouse',
            livesWithRespondent: true,
            lastActOfAbuseOn: demo.openedOn,
          },
          openedOn: demo.openedOn,
          ...(demo.orderKind ? { orderKind: demo.orderKind } : {}),
        });
        // The demo shows every stage of the path; reference numbers match the README's examples.
        await dataSource.query(
          'update case_file set stage = $2, reference = $3, closed_on = $4 where id = $1',
          [caseId, demo.stage, demo.reference, demo.stage === 'closed' ? '2026-10-30' : null],
        );
        await history[`${org.slug}/${demo.reference}`]?.(actor, caseId);
        if (demo.advocateKey === null) {
          await dataSource.query('delete from case_assignment where case_id = $1', [caseId]);
        }
      }
      await seedClosure(app.get(CourtClosuresService), org, orgId, userIds, today);
      await seedReportFacts(dataSource, org.slug, orgId, userIds, today);
      console.log(`seeded ${org.name}: ${org.users.length} users, ${org.cases.length} cases`);
    }
  } finally {
    await app.close();
  }
}

async function insertOrganisation(
  dataSource: DataSource,
  org: DemoOrganisation,
): Promise<{ orgId: string; userIds: Map<string, string> }> {
  const hasher = new PasswordHasher();
  return dataSource.transaction(async (m) => {
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
    return { orgId, userIds };
  });
}

/**
 * The demo admins and supervisors share one public TOTP secret (README, "Demo sign-ins"), so the
 * demo can be tried without an authenticator app of one's own. A public secret protects nothing:
 * outside development and tests the seed leaves them unenrolled (they set up their own app at
 * first sign-in), and the API refuses that secret anyway when NODE_ENV=production.
 */
async function enrolDemoAuthenticators(
  config: AppConfig,
  cipher: FieldCipher,
  dataSource: DataSource,
  org: DemoOrganisation,
  orgId: string,
  userIds: Map<string, string>,
): Promise<void> {
  if (config.isProduction) {
    console.log(
      'NODE_ENV=production: the demo TOTP secret is refused; admins and supervisors enrol at first sign-in',
    );
    return;
  }
  for (const user of org.users) {
    const id = userIds.get(user.key);
    if (!id || (user.role !== 'admin' && user.role !== 'supervisor')) continue;
    await dataSource.query(
      `insert into user_mfa (user_id, organisation_id, secret_sealed, confirmed_at, created_at)
       values ($1, $2, $3, now(), now())`,
      [id, orgId, cipher.encrypt(DEMO_TOTP_SECRET, `user_mfa.secret:${id}`)],
    );
  }
}

/** Cases are opened by their advocate (who is then assigned), or by a supervisor when unassigned. */
/**
 * One closure the organisation's admin entered, three weeks ahead on a court day, so the calendar,
 * the admin page and the recomputed deadlines show what a closure does.
 */
async function seedClosure(
  closures: CourtClosuresService,
  org: DemoOrganisation,
  orgId: string,
  userIds: Map<string, string>,
  today: string,
): Promise<void> {
  const admin = org.users.find((u) => u.role === 'admin');
  if (!admin) return;
  await closures.create(
    {
      userId: userIds.get(admin.key) ?? '',
      organisationId: orgId,
      role: 'admin',
      sessionId: 'seed',
    },
    {
      closedOn: nextCourtDay(addDays(today, 20), STATEWIDE_CALENDAR),
      courtIds: null,
      allDay: true,
      kind: 'governor_or_president_day',
      name: 'Day of mourning declared by the Governor (demo)',
      authority: 'Executive Order 12 (demo)',
    },
  );
}

function actorFor(
  org: DemoOrganisation,
  demo: DemoCase,
  orgId: string,
  userIds: Map<string, string>,
): Actor {
  const user = demo.advocateKey
    ? org.users.find((u) => u.key === demo.advocateKey)
    : org.users.find((u) => u.role === 'supervisor');
  if (!user) throw new Error(`demo case ${demo.reference} has no user to open it`);
  return {
    userId: userIds.get(user.key) ?? '',
    organisationId: orgId,
    role: user.role,
    sessionId: 'seed',
  };
}

main().catch((err: unknown) => {
  console.error('seeding failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
