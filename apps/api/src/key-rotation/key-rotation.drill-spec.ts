import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';
import { waitFor } from '@api/testing/fault-drills/free-port';
import { ScriptProcess } from '@api/testing/fault-drills/script-process';
import { ThrowawayPostgres } from '@api/testing/fault-drills/throwaway-postgres';

import { SEALED_TABLES } from './sealed-columns';

const CLIENTS = 6_000;
const RESPONDENTS = 4_000;
const ROWS = CLIENTS + RESPONDENTS;
const EDITED = 200;

const oldKey = randomBytes(32).toString('base64');
const newKey = randomBytes(32).toString('base64');
const oldBlind = randomBytes(32);
const newBlind = randomBytes(32);
const beforeRing = parseKeyRing(`old1:${oldKey}`, 'old1');
const rotatingRing = parseKeyRing(`old1:${oldKey},new2:${newKey}`, 'new2');
const afterRing = parseKeyRing(`new2:${newKey}`, 'new2');
const clientContext = (id: string, field: string) => `client:${id}:${field}`;

function opens(cipher: FieldCipher, sealed: string, context: string): boolean {
  try {
    cipher.decrypt(sealed, context);
    return true;
  } catch {
    return false;
  }
}

/** An invented client's contact details, numbered so every row is checkable afterwards. */
const addressOf = (i: number) => `${100 + (i % 900)} Drill Hollow Road, Unit ${i}`;
const phoneOf = (i: number) => `540-555-01${String(i % 100).padStart(2, '0')}`;

