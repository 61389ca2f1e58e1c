// Starts the built API (which also serves the web app) and one worker, waits until the API is
// healthy, prints where to go, and stops both on Ctrl-C or SIGTERM. Used by `npm run demo` and by
// the browser tests, so the e2e suite drives exactly what a newcomer starts.
//
// A worker that dies is started again after a backoff (1 s doubling to 30 s, back to 1 s once a
// worker has run for a minute): follow-ups wait in PostgreSQL meanwhile, so the API stays up. The
// API dying stops the stack, since nothing can be done without it.
import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';
const WORKER_ENTRY = 'dist/apps/api/apps/api/src/worker.js';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
// STACK_LOG_FILE sends the API's and worker's output to a file (the browser tests use it).
const logFile = process.env.STACK_LOG_FILE;
const stdio = logFile ? ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')] : 'inherit';

for (const entry of [API_ENTRY, WORKER_ENTRY, 'dist/apps/web/browser/index.html']) {
  if (!existsSync(entry)) {
    console.error(`missing ${entry}: run \`npm run build\` first`);
    process.exit(1);
  }
}

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'production',
  PORT: String(port),
  HOST: host,
};
const WORKER_RESTART_FIRST_MS = 1000;
const WORKER_RESTART_MAX_MS = 30_000;
const WORKER_STABLE_MS = 60_000;

let stopping = false;
let workerRestarts = 0;
let workerRestartTimer = null;
const api = spawn(process.execPath, [API_ENTRY], { env, stdio });
let worker = startWorker();

function startWorker() {
  const child = spawn(process.execPath, [WORKER_ENTRY], { env, stdio });
  const startedAt = Date.now();
  child.once('exit', (code, signal) => {
    if (stopping) return;
    // A worker that ran for a while met a fault, not a crash at start: begin the backoff again.
    workerRestarts = Date.now() - startedAt >= WORKER_STABLE_MS ? 1 : workerRestarts + 1;
    const delayMs = Math.min(
      WORKER_RESTART_MAX_MS,
      WORKER_RESTART_FIRST_MS * 2 ** (workerRestarts - 1),
    );
    console.error(
      `the worker exited (${signal ?? code}); the API keeps running; restarting the worker in ${delayMs / 1000} s`,
    );
    workerRestartTimer = setTimeout(() => {
      workerRestartTimer = null;
      worker = startWorker();
    }, delayMs);
  });
  return child;
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  clearTimeout(workerRestartTimer);
  const running = [api, worker].filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  const force = setTimeout(() => running.forEach((c) => c.kill('SIGKILL')), 10_000);
  force.unref();
  Promise.all(running.map((c) => new Promise((r) => c.once('exit', r)))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
api.once('exit', (code, signal) => {
  if (!stopping) {
    console.error(`the API exited (${signal ?? code}); stopping the stack`);
    stop(1);
  }
});

const deadline = Date.now() + 60_000;
for (;;) {
  try {
    const res = await fetch(`${url}/api/health`);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline || stopping) {
    console.error(`the API did not become healthy at ${url}/api/health within 60 s`);
    stop(1);
    break;
  }
  await sleep(250);
}

if (!stopping) {
  console.log(`
  Haven is running at ${url}
  (API at ${url}/api, health at ${url}/api/health; one worker process)

  Demo sign-ins (password for all: haven-demo-passphrase):
    advocate    advocate@blueridge.example     Blue Ridge Legal Aid (demo)
    advocate    advocate2@blueridge.example    Blue Ridge Legal Aid (demo)
    supervisor  supervisor@blueridge.example   Blue Ridge Legal Aid (demo)
    staff       staff@blueridge.example        Blue Ridge Legal Aid (demo)
    admin       admin@blueridge.example        Blue Ridge Legal Aid (demo)
    advocate    advocate@tidewater.example     Tidewater Survivors' Law Project (demo)

  Press Ctrl-C to stop.
`);
  if (process.send) process.send({ ready: true, url });
}
