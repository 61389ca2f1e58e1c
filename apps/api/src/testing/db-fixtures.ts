import request from 'supertest';
import type { DataSource } from 'typeorm';

import {
  aUser,
  anInventedName,
  anOrganisation,
  nextSequence,
  type UserFixture,
} from '@haven/testing';

import { PasswordHasher } from '@api/crypto/password-hasher';

const hasher = new PasswordHasher();

/** Empties every tenant table between tests (the audit table resists DELETE, so it is truncated). */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  // A worker still delivering a job holds locks on followup then task; TRUNCATE takes them in list
  // order and PostgreSQL may pick it as the deadlock victim. The worker's side always finishes,
  // so trying again is enough.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await truncateOnce(dataSource);
      return;
    } catch (err) {
      const deadlock = (err as { driverError?: { code?: string } }).driverError?.code === '40P01';
      if (!deadlock || attempt >= 5) throw err;
    }
  }
}

async function truncateOnce(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `truncate table task, followup, case_deadline, case_note, violation, service_attempt, extension_motion,
       order_extension, hearing, protective_order, petition, case_assignment, case_file, client, respondent,
       court_closure, user_session, app_user, organisation, audit_event restart identity cascade`,
  );
}

export interface SeededUser extends UserFixture {
  id: string;
  organisationId: string;
}

export async function insertOrganisation(
  dataSource: DataSource,
  overrides = {},
): Promise<{ id: string; name: string }> {
  const org = anOrganisation(overrides);
  const [row] = (await dataSource.query(
    'insert into organisation (name, slug) values ($1, $2) returning id',
    [org.name, org.slug],
  )) as [{ id: string }];
  return { id: row.id, name: org.name };
}

export async function insertUser(
  dataSource: DataSource,
  organisationId: string,
  overrides: Partial<UserFixture> = {},
): Promise<SeededUser> {
  const user = aUser(overrides);
  const [row] = (await dataSource.query(
    `insert into app_user (organisation_id, email, display_name, role, password_hash)
     values ($1, $2, $3, $4, $5) returning id`,
    [
      organisationId,
      user.email.toLowerCase(),
      user.displayName,
      user.role,
      await hasher.hash(user.password),
    ],
  )) as [{ id: string }];
  return { ...user, id: row.id, organisationId };
}

export interface SeededCase {
  id: string;
  organisationId: string;
  clientId: string;
  respondentId: string;
  reference: string;
}

/**
 * A case with an invented client and respondent, inserted directly (for tests about what happens
 * to an existing case). Opening a case through the API is tested in cases.int-spec.ts.
 */
export async function insertCase(
  dataSource: DataSource,
  organisationId: string,
  options: {
    advocateIds?: string[];
    openedOn?: string;
    stage?: string;
    hasMedicalEvidence?: boolean;
    orderKind?: string;
    courtId?: string;
    venueLocality?: string;
    nextDueOn?: string;
    clientName?: string;
  } = {},
): Promise<SeededCase> {
  const n = nextSequence();
  const clientName = options.clientName ?? anInventedName();
  const respondentName = anInventedName();
  const [client] = (await dataSource.query(
    'insert into client (organisation_id, full_name, name_key) values ($1, $2, lower($2)) returning id',
    [organisationId, clientName],
  )) as [{ id: string }];
  const [respondent] = (await dataSource.query(
    'insert into respondent (organisation_id, full_name, name_key) values ($1, $2, lower($2)) returning id',
    [organisationId, respondentName],
  )) as [{ id: string }];
  const reference = `HV-T-${String(n).padStart(5, '0')}`;
  const [row] = (await dataSource.query(
    `insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on,
       relationship, lives_with_respondent, has_medical_evidence, order_kind, court_id,
       venue_locality, next_due_on)
     values ($1, $2, $3, $4, $5, $6, 'spouse', true, $7, $8, $9, $10, $11) returning id`,
    [
      organisationId,
      reference,
      client.id,
      respondent.id,
      options.stage ?? 'intake',
      options.openedOn ?? '2026-11-23',
      options.hasMedicalEvidence ?? false,
      options.orderKind ?? null,
      options.courtId ?? null,
      options.venueLocality ?? null,
      options.nextDueOn ?? null,
    ],
  )) as [{ id: string }];
  for (const userId of options.advocateIds ?? []) {
    await dataSource.query(
      'insert into case_assignment (case_id, user_id, organisation_id) values ($1, $2, $3)',
      [row.id, userId, organisationId],
    );
  }
  return {
    id: row.id,
    organisationId,
    clientId: client.id,
    respondentId: respondent.id,
    reference,
  };
}

/** Signs a user in through the real login route and returns the session cookie header value. */
export async function signIn(
  server: Parameters<typeof request>[0],
  user: { email: string; password: string },
): Promise<string> {
  const res = await request(server)
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`);
  return ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
}

/** One md5 per table over every row, to prove a refused request changed nothing (security-checks A2). */
export async function tableFingerprints(
  dataSource: DataSource,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
    const [row] = (await dataSource.query(
      `select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') as h from ${table} t`,
    )) as [{ h: string }];
    out[table] = row.h;
  }
  return out;
}

/** How many rows of a table match `where` (every row when there is none). */
export async function countRows(
  dataSource: DataSource,
  table: string,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const [row] = (await dataSource.query(
    `select count(*)::int as n from ${table} where ${where}`,
    params,
  )) as [{ n: number }];
  return row.n;
}

/** How many access_denied audit rows name one of the targets (all of them when none is named). */
export function countDenials(dataSource: DataSource, ...targetIds: string[]): Promise<number> {
  return targetIds.length === 0
    ? countRows(dataSource, 'audit_event', "action = 'access_denied'")
    : countRows(dataSource, 'audit_event', "action = 'access_denied' and target_id = any($1)", [
        targetIds,
      ]);
}

/** A service attempt inserted directly (service-attempt endpoints are tested in their own spec). */
export async function insertServiceAttempt(
  dataSource: DataSource,
  attempt: {
    organisationId: string;
    caseId: string;
    orderId: string;
    attemptedOn: string;
    attemptedTime?: string;
    method?: string;
    outcome?: string;
  },
): Promise<string> {
  const [row] = (await dataSource.query(
    `insert into service_attempt (organisation_id, case_id, order_id, attempted_on, attempted_time, served_by, method, outcome)
     values ($1, $2, $3, $4, $5, 'sheriff', $6, $7) returning id`,
    [
      attempt.organisationId,
      attempt.caseId,
      attempt.orderId,
      attempt.attemptedOn,
      attempt.attemptedTime ?? null,
      attempt.method ?? 'personal',
      attempt.outcome ?? 'served',
    ],
  )) as [{ id: string }];
  return row.id;
}
