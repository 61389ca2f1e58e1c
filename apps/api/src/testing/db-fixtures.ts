import type { DataSource } from 'typeorm';

import { aUser, anOrganisation, type UserFixture } from '@haven/testing';

import { PasswordHasher } from '@api/auth/password-hasher';

const hasher = new PasswordHasher();

/** Empties every tenant table between tests (the audit table resists DELETE, so it is truncated). */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    'truncate table task, followup, case_file, user_session, app_user, organisation, audit_event restart identity cascade',
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
