import { seedScale } from '../../bench/seed-scale';
import { CaseRecordReader } from '@api/case-computation/case-record.reader';
import { truncateAll } from '@api/testing/db-fixtures';
import { MutableClock } from '@api/testing/mutable-clock';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { toKnownOrderFacts } from './order-facts';
import { OrdersRepository } from './orders.repository';

/**
 * The orders list reads a case's orders, extensions and motions once and hands them to the
 * computation (issue 18). The facts it hands over must be exactly what the computation would
 * have read itself, for orders of every kind, extended, moved to extend and dissolved.
 */
describe('order facts taken from the orders list equal the ones the computation reads', () => {
  let t: TestApp;
  const clock = new MutableClock(new Date('2027-03-01T15:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp(clock);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the same case record for every case of a seeded organisation', async () => {
    await truncateAll(t.dataSource);
    const seeded = await seedScale({
      databaseUrl: process.env['DATABASE_URL'] ?? '',
      cases: 60,
      secondOrganisationCases: 0,
      advocates: 2,
      supervisors: 1,
      now: clock.now(),
      workers: 0,
      keys: {
        dataEncryptionKeys: process.env['DATA_ENCRYPTION_KEYS'] ?? '',
        dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
        blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? '',
      },
    });
    const org = seeded.organisation.id;
    const reader = t.app.get(CaseRecordReader);
    const orders = t.app.get(OrdersRepository);
    const cases = (await t.dataSource.query(
      `select id from case_file where organisation_id = $1 order by id`,
      [org],
    )) as Array<{ id: string }>;
    const kinds = new Set<string>();
    let extended = 0;
    for (const { id } of cases) {
      await t.dataSource.transaction('REPEATABLE READ', async (manager) => {
        const rows = await orders.findCaseOrderRows(manager, org, id);
        rows.orders.forEach((o) => kinds.add(o.kind));
        extended += rows.extensions.length + rows.motions.length;
        const read = await reader.load(manager, org, id);
        const given = await reader.load(manager, org, id, toKnownOrderFacts(rows));
        expect({ id, record: given }).toEqual({ id, record: read });
      });
    }
    // The seed drew enough to mean something: several kinds, some extended or moved to extend.
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(extended).toBeGreaterThan(0);
  }, 120_000);
});
