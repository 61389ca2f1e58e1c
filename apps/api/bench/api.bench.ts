import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

import { transformFileSync } from '@swc/core';
import { Client } from 'pg';

import { totpCodeAt } from '@api/auth/mfa/totp';

import { benchEndpoints, findSubjects, type BenchEndpoint } from './api-bench/endpoints';
import type { CapturedStatement } from './api-bench/capture-sql';
import { measure } from './api-bench/measure';
import { printTable, verdicts, type EndpointResult } from './api-bench/report';
import { SCALE_PASSWORD } from './seed-scale';
import { prepareScaleDatabase, withDatabase } from './seed-scale/scale-database';

/**
 * `npm run bench:api` (issue 18): the API's hot endpoints over the scale seed, loaded with
 * autocannon at 16 connections against the built API (as haven_app, under row-level security,
 * signed in as a seeded advocate and supervisor), and the same statements through a bare `pg`
 * server as the baseline. Prints p50/p95/p99, req/s, response size and Haven's share of the
 * baseline's throughput, with PASS/FAIL against the targets, and writes bench/results.json.
 *
 * BENCH_CASES (default 100,000) and BENCH_DATABASE_URL (default haven_scale_bench on the owner's
 * server) choose the database; one already seeded at that size is reused. BENCH_SECONDS (default
 * 8) per endpoint and side. BENCH_API_DIST: a built API to use instead of building one into
 * tmp/bench-api. BENCH_ONLY: a comma-separated list of endpoint names (a comma inside a name's parentheses is the name's) to measure (the others are
 * skipped), for comparing two builds on the few requests a change touches. BENCH_API_NODE_ARGS:
 * extra Node flags for the API process (say `--cpu-prof --cpu-prof-dir=tmp/prof`, to see where a
 * request's time goes).
 */
const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const CONNECTIONS = 16;
const POOL_SIZE = 20;
const OUT = join('tmp', 'bench-api');

function ownerServer(): string {
  return (
    process.env['DATABASE_OWNER_URL'] ??
    process.env['DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/haven'
  );
}

/** The application role's URL on the bench database (row-level security applies to it). */
function appUrl(database: string): string {
  const u = new URL(withDatabase(process.env['DATABASE_URL'] ?? ownerServer(), database));
  if (u.username === 'postgres' || !process.env['DATABASE_URL']) {
    u.username = 'haven_app';
    u.password = 'haven_app';
  }
  return u.toString();
}

/** Builds the API as `nx build api` does, into a directory of the bench's own. */
function buildApi(): string {
  if (process.env['BENCH_API_DIST']) return process.env['BENCH_API_DIST'];
  console.log('bench:api  building the API into tmp/bench-api');
  try {
    execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--outDir', OUT], {
      stdio: 'inherit',
    });
  } catch (err) {
    // tsc emits despite type errors; a shared working tree may hold someone's unfinished file.
    if (!existsSync(join(OUT, 'apps/api/src/main.js'))) throw err;
    console.log('bench:api  note: the API built with type errors (see above); measuring it anyway');
  }
  execFileSync('npx', ['tsc-alias', '-p', 'apps/api/tsconfig.app.json', '--outDir', OUT], {
    stdio: 'inherit',
  });
  return OUT;
}

/** The capture preload, compiled to plain CommonJS so the built API runs without a TS loader. */
function compilePreload(): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'capture-sql.js');
  const { code } = transformFileSync(join(__dirname, 'api-bench', 'capture-sql.ts'), {
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  writeFileSync(file, code);
  return resolve(file);
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not answer /api/health within 2 minutes');
}

function cookieOf(res: Response, email: string): string {
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${email} set no cookie`);
  return cookie;
}

/**
 * Signs a seeded user in. A supervisor's role requires a second factor: the bench sets up an
 * authenticator through the API's own enrolment (its earlier one is removed first, on this bench
 * database only) and confirms it with the current code, as a person would on first sign-in.
 */
async function signIn(base: string, email: string, ownerUrl: string): Promise<string> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query(
      'delete from user_mfa where user_id = (select id from app_user where email = $1)',
      [email],
    );
  } finally {
    await owner.end();
  }
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: SCALE_PASSWORD }),
  });
  const body = (await res.json()) as { stage?: string };
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed with ${res.status}`);
  const cookie = cookieOf(res, email);
  if (body.stage !== 'mfa_enrolment') return cookie;
  const started = await fetch(`${base}/api/auth/mfa/enrolment`, {
    method: 'POST',
    headers: { cookie },
  });
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await fetch(`${base}/api/auth/mfa/enrolment/confirm`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ code: totpCodeAt(secret, new Date()) }),
  });
  if (confirmed.status !== 200)
    throw new Error(`second-factor set-up of ${email} failed with ${confirmed.status}`);
  return cookieOf(confirmed, email);
}

/**
 * Waits until a server has finished what the last run left in flight (autocannon stops sending, but
 * a board's 50 MB answers may still be computing): two quick health answers in a row, or 60 s.
 */
