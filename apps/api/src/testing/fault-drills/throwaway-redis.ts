import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { Redis } from 'ioredis';

import { freePort, waitFor } from './free-port';

const REDIS_SERVER = process.env['REDIS_SERVER_BIN'] ?? '/usr/bin/redis-server';

/**
 * A redis-server of the drill's own on a free loopback port and in its own directory, so killing,
 * flushing or filling it never disturbs the shared Redis on 6379 (security-checks §1).
 */
export class ThrowawayRedis {
  private proc: ChildProcess | null = null;
  private admin: Redis | null = null;

  private constructor(
    readonly port: number,
    readonly dir: string,
    private aof: boolean,
  ) {}

  static async start(root: string, options: { aof: boolean }): Promise<ThrowawayRedis> {
    const dir = join(root, 'redis');
    mkdirSync(dir, { recursive: true });
    const redis = new ThrowawayRedis(await freePort(), dir, options.aof);
    await redis.launch();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** A connection for the drill itself (reconnects after a restart). */
  client(): Redis {
    if (!this.admin) {
      this.admin = new Redis({ host: '127.0.0.1', port: this.port, maxRetriesPerRequest: 3 });
      this.admin.on('error', () => undefined);
    }
    return this.admin;
  }

  /** kill -9: no shutdown save; with AOF everysec at most about a second is lost. */
  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
    this.proc = null;
  }

  /** Starts the server again on the same port; `empty` deletes its AOF and RDB files first. */
  async restart(options: { empty?: boolean; aof?: boolean } = {}): Promise<void> {
    await this.kill9();
    if (options.aof !== undefined) this.aof = options.aof;
    if (options.empty) {
      rmSync(this.dir, { recursive: true, force: true });
      mkdirSync(this.dir, { recursive: true });
    }
    await this.launch();
  }

  async stop(): Promise<void> {
    this.admin?.disconnect();
    this.admin = null;
    await this.kill9();
  }

  private async launch(): Promise<void> {
    this.proc = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        this.aof ? 'yes' : 'no',
        '--appendfsync',
        'everysec',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--logfile',
        join(this.dir, 'redis.log'),
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      `redis-server on ${this.port}`,
      async () => {
        const probe = new Redis({
          host: '127.0.0.1',
          port: this.port,
          lazyConnect: true,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG' ? true : null;
        } finally {
          probe.disconnect();
        }
      },
      10_000,
      50,
    );
  }
}
