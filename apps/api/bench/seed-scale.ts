import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from 'pg';

import { DEFAULT_FOLLOWUP_LEAD_TIMES, RulesInputError } from '@haven/rules';

import { toCalendar } from '@api/case-computation/case-facts.mapper';
import { virginiaDate, virginiaDateTime } from '@api/common/clock/clock';
import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { migrateDatabase } from '@api/testing/migrate-database';

import { countRows, insertRows } from './seed-scale/bulk-insert';
import { computeCase, type ComputedCase } from './seed-scale/compute';
import { SeededRandom } from './seed-scale/random';
import { RowBuilder, emptyRows, type Staff, type TableRows } from './seed-scale/rows';
import { ScenarioBuilder, type SeedCase } from './seed-scale/scenarios';

/** The keys the seed seals with: the same variables the API reads, so the API can open them. */
export interface SeedKeys {
  dataEncryptionKeys: string;
  dataEncryptionKeyId: string;
  blindIndexKey: string;
}

export interface SeedScaleOptions {
  /** A migrated database without the seed's organisations (connect as its owner). */
  databaseUrl: string;
  /** Cases of the large organisation. */
  cases: number;
  /** Cases of the second organisation (default: 2 % of `cases`, at least 20). */
  secondOrganisationCases?: number;
  advocates?: number;
  supervisors?: number;
  /** The instant the data is "as of" (default: now). */
  now?: Date;
  seed?: number;
  keys: SeedKeys;
  /** The password every seeded user signs in with. */
  password?: string;
  /** Progress lines; silent when absent. */
  log?: (line: string) => void;
}

export interface SeededOrganisation {
  id: string;
  slug: string;
  advocateEmails: string[];
  supervisorEmails: string[];
  adminEmail: string;
  counts: Record<string, number>;
}

export interface SeedScaleResult {
  organisation: SeededOrganisation;
  secondOrganisation: SeededOrganisation;
  password: string;
  ms: number;
}

const BATCH = 2_000;
export const SCALE_PASSWORD = 'scale-bench-password-1';

/**
 * Seeds one large organisation and a small second one. Every case's facts come from a drawn
 * scenario; its deadlines, stage, next due date and follow-ups from the same functions the API's
 * recompute uses; its parties are sealed with the real cipher and blind index. Rows go in through
 * bulk `INSERT … SELECT`, a batch of cases at a time, while the next batch is computed.
 */
export async function seedScale(options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const random = new SeededRandom(options.seed ?? 20_261_206);
  const cipher = new FieldCipher(
    parseKeyRing(options.keys.dataEncryptionKeys, options.keys.dataEncryptionKeyId),
  );
  const index = new BlindIndex(Buffer.from(options.keys.blindIndexKey, 'base64'));
  const password = options.password ?? SCALE_PASSWORD;
  const passwordHash = await new PasswordHasher().hash(password);
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    // Bulk loading: a crash loses at most the last batches of a throwaway bench database.
    await db.query('set synchronous_commit = off');
    // As pg_restore --disable-triggers does: foreign keys are not checked row by row during the
    // load (the rows are built consistent; seed-scale.int-spec checks them afterwards). Only a
    // superuser may; anyone else loads with the checks on.
    await db.query('set session_replication_role = replica').catch(() => undefined);
    const seedOrg = async (
      slug: string,
      name: string,
      cases: number,
      advocates: number,
      supervisors: number,
    ) => {
      const org = await insertOrganisation(db, slug, name, advocates, supervisors, passwordHash);
      await seedCases(db, org, cases, { now, random, cipher, index, log });
      return org;
    };
    const big = await seedOrg(
      'scale-statewide',
      'Statewide Legal Aid (scale seed)',
      options.cases,
      options.advocates ?? 50,
      options.supervisors ?? 5,
    );
    const small = await seedOrg(
      'scale-second',
      'Second Organisation (scale seed)',
      options.secondOrganisationCases ?? Math.max(20, Math.round(options.cases * 0.02)),
      5,
      1,
    );
    await db.query('analyze');
    const organisation = { ...big.info, counts: await countRows(db, big.info.id) };
    const secondOrganisation = { ...small.info, counts: await countRows(db, small.info.id) };
    return { organisation, secondOrganisation, password, ms: Date.now() - started };
  } finally {
    await db.end();
  }
}

interface OrgSeed {
  info: Omit<SeededOrganisation, 'counts'>;
  staff: Staff;
}

async function insertOrganisation(
  db: Client,
  slug: string,
  name: string,
  advocates: number,
  supervisors: number,
  passwordHash: string,
): Promise<OrgSeed> {
  const id = randomUUID();
  await db.query('insert into organisation (id, name, slug) values ($1, $2, $3)', [id, name, slug]);
  const users = [
    ...Array.from({ length: advocates }, (_, i) => ['advocate', i + 1] as const),
    ...Array.from({ length: supervisors }, (_, i) => ['supervisor', i + 1] as const),
    ['admin', 1] as const,
  ].map(([role, n]) => ({
    id: randomUUID(),
    role,
    email: `${role}${String(n).padStart(2, '0')}@${slug}.example`,
    displayName: `${role === 'admin' ? 'Admin' : role === 'supervisor' ? 'Supervisor' : 'Advocate'} ${n} (${slug})`,
  }));
  await db.query(
    `insert into app_user (id, organisation_id, email, display_name, role, password_hash)
     select u.id, $1, u.email, u.display_name, u.role, $3
       from jsonb_to_recordset($2::jsonb) as u(id uuid, email text, display_name text, role text)`,
    [
      id,
      JSON.stringify(
        users.map((u) => ({ id: u.id, email: u.email, display_name: u.displayName, role: u.role })),
      ),
      passwordHash,
    ],
  );
  const of = (role: string) => users.filter((u) => u.role === role);
  return {
    info: {
      id,
      slug,
      advocateEmails: of('advocate').map((u) => u.email),
      supervisorEmails: of('supervisor').map((u) => u.email),
      adminEmail: of('admin')[0]?.email ?? '',
    },
    staff: {
      advocates: of('advocate').map((u) => u.id),
      supervisors: of('supervisor').map((u) => u.id),
    },
  };
}

