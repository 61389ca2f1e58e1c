import request from 'supertest';

import {
  insertHearingRow,
  insertOrderRow,
  insertPetitionRow,
  insertServiceAttemptRow,
  insertTaskRow,
  insertViolationRow,
} from '@api/testing/fact-rows.fixtures';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const NOTE_BODY = 'She moved to the Orchardley shelter; do not mention it on the phone.';

const CAST = castOf('advocate', 'unassigned', 'staff', 'admin', 'outsider');

interface Entry {
  at: { date: string; time: string | null };
  kind: string;
  title: string;
  refs: Record<string, string>;
  details: Record<string, unknown>;
}

describe('case timeline (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let foreignCase: SeededCase;
  const ids: Record<string, string> = {};

  const http = () => request(t.app.getHttpServer());
  const timeline = (c: SeededCase, who: keyof typeof CAST) =>
    http().get(`/api/cases/${c.id}/timeline`).set('Cookie', cast.cookie[who]);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
    t.clock.set(new Date('2026-12-02T15:00:00Z'));
    await cast.signInAll();

    // An emergency order, the petition and preliminary order, two service attempts, a violation,
    // a continued hearing, a note and a task.
    const ds = t.dataSource;
    theCase = await insertCase(ds, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    ids['epo'] = await insertOrderRow(ds, theCase, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-23',
      issuedTime: '21:40',
    });
    ids['petition'] = await insertPetitionRow(ds, theCase, '2026-11-24');
    ids['ppo'] = await insertOrderRow(ds, theCase, {
      kind: 'FA_PPO',
      issuedOn: '2026-11-24',
      parentOrderId: ids['epo'],
      servedOn: '2026-11-27',
    });
    ids['attempt1'] = await insertServiceAttemptRow(ds, theCase, {
      orderId: ids['ppo'],
      attemptedOn: '2026-11-25',
      attemptedTime: '09:00',
      outcome: 'not_found',
      notesEnc: 'v1:k:iv:sealed-notes-never-shown',
    });
    ids['attempt2'] = await insertServiceAttemptRow(ds, theCase, {
      orderId: ids['ppo'],
      attemptedOn: '2026-11-27',
      attemptedTime: '18:00',
      outcome: 'served',
    });
    ids['violation'] = await insertViolationRow(ds, theCase, {
      orderId: ids['ppo'],
      occurredOn: '2026-11-30',
      acts: ['stalking'],
      potentialClass: 'class_6_felony',
      narrativeEnc: 'v1:k:iv:sealed-narrative-never-shown',
    });
    ids['hearing1'] = await insertHearingRow(ds, theCase, {
      orderId: ids['ppo'],
      scheduledOn: '2026-12-01',
      scheduledTime: '09:30',
      outcome: 'continued',
      heldOn: '2026-12-01',
      continuanceReason: 'Respondent asked for time to find a lawyer',
    });
    ids['hearing2'] = await insertHearingRow(ds, theCase, {
      orderId: ids['ppo'],
      scheduledOn: '2026-12-08',
      scheduledTime: '09:30',
      continuedFromId: ids['hearing1'],
    });
    ids['task'] = await insertTaskRow(ds, theCase, {
      title: 'Prepare the exhibits',
      dueOn: '2026-12-03',
      assigneeId: cast.users.advocate.id,
    });
    await ds.transaction((m) =>
      t.app.get(CaseComputationService).recompute(m, cast.orgId, theCase.id, { other: 'caseId' }),
    );
    const note = await http()
      .post(`/api/cases/${theCase.id}/notes`)
      .set('Cookie', cast.cookie.advocate)
      .send({ body: NOTE_BODY });
    ids['note'] = note.body.id as string;

    foreignCase = await insertCase(ds, cast.otherOrgId);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists everything that happened or is due, in date and time order', async () => {
    const res = await timeline(theCase, 'advocate');
    expect(res.status).toBe(200);
    const entries = res.body.entries as Entry[];
    const keys = entries.map((e) => `${e.at.date} ${e.at.time ?? ''}`);
    expect(keys).toEqual(
      [...keys].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10)) || a.localeCompare(b)),
    );

    const events = entries
      .filter((e) => e.kind !== 'deadline')
      .map((e) => `${e.at.date} ${e.at.time ?? '--:--'} ${e.kind}`);
    expect(events).toEqual([
      '2026-11-23 21:40 order_issued',
      '2026-11-24 --:-- petition_filed',
      '2026-11-24 --:-- order_issued',
      '2026-11-25 09:00 service_attempt',
      '2026-11-27 --:-- order_served',
      '2026-11-27 18:00 service_attempt',
      '2026-11-30 --:-- violation',
      '2026-12-01 09:30 hearing_scheduled',
      '2026-12-01 09:30 hearing_continued',
      '2026-12-02 10:00 note',
      '2026-12-03 --:-- task_due',
      '2026-12-08 09:30 hearing_scheduled',
    ]);
  });

  it('describes each entry in plain English with the ids it is about', async () => {
    const entries = (await timeline(theCase, 'advocate')).body.entries as Entry[];
    const find = (kind: string, ref: string, id: string) =>
      entries.find((e) => e.kind === kind && e.refs[ref] === id);

    expect(find('order_issued', 'orderId', ids['epo']!)?.title).toBe(
      'Family abuse emergency protective order issued in Fairfax County',
    );
    expect(find('service_attempt', 'serviceAttemptId', ids['attempt1']!)).toEqual(
      expect.objectContaining({
        title: 'Service attempt by the sheriff (personal): respondent not found',
        details: { servedBy: 'sheriff', method: 'personal', outcome: 'not_found' },
      }),
    );
    expect(find('violation', 'violationId', ids['violation']!)).toEqual(
      expect.objectContaining({
        title:
          'Violation of the family abuse preliminary protective order: stalking (potentially a Class 6 felony)',
        details: { acts: ['stalking'], potentialClass: 'class_6_felony' },
      }),
    );
    expect(find('hearing_continued', 'hearingId', ids['hearing1']!)).toEqual(
      expect.objectContaining({
        title: 'Full hearing on the preliminary order of 2026-12-01 continued to 2026-12-08',
        refs: { hearingId: ids['hearing1'], orderId: ids['ppo'], nextHearingId: ids['hearing2'] },
      }),
    );
    expect(find('note', 'noteId', ids['note']!)).toEqual(
      expect.objectContaining({
        title: `Note by ${cast.users.advocate.displayName}`,
        details: { authorName: cast.users.advocate.displayName },
      }),
    );
    const task = find('task_due', 'taskId', ids['task']!);
    expect(task?.title).toBe('Task due: Prepare the exhibits');
    // Made by hand, not from a motion follow-up: no prefilled draft to link to (issue 19).
    expect(task?.details['draft']).toBeNull();
    expect(task?.refs.orderId).toBeUndefined();
  });

  it('includes the stored deadlines with their rule, citation and explanation', async () => {
    const entries = (await timeline(theCase, 'advocate')).body.entries as Entry[];
    const stored = (await t.dataSource.query(
      `select rule_id, citation, due_on::text as due_on from case_deadline where case_id = $1 and state <> 'moot'`,
      [theCase.id],
    )) as Array<{ rule_id: string; citation: string; due_on: string }>;
    expect(stored.length).toBeGreaterThan(0);
    const deadlines = entries.filter((e) => e.kind === 'deadline');
    expect(
      deadlines.map((d) => `${d.details['ruleId']} ${d.at.date} ${d.details['citation']}`).sort(),
    ).toEqual(stored.map((s) => `${s.rule_id} ${s.due_on} ${s.citation}`).sort());
    expect(
      deadlines.every((d) => typeof d.details['explanation'] === 'string' && d.refs['deadlineId']),
    ).toBe(true);
  });

  it('shows no confidential text: no note body, service notes, violation narrative or continuance reason', async () => {
    const body = JSON.stringify((await timeline(theCase, 'staff')).body);
    for (const secret of [
      NOTE_BODY.slice(0, 20),
      'sealed-notes',
      'sealed-narrative',
      'find a lawyer',
      'v1:',
    ]) {
      expect(body).not.toContain(secret);
    }
  });

  it('answers 404 to an advocate not assigned to the case and for another organisation, 403 to an admin', async () => {
    expect((await timeline(theCase, 'unassigned')).status).toBe(404);
    expect((await timeline(theCase, 'outsider')).status).toBe(404);
    expect((await timeline(foreignCase, 'advocate')).status).toBe(404);
    expect((await timeline(theCase, 'admin')).status).toBe(403);
    expect(
      (await http().get('/api/cases/not-a-case/timeline').set('Cookie', cast.cookie.advocate))
        .status,
    ).toBe(400);
  });
});
