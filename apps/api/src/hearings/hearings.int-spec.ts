import { randomUUID } from 'node:crypto';

import request from 'supertest';
import type { DataSource } from 'typeorm';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  countDenials,
  insertCase,
  tableFingerprints,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { HearingsRepository } from './hearings.repository';

/** The tables a refused hearing request must leave exactly as they were. */
const WATCHED = ['petition', 'hearing', 'protective_order', 'case_deadline'];

const CAST = castOf('advocate', 'unassigned', 'supervisor', 'staff', 'outsider');
type Who = keyof typeof CAST;

async function insertPetition(ds: DataSource, c: SeededCase, filedOn: string): Promise<void> {
  await ds.query(
    `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
     values ($1, $2, 'FA_PO', $3, 'jdr-fairfax', 'JDR', 'Fairfax County')`,
    [c.organisationId, c.id, filedOn],
  );
}

async function insertOrder(ds: DataSource, c: SeededCase, issuedOn: string): Promise<string> {
  const [row] = (await ds.query(
    `insert into protective_order (organisation_id, case_id, kind, issued_on, issuing_court_id, issuing_court_kind, issuing_locality)
     values ($1, $2, 'FA_PPO', $3, 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
    [c.organisationId, c.id, issuedOn],
  )) as [{ id: string }];
  return row.id;
}

describe('hearings and continuances (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let otherCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Case data only: the signed-in users and their sessions stay for the whole file.
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    await travelTo('2026-11-23T14:00:00Z', ...(Object.keys(CAST) as Who[]));
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    otherCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId);
  });

  /** Moves "now" and signs in again: a session would otherwise be idle across the jump. */
  async function travelTo(instant: string, ...who: Who[]): Promise<void> {
    t.clock.set(new Date(instant));
    await cast.signInAll(...(who.length > 0 ? who : (['advocate'] as const)));
  }

  const http = () => request(t.app.getHttpServer());
  const schedule = (caseId: string, body: object, as = cast.cookie.advocate) =>
    http().post(`/api/cases/${caseId}/hearings`).set('Cookie', as).send(body);
  const continueHearing = (caseId: string, hearingId: string, body: object, as?: string) =>
    http()
      .post(`/api/cases/${caseId}/hearings/${hearingId}/continuance`)
      .set('Cookie', as ?? cast.cookie.advocate)
      .send(body);
  const recordOutcome = (caseId: string, hearingId: string, body: object, as?: string) =>
    http()
      .post(`/api/cases/${caseId}/hearings/${hearingId}/outcome`)
      .set('Cookie', as ?? cast.cookie.advocate)
      .send(body);
  const fieldsOf = (res: request.Response) =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();
  const hearingRows = () =>
    t.dataSource.query(
      `select id, scheduled_on::text, scheduled_time::text, outcome, held_on::text, continued_from_id, continuance_reason
         from hearing order by created_at`,
    ) as Promise<Array<Record<string, string | null>>>;
  const noticeDeadlines = (caseId: string) =>
    t.dataSource.query(
      `select due_on::text, act_by_on::text, hearing_id, citation from case_deadline
        where case_id = $1 and rule_id = 'VA.FA.MEDICAL_NOTICE' and kind = 'notice_by'`,
      [caseId],
    ) as Promise<
      Array<{ due_on: string; act_by_on: string | null; hearing_id: string; citation: string }>
    >;

  async function scheduledHearing(body: object = {}, c: SeededCase = theCase): Promise<string> {
    await insertPetition(t.dataSource, c, '2026-11-20');
    const res = await schedule(c.id, { kind: 'final_trial', scheduledOn: '2026-12-18', ...body });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  describe('scheduling', () => {
    it('schedules a hearing about an order of the case and returns it without internal fields', async () => {
      await insertPetition(t.dataSource, theCase, '2026-11-20');
      const orderId = await insertOrder(t.dataSource, theCase, '2026-11-20');
      const res = await schedule(theCase.id, {
        kind: 'ppo_full_hearing',
        scheduledOn: '2026-12-04',
        scheduledTime: '09:30',
        orderId,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        caseId: theCase.id,
        orderId,
        kind: 'ppo_full_hearing',
        scheduledOn: '2026-12-04',
        scheduledTime: '09:30',
        outcome: null,
        heldOn: null,
        continuanceReason: null,
        continuedFromId: null,
        continuedToId: null,
      });
      expect(await hearingRows()).toEqual([
        expect.objectContaining({
          id: res.body.id,
          scheduled_on: '2026-12-04',
          scheduled_time: '09:30:00',
        }),
      ]);
    });

    it('refuses a hearing when no petition is filed, naming scheduledOn, and stores nothing', async () => {
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await schedule(theCase.id, { kind: 'final_trial', scheduledOn: '2026-12-18' });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('HEARING_BEFORE_PETITION');
      expect(fieldsOf(res)).toEqual(['scheduledOn']);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it('refuses a hearing dated before the earliest petition was filed, and allows the filing day', async () => {
      await insertPetition(t.dataSource, theCase, '2026-11-25');
      await insertPetition(t.dataSource, theCase, '2026-11-20');
      const early = await schedule(theCase.id, {
        kind: 'ppo_full_hearing',
        scheduledOn: '2026-11-19',
      });
      expect(early.status).toBe(400);
      expect(fieldsOf(early)).toEqual(['scheduledOn']);
      expect(early.body.message).toContain('2026-11-20');
      const sameDay = await schedule(theCase.id, {
        kind: 'ppo_full_hearing',
        scheduledOn: '2026-11-20',
      });
      expect(sameDay.status).toBe(201);
    });

    it("answers 404 ORDER_NOT_FOUND for another case's order and changes nothing", async () => {
      await insertPetition(t.dataSource, theCase, '2026-11-20');
      const otherCasesOrder = await insertOrder(t.dataSource, otherCase, '2026-11-20');
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await schedule(theCase.id, {
        kind: 'final_trial',
        scheduledOn: '2026-12-18',
        orderId: otherCasesOrder,
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('ORDER_NOT_FOUND');
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      const [audit] = (await t.dataSource.query(
        `select action, target_type from audit_event where target_id = $1`,
        [otherCasesOrder],
      )) as Array<{ action: string; target_type: string }>;
      expect(audit).toEqual({ action: 'access_denied', target_type: 'protective_order' });
    });

    it("answers another organisation's order exactly like a missing one", async () => {
      await insertPetition(t.dataSource, theCase, '2026-11-20');
      const foreignOrder = await insertOrder(t.dataSource, foreignCase, '2026-11-20');
      const foreign = await schedule(theCase.id, {
        kind: 'final_trial',
        scheduledOn: '2026-12-18',
        orderId: foreignOrder,
      });
      const missing = await schedule(theCase.id, {
        kind: 'final_trial',
        scheduledOn: '2026-12-18',
        orderId: randomUUID(),
      });
      expect(foreign.status).toBe(404);
      expect({ ...foreign.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
      expect(await hearingRows()).toEqual([]);
    });

    it('refuses malformed bodies with 400 naming each field', async () => {
      await insertPetition(t.dataSource, theCase, '2026-11-20');
      const cases: Array<[object, string[]]> = [
        [{ kind: 'trial_by_combat', scheduledOn: '2026-12-18' }, ['kind']],
        [{ kind: 'final_trial', scheduledOn: '2026-02-30' }, ['scheduledOn']],
        [{ kind: 'final_trial', scheduledOn: '18/12/2026' }, ['scheduledOn']],
        [
          { kind: 'final_trial', scheduledOn: '2026-12-18', scheduledTime: '24:00' },
          ['scheduledTime'],
        ],
        [
          { kind: 'final_trial', scheduledOn: '2026-12-18', scheduledTime: '9:30' },
          ['scheduledTime'],
        ],
        [{ kind: 'final_trial', scheduledOn: '2026-12-18', orderId: 'not-a-uuid' }, ['orderId']],
        [
          { kind: 'final_trial', scheduledOn: '2026-12-18', organisationId: cast.otherOrgId },
          ['organisationId'],
        ],
        [{ kind: 'final_trial', scheduledOn: '2026-12-18', outcome: 'granted' }, ['outcome']],
        [{}, ['kind', 'scheduledOn']],
      ];
      for (const [body, fields] of cases) {
        const res = await schedule(theCase.id, body);
        expect({ body, status: res.status, error: res.body.error }).toEqual({
          body,
          status: 400,
          error: 'validation_failed',
        });
        expect({ body, fields: [...new Set(fieldsOf(res))] }).toEqual({ body, fields });
      }
      expect(await hearingRows()).toEqual([]);
    });
  });

  describe('outcomes', () => {
    it('records the outcome of an open hearing once; a second outcome is a 409', async () => {
      const hearingId = await scheduledHearing();
      await travelTo('2026-12-18T20:00:00Z');
      const res = await recordOutcome(theCase.id, hearingId, {
        outcome: 'granted',
        heldOn: '2026-12-18',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: hearingId,
        outcome: 'granted',
        heldOn: '2026-12-18',
        continuedToId: null,
      });
      const again = await recordOutcome(theCase.id, hearingId, {
        outcome: 'denied',
        heldOn: '2026-12-18',
      });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('HEARING_ALREADY_CLOSED');
      expect(await hearingRows()).toEqual([expect.objectContaining({ outcome: 'granted' })]);
    });

    it('refuses an outcome held before the hearing day or on a day still to come', async () => {
      const hearingId = await scheduledHearing();
      await travelTo('2026-12-10T15:00:00Z');
      const early = await recordOutcome(theCase.id, hearingId, {
        outcome: 'granted',
        heldOn: '2026-12-17',
      });
      expect(early.status).toBe(400);
      expect(fieldsOf(early)).toEqual(['heldOn']);
      const future = await recordOutcome(theCase.id, hearingId, {
        outcome: 'granted',
        heldOn: '2026-12-18',
      });
      expect(future.status).toBe(400);
      expect(future.body.error).toBe('HEARING_HELD_IN_FUTURE');
      expect(await hearingRows()).toEqual([expect.objectContaining({ outcome: null })]);
    });

    it('refuses malformed outcome bodies, and sends continuances to /continuance', async () => {
      const hearingId = await scheduledHearing();
      const cases: Array<[object, string[]]> = [
        [{ outcome: 'continued', heldOn: '2026-12-18' }, ['outcome']],
        [{ outcome: 'adjourned_sine_die', heldOn: '2026-12-18' }, ['outcome']],
        [{ outcome: 'granted', heldOn: '2026-02-30' }, ['heldOn']],
        [
          { outcome: 'granted', heldOn: '2026-12-18', continuanceReason: 'x' },
          ['continuanceReason'],
        ],
        [{}, ['heldOn', 'outcome']],
      ];
      for (const [body, fields] of cases) {
        const res = await recordOutcome(theCase.id, hearingId, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect({ body, fields: [...new Set(fieldsOf(res))] }).toEqual({ body, fields });
      }
      const continued = await recordOutcome(theCase.id, hearingId, {
        outcome: 'continued',
        heldOn: '2026-12-18',
      });
      expect(continued.body.fields[0].message).toContain('/continuance');
    });

    it("answers 404 HEARING_NOT_FOUND for another case's hearing and changes nothing", async () => {
      const hearingId = await scheduledHearing();
      await travelTo('2026-12-18T20:00:00Z');
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await recordOutcome(otherCase.id, hearingId, {
        outcome: 'granted',
        heldOn: '2026-12-18',
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('HEARING_NOT_FOUND');
      const cont = await continueHearing(otherCase.id, hearingId, {
        scheduledOn: '2027-01-15',
        reason: 'x',
      });
      expect(cont.status).toBe(404);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });
  });

  describe('continuances', () => {
    it('closes the hearing as continued on its own day and opens the next one, linked both ways', async () => {
      const hearingId = await scheduledHearing({ scheduledTime: '09:00' });
      await travelTo('2026-12-21T15:00:00Z'); // recorded after the hearing day
      const res = await continueHearing(theCase.id, hearingId, {
        scheduledOn: '2027-01-15',
        scheduledTime: '10:30',
        reason: 'Respondent retained counsel; petitioner asked for time to find a lawyer.',
      });
      expect(res.status).toBe(201);
      const nextId = res.body.next.id as string;
      expect(res.body.continued).toMatchObject({
        id: hearingId,
        outcome: 'continued',
        heldOn: '2026-12-18',
        continuanceReason:
          'Respondent retained counsel; petitioner asked for time to find a lawyer.',
        continuedToId: nextId,
      });
      expect(res.body.next).toMatchObject({
        kind: 'final_trial',
        scheduledOn: '2027-01-15',
        scheduledTime: '10:30',
        outcome: null,
        continuedFromId: hearingId,
        continuedToId: null,
      });

      const list = await http()
        .get(`/api/cases/${theCase.id}/hearings`)
        .set('Cookie', cast.cookie.advocate);
      expect(list.status).toBe(200);
      expect(
        list.body.map(
          (h: { id: string; continuedFromId: string | null; continuedToId: string | null }) => [
            h.id,
            h.continuedFromId,
            h.continuedToId,
          ],
        ),
      ).toEqual([
        [hearingId, null, nextId],
        [nextId, hearingId, null],
      ]);
    });

    it('dates a continuance granted ahead of the hearing on the day it was recorded', async () => {
      const hearingId = await scheduledHearing();
      await travelTo('2026-12-01T15:00:00Z');
      const res = await continueHearing(theCase.id, hearingId, {
        scheduledOn: '2027-01-15',
        reason: 'Joint motion.',
      });
      expect(res.status).toBe(201);
      expect(res.body.continued.heldOn).toBe('2026-12-01');
    });

    it('refuses to continue a continued hearing (409) and continues the chain from the new hearing', async () => {
      const first = await scheduledHearing();
      const second = (
        await continueHearing(theCase.id, first, {
          scheduledOn: '2027-01-15',
          reason: 'Court congestion.',
        })
      ).body.next.id as string;
      const again = await continueHearing(theCase.id, first, {
        scheduledOn: '2027-02-01',
        reason: 'Again.',
      });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('HEARING_ALREADY_CLOSED');
      const third = await continueHearing(theCase.id, second, {
        scheduledOn: '2027-02-01',
        reason: 'Judge unavailable.',
      });
      expect(third.status).toBe(201);
      const rows = await hearingRows();
      expect(rows.map((r) => [r.id, r.continued_from_id, r.outcome])).toEqual([
        [first, null, 'continued'],
        [second, first, 'continued'],
        [third.body.next.id, second, null],
      ]);
    });

    it('refuses a continuance to a day that is not later than the hearing day, naming scheduledOn', async () => {
      const hearingId = await scheduledHearing();
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await continueHearing(theCase.id, hearingId, {
        scheduledOn: '2026-12-18',
        reason: 'Same day.',
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['scheduledOn']);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it('refuses malformed continuance bodies with 400 naming each field', async () => {
      const hearingId = await scheduledHearing();
      const cases: Array<[object, string[]]> = [
        [{ scheduledOn: '2027-02-30', reason: 'r' }, ['scheduledOn']],
        [{ scheduledOn: '2027-01-15', scheduledTime: '10:60', reason: 'r' }, ['scheduledTime']],
        [{ scheduledOn: '2027-01-15', reason: '   ' }, ['reason']],
        [{ scheduledOn: '2027-01-15' }, ['reason']],
        [{ scheduledOn: '2027-01-15', reason: 'r', kind: 'extension' }, ['kind']],
        [
          { scheduledOn: '2027-01-15', reason: 'r', continuedFromId: randomUUID() },
          ['continuedFromId'],
        ],
      ];
      for (const [body, fields] of cases) {
        const res = await continueHearing(theCase.id, hearingId, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect({ body, fields: [...new Set(fieldsOf(res))] }).toEqual({ body, fields });
      }
      expect(await hearingRows()).toEqual([
        expect.objectContaining({ id: hearingId, outcome: null }),
      ]);
    });

    it('is atomic: when the new hearing cannot be stored, the old hearing stays open and nothing changes', async () => {
      const hearingId = await scheduledHearing();
      const before = await tableFingerprints(t.dataSource, WATCHED);
      // The DTO refuses '25:00', so slip it past validation: PostgreSQL itself rejects the second
      // insert of the continuance, after the first hearing was already updated in the transaction.
      const repo = t.app.get(HearingsRepository);
      const insert = repo.insert.bind(repo);
      const spy = jest
        .spyOn(repo, 'insert')
        .mockImplementationOnce((manager, data) =>
          insert(manager, { ...data, scheduledTime: '25:00' }),
        );
      try {
        const res = await continueHearing(theCase.id, hearingId, {
          scheduledOn: '2027-01-15',
          reason: 'Provoked failure.',
        });
        expect(res.status).toBe(500);
        expect(res.body).toEqual({ error: 'internal_error', requestId: expect.any(String) });
      } finally {
        spy.mockRestore();
      }
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      expect(await hearingRows()).toEqual([
        expect.objectContaining({ id: hearingId, outcome: null, held_on: null }),
      ]);
      const retry = await continueHearing(theCase.id, hearingId, {
        scheduledOn: '2027-01-15',
        reason: 'Retry.',
      });
      expect(retry.status).toBe(201);
    });

    it('moves the stored medical-records notice (R13) when a final trial is continued', async () => {
      const medical = await insertCase(t.dataSource, cast.orgId, {
        advocateIds: [cast.users.advocate.id],
        hasMedicalEvidence: true,
      });
      const hearingId = await scheduledHearing({}, medical);
      // Trial Fri 18 Dec 2026: notice at least 10 days before, Tue 8 Dec 2026 (Va. Code § 16.1-245.1).
      expect(await noticeDeadlines(medical.id)).toEqual([
        {
          due_on: '2026-12-08',
          act_by_on: null,
          hearing_id: hearingId,
          citation: expect.stringContaining('16.1-245.1'),
        },
      ]);
      const res = await continueHearing(medical.id, hearingId, {
        scheduledOn: '2027-01-15',
        reason: 'Court congestion.',
      });
      expect(res.status).toBe(201);
      // Trial Fri 15 Jan 2027: notice by Tue 5 Jan 2027. The continued chain keeps its first id.
      expect(await noticeDeadlines(medical.id)).toEqual([
        {
          due_on: '2027-01-05',
          act_by_on: null,
          hearing_id: hearingId,
          citation: expect.stringContaining('16.1-245.1'),
        },
      ]);
    });

    it('stores no medical-records notice when the case holds no medical evidence', async () => {
      await scheduledHearing();
      expect(await noticeDeadlines(theCase.id)).toEqual([]);
    });
  });

  describe('access', () => {
    it("answers 404 for another organisation's case on every route, audits it, and changes nothing", async () => {
      await insertPetition(t.dataSource, foreignCase, '2026-11-20');
      const [{ id: foreignHearing }] = (await t.dataSource.query(
        `insert into hearing (organisation_id, case_id, kind, scheduled_on) values ($1, $2, 'final_trial', '2026-12-18') returning id`,
        [cast.otherOrgId, foreignCase.id],
      )) as [{ id: string }];
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const responses = [
        await schedule(foreignCase.id, { kind: 'final_trial', scheduledOn: '2026-12-18' }),
        await recordOutcome(foreignCase.id, foreignHearing, {
          outcome: 'granted',
          heldOn: '2026-11-23',
        }),
        await continueHearing(foreignCase.id, foreignHearing, {
          scheduledOn: '2027-01-15',
          reason: 'x',
        }),
        await http()
          .get(`/api/cases/${foreignCase.id}/hearings`)
          .set('Cookie', cast.cookie.advocate),
        // Own case, other organisation's hearing id.
        await recordOutcome(theCase.id, foreignHearing, {
          outcome: 'granted',
          heldOn: '2026-11-23',
        }),
      ];
      expect(responses.map((r) => [r.status, r.body.error])).toEqual([
        [404, 'CASE_NOT_FOUND'],
        [404, 'CASE_NOT_FOUND'],
        [404, 'CASE_NOT_FOUND'],
        [404, 'CASE_NOT_FOUND'],
        [404, 'HEARING_NOT_FOUND'],
      ]);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      expect(await countDenials(t.dataSource, foreignCase.id, foreignHearing)).toBe(5);
    });

    it('answers 404 to an advocate not assigned to the case, for reads and writes', async () => {
      const hearingId = await scheduledHearing();
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const read = await http()
        .get(`/api/cases/${theCase.id}/hearings`)
        .set('Cookie', cast.cookie.unassigned);
      const write = await schedule(
        theCase.id,
        { kind: 'final_trial', scheduledOn: '2026-12-19' },
        cast.cookie.unassigned,
      );
      const cont = await continueHearing(
        theCase.id,
        hearingId,
        { scheduledOn: '2027-01-15', reason: 'x' },
        cast.cookie.unassigned,
      );
      expect([read.status, write.status, cont.status]).toEqual([404, 404, 404]);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it('lets staff read hearings but answers 403 to their writes', async () => {
      const hearingId = await scheduledHearing();
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const writes = [
        await schedule(
          theCase.id,
          { kind: 'final_trial', scheduledOn: '2026-12-19' },
          cast.cookie.staff,
        ),
        await recordOutcome(
          theCase.id,
          hearingId,
          { outcome: 'granted', heldOn: '2026-11-23' },
          cast.cookie.staff,
        ),
        await continueHearing(
          theCase.id,
          hearingId,
          { scheduledOn: '2027-01-15', reason: 'x' },
          cast.cookie.staff,
        ),
      ];
      expect(writes.map((r) => r.status)).toEqual([403, 403, 403]);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      const read = await http()
        .get(`/api/cases/${theCase.id}/hearings`)
        .set('Cookie', cast.cookie.staff);
      expect(read.status).toBe(200);
      expect(read.body).toHaveLength(1);
    });

    it('lets a supervisor of the organisation schedule on any of its cases', async () => {
      await insertPetition(t.dataSource, otherCase, '2026-11-20');
      const res = await schedule(
        otherCase.id,
        { kind: 'final_trial', scheduledOn: '2026-12-18' },
        cast.cookie.supervisor,
      );
      expect(res.status).toBe(201);
    });

    it('answers 400 to a case or hearing id that is not a UUID', async () => {
      const a = await schedule('not-a-uuid', { kind: 'final_trial', scheduledOn: '2026-12-18' });
      const b = await recordOutcome(theCase.id, 'not-a-uuid', {
        outcome: 'granted',
        heldOn: '2026-11-23',
      });
      expect([a.status, b.status]).toEqual([400, 400]);
    });
  });
});
