import type { DataSource } from 'typeorm';

import { connectDelayMs, DatabaseConnector } from './database-connector';

const FAST = { firstDelayMs: 1, maxDelayMs: 4 };

/** A data source whose `initialize()` fails `failures` times, then connects (or waits for `gate`). */
function flakyDataSource(failures: number, gate?: Promise<void>) {
  const calls = { initialize: 0, destroy: 0 };
  const dataSource = {
    async initialize() {
      calls.initialize += 1;
      if (calls.initialize <= failures) {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
          code: 'ECONNREFUSED',
        });
      }
      await gate;
      return dataSource;
    },
    async destroy() {
      calls.destroy += 1;
    },
  };
  return { dataSource: dataSource as unknown as DataSource, calls };
}

function recordingLogger() {
  const lines: string[] = [];
  return { lines, log: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
}

describe('connectDelayMs', () => {
  it('waits 1 s, then doubles, and never more than 30 s between attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50, 10_000].map((n) => connectDelayMs(n))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000,
    ]);
  });
});

describe('DatabaseConnector', () => {
  it('retries the same data source until PostgreSQL answers, then reports ready', async () => {
    const { dataSource, calls } = flakyDataSource(4);
    const logger = recordingLogger();
    const connector = new DatabaseConnector(dataSource, FAST, logger);
    await connector.firstAttempt;
    expect(connector.isReady).toBe(false);

    await expect(connector.connected).resolves.toBe(dataSource);
    expect(connector.isReady).toBe(true);
    expect(calls.initialize).toBe(5);
    expect(logger.lines).toEqual([
      'PostgreSQL unavailable (attempt 1: connect ECONNREFUSED 127.0.0.1:5432); retrying in 1 ms',
      'PostgreSQL unavailable (attempt 2: connect ECONNREFUSED 127.0.0.1:5432); retrying in 2 ms',
      'PostgreSQL unavailable (attempt 3: connect ECONNREFUSED 127.0.0.1:5432); retrying in 4 ms',
      'PostgreSQL unavailable (attempt 4: connect ECONNREFUSED 127.0.0.1:5432); retrying in 4 ms',
      'connected to PostgreSQL after 4 failed attempt(s)',
    ]);
  });

  it('is ready after the first attempt when PostgreSQL is already up, and logs nothing', async () => {
    const { dataSource, calls } = flakyDataSource(0);
    const logger = recordingLogger();
    const connector = new DatabaseConnector(dataSource, FAST, logger);
    await connector.firstAttempt;
    await connector.connected;
    expect({ ready: connector.isReady, attempts: calls.initialize }).toEqual({
      ready: true,
      attempts: 1,
    });
    expect(logger.lines).toEqual([]);
  });

  it('stops retrying once stopped, while it waits between attempts', async () => {
    const { dataSource, calls } = flakyDataSource(Number.POSITIVE_INFINITY);
    const connector = new DatabaseConnector(
      dataSource,
      { firstDelayMs: 60_000, maxDelayMs: 60_000 },
      recordingLogger(),
    );
    await connector.firstAttempt;
    connector.stop();
    await expect(connector.connected).rejects.toThrow(/shutting down/);
    expect({ ready: connector.isReady, attempts: calls.initialize }).toEqual({
      ready: false,
      attempts: 1,
    });
  });

  it('closes a connection that completes after it was stopped, so no pool outlives the app', async () => {
    let open!: () => void;
    const { dataSource, calls } = flakyDataSource(0, new Promise<void>((r) => (open = r)));
    const connector = new DatabaseConnector(dataSource, FAST, recordingLogger());
    connector.stop();
    open();
    await expect(connector.connected).rejects.toThrow(/shutting down/);
    expect({ ready: connector.isReady, destroyed: calls.destroy }).toEqual({
      ready: false,
      destroyed: 1,
    });
  });
});
