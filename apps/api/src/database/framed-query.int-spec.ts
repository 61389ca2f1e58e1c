import { Pool, type PoolClient } from 'pg';

import { PreparingClient } from '@api/common/sql/prepared-statements';

const ORG = '0b6f3c59-8d1e-4c4a-9a57-3f1d2e6a7b80';
const OPEN = `START TRANSACTION; SELECT set_config('app.org_id', '${ORG}', true)`;
const SETTING = "select current_setting('app.org_id', true) as org";

type Framed = PoolClient &
  PreparingClient & {
    connection: {
      stream: { write: (...args: unknown[]) => boolean };
      on(event: 'readyForQuery', listener: () => void): void;
    };
    pipeline: boolean;
    getTransactionStatus(): string | null;
  };

/**
 * A statement run outside a transaction is framed by its transaction's START (with the tenant
 * setting) and COMMIT, the three written at once (tenant-connection.ts; issue 18). What the frame
 * must keep: one round trip, the setting for that statement only, a write committed, a failure
 * rolled back and reported, and nothing left open on the connection.
 */
describe('a framed query on the pool’s client (real PostgreSQL)', () => {
  let pool: Pool;
  let client: Framed;
  const wire: string[] = [];

  beforeAll(async () => {
    pool = new Pool({
      connectionString: process.env['DATABASE_URL'] ?? '',
      Client: PreparingClient,
      max: 1,
    });
    client = (await pool.connect()) as Framed;
    const stream = client.connection.stream;
    const write = stream.write.bind(stream);
    stream.write = (...args: unknown[]) => {
      wire.push('write');
      return write(...args);
    };
    client.connection.on('readyForQuery', () => wire.push('ready'));
    await client.query('create temp table framed_probe (n int primary key)');
  });

  afterAll(async () => {
    client.release();
    await pool.end();
  });

  beforeEach(() => {
    wire.length = 0;
  });

  const idleWithoutSetting = async () => {
    expect(client.getTransactionStatus()).toBe('I');
    expect(client.pipeline).toBe(false);
    const { rows } = await client.query<{ org: string }>(SETTING);
    expect(rows[0]?.org ?? '').toBe('');
  };

  it('writes START, the statement and COMMIT before the first answer, and answers the statement', async () => {
    client.frameNextQuery(OPEN, 'COMMIT');
    const { rows } = await client.query<{ org: string; n: number }>(
      "select current_setting('app.org_id', true) as org, $1::int as n",
      [7],
    );
    expect(rows).toEqual([{ org: ORG, n: 7 }]);
    const answers = wire.filter((event) => event === 'ready');
    expect(answers).toHaveLength(3);
    expect(wire.lastIndexOf('write')).toBeLessThan(wire.indexOf('ready'));
    await idleWithoutSetting();
  });

  it('commits a framed write, and rolls back a failed one, reporting its own error', async () => {
    client.frameNextQuery(OPEN, 'COMMIT');
    await client.query('insert into framed_probe (n) values ($1)', [1]);
    await idleWithoutSetting();

    client.frameNextQuery(OPEN, 'COMMIT');
    await expect(
      client.query('insert into framed_probe (n) values ($1), ($2)', [2, 1]),
    ).rejects.toMatchObject({ code: '23505' });
    await idleWithoutSetting();
    const { rows } = await client.query<{ n: number }>('select n from framed_probe order by n');
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('runs nothing after an opening that fails, and reports the opening’s error', async () => {
    client.frameNextQuery(`${OPEN}; select 1 / 0`, 'COMMIT');
    await expect(client.query('insert into framed_probe (n) values ($1)', [3])).rejects.toThrow(
      'division by zero',
    );
    await idleWithoutSetting();
    const { rows } = await client.query<{ n: number }>('select n from framed_probe order by n');
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('refuses to send a framed query that answers a callback, and drops a frame no query took', async () => {
    client.frameNextQuery(OPEN, 'COMMIT');
    expect(() => client.query(SETTING, () => undefined)).toThrow('a framed query must be');
    await idleWithoutSetting();

    client.frameNextQuery(OPEN, 'COMMIT');
    client.clearFrame();
    wire.length = 0;
    await idleWithoutSetting();
    expect(wire.filter((event) => event === 'ready')).toHaveLength(1);
  });
});