async function settle(healthUrl: string): Promise<void> {
  let quick = 0;
  for (let i = 0; i < 120 && quick < 2; i += 1) {
    const started = performance.now();
    try {
      await fetch(healthUrl);
    } catch {
      // a server still shedding connections
    }
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function lines(file: string): CapturedStatement[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CapturedStatement);
}

async function main(): Promise<void> {
  const database = new URL(
    process.env['BENCH_DATABASE_URL'] ?? withDatabase(ownerServer(), 'haven_scale_bench'),
  ).pathname.slice(1);
  const ownerUrl = process.env['BENCH_DATABASE_URL'] ?? withDatabase(ownerServer(), database);
  const load = { before: loadavg(), cpus: cpus().length };
  const scale = await prepareScaleDatabase({
    url: ownerUrl,
    cases: CASES,
    recreate: true,
    reuse: true,
    workers: 2,
    log: console.log,
  });
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  const subjects = await findSubjects(owner, scale.organisationId);
  await owner.end();
  const endpoints = onlyNamed(benchEndpoints(subjects), process.env['BENCH_ONLY']);

  const dist = buildApi();
  const preload = compilePreload();
  const captureFile = join(OUT, 'captured-sql.jsonl');
  writeFileSync(captureFile, '');
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const api = spawn(
    process.execPath,
    [...nodeArgs, '-r', preload, join(dist, 'apps/api/src/main.js')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: appUrl(database),
        DATABASE_OWNER_URL: ownerUrl,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        DATA_ENCRYPTION_KEYS: scale.keys.dataEncryptionKeys,
        DATA_ENCRYPTION_KEY_ID: scale.keys.dataEncryptionKeyId,
        BLIND_INDEX_KEY: scale.keys.blindIndexKey,
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        QUEUE_PREFIX: 'bench-api',
        BENCH_SQL_CAPTURE_FILE: captureFile,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  let bare: ChildProcess | null = null;
  try {
    await waitForHealth(base, api);
    const cookies = {
      advocate: await signIn(base, subjects.advocateEmail, ownerUrl),
      supervisor: await signIn(base, subjects.supervisorEmail, ownerUrl),
    };
    // One request per endpoint, one at a time, recording the statements each one sent.
    const statements: Record<string, CapturedStatement[]> = {};
    const sizes: Record<string, number> = {};
    for (const e of endpoints) {
      const before = lines(captureFile).length;
      const res = await fetch(base + e.path, { headers: { cookie: cookies[e.role] } });
      const body = await res.text();
      if (res.status !== 200)
        throw new Error(`${e.name}: ${e.path} answered ${res.status}: ${body.slice(0, 200)}`);
      sizes[e.name] = Buffer.byteLength(body);
      await new Promise((r) => setTimeout(r, 150));
      statements[e.name] = lines(captureFile).slice(before);
    }
    api.kill('SIGWINCH');
    const statementsFile = join(OUT, 'statements.json');
    writeFileSync(statementsFile, JSON.stringify(statements));
    bare = fork(join(__dirname, 'api-bench', 'bare-server.ts'), [], {
      env: {
        ...process.env,
        BARE_DATABASE_URL: appUrl(database),
        BARE_STATEMENTS_FILE: statementsFile,
        BARE_POOL_SIZE: String(POOL_SIZE),
        PORT: '0',
      },
      execArgv: ['-r', '@swc-node/register'],
    });
    const barePort = await new Promise<number>((resolve, reject) => {
      bare?.once('message', (m: { port: number }) => resolve(m.port));
      bare?.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
    });

    const results: EndpointResult[] = [];
    for (const e of endpoints) {
      const connections = e.connections ?? CONNECTIONS;
      process.stdout.write(`bench:api  ${e.name} …`);
      await settle(`${base}/api/health`);
      const haven = await measure(base + e.path, { cookie: cookies[e.role] }, connections, SECONDS);
      await settle(`http://127.0.0.1:${barePort}/health`);
      const baseline = await measure(
        `http://127.0.0.1:${barePort}/e/${encodeURIComponent(e.name)}`,
        {},
        connections,
        SECONDS,
      );
      process.stdout.write(
        ` p95 ${haven.p95.toFixed(0)} ms (bare ${baseline.p95.toFixed(0)} ms)\n`,
      );
      results.push({
        ...endpointInfo(e),
        connections,
        statements: statements[e.name]?.length ?? 0,
        roundTrips: statements[e.name]?.filter((s) => !s.pipelined).length ?? 0,
        responseBytes: sizes[e.name] ?? 0,
        haven,
        baseline,
      });
    }
    const judged = verdicts(results);
    const loadAfter = loadavg();
    printTable(judged, { cases: CASES, seconds: SECONDS, load: [load.before, loadAfter] });
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      join('bench', 'results.json'),
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          cases: CASES,
          database,
          seededNow: scale.seeded,
          seedSeconds: scale.seedMs === null ? null : scale.seedMs / 1000,
          secondsPerEndpoint: SECONDS,
          machine: { cpus: load.cpus, loadAverageBefore: load.before, loadAverageAfter: loadAfter },
          note:
            'Measured on a shared machine: a load average above the core count means other work ' +
            'competed for the CPUs, and every figure here is slower than on an idle machine.',
          endpoints: judged,
        },
        null,
        2,
      )}\n`,
    );
    console.log('bench:api  results written to bench/results.json');
    if (judged.some((r) => r.verdict === 'FAIL')) process.exitCode = 1;
  } finally {
    bare?.kill();
    api.kill();
  }
}

function onlyNamed(endpoints: BenchEndpoint[], only: string | undefined): BenchEndpoint[] {
  if (!only) return endpoints;
  // Commas inside parentheses belong to a name ("caseload deep page (1,000 in)").
  const names = new Set(only.split(/,(?![^(]*\))/).map((n) => n.trim()));
  const unknown = [...names].filter((n) => !endpoints.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `BENCH_ONLY names no endpoint called ${unknown.join(', ')}; the endpoints are: ${endpoints
        .map((e) => e.name)
        .join(', ')}`,
    );
  }
  return endpoints.filter((e) => names.has(e.name));
}

function endpointInfo(e: BenchEndpoint) {
  return {
    name: e.name,
    role: e.role,
    path: e.path.replace(/cursor=[^&]+/, 'cursor=…'),
    targetP95: e.targetP95,
    within20PercentOf: e.within20PercentOf ?? null,
  };
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('bench:api failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
