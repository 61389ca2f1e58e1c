import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { exportQuery } from '@api/exports/export-sources';
import { EXPORTS_QUEUE, ExportJob, exportJobId } from '@api/jobs/queues';
import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

/**
 * `npm run bench:export` (issue 16): 100,000 cases exported by a real worker process as CSV and
 * as XLSX, each in a fresh worker so its peak RSS (VmHWM) is that format's; CSV's rate compared
 * with PostgreSQL's own `COPY (same query) TO STDOUT` in the same run, on a throwaway cluster.
 * The worker is the build (`npm run bench:export` builds the API first).
 * Targets: CSV ≥ 50,000 rows/s and within 3× of COPY; peak RSS < 300 MB for both formats.
 */
const CASES = Number(process.env['BENCH_EXPORT_CASES'] ?? 100_000);
const ADVOCATES = 20;
const TARGET_CSV_ROWS_PER_S = 50_000;
const TARGET_COPY_FACTOR = 3;
const TARGET_RSS_MB = 300;

async function main(): Promise<void> {
  const env = await DrillEnvironment.start('bench-export', {
    aof: false,
    fakeClock: false,
    // The worker as production runs it (the build), not the source transpiler's process.
    entry: 'dist',
    // 'info': the drill waits for the worker's "worker ready" line.
    env: { LOG_LEVEL: 'info' },
  });
  const exportDir = join(env.root, 'exports');
  const results: string[] = [];
  let failed = false;
  const verdict = (ok: boolean, line: string) => {
    if (!ok) failed = true;
    results.push(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
  };
  try {
    const supervisor = await env.seedUser({ role: 'supervisor' });
    const org = supervisor.organisationId;
    const t0 = Date.now();
    await seed(env, org);
    console.log(`bench:export  ${CASES} cases seeded in ${Date.now() - t0} ms`);

    const copyMs = await copyBaseline(env, org);
    const copyRate = CASES / (copyMs / 1000);
    console.log(`COPY ... TO STDOUT (csv)  ${fmt(copyRate)} rows/s  (${copyMs} ms)`);

    for (const format of ['csv', 'xlsx'] as const) {
      const worker = await env.startWorker({ EXPORT_DIR: exportDir });
      const baseline = memory(worker.pid).rssMb;
      const [row] = (
        await env.db.query<{ id: string }>(
          `insert into export_file (organisation_id, user_id, kind, format, created_at)
           values ($1, $2, 'cases', $3, now()) returning id`,
          [org, supervisor.id, format],
        )
      ).rows as [{ id: string }];
      let peakSampled = 0;
      const sampler = setInterval(() => {
        peakSampled = Math.max(peakSampled, memory(worker.pid).rssMb);
      }, 50);
      await env
        .queue(EXPORTS_QUEUE)
        .add(ExportJob.Run, { exportId: row.id }, { jobId: exportJobId(row.id) });
      const done = await waitFor(
        `export ${format}`,
        async () => {
          const r = await env.db.query<{
            status: string;
            row_count: number;
            ms: number;
            byte_size: string;
          }>(
            `select status, row_count, byte_size,
                    extract(epoch from finished_at - started_at) * 1000 as ms
               from export_file where id = $1`,
            [row.id],
          );
          const s = r.rows[0];
          if (s?.status === 'failed') throw new Error(`${format} export failed`);
          return s?.status === 'done' ? s : null;
        },
        600_000,
        100,
      );
      clearInterval(sampler);
      const mem = memory(worker.pid);
      worker.signal('SIGTERM');
      await worker.exited;
      const rate = done.row_count / (Number(done.ms) / 1000);
      const peak = Math.max(mem.hwmMb, peakSampled);
      console.log(
        `${format.toUpperCase()}  ${done.row_count} rows in ${Math.round(Number(done.ms))} ms = ${fmt(rate)} rows/s; ` +
          `${(Number(done.byte_size) / 1_048_576).toFixed(1)} MB; worker RSS idle ${baseline} MB, peak ${peak} MB`,
      );
      if (done.row_count !== CASES)
        verdict(false, `${format}: ${done.row_count} rows, expected ${CASES}`);
      if (format === 'csv') {
        verdict(
          rate >= TARGET_CSV_ROWS_PER_S,
          `CSV ${fmt(rate)} rows/s >= ${fmt(TARGET_CSV_ROWS_PER_S)}`,
        );
        verdict(
          copyRate / rate <= TARGET_COPY_FACTOR,
          `CSV within ${TARGET_COPY_FACTOR}x of COPY (${(copyRate / rate).toFixed(2)}x)`,
        );
      }
      verdict(
        peak < TARGET_RSS_MB,
        `${format.toUpperCase()} worker peak RSS ${peak} MB < ${TARGET_RSS_MB} MB`,
      );
    }
  } finally {
    await env.close();
  }
  console.log(results.join('\n'));
  if (failed) process.exitCode = 1;
}

/** The organisation's caseload: clients, respondents, cases and assignments, in four statements. */
async function seed(env: DrillEnvironment, org: string): Promise<void> {
  const advocates = await env.db.query<{ id: string }>(
    `insert into app_user (organisation_id, email, display_name, role, password_hash)
     select $1, 'bench-advocate-' || g || '@example.org', 'Bench Advocate ' || g, 'advocate',
            (select password_hash from app_user where organisation_id = $1 limit 1)
       from generate_series(1, $2) g returning id`,
    [org, ADVOCATES],
  );
  const ids = advocates.rows.map((r) => r.id);
  await env.db.query(
    `insert into client (id, organisation_id, full_name, name_key)
     select md5('c' || g)::uuid, $1, 'Client ' || g || ', "Bench"', 'client ' || g
       from generate_series(1, $2) g`,
    [org, CASES],
  );
  await env.db.query(
    `insert into respondent (id, organisation_id, full_name, name_key)
     select md5('r' || g)::uuid, $1, 'Respondent ' || g, 'respondent ' || g
       from generate_series(1, $2) g`,
    [org, CASES],
  );
  await env.db.query(
    `insert into case_file (id, organisation_id, reference, client_id, respondent_id, stage, opened_on,
       relationship, lives_with_respondent, has_medical_evidence, court_id, venue_locality, next_due_on)
     select md5('k' || g)::uuid, $1, 'HV-B-' || lpad(g::text, 6, '0'), md5('c' || g)::uuid,
            md5('r' || g)::uuid, 'intake', date '2026-01-01' + (g % 300), 'spouse', false, false,
            'jdr-fairfax', 'Fairfax County', date '2026-12-01' + (g % 90)
       from generate_series(1, $2) g`,
    [org, CASES],
  );
  await env.db.query(
    `insert into case_assignment (case_id, user_id, organisation_id)
     select md5('k' || g)::uuid, ($3::uuid[])[1 + g % $4], $1 from generate_series(1, $2) g`,
    [org, CASES, ids, ADVOCATES],
  );
  await env.db.query('analyze');
}

/**
 * PostgreSQL's own CSV of the same query, through psql to a pipe the bench drains (parameters
 * inlined: they are the bench's own ids).
 */
async function copyBaseline(env: DrillEnvironment, org: string): Promise<number> {
  const query = exportQuery(
    'cases',
    { organisationId: org, advocateId: null, userId: org },
    {},
    false,
  );
  const sql = query.sql.replace(/\$1\b/g, `'${org}'::uuid`).replace(/\$2\b/g, 'null');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn(
      'psql',
      [env.pg.url, '-X', '-q', '-c', `copy (${sql}) to stdout (format csv, header)`],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        // The same planner settings as the export's cursor transaction (cursor-rows.ts).
        env: { ...process.env, PGOPTIONS: '-c jit=off -c work_mem=64MB' },
      },
    );
    let bytes = 0;
    psql.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    psql.once('error', reject);
    psql.once('exit', (code) =>
      code === 0 && bytes > 0 ? resolve() : reject(new Error(`psql copy exited ${code}`)),
    );
  });
  return Date.now() - started;
}

function memory(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024) };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
