import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** How long to wait between connection attempts: doubling from the first delay up to the cap. */
export interface ConnectBackoff {
  firstDelayMs: number;
  maxDelayMs: number;
}

/** 1 s, 2 s, 4 s … 30 s, then every 30 s for as long as PostgreSQL stays away. */
export const CONNECT_BACKOFF: ConnectBackoff = { firstDelayMs: 1000, maxDelayMs: 30_000 };

/** The wait after the `failures`-th failed attempt in a row (1-based). */
export function connectDelayMs(
  failures: number,
  backoff: ConnectBackoff = CONNECT_BACKOFF,
): number {
  const doublings = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(backoff.maxDelayMs, backoff.firstDelayMs * 2 ** doublings);
}

/**
 * Connects one TypeORM data source, retrying with exponential backoff until it succeeds or is
 * stopped. @nestjs/typeorm's own retry is a fixed delay with a bounded count, after which Nest
 * gives up and the process exits: a database that is late at boot (a restart of the host, a slow
 * failover) would take the whole API down with it instead of leaving it waiting.
 *
 * The same DataSource object is retried, so whatever was set on it before connecting (the tenant
 * query runners of the API) stays in place; a failed `initialize()` leaves it reusable.
 */
export class DatabaseConnector {
  /** Settles when connected; rejects only when stopped first. */
  readonly connected: Promise<DataSource>;
  /** Settles after the first attempt, connected or not. */
  readonly firstAttempt: Promise<void>;
  private state: 'connecting' | 'ready' | 'stopped' = 'connecting';
  private cancelSleep: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly backoff: ConnectBackoff = CONNECT_BACKOFF,
    private readonly logger: Pick<Logger, 'log' | 'warn'> = new Logger('Database'),
  ) {
    let firstAttemptDone!: () => void;
    this.firstAttempt = new Promise((resolve) => (firstAttemptDone = resolve));
    this.connected = this.run(firstAttemptDone);
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  /**
   * Stops retrying (the app is shutting down). A connection that is still being opened is closed
   * as soon as it completes, so no pool outlives the app.
   */
  stop(): void {
    if (this.state === 'connecting') this.state = 'stopped';
    this.cancelSleep?.();
  }

  private async run(firstAttemptDone: () => void): Promise<DataSource> {
    for (let failures = 0; ;) {
      try {
        await this.dataSource.initialize();
      } catch (err) {
        failures += 1;
        const delayMs = connectDelayMs(failures, this.backoff);
        firstAttemptDone();
        if (this.stopped) throw stoppedError();
        this.logger.warn(
          `PostgreSQL unavailable (attempt ${failures}: ${describe(err)}); retrying in ${delayMs} ms`,
        );
        await this.sleep(delayMs);
        if (this.stopped) throw stoppedError();
        continue;
      }
      firstAttemptDone();
      if (this.stopped) {
        await this.dataSource.destroy();
        throw stoppedError();
      }
      this.state = 'ready';
      if (failures > 0)
        this.logger.log(`connected to PostgreSQL after ${failures} failed attempt(s)`);
      return this.dataSource;
    }
  }

  // A getter, not a field test: stop() changes the state while run() awaits.
  private get stopped(): boolean {
    return this.state === 'stopped';
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      // A process that is otherwise finished should not stay alive only to retry.
      timer.unref();
      this.cancelSleep = done;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

function stoppedError(): Error {
  return new Error('stopped connecting to PostgreSQL: the app is shutting down');
}

/** The driver's message only: a connection error names host and port, never the password. */
function describe(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describe(err.errors[0]);
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

const connectors = new WeakMap<DataSource, DatabaseConnector>();

/**
 * For the API: tries once, and if PostgreSQL is not there returns the data source unconnected
 * while the connector keeps trying in the background, so the API can listen, answer its health
 * check with 503 and refuse other requests with Retry-After (DatabaseReadiness) meanwhile.
 */
export async function connectOrKeepTrying(dataSource: DataSource): Promise<DataSource> {
  const connector = register(dataSource);
  // The background rejection happens only on shutdown; nothing waits for it then.
  connector.connected.catch(() => undefined);
  await connector.firstAttempt;
  return dataSource;
}

/** For the worker, which has nothing to serve without PostgreSQL: waits until connected. */
export function connectPatiently(dataSource: DataSource): Promise<DataSource> {
  return register(dataSource).connected;
}

/** The connector of a data source connected by this file, for readiness and shutdown. */
export function connectorOf(dataSource: DataSource): DatabaseConnector | undefined {
  return connectors.get(dataSource);
}

function register(dataSource: DataSource): DatabaseConnector {
  const connector = new DatabaseConnector(dataSource);
  connectors.set(dataSource, connector);
  return connector;
}