describe('D3: key rotation killed at about 40 % and resumed', () => {
  let root: string;
  let pg: ThrowawayPostgres;
  let db: Client;
  let organisationId: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'haven-drill-d3-'));
    chmodSync(root, 0o755);
    pg = await ThrowawayPostgres.create(root);
    db = new Client({ connectionString: pg.url });
    await db.connect();
    const org = await db.query<{ id: string }>(
      `insert into organisation (name, slug) values ('Drill Legal Aid', 'drill-d3') returning id`,
    );
    organisationId = org.rows[0]?.id ?? '';
  });
  afterAll(async () => {
    await db?.end();
    pg?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const rotate = (args: string[]) =>
    new ScriptProcess('apps/api/src/key-rotation/rotate-keys.ts', args, {
      NODE_ENV: 'test',
      DATABASE_URL: pg.url,
      DATA_ENCRYPTION_KEYS: `old1:${oldKey},new2:${newKey}`,
      DATA_ENCRYPTION_KEY_ID: 'new2',
      BLIND_INDEX_KEY: newBlind.toString('base64'),
    });

  async function seed(): Promise<string[]> {
    const cipher = new FieldCipher(beforeRing);
    const index = new BlindIndex(oldBlind);
    const ids: string[] = [];
    for (let start = 0; start < CLIENTS; start += 500) {
      const batch = Array.from({ length: 500 }, (_, k) => ({ i: start + k, id: randomUUID() }));
      const rowIds = batch.map((r) => r.id);
      ids.push(...rowIds);
      await db.query(
        `insert into client (id, organisation_id, full_name, name_key, address_enc, phone_enc, phone_index)
         select id, $1, 'Invented Client', 'invented client', a, p, x
           from unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) as t(id, a, p, x)`,
        [
          organisationId,
          rowIds,
          batch.map((r) => cipher.encrypt(addressOf(r.i), clientContext(r.id, 'address'))),
          batch.map((r) => cipher.encrypt(phoneOf(r.i), clientContext(r.id, 'phone'))),
          batch.map((r) => index.of(organisationId, 'phone', phoneOf(r.i))),
        ],
      );
    }
    for (let start = 0; start < RESPONDENTS; start += 500) {
      const rowIds = Array.from({ length: 500 }, () => randomUUID());
      await db.query(
        `insert into respondent (id, organisation_id, full_name, name_key, address_enc)
         select id, $1, 'Invented Respondent', 'invented respondent', a
           from unnest($2::uuid[], $3::text[]) as t(id, a)`,
        [
          organisationId,
          rowIds,
          rowIds.map((id, k) => cipher.encrypt(addressOf(start + k), `respondent:${id}:address`)),
        ],
      );
    }
    return ids;
  }

  async function keyCounts(): Promise<Record<string, number>> {
    const res = await db.query<{ key_id: string; n: number }>(
      `select split_part(v, ':', 2) as key_id, count(*)::int as n from (
         select address_enc as v from client union all select phone_enc from client
         union all select address_enc from respondent) s group by 1 order by 1`,
    );
    return Object.fromEntries(res.rows.map((r) => [r.key_id, r.n]));
  }

  /**
   * What the API does meanwhile, as a process restarted with the new current key: reads any row
   * (both keys configured) and edits a client's address in its own short transaction.
   */
  async function actLikeTheApi(clientIds: string[], stop: () => boolean) {
    const cipher = new FieldCipher(rotatingRing);
    const edited = new Map<string, string>();
    let reads = 0;
    for (let n = 0; !stop() || edited.size < EDITED; n += 1) {
      const id = clientIds[(n * 7919) % clientIds.length] ?? '';
      const { rows } = await db.query<{ address_enc: string }>(
        'select address_enc from client where id = $1',
        [id],
      );
      cipher.decrypt(rows[0]?.address_enc ?? '', clientContext(id, 'address'));
      reads += 1;
      if (edited.size < EDITED && !edited.has(id)) {
        const address = `${n} Edited During Rotation Way`;
        await db.query('update client set address_enc = $2 where id = $1', [
          id,
          cipher.encrypt(address, clientContext(id, 'address')),
        ]);
        edited.set(id, address);
      }
    }
    return { edited, reads };
  }

  it('re-seals all 10,000 rows under the new key, and none decrypts under the retired key', async () => {
    const clientIds = await seed();
    expect(await keyCounts()).toEqual({ old1: CLIENTS * 2 + RESPONDENTS });

    // Small batches with a pause, so the kill lands mid-run as it would on a big database.
    const first = rotate(['--batch-size=100', '--pause-ms=15']);
    let stopApi = false;
    const api = actLikeTheApi(clientIds, () => stopApi);
    const atKill = await waitFor(
      'about 40 % of the rows rotated',
      async () => {
        const { rows } = await db.query<{ rows_done: number }>(
          `select rows_done from key_rotation_run where state = 'running'`,
        );
        const done = rows[0]?.rows_done ?? 0;
        return done >= ROWS * 0.4 ? done : null;
      },
      120_000,
      5,
    );
    await first.kill9();
    stopApi = true;
    const { edited, reads } = await api;
    const midway = await keyCounts();
    console.log(`[d3] killed at ${atKill}/${ROWS} rows; values per key ${JSON.stringify(midway)}`);
    expect(atKill).toBeLessThan(ROWS * 0.6);
    expect(midway['old1']).toBeGreaterThan(0);
    expect(midway['new2']).toBeGreaterThan(0);
    expect(reads).toBeGreaterThan(EDITED);

    const second = rotate(['--batch-size=500']);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.text()).toMatch(/\(resumed\)/);
    expect(await keyCounts()).toEqual({ new2: CLIENTS * 2 + RESPONDENTS });

    const retiredOnly = new FieldCipher(beforeRing);
    const newOnly = new FieldCipher(afterRing);
    const newIndex = new BlindIndex(newBlind);
    const clients = await db.query<{
      id: string;
      address_enc: string;
      phone_enc: string;
      phone_index: string;
    }>('select id, address_enc, phone_enc, phone_index from client');
    const order = new Map(clientIds.map((id, i) => [id, i]));
    let decrypted = 0;
    let underRetired = 0;
    for (const row of clients.rows) {
      const i = order.get(row.id) ?? -1;
      const address = newOnly.decrypt(row.address_enc, clientContext(row.id, 'address'));
      expect(address).toBe(edited.get(row.id) ?? addressOf(i));
      const phone = newOnly.decrypt(row.phone_enc, clientContext(row.id, 'phone'));
      expect(phone).toBe(phoneOf(i));
      expect(row.phone_index).toBe(newIndex.of(organisationId, 'phone', phone));
      decrypted += 1;
      if (opens(retiredOnly, row.address_enc, clientContext(row.id, 'address'))) underRetired += 1;
    }
    const respondents = await db.query<{ id: string; address_enc: string }>(
      'select id, address_enc from respondent',
    );
    for (const row of respondents.rows) {
      expect(newOnly.decrypt(row.address_enc, `respondent:${row.id}:address`)).toMatch(
        /Drill Hollow/,
      );
      decrypted += 1;
      if (opens(retiredOnly, row.address_enc, `respondent:${row.id}:address`)) underRetired += 1;
    }
    expect({ decrypted, underRetired }).toEqual({ decrypted: ROWS, underRetired: 0 });

    const runs = await db.query<{ state: string; rows_done: number }>(
      'select state, rows_done from key_rotation_run',
    );
    expect(runs.rows).toEqual([{ state: 'finished', rows_done: expect.any(Number) }]);
    const audit = await db.query<{ action: string; target_id: string }>(
      `select action, target_id from audit_event where action = 'key_rotation'`,
    );
    expect(audit.rows).toEqual([{ action: 'key_rotation', target_id: 'new2' }]);
    expect(SEALED_TABLES.map((t) => t.table)).toEqual(
      expect.arrayContaining(['client', 'respondent']),
    );
  });
});
