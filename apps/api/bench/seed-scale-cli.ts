import { SCALE_PASSWORD } from './seed-scale';
import { defaultScaleDatabaseUrl, prepareScaleDatabase } from './seed-scale/scale-database';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * `npm run seed:scale -- --cases 100000 [--database-url URL] [--seed N] [--workers 2] [--existing]`:
 * recreates a bench database (default `haven_bench` on DATABASE_OWNER_URL's or DATABASE_URL's
 * server) from the migrations and seeds it. It refuses a database whose name does not contain
 * "bench", so the demo or test database is never wiped by mistake.
 */
async function main(): Promise<void> {
  const cases = Number(argument('cases') ?? 100_000);
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');
  const url = argument('database-url') ?? defaultScaleDatabaseUrl();
  const result = await prepareScaleDatabase({
    url,
    cases,
    seed: Number(argument('seed') ?? 20_261_206),
    workers: Number(argument('workers') ?? 2),
    recreate: !process.argv.includes('--existing'),
    reuse: false,
    log: console.log,
  });
  console.log(`  users sign in as ${result.advocateEmail} (password ${SCALE_PASSWORD})`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('seed:scale failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
