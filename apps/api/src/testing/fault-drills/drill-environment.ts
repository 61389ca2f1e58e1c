import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Queue } from 'bullmq';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import type { UserFixture } from '@haven/testing';

import {
  cipherFromEnv,
  insertOrganisation,
  insertUser,
  signIn,
  type SeededUser,
} from '../db-fixtures';

import { checkExactlyOnce, type TaskReport } from './exactly-once-checker';
import { FakeClockFile } from './fake-clock';
import { freePort, waitFor } from './free-port';
import { HavenProcess, type HavenEntry } from './haven-process';
import { checkAgainstRules, type RulesReport } from './rules-checker';
import { ThrowawayPostgres } from './throwaway-postgres';
import { ThrowawayRedis } from './throwaway-redis';

export const DRILL_START = new Date('2026-11-23T14:00:00.000Z');

/** Both halves of the checker: the task table against the rows, the rows against the rules. */
export type CheckerReport = TaskReport & { rules: RulesReport };

/** What a passing drill's report contains (`expect(report).toMatchObject(CLEAN_REPORT)`). */
export const CLEAN_REPORT = {
  missing: [],
  doubled: [],
  stale: [],
  rules: { unplanned: [], unscheduled: [], differing: [] },
};

export interface DrillOptions {
  aof?: boolean;
  /** Extra environment for every process (JOB_* timings, intervals). */
  env?: Record<string, string>;
  /** false: the processes run on the system clock (the jobs bench measures real lateness). */
  fakeClock?: boolean;
  /**
   * 'dist': processes run the compiled build (`nx build api`), as production does, so a bench's
   * memory is not the source transpiler's. Default 'source'.
   */
  entry?: HavenEntry;
}

/**
 * One fault drill's world: its own redis-server and PostgreSQL cluster, a shared fake clock, and
 * API/worker processes spawned from source against them. `close()` kills everything it started.
 */
export class DrillEnvironment {
  readonly processes: HavenProcess[] = [];
  private seq = 0;
  private readonly queues = new Map<string, Queue>();

  private constructor(
    readonly root: string,
    readonly redis: ThrowawayRedis,
    readonly pg: ThrowawayPostgres,
    public db: Client,
    readonly clock: FakeClockFile,
    private readonly baseEnv: Record<string, string>,
    private readonly entry: HavenEntry,
  ) {}

