import request from 'supertest';

import { aCaseRequest } from '@haven/testing';
import { computeDeadlines, STATEWIDE_CALENDAR, type CaseEvent } from '@haven/rules';

import { virginiaDateTime } from '@api/common/clock/clock';
import { castOf, seedCast } from '@api/testing/cast';
import { signIn, type SeededUser } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const JDR = { courtId: 'jdr-fairfax', kind: 'JDR' as const, locality: 'Fairfax County' };
const MAGISTRATE = {
  courtId: 'magistrate-fairfax',
  kind: 'MAGISTRATE' as const,
  locality: 'Fairfax County',
};

/**
 * The scenario, step by step through the API: after every step the deadlines Haven stored
 * must equal what @haven/rules computes from the same facts, written out here by hand.
 */
describe('a whole case through the API (issue 5 scenario)', () => {
  let t: TestApp;
  let advocate: SeededUser;
  let cookie: string;
  let caseId: string;
  const events: CaseEvent[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    advocate = (await seedCast(t, castOf('advocate'))).users.advocate;
  });
  afterAll(async () => {
    await t.close();
  });

  // Each step happens on its own day; the advocate signs in again (sessions end after 30 idle minutes).
  const at = async (iso: string) => {
    t.clock.set(new Date(iso));
    cookie = await signIn(t.app.getHttpServer(), advocate);
  };
  const post = async (path: string, body: object) => {
    const res = await request(t.app.getHttpServer())
      .post(`/api/cases/${caseId}${path}`)
      .set('Cookie', cookie)
      .send(body);
    expect({ path, status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({
      path,
      status: res.status < 300 ? res.status : 201,
      body: 'ok',
    });
    return res.body as Record<string, unknown> & { id: string };
  };

  async function expectStoredDeadlinesMatchRules(): Promise<void> {
    const expected = computeDeadlines(
      { events },
      STATEWIDE_CALENDAR,
      virginiaDateTime(t.clock.now()),
    ).deadlines.map((d) => ({
      ruleId: d.ruleId,
      kind: d.kind,
      orderId: d.orderId ?? null,
      hearingId: d.hearingId ?? null,
      dueOn: d.due.date,
      dueTime: d.due.time ?? null,
      actByOn: d.actBy ?? null,
      citation: d.citation.text,
      explanation: d.explanation,
      state: d.state,
    }));
    const res = await request(t.app.getHttpServer())
      .get(`/api/cases/${caseId}`)
      .set('Cookie', cookie);
    expect(res.status).toBe(200);
    const stored = (res.body.deadlines as Array<Record<string, unknown>>).map((d) => ({
      ruleId: d['ruleId'],
      kind: d['kind'],
      orderId: d['orderId'],
      hearingId: d['hearingId'],
      dueOn: d['dueOn'],
      dueTime: d['dueTime'],
      actByOn: d['actByOn'],
      citation: d['citation'],
      explanation: d['explanation'],
      state: d['state'],
    }));
    const key = (d: Record<string, unknown>) => JSON.stringify(d);
    expect(stored.map(key).sort()).toEqual(expected.map(key).sort());
    expect(expected.length).toBeGreaterThan(0);
  }

  async function expectStage(stage: string): Promise<void> {
    const res = await request(t.app.getHttpServer())
      .get(`/api/cases/${caseId}`)
      .set('Cookie', cookie);
    expect(res.body.stage).toBe(stage);
  }

  it('walks emergency order → petition → service → continued hearing → final order → violation → extension', async () => {
    await at('2026-11-24T02:50:00Z'); // Mon 23 Nov 2026, 21:50 in Virginia
    const opened = await request(t.app.getHttpServer())
      .post('/api/cases')
      .set('Cookie', cookie)
      .send(aCaseRequest({ openedOn: '2026-11-23' }));
    expect(opened.status).toBe(201);
    caseId = opened.body.id as string;
    await expectStage('intake');

    // Emergency order issued Mon 23 Nov 2026 at 21:40 (example 1: expires Mon 30 Nov after Thanksgiving).
    const epo = await post('/orders', {
      kind: 'FA_EPO',
      issuedOn: '2026-11-23',
      issuedTime: '21:40',
      issuingCourtId: MAGISTRATE.courtId,
      issuingCourtKind: MAGISTRATE.kind,
      issuingLocality: MAGISTRATE.locality,
    });
    events.push({
      type: 'order_issued',
      order: {
        orderId: epo.id,
        kind: 'FA_EPO',
        issuedAt: { date: '2026-11-23', time: '21:40' },
        issuingCourt: MAGISTRATE,
        reliefs: [],
        protectsMinorAgainstParent: false,
      },
    });
    await expectStoredDeadlinesMatchRules();
    await expectStage('awaiting_service');
    const afterEpo = await request(t.app.getHttpServer())
      .get(`/api/cases/${caseId}`)
      .set('Cookie', cookie);
    expect(afterEpo.body.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'VA.FA.EPO.EXPIRY',
          dueOn: '2026-11-30',
          dueTime: '23:59',
          citation: 'Va. Code § 16.1-253.4',
          explanation:
            'Issued Mon 23 Nov 2026; third day Thu 26 Nov is Thanksgiving; court closed 26–29 Nov; expires 11:59 p.m. Mon 30 Nov 2026.',
        }),
      ]),
    );

    // Petition for a preliminary order, and the PPO issued on it.
    await at('2026-11-24T15:00:00Z');
    const petition = await post('/petitions', {
      orderKindSought: 'FA_PPO',
      filedOn: '2026-11-24',
      courtId: JDR.courtId,
      courtKind: JDR.kind,
      courtLocality: JDR.locality,
    });
    events.push({
      type: 'petition_filed',
      petitionId: petition.id,
      on: { date: '2026-11-24' },
      sought: 'FA_PPO',
      courtId: JDR.courtId,
    });
    const ppo = await post('/orders', {
      kind: 'FA_PPO',
      issuedOn: '2026-11-24',
      issuingCourtId: JDR.courtId,
      issuingCourtKind: JDR.kind,
      issuingLocality: JDR.locality,
      parentOrderId: epo.id,
    });
    events.push({
      type: 'order_issued',
      order: {
        orderId: ppo.id,
        kind: 'FA_PPO',
        issuedAt: { date: '2026-11-24' },
        issuingCourt: JDR,
        parentOrderId: epo.id,
        reliefs: [],
        protectsMinorAgainstParent: false,
      },
    });
    await expectStoredDeadlinesMatchRules();

    // Two failed service attempts, then personal service.
    await at('2026-12-01T20:00:00Z');
    for (const attemptedOn of ['2026-11-25', '2026-11-30']) {
      await post('/service-attempts', {
        orderId: ppo.id,
        attemptedOn,
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'not_found',
      });
      events.push({
        type: 'service_attempted',
        orderId: ppo.id,
        at: { date: attemptedOn },
        outcome: 'not_found',
      });
    }
    await post('/service-attempts', {
      orderId: ppo.id,
      attemptedOn: '2026-12-01',
      attemptedTime: '10:15',
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'served',
    });
    events.push({
      type: 'order_served',
      orderId: ppo.id,
      at: { date: '2026-12-01', time: '10:15' },
      personal: true,
    });
    await expectStoredDeadlinesMatchRules();
    await expectStage('order_in_effect');

    // The full hearing, continued once.
    const hearing = await post('/hearings', {
      kind: 'ppo_full_hearing',
      scheduledOn: '2026-12-08',
      scheduledTime: '09:30',
      orderId: ppo.id,
    });
    events.push({
      type: 'hearing_scheduled',
      hearingId: hearing.id,
      kind: 'ppo_full_hearing',
      at: { date: '2026-12-08', time: '09:30' },
      orderId: ppo.id,
    });
    await expectStoredDeadlinesMatchRules();
    await expectStage('hearing_scheduled');
    await at('2026-12-08T15:00:00Z');
    const continued = (await post(`/hearings/${hearing.id}/continuance`, {
      scheduledOn: '2026-12-15',
      scheduledTime: '09:30',
      reason: 'Respondent asked for time to find a lawyer',
    })) as unknown as {
      next: { id: string };
    };
    // The rules read a continuance as the same hearing moving to its new date.
    events.push({
      type: 'hearing_scheduled',
      hearingId: hearing.id,
      kind: 'ppo_full_hearing',
      at: { date: '2026-12-15', time: '09:30' },
      orderId: ppo.id,
    });
    await expectStoredDeadlinesMatchRules();

    // Final order for two years, granted at the continued hearing.
    await at('2026-12-15T18:00:00Z');
    await post(`/hearings/${continued.next.id}/outcome`, {
      outcome: 'granted',
      heldOn: '2026-12-15',
    });
    events.push({
      type: 'hearing_held',
      hearingId: hearing.id,
      on: '2026-12-15',
      outcome: 'granted',
    });
    const finalOrder = await post('/orders', {
      kind: 'FA_PO',
      issuedOn: '2026-12-15',
      issuingCourtId: JDR.courtId,
      issuingCourtKind: JDR.kind,
      issuingLocality: JDR.locality,
      statedExpiryOn: '2028-12-15',
      parentOrderId: ppo.id,
      petitionerHouseholdAtInitial: true,
    });
    events.push({
      type: 'order_issued',
      order: {
        orderId: finalOrder.id,
        kind: 'FA_PO',
        issuedAt: { date: '2026-12-15' },
        issuingCourt: JDR,
        statedExpiry: { date: '2028-12-15' },
        parentOrderId: ppo.id,
        reliefs: [],
        protectsMinorAgainstParent: false,
        petitionerWasFamilyOrHouseholdAtInitialOrder: true,
      },
    });
    await expectStoredDeadlinesMatchRules();

    // A stalking violation: a potential Class 6 felony (R18).
    await at('2027-03-11T15:00:00Z');
    const violation = await post('/violations', {
      orderId: finalOrder.id,
      occurredOn: '2027-03-10',
      acts: ['stalking'],
      basedOnViolence: true,
      actionsTaken: ['police_report'],
    });
    expect((violation['classification'] as { potentialClass: string }).potentialClass).toBe(
      'class_6_felony',
    );
    events.push({
      type: 'violation_recorded',
      violation: {
        violationId: violation.id,
        orderId: finalOrder.id,
        orderKind: 'FA_PO',
        occurredOn: '2027-03-10',
        acts: ['stalking'],
        basedOnActOrThreatOfViolence: true,
        priorConvictions: [],
        criminalProsecution: false,
        contemptSought: false,
        reportedToPolice: true,
      },
    });
    await expectStoredDeadlinesMatchRules();

    // A motion to extend, filed before the order expires, and the extended order.
    await at('2028-11-20T15:00:00Z');
    const motion = await post(`/orders/${finalOrder.id}/extension-motions`, {
      filedOn: '2028-11-20',
    });
    expect((motion['timeliness'] as { status: string }).status).toBe('timely');
    events.push({
      type: 'extension_motion_filed',
      orderId: finalOrder.id,
      on: { date: '2028-11-20' },
      motionId: motion.id,
    });
    await expectStoredDeadlinesMatchRules();
    await expectStage('extension_pending');
    await at('2028-12-08T18:00:00Z');
    const granted = (await post(`/orders/${finalOrder.id}/extension-motions/${motion.id}/grant`, {
      issuedOn: '2028-12-08',
      statedExpiryOn: '2030-12-08',
    })) as unknown as {
      order: { id: string };
    };
    events.push({
      type: 'extension_granted',
      orderId: finalOrder.id,
      newOrderId: granted.order.id,
      on: '2028-12-08',
      statedExpiry: { date: '2030-12-08' },
    });
    await expectStoredDeadlinesMatchRules();
    // The extended order protects once served (R26), like any new order.
    await expectStage('awaiting_service');
  });
});
