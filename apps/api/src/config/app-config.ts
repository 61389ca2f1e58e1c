import type { Env } from './env.schema';

/** The typed, injected view of the validated environment. Nothing else reads `process.env`. */
export class AppConfig {
  constructor(private readonly env: Env) {}

  get nodeEnv(): Env['NODE_ENV'] {
    return this.env.NODE_ENV;
  }
  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
  get http(): { host: string; port: number } {
    return { host: this.env.HOST, port: this.env.PORT };
  }
  get databaseUrl(): string {
    return this.env.DATABASE_URL;
  }
  /** The schema owner's connection (migrations, the worker); the app's own when none is set. */
  get ownerDatabaseUrl(): string {
    return this.env.DATABASE_OWNER_URL ?? this.env.DATABASE_URL;
  }
  /** The read replica reports and exports read from, or null to read the primary. */
  get replicaDatabaseUrl(): string | null {
    return this.env.DATABASE_REPLICA_URL ?? null;
  }
  get databasePool(): {
    size: number;
    acquireTimeoutMs: number;
    idleTimeoutMs: number;
    maxLifetimeSeconds: number;
  } {
    return {
      size: this.env.DATABASE_POOL_SIZE,
      acquireTimeoutMs: this.env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
      idleTimeoutMs: 5 * 60_000,
      maxLifetimeSeconds: 60 * 60,
    };
  }
  get rateLimitPerMinute(): number {
    return this.env.RATE_LIMIT_PER_MINUTE;
  }
  get redisUrl(): string {
    return this.env.REDIS_URL;
  }
  get log(): { level: Env['LOG_LEVEL']; file?: string } {
    return { level: this.env.LOG_LEVEL, file: this.env.LOG_FILE };
  }
  get webDistDir(): string {
    return this.env.WEB_DIST_DIR;
  }
  get session(): { cookieName: string; secure: boolean; idleMs: number; absoluteMs: number } {
    const secure = this.env.SESSION_COOKIE_SECURE;
    return {
      // The __Host- prefix makes the browser refuse the cookie unless Secure, Path=/ and no Domain.
      cookieName: secure ? '__Host-haven_session' : 'haven_session',
      secure,
      idleMs: this.env.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: this.env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    };
  }
  /** How long after proving a factor a dangerous act needs no new proof (step-up, B9). */
  get stepUpMs(): number {
    return this.env.STEP_UP_MINUTES * 60_000;
  }
  get crypto(): {
    keyRing: string;
    currentKeyId: string;
    blindIndexKey: Buffer;
    previousBlindIndexKeys: Buffer[];
  } {
    return {
      keyRing: this.env.DATA_ENCRYPTION_KEYS,
      currentKeyId: this.env.DATA_ENCRYPTION_KEY_ID,
      blindIndexKey: Buffer.from(this.env.BLIND_INDEX_KEY, 'base64'),
      previousBlindIndexKeys: (this.env.BLIND_INDEX_PREVIOUS_KEYS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
        .map((k) => Buffer.from(k, 'base64')),
    };
  }
  get jobs(): {
    prefix: string;
    attempts: number;
    backoffMs: number;
    reconcileIntervalMs: number;
    concurrency: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
    maxStalledCount: number;
    watchdogMs: number;
    shutdownTimeoutMs: number;
  } {
    return {
      prefix: this.env.QUEUE_PREFIX,
      attempts: this.env.JOB_ATTEMPTS,
      backoffMs: this.env.JOB_BACKOFF_MS,
      reconcileIntervalMs: this.env.RECONCILE_INTERVAL_MS,
      concurrency: this.env.JOB_CONCURRENCY,
      lockDurationMs: this.env.JOB_LOCK_DURATION_MS,
      stalledIntervalMs: this.env.JOB_STALLED_INTERVAL_MS,
      maxStalledCount: this.env.JOB_MAX_STALLED_COUNT,
      watchdogMs: this.env.WORKER_WATCHDOG_MS,
      shutdownTimeoutMs: this.env.WORKER_SHUTDOWN_TIMEOUT_MS,
    };
  }
  get exports(): { dir: string; retentionDays: number } {
    return { dir: this.env.EXPORT_DIR, retentionDays: this.env.EXPORT_RETENTION_DAYS };
  }
  get retentionSweepMs(): number {
    return this.env.RETENTION_SWEEP_INTERVAL_MS;
  }
  /** The fake-clock file of a test process; parseEnv refuses it outside NODE_ENV=test. */
  get fakeClockFile(): string | undefined {
    return this.env.NODE_ENV === 'test' ? this.env.FAKE_CLOCK_FILE : undefined;
  }
}
