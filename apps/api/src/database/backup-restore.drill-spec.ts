import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { findFirstBrokenAuditRow } from '@api/audit/audit-chain';
import { sqlIdentifier } from '@api/common/sql/sql-identifier';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { ScriptProcess } from '@api/testing/fault-drills/script-process';
import { ThrowawayPostgres } from '@api/testing/fault-drills/throwaway-postgres';
import { ThrowawayRedis } from '@api/testing/fault-drills/throwaway-redis';

import { DEMO_ORGANISATIONS } from './demo-data';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const key = randomBytes(32).toString('base64');

/** The demo's confidential values, as the seed typed them: none may be readable in a dump. */
const PLANTED = DEMO_ORGANISATIONS.flatMap((org) =>
  org.cases.flatMap((c) => [c.clientAddress, c.clientPhone]),
).filter((v): v is string => typeof v === 'string' && v.length > 0);

describe('D5: the documented backup restores, and holds ciphertext only', () => {
  let root: string;
  let pg: ThrowawayPostgres;
  let redis: ThrowawayRedis;
  const clients: Client[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'haven-drill-d5-'));
    chmodSync(root, 0o755);
    [pg, redis] = await Promise.all([
      ThrowawayPostgres.create(root),
      ThrowawayRedis.start(root, { aof: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await redis?.stop();
    pg?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const restoredUrl = () => pg.url.replace(/\/haven$/, '/haven_restored');
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    DATABASE_OWNER_URL: pg.url,
    REDIS_URL: redis.url,
    DATA_ENCRYPTION_KEYS: `drill1:${key}`,
    DATA_ENCRYPTION_KEY_ID: 'drill1',
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    ...extra,
  });
  const bash = (script: string, args: string[]) =>
    execFileSync('bash', [script, ...args], { cwd: REPO_ROOT, env: env(), encoding: 'utf8' });

  async function connect(url: string): Promise<Client> {
    const client = new Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  }

  async function rowCounts(db: Client): Promise<Record<string, number>> {
    const tables = await db.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      const res = await db.query<{ n: number }>(
        `select count(*)::int as n from ${sqlIdentifier(tablename)}`,
      );
      counts[tablename] = res.rows[0]?.n ?? -1;
    }
    return counts;
  }

  it('dumps the seeded database, restores it into a fresh one, and nothing readable leaks', async () => {
    const seed = new ScriptProcess('apps/api/src/database/seed.ts', [], env());
    expect(await seed.exited).toEqual({ code: 0, signal: null });
    const source = await connect(pg.url);
    const before = await rowCounts(source);
    expect(before['client']).toBeGreaterThan(0);
    expect(before['audit_event']).toBeGreaterThan(0);
    expect(PLANTED.length).toBeGreaterThan(0);

    const file = join(root, 'haven.dump');
    expect(bash('scripts/backup.sh', [file])).toMatch(/backup written/);

    // The custom format compresses table data, so grep both the file and its decompressed SQL.
    const raw = readFileSync(file).toString('latin1');
    const sql = execFileSync('pg_restore', ['--file=-', file], { encoding: 'utf8' });
    expect(sql).toMatch(/v1:drill1:/);
    expect(PLANTED.filter((secret) => raw.includes(secret) || sql.includes(secret))).toEqual([]);

    const output = bash('scripts/restore.sh', [file, restoredUrl()]);
    expect(output).toMatch(/audit chain verified/);
    expect(() => bash('scripts/restore.sh', [file, restoredUrl()])).toThrow();

    const restored = await connect(restoredUrl());
    expect(await rowCounts(restored)).toEqual(before);
    const asDataSource = {
      query: async (text: string) => (await restored.query(text)).rows,
    } as unknown as DataSource;
    expect(await findFirstBrokenAuditRow(asDataSource)).toBeNull();

    const cipher = new FieldCipher(parseKeyRing(`drill1:${key}`, 'drill1'));
    const sealed = await restored.query<{ id: string; address_enc: string }>(
      'select id, address_enc from client where address_enc is not null',
    );
    const addresses = sealed.rows.map((r) =>
      cipher.decrypt(r.address_enc, `client:${r.id}:address`),
    );
    const demoAddresses = DEMO_ORGANISATIONS.flatMap((o) => o.cases.map((c) => c.clientAddress));
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => demoAddresses.includes(a))).toBe(true);
  });
});