async function seedCases(
  db: Client,
  org: OrgSeed,
  cases: number,
  ctx: {
    now: Date;
    random: SeededRandom;
    cipher: FieldCipher;
    index: BlindIndex;
    log: (l: string) => void;
  },
): Promise<void> {
  const today = virginiaDate(ctx.now);
  const at = virginiaDateTime(ctx.now);
  const scenarios = new ScenarioBuilder(ctx.random, today);
  const rowsOf = new RowBuilder(
    org.info.id,
    org.staff,
    ctx.cipher,
    ctx.index,
    ctx.random,
    ctx.now,
    today,
  );
  const calendar = toCalendar({ closures: [] });
  let refused = 0;
  const batch = (size: number): TableRows => {
    const rows = emptyRows();
    for (let i = 0; i < size; i += 1) {
      // A drawn case the rules refuse is drawn again: the seed holds only facts the API accepts.
      for (let attempt = 0; ; attempt += 1) {
        const c: SeedCase = scenarios.build();
        let computed: ComputedCase;
        try {
          computed = computeCase(c, at, calendar, [], { ...DEFAULT_FOLLOWUP_LEAD_TIMES });
        } catch (err) {
          if (!(err instanceof RulesInputError) || attempt > 20) throw err;
          refused += 1;
          continue;
        }
        rowsOf.add(rows, c, computed);
        break;
      }
    }
    return rows;
  };
  let pending: Promise<void> = Promise.resolve();
  let computeMs = 0;
  let waitMs = 0;
  for (let done = 0; done < cases; done += BATCH) {
    const t0 = Date.now();
    const rows = batch(Math.min(BATCH, cases - done));
    computeMs += Date.now() - t0;
    // PostgreSQL writes the last batch while Node computes this one.
    const t1 = Date.now();
    await pending;
    waitMs += Date.now() - t1;
    pending = insertRows(db, rows);
    if ((done / BATCH) % 10 === 0) ctx.log(`  ${org.info.slug}: ${done + BATCH} / ${cases} cases`);
  }
  const t2 = Date.now();
  await pending;
  waitMs += Date.now() - t2;
  ctx.log(
    `  ${org.info.slug}: computing ${(computeMs / 1000).toFixed(1)} s, waiting for the database ${(waitMs / 1000).toFixed(1)} s`,
  );
  if (refused > 0)
    ctx.log(`  ${org.info.slug}: ${refused} drawn case(s) refused by the rules and redrawn`);
}

// ---- CLI ---------------------------------------------------------------------------------------

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * `npm run seed:scale -- --cases 100000 [--database-url URL] [--seed N] [--existing]`: recreates a bench
 * database (default `haven_bench` on DATABASE_OWNER_URL's or DATABASE_URL's server) from the
 * migrations and seeds it. It refuses a database whose name does not contain "bench", so the demo
 * or test database is never wiped by mistake.
 */
async function main(): Promise<void> {
  const cases = Number(argument('cases') ?? 100_000);
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');
  const server =
    process.env['DATABASE_OWNER_URL'] ??
    process.env['DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/haven';
  const url = argument('database-url') ?? withDatabase(server, 'haven_bench');
  const dbName = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName) || !dbName.includes('bench'))
    throw new Error(
      `refusing to recreate "${dbName}": the bench database name must contain "bench"`,
    );
  const keys: SeedKeys = {
    dataEncryptionKeys:
      process.env['DATA_ENCRYPTION_KEYS'] ?? `bench1:${randomBytes(32).toString('base64')}`,
    dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEYS']
      ? (process.env['DATA_ENCRYPTION_KEY_ID'] ?? '')
      : 'bench1',
    blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? randomBytes(32).toString('base64'),
  };
  // --existing seeds a database already migrated (and without the seed's organisations).
  if (!process.argv.includes('--existing')) {
    const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`drop database if exists "${dbName}" with (force)`);
      await admin.query(`create database "${dbName}"`);
    } finally {
      await admin.end();
    }
    migrateDatabase(url);
  }
  console.log(`seed:scale  ${cases} cases into ${dbName}`);
  const result = await seedScale({
    databaseUrl: url,
    cases,
    seed: Number(argument('seed') ?? 20_261_206),
    keys,
    log: console.log,
  });
  for (const org of [result.organisation, result.secondOrganisation]) {
    console.log(
      `  ${org.slug}: ${Object.entries(org.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  }
  console.log(
    `  users sign in as ${result.organisation.advocateEmails[0]} (password ${result.password})`,
  );
  if (!process.env['DATA_ENCRYPTION_KEYS']) {
    // Keys never go to the terminal: a file only this user can read, for starting the API on it.
    const file = join('tmp', `${dbName}.keys.env`);
    mkdirSync('tmp', { recursive: true });
    writeFileSync(
      file,
      `DATA_ENCRYPTION_KEYS=${keys.dataEncryptionKeys}\nDATA_ENCRYPTION_KEY_ID=${keys.dataEncryptionKeyId}\nBLIND_INDEX_KEY=${keys.blindIndexKey}\n`,
      { mode: 0o600 },
    );
    console.log(
      `  sealed with throwaway keys, written to ${file} for an API started on this database`,
    );
  }
  console.log(`seed:scale  done in ${(result.ms / 1000).toFixed(1)} s (target: under 180 s)`);
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('seed:scale failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
