import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..', '..');

/**
 * A command-line entry of the API (`apps/api/src/<path>.ts`, run from source as the drills run
 * the API and worker) with only the environment given, its output kept for the drill to read.
 */
export class ScriptProcess {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly proc: ChildProcess;

  constructor(entry: string, args: string[], env: Record<string, string>) {
    this.proc = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        SWC_NODE_PROJECT: 'apps/api/tsconfig.spec.json',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.proc.stdout, this.proc.stderr])
      stream?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.exited = new Promise((resolve) => {
      this.proc.once('exit', (code, signal) => resolve({ code, signal }));
    });
  }

  async kill9(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }

  text(): string {
    return this.output.join('');
  }
}
