import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// or rediss:// URL');

const base64Key = (minBytes: number) =>
  z
    .string()
    .refine(
      (value) => Buffer.from(value, 'base64').length >= minBytes,
      `must be at least ${minBytes} bytes, base64`,
    );

const keyRingSpec = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]+)*$/,
    'must be id:base64key[,id:base64key…]',
  )
  .refine(
    (value) =>
      value
        .split(',')
        .every((entry) => Buffer.from(entry.split(':')[1] ?? '', 'base64').length === 32),
    'every key must be 32 bytes (base64 of 32 random bytes)',
  );

/** Every environment variable Haven reads; `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrl,
  // The owner of the schema: migrations and the worker (which works across organisations) use it.
  // The API uses DATABASE_URL, ideally the `haven_app` role that row-level security applies to.
  DATABASE_OWNER_URL: postgresUrl.optional(),
  // A streaming read replica for the long reads (reports, exports), as the same `haven_app` role;
  // unset, they read the primary like everything else (docs/performance.md, "Scaling out").
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  // Each process's pool. 20 connections keep two cores busy without PostgreSQL thrashing; a request
  // that waits longer than the acquire timeout for one answers 503 with Retry-After, not 500.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  REDIS_URL: redisUrl,
  // Requests per minute one client (a session, or an address when signed out) may make.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // Secrets: no defaults. Keys never live in the database or the repository (security-checks D4).
  DATA_ENCRYPTION_KEYS: keyRingSpec,
  DATA_ENCRYPTION_KEY_ID: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  BLIND_INDEX_KEY: base64Key(32),
  // Only while `npm run keys:rotate` moves the blind indexes to a new BLIND_INDEX_KEY: the old
  // key(s), comma-separated, so lookups still match rows not yet recomputed. Remove afterwards.
  BLIND_INDEX_PREVIOUS_KEYS: z
    .string()
    .refine(
      (value) => value.split(',').every((k) => Buffer.from(k.trim(), 'base64').length >= 32),
      'every key must be at least 32 bytes, base64, comma-separated',
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FILE: z.string().min(1).optional(),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web/browser'),
  SESSION_COOKIE_SECURE: booleanString.default(true),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  // How long a proven factor (sign-in or step-up) stays fresh for a dangerous act (B9).
  STEP_UP_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  JOB_BACKOFF_MS: z.coerce.number().int().min(10).default(2000),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('haven'),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).default(120000),
  // Worker tuning. Fault drills shrink the lock and stall timings so a crash is noticed in seconds.
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  JOB_LOCK_DURATION_MS: z.coerce.number().int().min(500).default(30000),
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30000),
  JOB_MAX_STALLED_COUNT: z.coerce.number().int().min(1).max(10).default(2),
  WORKER_WATCHDOG_MS: z.coerce.number().int().min(500).default(15000),
  WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30000),
  // How often the worker looks for closed cases past their retention period (D6); daily by default.
  RETENTION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(86_400_000),
  // Finished export files live here, outside any directory the web server serves (E3); the API
  // and the worker must see the same directory.
  EXPORT_DIR: z.string().min(1).default('var/exports'),
  EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Test-only: a file holding the instant (ISO) or offset (+ms / -ms) the clock reports. Refused
  // outside NODE_ENV=test, so a production process can never run on a fake clock.
  FAKE_CLOCK_FILE: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The variables that hold secrets: their values never appear in an error message. */
export const SECRET_VARIABLES = [
  'DATA_ENCRYPTION_KEYS',
  'BLIND_INDEX_KEY',
  'BLIND_INDEX_PREVIOUS_KEYS',
] as const;

/** Thrown at boot with every invalid variable named, so a misconfiguration fails fast and clearly. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  ${problems.join('\n  ')}\nSee .env.example.`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Validates a raw environment once; the result is the only view of it the app uses. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  if (result.data.FAKE_CLOCK_FILE !== undefined && result.data.NODE_ENV !== 'test') {
    throw new InvalidEnvironmentError(['FAKE_CLOCK_FILE: only allowed with NODE_ENV=test']);
  }
  return result.data;
}

/** Only what the migration and seed commands need, so they run without the app's other settings. */
export function parseDatabaseEnv(
  raw: Record<string, string | undefined>,
): Pick<Env, 'DATABASE_URL' | 'DATABASE_OWNER_URL'> {
  const result = envSchema.pick({ DATABASE_URL: true, DATABASE_OWNER_URL: true }).safeParse(raw);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}
