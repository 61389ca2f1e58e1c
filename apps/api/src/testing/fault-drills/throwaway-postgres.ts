import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from 'pg';

import { migrateDatabase } from '../migrate-database';

import { freePort } from './free-port';

const PG_BIN = process.env['PG_BIN_DIR'] ?? '/usr/local/bin';

/**
 * A PostgreSQL cluster of the drill's own (initdb into a temp dir, a free port, the unix socket in
 * that dir), migrated by the same code as the integration tests. Runs fsync=on so a crash test
 * means what it says (H2). As root, the server runs as the `postgres` user (initdb refuses root).
 */
export class ThrowawayPostgres {
  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  /** `port`: one chosen beforehand, e.g. where a process has been trying to connect all along. */
  static async create(root: string, options: { port?: number } = {}): Promise<ThrowawayPostgres> {
    const dir = join(root, 'pg');
    mkdirSync(dir, { recursive: true });
    const pg = new ThrowawayPostgres(options.port ?? (await freePort()), dir);
    if (process.getuid?.() === 0) chownSync(dir, uidOf('postgres'), gidOf('postgres'));
    pg.run('initdb', [
      '-A',
      'trust',
      '-U',
      'postgres',
      '-D',
      pg.dataDir,
      '--no-sync',
      '-E',
      'UTF8',
    ]);
    pg.ctl(['start', '-w', '-o', pg.serverOptions()]);
    const admin = new Client({ connectionString: pg.urlFor('postgres') });
    await admin.connect();
    try {
      await admin.query('create database haven');
    } finally {
      await admin.end();
    }
    migrateDatabase(pg.url);
    return pg;
  }

  get url(): string {
    return this.urlFor('haven');
  }

  /** `pg_ctl restart -m immediate`: a crash restart (WAL replay), the G6 fault. */
  restartImmediate(): void {
    this.ctl(['restart', '-m', 'immediate', '-w', '-o', this.serverOptions()]);
  }

  /**
   * H2: `kill -9` of the postmaster (no shutdown, no checkpoint), then a start, which replays the
   * WAL. The start is retried while the killed server's backends, which notice the postmaster's
   * death within moments, still hold its shared memory.
   */
  async crashAndStart(): Promise<void> {
    process.kill(this.postmasterPid(), 'SIGKILL');
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.ctl(['start', '-w', '-o', this.serverOptions()]);
        return;
      } catch (err) {
        if (attempt >= 50) throw err;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  postmasterPid(): number {
    return Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  stop(): void {
    try {
      this.ctl(['stop', '-m', 'immediate', '-w']);
    } catch {
      // already stopped
    }
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private urlFor(db: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${db}`;
  }

  private serverOptions(): string {
    return [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=on',
      '-c synchronous_commit=on',
      '-c max_connections=200',
    ].join(' ');
  }

  private ctl(args: string[]): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'server.log'), ...args]);
  }

  private run(bin: string, args: string[]): void {
    const path = join(PG_BIN, bin);
    const asRoot = process.getuid?.() === 0;
    execFileSync(
      asRoot ? 'runuser' : path,
      asRoot ? ['-u', 'postgres', '--', path, ...args] : args,
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        cwd: this.dir,
      },
    );
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}