  static async start(name: string, options: DrillOptions = {}): Promise<DrillEnvironment> {
    const t0 = Date.now();
    const root = mkdtempSync(join(tmpdir(), `haven-drill-${name}-`));
    // The cluster runs as `postgres` when the drill runs as root: it must reach its directory.
    chmodSync(root, 0o755);
    const [redis, pg] = await Promise.all([
      ThrowawayRedis.start(root, { aof: options.aof ?? true }),
      ThrowawayPostgres.create(root),
    ]);
    const db = new Client({ connectionString: pg.url });
    db.on('error', () => undefined);
    await db.connect();
    const clock = new FakeClockFile(join(root, 'clock'), DRILL_START);
    const baseEnv: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: pg.url,
      DATABASE_OWNER_URL: pg.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'haven',
      DATA_ENCRYPTION_KEYS: `drill1:${randomBytes(32).toString('base64')}`,
      DATA_ENCRYPTION_KEY_ID: 'drill1',
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      SESSION_COOKIE_SECURE: 'false',
      WEB_DIST_DIR: join(root, 'no-web-app'),
      ...(options.fakeClock === false ? {} : { FAKE_CLOCK_FILE: clock.file }),
      LOG_LEVEL: 'info',
      // Small timings so a crash is noticed in seconds (security-checks G2).
      JOB_LOCK_DURATION_MS: '2000',
      JOB_STALLED_INTERVAL_MS: '1000',
      JOB_BACKOFF_MS: '200',
      RECONCILE_INTERVAL_MS: '1500',
      WORKER_WATCHDOG_MS: '1000',
      WORKER_SHUTDOWN_TIMEOUT_MS: '20000',
      ...options.env,
    };
    const env = new DrillEnvironment(
      root,
      redis,
      pg,
      db,
      clock,
      baseEnv,
      options.entry ?? 'source',
    );
    console.log(
      `[${name}] throwaway redis :${redis.port}, postgres :${pg.port} in ${Date.now() - t0} ms`,
    );
    return env;
  }

  /** The keys every process seals and blind-indexes with, for a bench that seeds sealed rows. */
  get keys(): { dataEncryptionKeys: string; dataEncryptionKeyId: string; blindIndexKey: string } {
    return {
      dataEncryptionKeys: this.baseEnv['DATA_ENCRYPTION_KEYS'] ?? '',
      dataEncryptionKeyId: this.baseEnv['DATA_ENCRYPTION_KEY_ID'] ?? '',
      blindIndexKey: this.baseEnv['BLIND_INDEX_KEY'] ?? '',
    };
  }

  /** Starts a worker and waits until it reports ready. */
  async startWorker(env: Record<string, string> = {}): Promise<HavenProcess> {
    const worker = this.spawn('worker', env);
    await worker.waitForLog(/worker ready/);
    return worker;
  }

  /** Starts an API process on a free port and waits until it listens; returns it and its URL. */
  async startApi(env: Record<string, string> = {}): Promise<{ api: HavenProcess; url: string }> {
    const port = await freePort();
    const api = this.spawn('api', { PORT: String(port), HOST: '127.0.0.1', ...env });
    await api.waitForLog(/haven api listening/);
    return { api, url: `http://127.0.0.1:${port}` };
  }

  spawn(role: 'worker' | 'api', env: Record<string, string> = {}): HavenProcess {
    this.seq += 1;
    const name = `${role}-${this.seq}`;
    const proc = new HavenProcess(
      role,
      name,
      { ...this.baseEnv, ...env },
      join(this.root, `${name}.log`),
      this.entry,
    );
    this.processes.push(proc);
    return proc;
  }

  /** One organisation and one case to hang follow-ups on; returns their ids. */
  async seedCase(): Promise<{ organisationId: string; caseId: string }> {
    const org = await this.db.query<{ id: string }>(
      `insert into organisation (name, slug) values ('Drill Legal Aid', 'drill-' || substr(md5(random()::text), 1, 8)) returning id`,
    );
    const organisationId = org.rows[0]!.id;
    const client = await this.db.query<{ id: string }>(
      `insert into client (organisation_id, full_name, name_key) values ($1, 'Invented Client', 'invented client') returning id`,
      [organisationId],
    );
    const respondent = await this.db.query<{ id: string }>(
      `insert into respondent (organisation_id, full_name, name_key) values ($1, 'Invented Respondent', 'invented respondent') returning id`,
      [organisationId],
    );
    const kase = await this.db.query<{ id: string }>(
      `insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on, relationship, lives_with_respondent, has_medical_evidence)
       values ($1, 'HV-D-' || substr(md5(random()::text), 1, 6), $2, $3, 'intake', '2026-11-23', 'spouse', true, false) returning id`,
      [organisationId, client.rows[0]!.id, respondent.rows[0]!.id],
    );
    return { organisationId, caseId: kase.rows[0]!.id };
  }

  /** `count` pending follow-ups due at `dueAt` (the outbox rows a fact would have written). */
  async seedFollowups(
    target: { organisationId: string; caseId: string },
    count: number,
    dueAt: Date,
  ): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      // Each row needs its own plan key (one live row per case and key: uq_followup_case_key).
      `insert into followup (organisation_id, case_id, kind, key, due_at, act_by, title)
       select $1, $2, 'case_opened_review', 'drill:' || gen_random_uuid(), $3,
              ($3::timestamptz at time zone 'America/New_York')::date, 'Review the new case'
         from generate_series(1, $4) returning id`,
      [target.organisationId, target.caseId, dueAt, count],
    );
    return rows.rows.map((r) => r.id);
  }

  /** A new connection for the drill after PostgreSQL restarted (the old one died with it). */
  async reconnectDb(): Promise<void> {
    await this.db.end().catch(() => undefined);
    this.db = new Client({ connectionString: this.pg.url });
    this.db.on('error', () => undefined);
    await this.db.connect();
  }

  /** A BullMQ queue on the drill's Redis, for inspecting job states and schedulers. */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        prefix: 'haven',
        connection: { url: this.redis.url, maxRetriesPerRequest: 1, enableOfflineQueue: false },
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** An organisation and a user in it (argon2 password, as the login route expects). */
  async seedUser(overrides: Partial<UserFixture> = {}): Promise<SeededUser> {
    // db-fixtures speak TypeORM's `query(sql, params) → rows`; the drill holds a plain pg client.
    const rowsOnly = {
      query: async (sql: string, params?: unknown[]) => (await this.db.query(sql, params)).rows,
    } as unknown as DataSource;
    const org = await insertOrganisation(rowsOnly);
    return insertUser(
      rowsOnly,
      org.id,
      { role: 'supervisor', ...overrides },
      cipherFromEnv(this.baseEnv),
    );
  }

  /**
   * Opens `count` cases through an API process (the real intake, which writes each case's
   * follow-up in its transaction) and returns the response statuses. Two at a time: intake
   * retries a clashing case reference only a few times, so a burst of simultaneous intakes in
   * one organisation is not what these drills are about.
   */
  async openCases(
    url: string,
    cookie: string,
    count: number,
    body: () => object,
  ): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < count; i += 2) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(2, count - i) }, () =>
          request(url).post('/api/cases').set('Cookie', cookie).send(body()),
        ),
      );
      statuses.push(...batch.map((r) => r.status));
    }
    return statuses;
  }

  /** Signs `user` in through an API process's real login route; returns the cookie header. */
  signIn(
    url: string,
    user: Pick<SeededUser, 'email' | 'password'> & Partial<SeededUser>,
  ): Promise<string> {
    return signIn(url, user, {
      now: () => this.clock.now(),
      db: { query: async (sql, params) => (await this.db.query(sql, params)).rows },
    });
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const res = await this.db.query<{ n: string }>(sql, params);
    return Number(res.rows[0]?.n ?? 0);
  }

  taskCount(): Promise<number> {
    return this.count('select count(*) as n from task');
  }

  pendingCount(): Promise<number> {
    return this.count(`select count(*) as n from followup where state = 'pending'`);
  }

  /**
   * Waits until no follow-up due at the fake `now` is pending, then runs the checker: first the
   * follow-up rows against what @haven/rules plans from every case's facts, then the task table
   * against the rows. Cases whose rows a drill inserted directly (seedCase/seedFollowups) have no
   * order, so the rules plan nothing for them and their rows (not of a rule kind) are left out.
   */
  async settleAndCheck(timeoutMs = 90_000): Promise<CheckerReport> {
    const now = this.clock.now();
    await waitFor(
      'every due follow-up delivered',
      async () =>
        (await this.count(
          `select count(*) as n from followup where state = 'pending' and due_at <= $1`,
          [now],
        )) === 0
          ? true
          : null,
      timeoutMs,
      200,
    );
    const rules = await checkAgainstRules(this.baseEnv, now);
    return { ...(await checkExactlyOnce(this.db, now)), rules };
  }

  /** Every log file the drill's processes wrote, concatenated (A8 greps it). */
  allLogs(): string {
    return readdirSync(this.root)
      .filter((f) => f.endsWith('.log'))
      .map((f) => readFileSync(join(this.root, f), 'utf8'))
      .join('\n');
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill9()));
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    await this.db.end().catch(() => undefined);
    await this.redis.stop();
    this.pg.stop();
    if (!process.env['KEEP_DRILL_DIRS']) rmSync(this.root, { recursive: true, force: true });
  }
}
