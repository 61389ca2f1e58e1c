import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { Client } from 'pg';

import { PasswordHasher } from '@api/crypto/password-hasher';

import { BatchBuilder, type BatchSetup, type SeedKeys } from './seed-scale/batch';
import {
  copyTables,
  countRows,
  toCopyTables,
  type CopyTable,
  type CopyTimes,
} from './seed-scale/bulk-insert';
import { TABLE_ORDER, type Staff } from './seed-scale/rows';

export type { SeedKeys } from './seed-scale/batch';

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
  /** Worker threads building batches (0: all in this thread, as under jest). */
  workers?: number;
  /**
   * Drop the loaded tables' secondary indexes for the load and build them afterwards, as
   * pg_restore does (one sort per index instead of a tree insert per row). For a database that is
   * only the seed's: a failed load leaves them dropped.
   */
  deferIndexes?: boolean;
}

export interface SeededOrganisation {
  id: string;
  slug: string;
  advocateEmails: string[];
  supervisorEmails: string[];
  adminEmail: string;
  counts: Record<string, number>;
}

/** Where the seed's time went, for `seed:scale`'s profile line. */
export interface SeedProfile {
  /** Building batches (drawing, computing, sealing, COPY text), summed over the builders. */
  buildMs: number;
  /** Time the loading thread waited for a batch to be built (the builders were the bottleneck). */
  waitMs: number;
  /** COPY time by table. */
  copyMs: CopyTimes;
  /** Building the secondary indexes after the load (deferIndexes). */
  indexMs: number;
  analyzeMs: number;
  /** Rebuilding the board's entries from the loaded rows, with their statistics. */
  boardMs: number;
}

export interface SeedScaleResult {
  organisation: SeededOrganisation;
  secondOrganisation: SeededOrganisation;
  password: string;
  ms: number;
  profile: SeedProfile;
}

const BATCH = 2_000;
export const SCALE_PASSWORD = 'scale-bench-password-1';

/**
 * Seeds one large organisation and a small second one. Every case's facts come from a drawn
 * scenario; its deadlines, stage, next due date and follow-ups from the same functions the API's
 * recompute uses; its parties are sealed with the real cipher and blind index. Rows go in with
 * COPY, a batch of cases at a time, while the next batches are computed.
 */
export async function seedScale(options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
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
    const profile: SeedProfile = {
      buildMs: 0,
      waitMs: 0,
      copyMs: {},
      indexMs: 0,
      analyzeMs: 0,
      boardMs: 0,
    };
    const deferred = options.deferIndexes ? await dropSecondaryIndexes(db) : [];
    const seedOrg = async (
      slug: string,
      name: string,
      cases: number,
      advocates: number,
      supervisors: number,
    ) => {
      const org = await insertOrganisation(db, slug, name, advocates, supervisors, passwordHash);
      await seedCases(db, org, cases, {
        nowMs: now.getTime(),
        seed: (options.seed ?? 20_261_206) + (slug === 'scale-second' ? 1000 : 0),
        keys: options.keys,
        workers: options.workers ?? 0,
        log,
        profile,
      });
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
    // From here on each write is committed synchronously: a vacuum marks a page all-visible only
    // once its rows' commit is flushed (PostgreSQL sets no hint bit ahead of the WAL), and right
    // after an asynchronous commit it left every board page to be read from the heap by each
    // index-only scan of the board (bench:api, 8,400 heap fetches a board request).
    await db.query('set synchronous_commit = on');
    // What the search-text triggers would have written, by the database's own function (the
    // load runs with triggers off); before the deferred indexes are built, so they index it once.
    await db.query(
      `update case_file c set search_text = case_search_text(c.reference, cl.full_name, r.full_name)
         from client cl, respondent r where cl.id = c.client_id and r.id = c.respondent_id`,
    );
    await db.query(
      `update case_assignment a set case_search_text = c.search_text
         from case_file c where c.id = a.case_id`,
    );
    const indexing = performance.now();
    if (deferred.length > 0) {
      await db.query(`set maintenance_work_mem = '256MB'`);
      for (const definition of deferred) await db.query(definition);
    }
    profile.indexMs = performance.now() - indexing;
    const analyzing = performance.now();
    // Vacuum too, as autovacuum would soon: index-only scans (the caseload's) need the
    // visibility map, which COPY and the update above leave unset.
    await db.query('vacuum analyze');
    profile.analyzeMs = performance.now() - analyzing;
    // The board's entries are kept by triggers, which the load turned off (replica role). After
    // the statistics: planned on empty-table estimates, the rebuild took 245 s instead of 5 s.
    const rebuilding = performance.now();
    await db.query('select board_entry_rebuild()');
    await db.query('vacuum analyze board_entry, board_day_count');
    profile.boardMs = performance.now() - rebuilding;
    const organisation = { ...big.info, counts: await countRows(db, big.info.id) };
    const secondOrganisation = { ...small.info, counts: await countRows(db, small.info.id) };
    return {
      organisation,
      secondOrganisation,
      password,
      ms: Date.now() - started,
      profile,
    };
  } finally {
    await db.end();
  }
}

