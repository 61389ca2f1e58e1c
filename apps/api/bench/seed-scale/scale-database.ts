import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from 'pg';

import { migrateDatabase } from '@api/testing/migrate-database';

import { seedScale, type SeedKeys } from '../seed-scale';

export const BIG_ORGANISATION = 'scale-statewide';

export interface PrepareScaleOptions {
  url: string;
  cases: number;
  seed?: number;
  workers?: number;
  /** Drop and recreate the database from the migrations first (otherwise seed it as it is). */
  recreate: boolean;
  /** Keep a database already seeded at `cases` (after applying any pending migration). */
  reuse: boolean;
  log: (line: string) => void;
}

export interface ScaleDatabase {
  url: string;
  keys: SeedKeys;
  organisationId: string;
  advocateEmail: string;
  /** Whether this call seeded the database (false: an earlier seed of the same size was reused). */
  seeded: boolean;
  seedMs: number | null;
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** `haven_bench` on DATABASE_OWNER_URL's (or DATABASE_URL's) server. */
export function defaultScaleDatabaseUrl(): string {
  const server =
    process.env['DATABASE_OWNER_URL'] ??
    process.env['DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/haven';
  return withDatabase(server, 'haven_bench');
}

function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  // The seed drops what it seeds: never the demo or a test database by mistake.
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench'))
    throw new Error(`refusing to seed "${name}": the bench database name must contain "bench"`);
  return name;
}

/** Keys never go to the terminal: a file only this user can read, beside the database's name. */
function keysFile(url: string): string {
  return join('tmp', `${databaseName(url)}.keys.env`);
}

function readKeys(url: string): SeedKeys | null {
  const file = keysFile(url);
  if (!existsSync(file)) return null;
  const env = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const { DATA_ENCRYPTION_KEYS, DATA_ENCRYPTION_KEY_ID, BLIND_INDEX_KEY } = env;
  if (!DATA_ENCRYPTION_KEYS || !DATA_ENCRYPTION_KEY_ID || !BLIND_INDEX_KEY) return null;
  return {
    dataEncryptionKeys: DATA_ENCRYPTION_KEYS,
    dataEncryptionKeyId: DATA_ENCRYPTION_KEY_ID,
    blindIndexKey: BLIND_INDEX_KEY,
  };
}

function writeKeys(url: string, keys: SeedKeys): string {
  const file = keysFile(url);
  mkdirSync('tmp', { recursive: true });
  writeFileSync(
    file,
    `DATA_ENCRYPTION_KEYS=${keys.dataEncryptionKeys}\nDATA_ENCRYPTION_KEY_ID=${keys.dataEncryptionKeyId}\nBLIND_INDEX_KEY=${keys.blindIndexKey}\n`,
    { mode: 0o600 },
  );
  return file;
}

/** The seeded large organisation and its case count, or null when there is none. */
async function seededSize(
  url: string,
): Promise<{ organisationId: string; cases: number; advocateEmail: string } | null> {
  const db = new Client({ connectionString: url });
  try {
    await db.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await db.query<{ id: string; cases: number; email: string }>(
      `select o.id, (select count(*)::int from case_file c where c.organisation_id = o.id) as cases,
              (select min(u.email) from app_user u where u.organisation_id = o.id and u.role = 'advocate') as email
         from organisation o where o.slug = $1`,
      [BIG_ORGANISATION],
    );
    const row = rows[0];
    return row ? { organisationId: row.id, cases: row.cases, advocateEmail: row.email } : null;
  } catch {
    return null;
  } finally {
    await db.end();
  }
}

/**
 * A bench database holding the scale seed at `cases`: reused when `reuse` and an earlier seed of
 * that size and its keys file are there (pending migrations are applied first, so a new index is
 * measured), otherwise recreated from the migrations and seeded. With DATA_ENCRYPTION_KEYS unset
 * the parties are sealed with throwaway keys, written to tmp/<database>.keys.env for the API.
 */
export async function prepareScaleDatabase(options: PrepareScaleOptions): Promise<ScaleDatabase> {
  const { url, cases, log } = options;
  const name = databaseName(url);
  if (options.reuse) {
    const keys = readKeys(url);
    const before = keys ? await seededSize(url) : null;
    if (keys && before?.cases === cases) {
      migrateDatabase(url);
      log(`scale database ${name}: reusing its ${cases} cases`);
      return { url, keys, ...before, seeded: false, seedMs: null };
    }
  }
  const keys: SeedKeys = process.env['DATA_ENCRYPTION_KEYS']
    ? {
        dataEncryptionKeys: process.env['DATA_ENCRYPTION_KEYS'],
        dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
        blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? '',
      }
    : {
        dataEncryptionKeys: `bench1:${randomBytes(32).toString('base64')}`,
        dataEncryptionKeyId: 'bench1',
        blindIndexKey: randomBytes(32).toString('base64'),
      };
  if (options.recreate || options.reuse) {
    const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.query(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    migrateDatabase(url);
  }
  log(`seed:scale  ${cases} cases into ${name}`);
  const result = await seedScale({
    workers: options.workers ?? 2,
    databaseUrl: url,
    cases,
    seed: options.seed ?? 20_261_206,
    keys,
    log,
    // The database is the seed's alone: load first, index afterwards.
    deferIndexes: true,
  });
  for (const org of [result.organisation, result.secondOrganisation]) {
    log(
      `  ${org.slug}: ${Object.entries(org.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  }
  if (!process.env['DATA_ENCRYPTION_KEYS']) {
    const file = writeKeys(url, keys);
    log(`  sealed with throwaway keys, written to ${file} for an API started on this database`);
  }
  const { profile } = result;
  const copyTotal = Object.values(profile.copyMs).reduce((a, b) => a + b, 0);
  const slowest = Object.entries(profile.copyMs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)}`)
    .join(', ');
  log(
    `  profile (s): building ${(profile.buildMs / 1000).toFixed(1)} over the builders, ` +
      `loader waited ${(profile.waitMs / 1000).toFixed(1)} for them; COPY ${(copyTotal / 1000).toFixed(1)} ` +
      `(${slowest}); indexes ${(profile.indexMs / 1000).toFixed(1)}; analyze ${(profile.analyzeMs / 1000).toFixed(1)}; board ${(profile.boardMs / 1000).toFixed(1)}`,
  );
  log(`seed:scale  done in ${(result.ms / 1000).toFixed(1)} s (target: under 180 s)`);
  return {
    url,
    keys,
    organisationId: result.organisation.id,
    advocateEmail: result.organisation.advocateEmails[0] ?? '',
    seeded: true,
    seedMs: result.ms,
  };
}
