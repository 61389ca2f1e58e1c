import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The launcher runs from a directory holding stand-ins for the built API and worker (it starts
// whatever sits at dist/…/main.js and worker.js): the API answers its health check and reports
// its pid, and each worker writes its pid to a file, so the test can kill one and see who is left.

const SCRIPT = join(__dirname, 'run-stack.mjs');

const FAKE_API = `
const { createServer } = require('node:http');
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(req.url === '/api/health' ? 'ok' : String(process.pid));
});
server.listen(Number(process.env.PORT), process.env.HOST);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

const FAKE_WORKER = `
const { appendFileSync } = require('node:fs');
appendFileSync('worker-pids', process.pid + '\\n');
setInterval(() => undefined, 1000);
process.on('SIGTERM', () => process.exit(0));
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor<T>(what: string, probe: () => T | null | Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('scripts/run-stack.mjs', () => {
  let dir: string;
  let stack: ChildProcess;
  let output = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'haven-run-stack-'));
    const src = join(dir, 'dist/apps/api/apps/api/src');
    mkdirSync(src, { recursive: true });
    mkdirSync(join(dir, 'dist/apps/web/browser'), { recursive: true });
    writeFileSync(join(src, 'main.js'), FAKE_API);
    writeFileSync(join(src, 'worker.js'), FAKE_WORKER);
    writeFileSync(join(dir, 'dist/apps/web/browser/index.html'), '');
  });
  afterAll(() => {
    // The whole process group: a failed test must not leave the stand-ins running, holding the
    // stack's output open (jest would then wait for them forever).
    try {
      if (stack?.pid !== undefined) process.kill(-stack.pid, 'SIGKILL');
    } catch {
      // ESRCH: the stack and everything it started have exited.
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a worker that dies, with a growing delay, keeps the API, and stops all on Ctrl-C', async () => {
    const port = await freePort();
    stack = spawn(process.execPath, [SCRIPT], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, with the API and worker it starts (see afterAll).
      detached: true,
    });
    stack.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stack.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => stack.once('exit', resolve));
    await waitFor('the stack to report ready', () =>
      output.includes('Haven is running at') ? true : null,
    );
    const apiPid = Number(await (await fetch(`http://127.0.0.1:${port}/pid`)).text());
    // The stack is ready when the API answers; the worker writes its pid when it has started.
    const workerPids = () => {
      try {
        return readFileSync(join(dir, 'worker-pids'), 'utf8').trim().split('\n').map(Number);
      } catch {
        return [];
      }
    };
    await waitFor('the first worker', () => (workerPids().length > 0 ? true : null));

    for (const [round, delay] of [
      [1, '1 s'],
      [2, '2 s'],
    ] as const) {
      const pid = workerPids()[round - 1]!;
      process.kill(pid, 'SIGKILL');
      await waitFor(`worker restart ${round}`, () =>
        workerPids().length === round + 1 ? true : null,
      );
      expect(output).toContain(
        `the worker exited (SIGKILL); the API keeps running; restarting the worker in ${delay}`,
      );
    }
    const [, , current] = workerPids();
    expect(isAlive(current!)).toBe(true);
    expect(await (await fetch(`http://127.0.0.1:${port}/pid`)).text()).toBe(String(apiPid));

    stack.kill('SIGINT');
    expect(await exited).toBe(0);
    expect([isAlive(apiPid), isAlive(current!)]).toEqual([false, false]);
    expect(output).not.toContain('stopping the stack');
  });
});
