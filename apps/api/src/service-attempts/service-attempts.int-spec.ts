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

/** The tables a refused service-attempt request must leave exactly as they were. */
const WATCHED = ['service_attempt', 'protective_order', 'case_deadline'];

/** Invented, but shaped like what a process server writes: where the respondent was found. */
const NOTES =
  'Found him at the loading dock of Quillfeather Storage, 4410 Marrowbend Lane, after 6pm.';

async function insertOrder(
  ds: DataSource,
  c: SeededCase,
  issued: { on: string; time?: string; status?: string } = { on: '2026-11-20' },
): Promise<string> {
  const [row] = (await ds.query(
    `insert into protective_order (organisation_id, case_id, kind, issued_on, issued_time, status,
       issuing_court_id, issuing_court_kind, issuing_locality)
     values ($1, $2, 'FA_PPO', $3, $4, $5, 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
    [c.organisationId, c.id, issued.on, issued.time ?? null, issued.status ?? 'granted'],
  )) as [{ id: string }];
  return row.id;
}

const CAST = castOf('advocate', 'unassigned', 'staff');

describe('service attempts (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let otherCase: SeededCase;
  let foreignCase: SeededCase;
  let orderId: string;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Case data only: the users stay for the whole file; sessions are opened at the test's "now".
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    await cast.signInAll();
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    otherCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId);
    orderId = await insertOrder(t.dataSource, theCase);
  });

  const http = () => request(t.app.getHttpServer());
  const record = (caseId: string, body: object, as = cast.cookie.advocate) =>
    http().post(`/api/cases/${caseId}/service-attempts`).set('Cookie', as).send(body);
  const list = (caseId: string, as = cast.cookie.advocate) =>
    http().get(`/api/cases/${caseId}/service-attempts`).set('Cookie', as);
  const reveal = (caseId: string, attemptId: string, body: object, as = cast.cookie.advocate) =>
    http()
      .post(`/api/cases/${caseId}/service-attempts/${attemptId}/notes/reveal`)
      .set('Cookie', as)
      .send(body);
  const attempt = (overrides: object = {}) => ({
    orderId,
    attemptedOn: '2026-11-21',
    attemptedTime: '18:40',
    servedBy: 'sheriff',
    method: 'personal',
    outcome: 'not_found',
    ...overrides,
  });
  const fieldsOf = (res: request.Response) =>
    [...new Set(((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field))].sort();
  const orderRow = async (id = orderId) =>
    (
      (await t.dataSource.query(
        `select served_on::text, served_time::text, status from protective_order where id = $1`,
        [id],
      )) as Array<{ served_on: string | null; served_time: string | null; status: string }>
    )[0];

  describe('recording', () => {
    it('records a failed attempt and lists attempts in the order they happened, without notes', async () => {
      const later = await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-22', attemptedTime: '07:05', notes: NOTES }),
      );
      const earlier = await record(
        theCase.id,
        attempt({ servedBy: 'process_server', method: 'substituted', outcome: 'refused' }),
      );
      expect([later.status, earlier.status]).toEqual([201, 201]);
      expect(later.body).toEqual({
        id: expect.any(String),
        caseId: theCase.id,
        orderId,
        attemptedOn: '2026-11-22',
        attemptedTime: '07:05',
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'not_found',
        hasNotes: true,
        createdAt: expect.any(String),
        order: {
          id: orderId,
          servedOn: null,
          servedTime: null,
          recordedStatus: 'granted',
          computedStatus: 'awaiting_service',
        },
      });

      const res = await list(theCase.id);
      expect(res.status).toBe(200);
      expect(res.body.map((a: { id: string; hasNotes: boolean }) => [a.id, a.hasNotes])).toEqual([
        [earlier.body.id, false],
        [later.body.id, true],
      ]);
      expect(Object.keys(res.body[0]).sort()).toEqual([
        'attemptedOn',
        'attemptedTime',
        'caseId',
        'createdAt',
        'hasNotes',
        'id',
        'method',
        'orderId',
        'outcome',
        'servedBy',
      ]);
      expect(JSON.stringify(res.body)).not.toContain('Marrowbend');
      expect(JSON.stringify(later.body)).not.toContain('Marrowbend');
    });

    it('stores the notes as ciphertext bound to the row, never as plaintext', async () => {
      const res = await record(theCase.id, attempt({ notes: NOTES }));
      expect(res.status).toBe(201);
      const rows = (await t.dataSource.query(
        'select id, notes_enc from service_attempt',
      )) as Array<{
        id: string;
        notes_enc: string;
      }>;
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toBe(res.body.id);
      expect(rows[0]!.notes_enc).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
      // No 6-character run of the notes appears anywhere in the row (security-checks D1).
      const raw = JSON.stringify(await t.dataSource.query('select * from service_attempt'));
      for (let i = 0; i + 6 <= NOTES.length; i += 1) {
        expect(raw.includes(NOTES.slice(i, i + 6))).toBe(false);
      }
    });

    it('records personal service on the order and makes it in effect, in the same request', async () => {
      await record(theCase.id, attempt());
      const res = await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-22', attemptedTime: '10:15', outcome: 'served' }),
      );
      expect(res.status).toBe(201);
      expect(res.body.order).toEqual({
        id: orderId,
        servedOn: '2026-11-22',
        servedTime: '10:15',
        recordedStatus: 'served',
        computedStatus: 'in_effect',
      });
      expect(await orderRow()).toEqual({
        served_on: '2026-11-22',
        served_time: '10:15:00',
        status: 'served',
      });
      const deadlines = (await t.dataSource.query(
        `select rule_id, kind, due_on::text from case_deadline where case_id = $1 order by rule_id, kind`,
        [theCase.id],
      )) as Array<{ rule_id: string; kind: string; due_on: string }>;
      // Issued Fri 20 Nov 2026: the PPO lasts until Mon 7 Dec (15 days, rolled past the weekend; R05).
      expect(deadlines).toEqual([
        { rule_id: 'VA.FA.PPO.DURATION', kind: 'hearing_by', due_on: '2026-12-07' },
        { rule_id: 'VA.FA.PPO.DURATION', kind: 'max_expiry', due_on: '2026-12-07' },
      ]);
    });

    it('keeps the earliest personal service on the order', async () => {
      await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-22', attemptedTime: '10:15', outcome: 'served' }),
      );
      await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-23', attemptedTime: '08:00', outcome: 'served' }),
      );
      expect(await orderRow()).toEqual({
        served_on: '2026-11-22',
        served_time: '10:15:00',
        status: 'served',
      });
      await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-21', attemptedTime: '19:00', outcome: 'served' }),
      );
      expect(await orderRow()).toEqual({
        served_on: '2026-11-21',
        served_time: '19:00:00',
        status: 'served',
      });
    });

    it('does not mark the order served for service that was not personal', async () => {
      const res = await record(theCase.id, attempt({ method: 'posted', outcome: 'served' }));
      expect(res.status).toBe(201);
      expect(await orderRow()).toEqual({ served_on: null, served_time: null, status: 'granted' });
    });

    it('leaves the recorded status of an order that is no longer merely granted', async () => {
      const extended = await insertOrder(t.dataSource, theCase, {
        on: '2026-11-20',
        status: 'extended',
      });
      const res = await record(theCase.id, attempt({ orderId: extended, outcome: 'served' }));
      expect(res.status).toBe(201);
      expect(await orderRow(extended)).toEqual({
        served_on: '2026-11-21',
        served_time: '18:40:00',
        status: 'extended',
      });
    });
  });

  describe('domain checks', () => {
    it("refuses an attempt dated before the order's issuance, naming attemptedOn, and stores nothing", async () => {
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await record(
        theCase.id,
        attempt({ attemptedOn: '2026-11-19', outcome: 'served' }),
      );
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('SERVICE_BEFORE_ISSUANCE');
      expect(fieldsOf(res)).toEqual(['attemptedOn']);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it('refuses an attempt earlier on the day of issuance than the order, naming attemptedTime', async () => {
      const evening = await insertOrder(t.dataSource, theCase, { on: '2026-11-22', time: '21:40' });
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await record(
        theCase.id,
        attempt({ orderId: evening, attemptedOn: '2026-11-22', attemptedTime: '21:00' }),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['attemptedTime']);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      const after = await record(
        theCase.id,
        attempt({ orderId: evening, attemptedOn: '2026-11-22', attemptedTime: '22:05' }),
      );
      expect(after.status).toBe(201);
    });

    it('refuses an attempt on a day still to come', async () => {
      const res = await record(theCase.id, attempt({ attemptedOn: '2026-11-24' }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['attemptedOn']);
    });

    it("answers 404 ORDER_NOT_FOUND for another case's order and changes nothing", async () => {
      const otherCasesOrder = await insertOrder(t.dataSource, otherCase);
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await record(
        theCase.id,
        attempt({ orderId: otherCasesOrder, outcome: 'served' }),
      );
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('ORDER_NOT_FOUND');
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it("answers another organisation's order exactly like a missing one, and changes nothing", async () => {
      const foreignOrder = await insertOrder(t.dataSource, foreignCase);
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const foreign = await record(
        theCase.id,
        attempt({ orderId: foreignOrder, outcome: 'served' }),
      );
      const missing = await record(
        theCase.id,
        attempt({ orderId: randomUUID(), outcome: 'served' }),
      );
      expect(foreign.status).toBe(404);
      expect({ ...foreign.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      const audits = (await t.dataSource.query(
        `select action, target_type from audit_event where target_id = $1`,
        [foreignOrder],
      )) as Array<{ action: string; target_type: string }>;
      expect(audits).toEqual([{ action: 'access_denied', target_type: 'protective_order' }]);
    });

    it('refuses malformed bodies with 400 naming each field', async () => {
      const cases: Array<[object, string[]]> = [
        [attempt({ method: 'carrier_pigeon' }), ['method']],
        [attempt({ servedBy: 'neighbour' }), ['servedBy']],
        [attempt({ outcome: 'maybe' }), ['outcome']],
        [attempt({ attemptedOn: '2026-02-30' }), ['attemptedOn']],
        [attempt({ attemptedTime: '18:4' }), ['attemptedTime']],
        [attempt({ attemptedTime: '25:00' }), ['attemptedTime']],
        [attempt({ orderId: 'order-1' }), ['orderId']],
        [attempt({ notes: 42 }), ['notes']],
        [attempt({ notesEnc: 'v1:forged' }), ['notesEnc']],
        [attempt({ organisationId: cast.otherOrgId }), ['organisationId']],
        [{}, ['attemptedOn', 'method', 'orderId', 'outcome', 'servedBy']],
      ];
      const before = await tableFingerprints(t.dataSource, WATCHED);
      for (const [body, fields] of cases) {
        const res = await record(theCase.id, body);
        expect({ body, status: res.status, error: res.body.error }).toEqual({
          body,
          status: 400,
          error: 'validation_failed',
        });
        expect({ body, fields: fieldsOf(res) }).toEqual({ body, fields });
      }
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });
  });

  describe('access', () => {
    it("answers 404 for another organisation's case, audits it and changes nothing", async () => {
      const foreignOrder = await insertOrder(t.dataSource, foreignCase);
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const write = await record(foreignCase.id, attempt({ orderId: foreignOrder }));
      const read = await list(foreignCase.id);
      const missing = await record(randomUUID(), attempt({ orderId: foreignOrder }));
      expect([write.status, read.status]).toEqual([404, 404]);
      expect({ ...write.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      expect(await countDenials(t.dataSource, foreignCase.id)).toBe(2);
    });

    it('answers 404 to an advocate not assigned to the case', async () => {
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const write = await record(theCase.id, attempt(), cast.cookie.unassigned);
      const read = await list(theCase.id, cast.cookie.unassigned);
      expect([write.status, read.status]).toEqual([404, 404]);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });

    it('lets staff list attempts but answers 403 to their writes and reveals', async () => {
      const created = await record(theCase.id, attempt({ notes: NOTES }));
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const write = await record(theCase.id, attempt(), cast.cookie.staff);
      const peek = await reveal(
        theCase.id,
        created.body.id,
        { reason: 'Quarterly report.' },
        cast.cookie.staff,
      );
      expect([write.status, peek.status]).toEqual([403, 403]);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
      const read = await list(theCase.id, cast.cookie.staff);
      expect(read.status).toBe(200);
      expect(read.body).toEqual([expect.objectContaining({ id: created.body.id, hasNotes: true })]);
      expect(JSON.stringify(read.body)).not.toContain('Marrowbend');
    });
  });

  describe('revealing notes', () => {
    it('returns the notes to an advocate who gives a reason, and audits the reveal', async () => {
      const created = await record(theCase.id, attempt({ notes: NOTES }));
      const res = await reveal(theCase.id, created.body.id, {
        reason: 'Planning the next attempt with the sheriff.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ attemptId: created.body.id, status: 'revealed', notes: NOTES });
      const audits = (await t.dataSource.query(
        `select action, actor_user_id, target_type, reason from audit_event where target_id = $1`,
        [created.body.id],
      )) as Array<Record<string, string>>;
      expect(audits).toEqual([
        {
          action: 'reveal',
          actor_user_id: cast.users.advocate.id,
          target_type: 'service_attempt.notes',
          reason: 'Planning the next attempt with the sheriff.',
        },
      ]);
    });

    it('answers empty when no notes were recorded, and requires a reason', async () => {
      const created = await record(theCase.id, attempt());
      const res = await reveal(theCase.id, created.body.id, { reason: 'Checking the file.' });
      expect(res.body).toEqual({ attemptId: created.body.id, status: 'empty', notes: null });
      const noReason = await reveal(theCase.id, created.body.id, {});
      expect(noReason.status).toBe(400);
      expect(fieldsOf(noReason)).toEqual(['reason']);
    });

    it("answers 404 for another case's attempt, and does not open notes moved to another row", async () => {
      const created = await record(theCase.id, attempt({ notes: NOTES }));
      const wrongCase = await reveal(otherCase.id, created.body.id, {
        reason: 'Checking the file.',
      });
      expect(wrongCase.status).toBe(404);
      expect(wrongCase.body.error).toBe('SERVICE_ATTEMPT_NOT_FOUND');
      // A ciphertext copied onto another attempt does not decrypt there: it is bound to its row.
      const other = await record(theCase.id, attempt());
      await t.dataSource.query(
        'update service_attempt set notes_enc = (select notes_enc from service_attempt where id = $1) where id = $2',
        [created.body.id, other.body.id],
      );
      const moved = await reveal(theCase.id, other.body.id, { reason: 'Checking the file.' });
      expect(moved.body).toEqual({ attemptId: other.body.id, status: 'unavailable', notes: null });
    });
  });
});
