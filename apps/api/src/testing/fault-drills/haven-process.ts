import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { waitFor } from './free-port';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..', '..');

export type HavenRole = 'worker' | 'api';
export type HavenEntry = 'source' | 'dist';

/**
 * An API or worker process started from source (`node -r @swc-node/register`, decorator metadata
 * from apps/api/tsconfig.spec.json) or, for a bench, from the compiled build, its JSON log lines
 * kept in memory and in a file the A8 drill greps. Nothing here is mocked: it is the real entry
 * point with the drill's environment.
 */
export class HavenProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly proc: ChildProcess;
  private readonly log: WriteStream;

  constructor(
    readonly role: HavenRole,
    readonly name: string,
    env: Record<string, string>,
    logFile: string,
    entry: HavenEntry = 'source',
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
    const main = role === 'api' ? 'main' : 'worker';
    this.proc = spawn(
      process.execPath,
      entry === 'dist'
        ? [`dist/apps/api/apps/api/src/${main}.js`]
        : ['-r', '@swc-node/register', `apps/api/src/${main}.ts`],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          SWC_NODE_PROJECT: 'apps/api/tsconfig.spec.json',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        this.log.write(`${line}\n`);
      });
    }
    this.exited = new Promise((resolve) => {
      this.proc.once('exit', (code, signal) => resolve({ code, signal }));
    });
    void this.exited.then(() => this.log.end());
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.proc.kill(signal);
  }

  async kill9(): Promise<void> {
    this.signal('SIGKILL');
    await this.exited;
  }

  /** The first log line matching `pattern` (from the start of the process), waiting for it. */
  waitForLog(pattern: RegExp, timeoutMs = 60_000, fromLine = 0): Promise<string> {
    return waitFor(
      `${this.name}: log line ${pattern}`,
      async () => {
        if (!this.running && !this.lines.some((l) => pattern.test(l))) {
          throw new Error(`${this.name} exited:\n${this.lines.slice(-15).join('\n')}`);
        }
        return this.lines.slice(fromLine).find((l) => pattern.test(l)) ?? null;
      },
      timeoutMs,
      50,
    );
  }

  count(pattern: RegExp): number {
    return this.lines.filter((l) => pattern.test(l)).length;
  }
}
