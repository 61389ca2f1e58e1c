import type { EntityManager } from 'typeorm';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { ExtensionMotionEntity } from './extension-motion.entity';
import { OrderExtensionEntity } from './order-extension.entity';
import { OrdersRepository } from './orders.repository';
import { ProtectiveOrderEntity } from './protective-order.entity';

const CAST = castOf('advocate');
const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};

/**
 * findCaseOrderRows reads a case's orders, extensions and motions as JSON arrays in one
 * statement: each row must come back exactly as TypeORM's own find reads it (dates and times as
 * text, timestamps as Dates, arrays, nulls), in the same order.
 */
describe('OrdersRepository.findCaseOrderRows (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let epoCase: SeededCase;
  let finalCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-03-04T15:00:00Z'));
    cast = await seedCast(t, CAST);
    epoCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    finalCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
  });

  const created = async (path: string, body: Record<string, unknown>): Promise<{ id: string }> => {
    const res = await cast.post('advocate', path, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };

  /** What TypeORM's finds read, in the rules library's order. */
  const foundByTypeorm = async (manager: EntityManager, caseId: string) => {
    const where = { organisationId: cast.orgId, caseId };
    return {
      orders: await manager.find(ProtectiveOrderEntity, {
        where,
        order: { issuedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      }),
      extensions: await manager.find(OrderExtensionEntity, {
        where,
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      motions: await manager.find(ExtensionMotionEntity, {
        where,
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    };
  };

  it('reads every column of orders, extensions and motions as a find does, in its order', async () => {
    const epo = await created(`/cases/${epoCase.id}/orders`, {
      kind: 'FA_EPO',
      issuedOn: '2026-03-02',
      ...JDR,
    });
    await created(`/cases/${epoCase.id}/orders/${epo.id}/extensions`, {
      kind: 'incapacity',
      grantedOn: '2026-03-04',
    });
    const po = await created(`/cases/${finalCase.id}/orders`, {
      kind: 'FA_PO',
      issuedOn: '2026-03-03',
      issuedTime: '10:30',
      statedExpiryOn: '2028-03-03',
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
      ...JDR,
    });
    await created(`/cases/${finalCase.id}/orders/${po.id}/extension-motions`, {
      filedOn: '2026-03-04',
    });

    const repository = t.app.get(OrdersRepository);
    const manager = t.dataSource.manager;
    for (const theCase of [epoCase, finalCase]) {
      const read = await repository.findCaseOrderRows(manager, cast.orgId, theCase.id);
      expect(read).toStrictEqual(await foundByTypeorm(manager, theCase.id));
      expect(read.orders[0]).toBeInstanceOf(ProtectiveOrderEntity);
      expect(read.orders[0]?.createdAt).toBeInstanceOf(Date);
    }
    const epoRows = await repository.findCaseOrderRows(manager, cast.orgId, epoCase.id);
    expect([epoRows.orders.length, epoRows.extensions.length, epoRows.motions.length]).toEqual([
      1, 1, 0,
    ]);
    const finalRows = await repository.findCaseOrderRows(manager, cast.orgId, finalCase.id);
    expect(finalRows.orders[0]).toMatchObject({
      issuedTime: '10:30:00',
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
      petitionerHouseholdAtInitial: true,
      servedOn: null,
    });
    expect(finalRows.motions).toHaveLength(1);
  });

  it("answers empty arrays for a case without orders, and none of another organisation's rows", async () => {
    const foreign = await insertCase(t.dataSource, cast.otherOrgId);
    const repository = t.app.get(OrdersRepository);
    const manager = t.dataSource.manager;
    expect(await repository.findCaseOrderRows(manager, cast.orgId, epoCase.id)).toEqual({
      orders: [],
      extensions: [],
      motions: [],
    });
    expect(await repository.findCaseOrderRows(manager, cast.orgId, foreign.id)).toEqual({
      orders: [],
      extensions: [],
      motions: [],
    });
  });
});
