import type request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  countRows,
  insertCase,
  tableFingerprints,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { anOrderRequest } from '@api/testing/request-bodies';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const ORDER_TABLES = ['protective_order', 'order_extension', 'extension_motion', 'case_deadline'];

const CAST = castOf('advocate', 'unassigned', 'supervisor', 'staff', 'outsider');
type Who = keyof typeof CAST;

interface DeadlineRow {
  rule_id: string;
  kind: string;
  order_id: string | null;
  due_on: string;
  due_time: string | null;
  citation: string;
  explanation: string;
  stated_check: string | null;
  state: string;
}

describe('orders: chain, short extensions, dissolution (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let otherCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    cast = await seedCast(t, CAST);
    const { orgId, otherOrgId } = cast;
    theCase = await insertCase(t.dataSource, orgId, { advocateIds: [cast.users.advocate.id] });
    otherCase = await insertCase(t.dataSource, orgId, { advocateIds: [cast.users.advocate.id] });
    foreignCase = await insertCase(t.dataSource, otherOrgId, { advocateIds: [] });
  });

  const createOrder = async (
    body: Record<string, unknown>,
    who: Who = 'advocate',
    caseId = theCase.id,
  ) => {
    const res = await cast.post(who, `/cases/${caseId}/orders`, body);
    if (res.status !== 201)
      throw new Error(`order not created: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const deadlines = async (caseId = theCase.id): Promise<DeadlineRow[]> =>
    (await t.dataSource.query(
      `select rule_id, kind, order_id, due_on::text as due_on, to_char(due_time, 'HH24:MI') as due_time, citation,
              explanation, stated_check, state
         from case_deadline where case_id = $1 order by due_on, due_time, rule_id`,
      [caseId],
    )) as DeadlineRow[];
  const count = (table: string) => countRows(t.dataSource, table);
  const fieldsOf = (res: request.Response): string[] =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();

  describe('recording orders', () => {
    it('stores the FA EPO of Mon 23 Nov 2026 21:40 expiring Mon 30 Nov 23:59 after Thanksgiving (example 1)', async () => {
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders`, anOrderRequest());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        caseId: theCase.id,
        kind: 'FA_EPO',
        issuedOn: '2026-11-23',
        issuedTime: '21:40',
        status: 'granted',
        parentOrderId: null,
        computed: { status: 'expired', expiresAt: { date: '2026-11-30', time: '23:59' } },
      });
      const [expiry] = (await deadlines()).filter((d) => d.kind === 'order_expiry');
      expect(expiry).toMatchObject({
        rule_id: 'VA.FA.EPO.EXPIRY',
        order_id: res.body.id,
        due_on: '2026-11-30',
        due_time: '23:59',
        citation: 'Va. Code § 16.1-253.4',
      });
      expect(expiry!.explanation).toContain('Thanksgiving');
      expect(expiry!.explanation).toContain('Mon 30 Nov 2026');
      expect(res.body.deadlines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'order_expiry',
            dueOn: '2026-11-30',
            dueTime: '23:59',
            citation: 'Va. Code § 16.1-253.4',
          }),
        ]),
      );
    });

    it('refuses a FA final order of Wed 1 Apr 2026 stating Sun 2 Apr 2028, naming statedExpiryOn with the citation, and stores nothing (example 23)', async () => {
      const res = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({
          kind: 'FA_PO',
          issuedOn: '2026-04-01',
          issuedTime: undefined,
          statedExpiryOn: '2028-04-02',
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('STATED_EXPIRY_EXCEEDS_MAXIMUM');
      expect(fieldsOf(res)).toEqual(['statedExpiryOn']);
      expect(res.body.fields[0].message).toContain('Va. Code § 16.1-279.1(B)');
      expect(res.body.fields[0].message).toContain('Sat 1 Apr 2028');
      expect(await count('protective_order')).toBe(0);
      expect(await count('case_deadline')).toBe(0);
    });

    it("records the same stated expiry on a supervisor's override, flagged exceeds_maximum; an advocate's override is 403", async () => {
      const body = anOrderRequest({
        kind: 'FA_PO',
        issuedOn: '2026-04-01',
        issuedTime: undefined,
        statedExpiryOn: '2028-04-02',
        statedExpiryOverrideReason: 'The signed order states 2 April 2028; attorney to review.',
      });
      const refused = await cast.post('advocate', `/cases/${theCase.id}/orders`, body);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('OVERRIDE_REQUIRES_SUPERVISOR');
      expect(await count('protective_order')).toBe(0);

      const accepted = await cast.post('supervisor', `/cases/${theCase.id}/orders`, body);
      expect(accepted.status).toBe(201);
      expect(accepted.body.statedExpiryOverrideReason).toBe(
        'The signed order states 2 April 2028; attorney to review.',
      );
      const expiry = (await deadlines()).find((d) => d.kind === 'order_expiry');
      expect(expiry).toMatchObject({ due_on: '2028-04-02', stated_check: 'exceeds_maximum' });
      const audits = (await t.dataSource.query(
        "select actor_user_id, target_id, reason from audit_event where action = 'stated_expiry_override'",
      )) as unknown[];
      expect(audits).toEqual([
        {
          actor_user_id: cast.users.supervisor.id,
          target_id: accepted.body.id,
          reason: 'The signed order states 2 April 2028; attorney to review.',
        },
      ]);
    });

    it("stores the final order's file-by deadline from its stated expiry (VA.FA.PO.EXTENSION_FILE_BY)", async () => {
      await createOrder(
        anOrderRequest({
          kind: 'FA_PO',
          issuedOn: '2026-04-01',
          issuedTime: undefined,
          statedExpiryOn: '2027-10-15',
        }),
      );
      await createOrder(
        anOrderRequest({ kind: 'FA_PO', issuedOn: '2026-04-01', issuedTime: undefined }),
        'advocate',
        otherCase.id,
      );
      const stated = (await deadlines()).find((d) => d.kind === 'file_by');
      const unstated = (await deadlines(otherCase.id)).find((d) => d.kind === 'file_by');
      expect(stated).toMatchObject({
        rule_id: 'VA.FA.PO.EXTENSION_FILE_BY',
        due_on: '2027-10-15',
        citation: 'Va. Code § 16.1-279.1(B)',
      });
      expect(unstated).toMatchObject({
        rule_id: 'VA.FA.PO.EXTENSION_FILE_BY',
        due_on: '2028-03-31',
      });
    });

    it('links a PPO to the EPO it follows; the EPO runs to its own expiry and is listed first', async () => {
      const epo = await createOrder(anOrderRequest());
      const ppo = await createOrder(
        anOrderRequest({
          kind: 'FA_PPO',
          issuedOn: '2026-11-25',
          issuedTime: '10:00',
          parentOrderId: epo.id,
          reliefs: ['NO_CONTACT', 'UTILITIES'],
        }),
      );
      const list = await cast.get('advocate', `/cases/${theCase.id}/orders`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([epo.id, ppo.id]);
      expect(list.body.items[0]).toMatchObject({
        status: 'granted',
        computed: { status: 'expired' },
      });
      expect(list.body.items[1]).toMatchObject({
        parentOrderId: epo.id,
        extensionOf: null,
        reliefs: ['NO_CONTACT', 'UTILITIES'],
        computed: { status: 'awaiting_service', service: { status: 'unserved', attempts: 0 } },
      });
      const stored = (await deadlines()).map((d) => [d.rule_id, d.kind, d.due_on]);
      expect(stored.sort((a, b) => `${a[2]}${a[1]}`.localeCompare(`${b[2]}${b[1]}`))).toEqual([
        ['VA.FA.EPO.EXPIRY', 'order_expiry', '2026-11-30'],
        ['VA.FA.PPO.DURATION', 'hearing_by', '2026-12-10'],
        ['VA.FA.PPO.DURATION', 'max_expiry', '2026-12-10'],
      ]);
    });

    it('marks a PPO superseded when the final order follows it', async () => {
      const ppo = await createOrder(
        anOrderRequest({ kind: 'FA_PPO', issuedOn: '2026-11-25', issuedTime: '10:00' }),
      );
      await createOrder(
        anOrderRequest({
          kind: 'FA_PO',
          issuedOn: '2026-11-30',
          issuedTime: '11:00',
          parentOrderId: ppo.id,
        }),
      );
      const res = await cast.get('advocate', `/cases/${theCase.id}/orders/${ppo.id}`);
      expect(res.body).toMatchObject({
        status: 'superseded',
        computed: { status: 'ended_at_hearing' },
      });
    });

    it('refuses an order issued before the order it follows, naming issuedOn', async () => {
      const epo = await createOrder(anOrderRequest());
      const res = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ kind: 'FA_PPO', issuedOn: '2026-11-22', parentOrderId: epo.id }),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['issuedOn']);
    });

    it('records an out-of-state order with its issuing state and Virginia registration', async () => {
      const res = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({
          kind: 'OOS',
          issuedOn: '2026-06-01',
          issuedTime: undefined,
          issuingCourtId: 'md-montgomery-district',
          issuingCourtKind: 'CIRCUIT',
          issuingLocality: 'Montgomery County, MD',
          issuingState: 'MD',
          statedExpiryOn: '2027-06-01',
          registeredOn: '2026-06-10',
          registeredCourtId: 'jdr-fairfax',
          reliefs: ['NO_CONTACT'],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'OOS',
        issuingState: 'MD',
        registeredOn: '2026-06-10',
        registeredCourtId: 'jdr-fairfax',
      });
    });
  });

  describe('short extensions', () => {
    it('extends a FA EPO for an incapacitated petitioner to Sun 8 Mar 2026, not rolled (example 9)', async () => {
      t.clock.set(new Date('2026-03-04T15:00:00Z'));
      const epo = await createOrder(
        anOrderRequest({ issuedOn: '2026-03-02', issuedTime: undefined }),
      );
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders/${epo.id}/extensions`, {
        kind: 'incapacity',
        grantedOn: '2026-03-04',
      });
      expect(res.status).toBe(201);
      expect(res.body.extension).toMatchObject({
        orderId: epo.id,
        kind: 'incapacity',
        grantedOn: '2026-03-04',
      });
      expect(res.body.order.extensions).toHaveLength(1);
      expect(res.body.order.computed.expiresAt).toEqual({ date: '2026-03-08', time: '23:59' });
      const expiries = (await deadlines()).filter((d) => d.kind === 'order_expiry');
      expect(expiries.map((d) => [d.rule_id, d.due_on, d.due_time, d.state])).toEqual([
        ['VA.FA.EPO.EXPIRY', '2026-03-05', '23:59', 'moot'],
        ['VA.FA.EPO.INCAPACITY_EXT', '2026-03-08', '23:59', 'open'],
      ]);
    });

    it('refuses an incapacity extension of a final order and an unserved extension of an EPO, naming kind', async () => {
      const po = await createOrder(
        anOrderRequest({ kind: 'FA_PO', issuedOn: '2026-04-01', issuedTime: undefined }),
      );
      const epo = await createOrder(anOrderRequest(), 'advocate', otherCase.id);
      const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
      const incapacity = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders/${po.id}/extensions`,
        {
          kind: 'incapacity',
          grantedOn: '2026-04-02',
        },
      );
      const unserved = await cast.post(
        'advocate',
        `/cases/${otherCase.id}/orders/${epo.id}/extensions`,
        {
          kind: 'unserved',
          grantedOn: '2026-11-24',
        },
      );
      expect([incapacity.status, unserved.status]).toEqual([400, 400]);
      expect(fieldsOf(incapacity)).toEqual(['kind']);
      expect(fieldsOf(unserved)).toEqual(['kind']);
      expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
    });

    it('refuses an extension granted before the order was issued, naming grantedOn', async () => {
      const epo = await createOrder(anOrderRequest());
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders/${epo.id}/extensions`, {
        kind: 'incapacity',
        grantedOn: '2026-11-22',
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['grantedOn']);
      expect(await count('order_extension')).toBe(0);
    });
  });

  describe('dissolution', () => {
    it('records the dissolution; the expiry becomes moot; a second dissolution is 409', async () => {
      const epo = await createOrder(anOrderRequest());
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders/${epo.id}/dissolve`, {
        dissolvedOn: '2026-11-24',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'dissolved',
        dissolvedOn: '2026-11-24',
        computed: { status: 'dissolved' },
      });
      expect((await deadlines()).find((d) => d.kind === 'order_expiry')?.state).toBe('moot');
      const again = await cast.post('advocate', `/cases/${theCase.id}/orders/${epo.id}/dissolve`, {
        dissolvedOn: '2026-11-25',
      });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ORDER_DISSOLVED');
    });

    it('refuses a dissolution dated before issuance, naming dissolvedOn', async () => {
      const epo = await createOrder(anOrderRequest());
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders/${epo.id}/dissolve`, {
        dissolvedOn: '2026-11-20',
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['dissolvedOn']);
    });
  });

  describe('validation (400 naming every field)', () => {
    it('names each wrong field of an order: bad enums, an impossible date, a bad time, an unknown field', async () => {
      const res = await cast.post('advocate', `/cases/${theCase.id}/orders`, {
        kind: 'FA_FOREVER',
        issuedOn: '2026-02-30',
        issuedTime: '25:00',
        issuingCourtKind: 'SUPREME',
        issuingLocality: '   ',
        reliefs: ['NO_CONTACT', 'MOON_POSSESSION'],
        parentOrderId: 'not-a-uuid',
        organisationId: theCase.organisationId,
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('validation_failed');
      expect(new Set(fieldsOf(res))).toEqual(
        new Set([
          'kind',
          'issuedOn',
          'issuedTime',
          'issuingCourtId',
          'issuingCourtKind',
          'issuingLocality',
          'reliefs',
          'parentOrderId',
          'organisationId',
        ]),
      );
      expect(await count('protective_order')).toBe(0);
    });

    it('refuses a relief outside the catalogue of the order kind, naming reliefs', async () => {
      const res = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({
          kind: 'FA_PO',
          issuedOn: '2026-04-01',
          issuedTime: undefined,
          reliefs: ['NO_CONTACT', 'NO_PHYSICAL_PRESENCE'],
        }),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['reliefs']);
      expect(res.body.fields[0].message).toContain('NO_PHYSICAL_PRESENCE');
      expect(await count('protective_order')).toBe(0);
    });

    it('requires the issuing state for an out-of-state order and refuses it on any other', async () => {
      const oos = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ kind: 'OOS' }),
      );
      const va = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ issuingState: 'MD', registeredOn: '2026-11-24' }),
      );
      expect(fieldsOf(oos)).toEqual(['issuingState']);
      expect(new Set(fieldsOf(va))).toEqual(new Set(['issuingState', 'registeredOn']));
    });

    it('refuses a stated expiry before issuance and a time without its date', async () => {
      const before = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ statedExpiryOn: '2026-11-20' }),
      );
      const lonely = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ statedExpiryTime: '23:59' }),
      );
      expect(fieldsOf(before)).toEqual(['statedExpiryOn']);
      expect(fieldsOf(lonely)).toEqual(['statedExpiryTime']);
    });

    it('refuses an order issued on a day that has not come yet', async () => {
      const res = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ issuedOn: '2026-12-02' }),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['issuedOn']);
    });

    it('names the wrong fields of extensions, motions, grants, denials and dissolutions', async () => {
      const po = await createOrder(
        anOrderRequest({ kind: 'FA_PO', issuedOn: '2026-04-01', issuedTime: undefined }),
      );
      const base = `/cases/${theCase.id}/orders/${po.id}`;
      const motionId = '00000000-0000-4000-8000-000000000000';
      const cases: Array<[string, unknown, string[]]> = [
        [
          `${base}/extensions`,
          { kind: 'forever', grantedOn: '2026-02-30', grantedTime: '7pm', extra: true },
          ['extra', 'grantedOn', 'grantedTime', 'kind'],
        ],
        [
          `${base}/extension-motions`,
          { filedOn: '2026-02-30', filedTime: '24:00', orderId: po.id },
          ['filedOn', 'filedTime', 'orderId'],
        ],
        [
          `${base}/extension-motions/${motionId}/grant`,
          { issuedOn: 'tomorrow', reliefs: ['X'], outcome: 'granted' },
          ['issuedOn', 'outcome', 'reliefs'],
        ],
        [`${base}/extension-motions/${motionId}/deny`, { deniedOn: '2026-13-01' }, ['deniedOn']],
        [`${base}/dissolve`, { dissolvedOn: '', status: 'dissolved' }, ['dissolvedOn', 'status']],
      ];
      for (const [path, body, fields] of cases) {
        const res = await cast.post('advocate', path, body);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect({ path, fields: [...new Set(fieldsOf(res))] }).toEqual({ path, fields });
      }
    });

    it('refuses ids that are not UUIDs in the path', async () => {
      const res = await cast.get('advocate', `/cases/${theCase.id}/orders/not-an-id`);
      expect(res.status).toBe(400);
    });
  });

  describe('tenancy and roles', () => {
    it("answers 404 for another organisation's case and order, changing nothing and auditing each denial", async () => {
      const mine = await createOrder(anOrderRequest());
      const theirs = await createOrder(anOrderRequest(), 'outsider', foreignCase.id);
      const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
      const attempts = [
        await cast.post('advocate', `/cases/${foreignCase.id}/orders`, anOrderRequest()),
        await cast.get('advocate', `/cases/${foreignCase.id}/orders`),
        await cast.get('advocate', `/cases/${foreignCase.id}/orders/${theirs.id}`),
        await cast.get('advocate', `/cases/${theCase.id}/orders/${theirs.id}`),
        await cast.post('advocate', `/cases/${theCase.id}/orders/${theirs.id}/dissolve`, {
          dissolvedOn: '2026-11-24',
        }),
        await cast.post('advocate', `/cases/${theCase.id}/orders/${theirs.id}/extensions`, {
          kind: 'incapacity',
          grantedOn: '2026-11-24',
        }),
        await cast.post('advocate', `/cases/${theCase.id}/orders/${theirs.id}/extension-motions`, {
          filedOn: '2026-11-24',
        }),
        await cast.post(
          'advocate',
          `/cases/${theCase.id}/orders`,
          anOrderRequest({ kind: 'FA_PPO', issuedOn: '2026-11-25', parentOrderId: theirs.id }),
        ),
        await cast.post('supervisor', `/cases/${foreignCase.id}/orders/${theirs.id}/dissolve`, {
          dissolvedOn: '2026-11-24',
        }),
      ];
      expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 404));
      expect(new Set(attempts.map((r) => r.body.error))).toEqual(
        new Set(['CASE_NOT_FOUND', 'ORDER_NOT_FOUND']),
      );
      expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
      const denied = (await t.dataSource.query(
        "select target_type, target_id from audit_event where action = 'access_denied' order by id",
      )) as Array<{ target_type: string; target_id: string }>;
      expect(denied).toHaveLength(attempts.length);
      expect(denied.filter((d) => d.target_id === theirs.id).map((d) => d.target_type)).toEqual(
        expect.arrayContaining(['order']),
      );
      // Their order answers exactly like an id that exists nowhere.
      const nowhere = await cast.get(
        'advocate',
        `/cases/${theCase.id}/orders/00000000-0000-4000-8000-000000000000`,
      );
      const foreign = await cast.get('advocate', `/cases/${theCase.id}/orders/${theirs.id}`);
      expect({ ...foreign.body, requestId: null }).toEqual({ ...nowhere.body, requestId: null });
      expect(mine.id).not.toBe(theirs.id);
    });

    it('answers 404 for an order of another case of the same organisation', async () => {
      const elsewhere = await createOrder(anOrderRequest(), 'advocate', otherCase.id);
      const res = await cast.get('advocate', `/cases/${theCase.id}/orders/${elsewhere.id}`);
      const parent = await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders`,
        anOrderRequest({ kind: 'FA_PPO', issuedOn: '2026-11-25', parentOrderId: elsewhere.id }),
      );
      expect([res.status, parent.status]).toEqual([404, 404]);
      expect(parent.body.error).toBe('ORDER_NOT_FOUND');
      expect(await count('protective_order')).toBe(1);
    });

    it('answers 404 to an advocate not assigned to the case, for reads and writes', async () => {
      const epo = await createOrder(anOrderRequest());
      const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
      const responses = [
        await cast.get('unassigned', `/cases/${theCase.id}/orders`),
        await cast.get('unassigned', `/cases/${theCase.id}/orders/${epo.id}`),
        await cast.post('unassigned', `/cases/${theCase.id}/orders`, anOrderRequest()),
        await cast.post('unassigned', `/cases/${theCase.id}/orders/${epo.id}/dissolve`, {
          dissolvedOn: '2026-11-24',
        }),
      ];
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
      expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
    });

    it('lets staff read orders but never write (403), and a supervisor write on any case of the organisation', async () => {
      const epo = await createOrder(anOrderRequest(), 'supervisor');
      const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
      const writes = [
        await cast.post('staff', `/cases/${theCase.id}/orders`, anOrderRequest()),
        await cast.post('staff', `/cases/${theCase.id}/orders/${epo.id}/dissolve`, {
          dissolvedOn: '2026-11-24',
        }),
        await cast.post('staff', `/cases/${theCase.id}/orders/${epo.id}/extensions`, {
          kind: 'incapacity',
          grantedOn: '2026-11-24',
        }),
        await cast.post('staff', `/cases/${theCase.id}/orders/${epo.id}/extension-motions`, {
          filedOn: '2026-11-24',
        }),
      ];
      expect(writes.map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
      const read = await cast.get('staff', `/cases/${theCase.id}/orders`);
      expect(read.status).toBe(200);
      expect(read.body.items.map((o: { id: string }) => o.id)).toEqual([epo.id]);
    });
  });
});
