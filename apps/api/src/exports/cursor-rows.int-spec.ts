import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '@api/database/data-source';

import { cursorRows, FETCH_SIZE } from './cursor-rows';

// The cursor behind every export, on the real PostgreSQL: batches asked for ahead of the caller.
describe('cursorRows (real PostgreSQL)', () => {
  const rows = FETCH_SIZE * 2 + 7;
  const query = {
    sql: 'select n from generate_series(1, $1::int) n order by n',
    countSql: 'select $1::int as n',
    params: [rows],
  };
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource({
      ...dataSourceOptions(process.env['DATABASE_URL'] ?? ''),
      migrations: [],
    }).initialize();
  });
  afterAll(async () => {
    await db.destroy();
  });

  /** Whether the connection is outside any transaction: a new statement starts its own. */
  async function outsideTransaction(runner: ReturnType<DataSource['createQueryRunner']>) {
    const [row] = (await runner.query(
      'select transaction_timestamp() = statement_timestamp() as fresh',
    )) as [{ fresh: boolean }];
    return row.fresh;
  }

  it('hands on every row once and in order across batches, and commits', async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      let total = 0;
      const seen: number[] = [];
      for await (const batch of cursorRows(runner, randomUUID(), query, (n) => {
        total = n;
      })) {
        seen.push(...batch.map((r) => Number(r['n'])));
      }
      expect(total).toBe(rows);
      expect(seen).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
      expect(await outsideTransaction(runner)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('leaves no transaction open when the caller stops after the first batch', async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      for await (const batch of cursorRows(runner, randomUUID(), query)) {
        expect(batch).toHaveLength(FETCH_SIZE);
        break;
      }
      expect(await outsideTransaction(runner)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('leaves no transaction open when the caller fails mid-way', async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await expect(
        (async () => {
          for await (const _batch of cursorRows(runner, randomUUID(), query)) {
            throw new Error('disk full');
          }
        })(),
      ).rejects.toThrow('disk full');
      expect(await outsideTransaction(runner)).toBe(true);
    } finally {
      await runner.release();
    }
  });
});