/**
 * Drops the secondary indexes of the tables the seed loads (those no constraint owns: primary
 * keys, unique and exclusion constraints stay, so the load is still checked) and answers their
 * definitions, to be run again once the rows are in.
 */
async function dropSecondaryIndexes(db: Client): Promise<string[]> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [TABLE_ORDER],
  );
  for (const r of rows) await db.query(`drop index ${r.name}`);
  return rows.map((r) => r.definition);
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

interface BatchReply {
  tables: CopyTable[];
  refused: number;
  buildMs: number;
}

/**
 * Seeds an organisation's cases, a batch at a time: in this thread, or with `workers` threads
 * building batches (as COPY text) while this one streams finished batches to PostgreSQL.
 */
async function seedCases(
  db: Client,
  org: OrgSeed,
  cases: number,
  ctx: {
    nowMs: number;
    seed: number;
    keys: SeedKeys;
    workers: number;
    log: (l: string) => void;
    profile: SeedProfile;
  },
): Promise<void> {
  const { profile } = ctx;
  const sizes: number[] = [];
  for (let done = 0; done < cases; done += BATCH) sizes.push(Math.min(BATCH, cases - done));
  const setup = (i: number, stride: number): BatchSetup => ({
    organisationId: org.info.id,
    staff: org.staff,
    keys: ctx.keys,
    nowMs: ctx.nowMs,
    seed: ctx.seed + i,
    referenceOffset: i,
    referenceStride: stride,
  });
  let loaded = 0;
  const progress = () => {
    loaded += 1;
    if (loaded % 10 === 1)
      ctx.log(`  ${org.info.slug}: ${Math.min(loaded * BATCH, cases)} / ${cases} cases`);
  };
  const refusedBy: number[] = [];
  if (ctx.workers <= 0) {
    const builder = new BatchBuilder(setup(0, 1));
    let pending: Promise<void> = Promise.resolve();
    for (const size of sizes) {
      const building = performance.now();
      const tables = toCopyTables(builder.build(size));
      profile.buildMs += performance.now() - building;
      // PostgreSQL writes the last batch while this thread computes the next.
      await pending;
      pending = copyTables(db, tables, profile.copyMs);
      progress();
    }
    await pending;
    refusedBy[0] = builder.refused;
  } else {
    const n = Math.min(ctx.workers, sizes.length);
    const workers = Array.from(
      { length: n },
      (_, i) =>
        new Worker(join(__dirname, 'seed-scale', 'batch-worker.ts'), { workerData: setup(i, n) }),
    );
    try {
      const ask = (w: Worker, size: number) =>
        new Promise<BatchReply>((resolve, reject) => {
          // One listener pair per batch, removed when it settles (else they pile up on the worker).
          const onMessage = (reply: BatchReply) => {
            w.off('error', onError);
            resolve(reply);
          };
          const onError = (err: Error) => {
            w.off('message', onMessage);
            reject(err);
          };
          w.once('message', onMessage);
          w.once('error', onError);
          w.postMessage(size);
        });
      // Each worker takes every n-th batch; its next batch is asked for before this one is loaded.
      const queues = workers.map((w, i) => {
        const mine = sizes.filter((_, b) => b % n === i);
        return { w, mine, next: mine.length > 0 ? ask(w, mine[0] ?? 0) : null, at: 0 };
      });
      for (let b = 0; b < sizes.length; b += 1) {
        const q = queues[b % n];
        if (!q?.next) break;
        const waiting = performance.now();
        const reply = await q.next;
        profile.waitMs += performance.now() - waiting;
        profile.buildMs += reply.buildMs;
        q.at += 1;
        q.next = q.at < q.mine.length ? ask(q.w, q.mine[q.at] ?? 0) : null;
        await copyTables(db, reply.tables, profile.copyMs);
        refusedBy[b % n] = reply.refused;
        progress();
      }
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  const refused = refusedBy.reduce((a, r) => a + r, 0);
  if (refused > 0)
    ctx.log(`  ${org.info.slug}: ${refused} drawn case(s) refused by the rules and redrawn`);
}
