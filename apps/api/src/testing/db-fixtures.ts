import request from 'supertest';
import type { DataSource } from 'typeorm';

import {
  aUser,
  anInventedName,
  anOrganisation,
  nextSequence,
  type UserFixture,
} from '@haven/testing';

import { newTotpSecret, totpCodeAt } from '@api/auth/mfa/totp';
import { sqlIdentifier } from '@api/common/sql/sql-identifier';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { PasswordHasher } from '@api/crypto/password-hasher';

const hasher = new PasswordHasher();

/** Anything that runs SQL and answers rows: a DataSource, or a drill's wrapped pg client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The cipher of the test run's keys (globalSetup puts them in the environment). */
export function cipherFromEnv(env: Record<string, string | undefined> = process.env): FieldCipher {
  return new FieldCipher(
    parseKeyRing(env['DATA_ENCRYPTION_KEYS'] ?? '', env['DATA_ENCRYPTION_KEY_ID'] ?? ''),
  );
}

/**
 * What the sign-in helper needs to give a TOTP code as the API will judge it: the API's "now"
 * (tests run on an injected clock) and the database, to forget the last code used (see signIn).
 */
export interface SignInContext {
  now(): Date;
  db: Queryable;
}

const contexts = new WeakMap<object, SignInContext>();

/** createTestApp registers its HTTP server, so signIn(server, user) finds the clock and database. */
export function registerSignInContext(server: object, context: SignInContext): void {
  contexts.set(server, context);
}

/** Empties every tenant table between tests, the audit trail too (see truncateAuditTrail). */
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
       court_closure, user_session, app_user, organisation, sign_in_throttle
     restart identity cascade`,
  );
  await truncateAuditTrail(dataSource);
}

/**
 * Empties the audit table, for tests only. It refuses TRUNCATE even from its owner (migration
 * 1795750000000, security-checks F2), so the refusing trigger is disabled for this one transaction:
 * ALTER TABLE is transactional and holds its lock to the commit, so no other session ever sees the
 * trigger off. The append-only trigger is left on.
 */
export async function truncateAuditTrail(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('alter table audit_event disable trigger tr_audit_event_refuse_truncate');
    await manager.query('truncate table audit_event');
    await manager.query('alter table audit_event enable trigger tr_audit_event_refuse_truncate');
  });
}

export interface SeededUser extends UserFixture {
  id: string;
  organisationId: string;
  /** The user's authenticator secret (base32) when they have one, for computing codes. */
  totpSecret: string | null;
}

/** A fixture user: `mfa` false leaves an admin or supervisor without the authenticator they need. */
export type UserOverrides = Partial<UserFixture> & { mfa?: boolean };

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

/**
 * Inserts a user. Admins and supervisors get a confirmed authenticator by default (their role
 * requires one: security-checks B8), so every spec that signs them in keeps working; the secret is
 * sealed with the run's keys, as the API stores it.
 */
export async function insertUser(
  dataSource: Queryable,
  organisationId: string,
  { mfa, ...overrides }: UserOverrides = {},
  cipher: FieldCipher = cipherFromEnv(),
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
  const enrol = mfa ?? (user.role === 'admin' || user.role === 'supervisor');
  const totpSecret = enrol ? newTotpSecret() : null;
  if (totpSecret) {
    await dataSource.query(
      `insert into user_mfa (user_id, organisation_id, secret_sealed, confirmed_at, created_at)
       values ($1, $2, $3, now(), now())`,
      [row.id, organisationId, cipher.encrypt(totpSecret, `user_mfa.secret:${row.id}`)],
    );
  }
  return { ...user, id: row.id, organisationId, totpSecret };
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

/**
 * Signs a user in through the real login route, giving the TOTP code when the user has an
 * authenticator, and returns the session cookie header value. For a server made by createTestApp
 * the context is found; a drill's URL passes its own.
 */
export async function signIn(
  server: Parameters<typeof request>[0],
  user: { id?: string; email: string; password: string; totpSecret?: string | null },
  context: SignInContext | undefined = typeof server === 'object'
    ? contexts.get(server)
    : undefined,
): Promise<string> {
  const res = await request(server)
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`);
  const cookie = cookieOf(res);
  if ((res.body as { stage?: string }).stage !== 'mfa_code') return cookie;
  if (!user.totpSecret || !user.id || !context) {
    throw new Error('sign-in needs a TOTP code: pass a seeded user and a sign-in context');
  }
  // Each code works once, and a spec's clock may stand still while it signs the same user in
  // twice; a person cannot sign in twice within one 30-second step, so the helper forgets the
  // last step used. The replay rule itself is proven in mfa.int-spec.
  await context.db.query('update user_mfa set last_used_step = null where user_id = $1', [user.id]);
  const verified = await request(server)
    .post('/api/auth/mfa/verify')
    .set('Cookie', cookie)
    .send({ code: totpCodeAt(user.totpSecret, context.now()) });
  if (verified.status !== 200) throw new Error(`second factor failed with ${verified.status}`);
  return cookieOf(verified);
}

function cookieOf(res: request.Response): string {
  return ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
}

/** One md5 per table over every row, to prove a refused request changed nothing (security-checks A2). */
export async function tableFingerprints(
  dataSource: DataSource,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = (await dataSource.query(
      `select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') as h from ${sqlIdentifier(table)} t`,
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
  // `where` is SQL text the calling spec writes, its values in `params`.
  const sql = `select count(*)::int as n from ${sqlIdentifier(table)} where ${where}`;
  const [row] = (await dataSource.query(sql, params)) as [{ n: number }];
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
