import type { CreateCaseRequest, Role } from '@haven/contracts';

// Invented people only: surnames from no phone book, e-mail on the reserved `.example` domain,
// phone numbers in the 555-01xx fiction range.
const GIVEN = [
  'Avery',
  'Briony',
  'Caspian',
  'Delphine',
  'Emrys',
  'Fenna',
  'Gideon',
  'Halcyon',
  'Isolde',
  'Jory',
];
const FAMILY = [
  'Quillfeather',
  'Marrowby',
  'Thistlewood',
  'Brightwater',
  'Orchardley',
  'Wexmoor',
  'Fernsby',
  'Larkspur',
];

let sequence = 0;

/** A fresh number per call, so builders never collide on unique columns. */
export function nextSequence(): number {
  sequence += 1;
  return sequence;
}

/** An invented full name, different on every call. */
export function anInventedName(): string {
  const n = nextSequence();
  return `${GIVEN[n % GIVEN.length]} ${FAMILY[(n * 7) % FAMILY.length]}-${n}`;
}

/** Confidential values that tests plant and then search for in logs, Redis and responses. */
export const SEEDED_SECRETS = {
  address: '417 Quillfeather Lane',
  phone: '540-555-0199',
  employer: 'Larkspur Orchard Cooperative',
} as const;

/** A staff member of an organisation, as the test helpers insert it. */
export interface UserFixture {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** A user with an invented name and a password long enough for Haven's policy. */
export function aUser(overrides: Partial<UserFixture> = {}): UserFixture {
  const n = nextSequence();
  return {
    email: `user${n}-${Math.random().toString(36).slice(2, 8)}@haven-test.example`,
    displayName: anInventedName(),
    role: 'advocate',
    password: `fixture passphrase number ${n} for tests`,
    ...overrides,
  };
}

/** An organisation with an invented name and a unique slug. */
export function anOrganisation(overrides: Partial<{ name: string; slug: string }> = {}): {
  name: string;
  slug: string;
} {
  const n = nextSequence();
  const suffix = Math.random().toString(36).slice(2, 8);
  return { name: `Fictional Legal Aid ${n}`, slug: `fictional-${n}-${suffix}`, ...overrides };
}

/** A valid intake for invented parties: a spouse living with the client, abuse last week. */
export function aCaseRequest(overrides: Partial<CreateCaseRequest> = {}): CreateCaseRequest {
  return {
    client: { fullName: anInventedName() },
    respondent: { fullName: anInventedName() },
    intake: { relationship: 'spouse', livesWithRespondent: true, lastActOfAbuseOn: '2026-11-20' },
    openedOn: '2026-11-23',
    ...overrides,
  };
}
