import request from 'supertest';

import { ROLES, type Role } from '@haven/contracts';
import type { UserFixture } from '@haven/testing';

import {
  insertOrganisation,
  insertUser,
  signIn,
  truncateAll,
  type SeededUser,
} from './db-fixtures';
import type { TestApp } from './test-app';

/** One user of a spec: fixture overrides, in the spec's own organisation unless otherOrganisation. */
export type CastMember = Partial<Omit<UserFixture, 'role'>> & {
  role: Role;
  otherOrganisation?: boolean;
};

/** The users a spec needs, by the name the spec calls them; they are inserted in key order. */
export type CastSpec = Record<string, CastMember>;

/** The users most specs call on, by the names they go by. */
const MEMBERS = {
  /** An advocate, whom the spec assigns to its own cases. */
  advocate: { role: 'advocate' },
  /** A second advocate of the organisation, on none of the spec's cases. */
  unassigned: { role: 'advocate' },
  /** A second advocate of the organisation, on cases of their own. */
  colleague: { role: 'advocate' },
  supervisor: { role: 'supervisor' },
  staff: { role: 'staff' },
  admin: { role: 'admin' },
  /** A supervisor of the other organisation. */
  outsider: { role: 'supervisor', otherOrganisation: true },
} as const satisfies CastSpec;
type Member = keyof typeof MEMBERS;

/** A cast of the usual members named, inserted in the order named. */
export function castOf<const K extends Member>(...names: K[]): { [P in K]: (typeof MEMBERS)[P] } {
  return Object.fromEntries(names.map((name) => [name, MEMBERS[name]])) as {
    [P in K]: (typeof MEMBERS)[P];
  };
}

/** One user of every role in the spec's own organisation, named by the role. */
export const EVERY_ROLE = castOf(...ROLES);

export interface Cast<S extends CastSpec> {
  /** The spec's own organisation. */
  readonly orgId: string;
  /** Another organisation, for tenancy checks; it exists even when no user of the cast is in it. */
  readonly otherOrgId: string;
  readonly users: { readonly [K in keyof S]: SeededUser };
  /** Each user's session cookie header value, '' until that user signs in. */
  readonly cookie: { [K in keyof S]: string };
  /** Opens a new session at the clock's "now" (sessions expire with it), keeps and returns its cookie. */
  signIn(who: keyof S): Promise<string>;
  /** Opens a new session for each user named, or for every user when none is. */
  signInAll(...who: Array<keyof S>): Promise<void>;
  /** The user's current cookie, signing in on first use. */
  cookieOf(who: keyof S): Promise<string>;
  /** GET /api{path} as the user. */
  get(who: keyof S, path: string): Promise<request.Response>;
  /** POST /api{path} as the user. */
  post(who: keyof S, path: string, body: unknown): Promise<request.Response>;
  /** PATCH /api{path} as the user. */
  patch(who: keyof S, path: string, body: unknown): Promise<request.Response>;
}

/**
 * Empties the database, then inserts two organisations and the spec's users: the setup every
 * integration spec about roles and tenancy starts from. Nobody is signed in yet, because sessions
 * and their audit rows belong to the test's own "now".
 */
export async function seedCast<S extends CastSpec>(t: TestApp, spec: S): Promise<Cast<S>> {
  type Who = keyof S;
  await truncateAll(t.dataSource);
  const orgId = (await insertOrganisation(t.dataSource)).id;
  const otherOrgId = (await insertOrganisation(t.dataSource)).id;
  const users = {} as Record<Who, SeededUser>;
  const cookie = {} as Record<Who, string>;
  for (const [who, { otherOrganisation, ...fixture }] of Object.entries(spec)) {
    users[who as Who] = await insertUser(
      t.dataSource,
      otherOrganisation ? otherOrgId : orgId,
      fixture,
    );
    cookie[who as Who] = '';
  }

  const server = () => t.app.getHttpServer();
  const signInAs = async (who: Who): Promise<string> => {
    cookie[who] = await signIn(server(), users[who]);
    return cookie[who];
  };
  const cookieOf = async (who: Who): Promise<string> => cookie[who] || signInAs(who);
  return {
    orgId,
    otherOrgId,
    users,
    cookie,
    signIn: signInAs,
    async signInAll(...who) {
      for (const one of who.length > 0 ? who : (Object.keys(users) as Who[])) await signInAs(one);
    },
    cookieOf,
    get: async (who, path) =>
      request(server())
        .get(`/api${path}`)
        .set('Cookie', await cookieOf(who)),
    post: async (who, path, body) =>
      request(server())
        .post(`/api${path}`)
        .set('Cookie', await cookieOf(who))
        .send(body as object),
    patch: async (who, path, body) =>
      request(server())
        .patch(`/api${path}`)
        .set('Cookie', await cookieOf(who))
        .send(body as object),
  };
}
