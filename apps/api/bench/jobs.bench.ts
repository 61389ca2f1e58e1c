import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';
import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { sleep, waitFor } from '@api/testing/fault-drills/free-port';

import { seedScale } from './seed-scale';

/**
 * `npm run bench:jobs` (security-checks G11): schedules follow-ups for 100,000 orders on a
 * throwaway redis-server and PostgreSQL cluster, with two worker processes on the system clock,
 * and prints how long enqueueing took and how late each task row came after its due time.
 * Targets: enqueue under 30 s, p99 lateness under 2 s.
 *
 * The follow-ups hang on the cases of a seeded statewide organisation (`seed:scale`), one order
 * each, as real orders do: every task insert refreshes its case's board entries and counters, so
 * a bench whose follow-ups all sat on one case measured a board of thousands of tasks rewritten
 * on each insert, not delivery.
 */
const ORDERS = Number(process.env['BENCH_JOBS_ORDERS'] ?? 100_000);
const CASES = Number(process.env['BENCH_JOBS_CASES'] ?? 100_000);
// Every job is enqueued before the first falls due. Then DUE of them fall due, evenly over
// WINDOW (a busy day's deliveries at 100 per second); the rest stay delayed in Redis, spread over
// the next 30 days, as a year of orders would be, so the queue is measured at its full size.
const DUE = Math.min(ORDERS, Number(process.env['BENCH_JOBS_DUE'] ?? 6_000));
const LEAD_MS = Number(process.env['BENCH_JOBS_LEAD_MS'] ?? 45_000);
const WINDOW_MS = Number(process.env['BENCH_JOBS_WINDOW_MS'] ?? 60_000);
const LATER_MS = 30 * 86_400_000;
const TARGET_ENQUEUE_MS = 30_000;
const TARGET_P99_MS = 2_000;

async function main(): Promise<void> {
  const env = await DrillEnvironment.start('bench-jobs', {
    aof: true,
    fakeClock: false,
    env: {
      LOG_LEVEL: 'warn',
      JOB_CONCURRENCY: '25',
      JOB_LOCK_DURATION_MS: '30000',
      JOB_STALLED_INTERVAL_MS: '30000',
      WORKER_WATCHDOG_MS: '15000',
    },
  });
  try {
    const seeding = Date.now();
    const seeded = await seedScale({
      databaseUrl: env.pg.url,
      cases: CASES,
      keys: env.keys,
      workers: 2,
      deferIndexes: true,
    });
    const organisationId = seeded.organisation.id;
    // Only the bench's follow-ups are pending, so every job in Redis and every new task is one.
    await env.db.query(`delete from followup where state = 'pending'`);
    console.log(
      `bench:jobs  ${CASES} cases seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s`,
    );
    const firstDue = Date.now() + LEAD_MS;
    // One follow-up per order (the outbox rows the order facts would have written), each on one
    // of the organisation's open cases in a shuffled order, so the ones due together are on
    // different cases and advocates.
    await env.db.query(
      `with open_case as (
         select id, row_number() over (order by md5(id::text)) - 1 as n
           from case_file where organisation_id = $1 and closed_on is null and stage <> 'closed'),
       order_slot as (
         select g, g % (select count(*) from open_case) as n from generate_series(0, $5 - 1) g)
       insert into followup (organisation_id, case_id, kind, due_at, key, title, act_by)
       select $1, c.id, 'case_opened_review', d, 'bench:' || g, 'Bench follow-up',
              (d at time zone 'America/New_York')::date
         from order_slot join open_case c using (n),
              lateral (select to_timestamp((case when g < $6
                 then $2::float8 + g * $3::float8 / $6
                 else $2::float8 + $3::float8 + $4::float8 * (g - $6) / greatest($5 - $6, 1) + 60000
               end) / 1000) as d) due`,
      [organisationId, firstDue, WINDOW_MS, LATER_MS, ORDERS, DUE],
    );
    const benchTasks = `from task t join followup f on f.id = t.followup_id where f.key like 'bench:%'`;
    console.log(
      `bench:jobs  ${ORDERS} orders' follow-ups enqueued; ${DUE} fall due over ${WINDOW_MS / 1000} s; two workers`,
    );

    // The workers' start-up reconcile enqueues the whole outbox (one holds the advisory lock).
    const queue = env.queue(FOLLOWUPS_QUEUE);
    const jobsInRedis = async () => {
      const c = await queue.getJobCounts(
        'delayed',
        'waiting',
        'prioritized',
        'active',
        'completed',
        'failed',
      );
      return Object.values(c).reduce((a, b) => a + b, 0);
    };
    const spawnedAt = Date.now();
    // Logging at warn (no line per delivery), so no "ready" line to wait for: Redis tells.
    env.spawn('worker');
    env.spawn('worker');
    let firstJobAt = 0;
    await waitFor(
      `${ORDERS} jobs in Redis`,
      async () => {
        const n = await jobsInRedis();
        if (n > 0 && firstJobAt === 0) firstJobAt = Date.now();
        return n >= ORDERS ? true : null;
      },
      10 * 60_000,
      100,
    );
    const enqueuedAt = Date.now();
    const enqueueMs = enqueuedAt - (firstJobAt || spawnedAt);
    if (enqueuedAt > firstDue) console.log('warning: enqueueing ran past the first due time');

    await sleep(Math.max(0, firstDue + WINDOW_MS - Date.now()));
    await waitFor(
      'every due follow-up delivered',
      async () => ((await env.count(`select count(*) as n ${benchTasks}`)) >= DUE ? true : null),
      10 * 60_000,
      200,
    );
    await sleep(200);
    const { rows } = await env.db.query<{ p50: number; p99: number; max: number; tasks: string }>(
      `select percentile_cont(0.5) within group (order by l) as p50,
              percentile_cont(0.99) within group (order by l) as p99,
              max(l) as max, count(*) as tasks
         from (select extract(epoch from t.created_at - f.due_at) * 1000 as l ${benchTasks}) x`,
    );
    const r = rows[0];
    if (!r) throw new Error('no tasks');
    const line = (name: string, value: string, ok: boolean | null) =>
      console.log(
        `  ${name.padEnd(34)} ${value.padStart(12)}  ${ok === null ? '' : ok ? 'ok' : 'OVER TARGET'}`,
      );
    line('tasks created (due ones)', r.tasks, Number(r.tasks) === DUE);
    line(
      'enqueue time (first to last job)',
      `${(enqueueMs / 1000).toFixed(1)} s`,
      enqueueMs < TARGET_ENQUEUE_MS,
    );
    line(
      'enqueue incl. worker start-up',
      `${((enqueuedAt - spawnedAt) / 1000).toFixed(1)} s`,
      null,
    );
    line('lateness p50 (due -> task row)', `${Number(r.p50).toFixed(0)} ms`, null);
    line('lateness p99', `${Number(r.p99).toFixed(0)} ms`, Number(r.p99) < TARGET_P99_MS);
    line('lateness max', `${Number(r.max).toFixed(0)} ms`, null);
  } finally {
    await env.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
