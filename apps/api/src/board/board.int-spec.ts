import request from 'supertest';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { insertOrderRow, insertTaskRow } from '@api/testing/fact-rows.fixtures';

const MARKER = 'ZZ-OTHER-ORG-MARKER';

const CAST = {
  advocate: { role: 'advocate', displayName: 'Ada Quillfeather' },
  bo: { role: 'advocate', displayName: 'Bo Wexmoor' },
  supervisor: { role: 'supervisor', displayName: 'Sam Larkspur' },
  staff: { role: 'staff' },
  outsider: { role: 'supervisor', otherOrganisation: true },
} satisfies CastSpec;

interface Item {
  type: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  kind: string;
  ruleId: string | null;
  case: { id: string; reference: string; clientName: string };
}
interface Group {
  advocate: { id: string; displayName: string } | null;
  overdueCount: number;
  items: Item[];
}

const summary = (groups: Group[]) =>
  groups.map((g) => ({
    advocate: g.advocate?.displayName ?? 'unassigned',
    overdue: g.overdueCount,
    items: g.items.map(
      (i) =>
        `${i.dueOn} ${i.type === 'task' ? i.title : i.ruleId + ' ' + i.kind}${i.overdue ? ' (overdue)' : ''}`,
    ),
  }));

describe("the supervisor's board (real PostgreSQL)", () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let epoCase: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const board = (query = '', who: keyof typeof CAST = 'supervisor') =>
    http().get(`/api/board${query}`).set('Cookie', cast.cookie[who]);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
    const ds = t.dataSource;
    const { orgId, otherOrgId } = cast;
    const ada = cast.users.advocate.id;
    const bo = cast.users.bo.id;

    // Deadlines are computed on Fri 20 Nov 2026; the board is read on Wed 25 Nov, so the emergency
    // order's expiry (Mon 23 Nov) is still stored open: overdue.
    t.clock.set(new Date('2026-11-20T15:00:00Z'));
    epoCase = await insertCase(ds, orgId, { advocateIds: [ada] });
    await insertOrderRow(ds, epoCase, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-19',
      issuedTime: '20:00',
    });
    const poCase = await insertCase(ds, orgId, { advocateIds: [bo] });
    await insertOrderRow(ds, poCase, { kind: 'FA_PO', issuedOn: '2024-12-08' });
    const aovCase = await insertCase(ds, orgId, { advocateIds: [] });
    await insertOrderRow(ds, aovCase, { kind: 'AOV_PO', issuedOn: '2024-12-04', court: 'GDC' });
    const sharedCase = await insertCase(ds, orgId, { advocateIds: [ada, bo] });
    const closedCase = await insertCase(ds, orgId, {
      advocateIds: [ada],
      stage: 'closed',
      openedOn: '2026-11-01',
    });
    await ds.query(`update case_file set closed_on = '2026-11-10' where id = $1`, [closedCase.id]);
    await insertOrderRow(ds, closedCase, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-19',
      issuedTime: '20:00',
    });
    const foreignCase = await insertCase(ds, otherOrgId, { advocateIds: [] });
    await ds.query('update client set full_name = $1 where id = $2', [
      MARKER,
      foreignCase.clientId,
    ]);
    await insertOrderRow(ds, foreignCase, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-19',
      issuedTime: '20:00',
    });
    for (const c of [epoCase, poCase, aovCase, closedCase, foreignCase]) {
      await ds.transaction((m) =>
        t.app.get(CaseComputationService).recompute(m, c.organisationId, c.id, { other: 'caseId' }),
      );
    }

    await insertTaskRow(ds, epoCase, { title: 'Call the magistrate', dueOn: '2026-11-21' });
    await insertTaskRow(ds, poCase, {
      title: 'Draft the motion to extend',
      dueOn: '2026-11-27',
      assigneeId: ada,
    });
    await insertTaskRow(ds, aovCase, { title: 'Find an advocate', dueOn: '2026-11-26' });
    await insertTaskRow(ds, sharedCase, { title: 'Joint case review', dueOn: '2026-11-28' });
    await insertTaskRow(ds, poCase, { title: 'Already done', dueOn: '2026-11-22', status: 'done' });
    await insertTaskRow(ds, epoCase, { title: 'Far in the future', dueOn: '2027-01-15' });
    await insertTaskRow(ds, closedCase, { title: 'Task of a closed case', dueOn: '2026-11-24' });
    await insertTaskRow(ds, foreignCase, { title: `${MARKER} task`, dueOn: '2026-11-24' });

    t.clock.set(new Date('2026-11-25T15:00:00Z'));
    await cast.signInAll('supervisor', 'advocate', 'staff', 'outsider');
  });
  afterAll(async () => {
    await t.close();
  });

  it('groups the next 7 days by advocate, overdue first, with unassigned work last', async () => {
    const res = await board('?days=7');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({ today: '2026-11-25', through: '2026-12-02', days: 7 }),
    );
    expect(summary(res.body.groups)).toEqual([
      {
        advocate: 'Ada Quillfeather',
        overdue: 2,
        items: [
          '2026-11-21 Call the magistrate (overdue)',
          '2026-11-23 VA.FA.EPO.EXPIRY order_expiry (overdue)',
          '2026-11-27 Draft the motion to extend',
          '2026-11-28 Joint case review',
        ],
      },
      { advocate: 'Bo Wexmoor', overdue: 0, items: ['2026-11-28 Joint case review'] },
      { advocate: 'unassigned', overdue: 0, items: ['2026-11-26 Find an advocate'] },
    ]);
  });

  it('defaults to 7 days and looks 30 days ahead on request', async () => {
    expect(summary((await board()).body.groups)).toEqual(
      summary((await board('?days=7')).body.groups),
    );
    const res = await board('?days=30');
    expect(summary(res.body.groups)).toEqual([
      expect.objectContaining({ advocate: 'Ada Quillfeather' }),
      {
        advocate: 'Bo Wexmoor',
        overdue: 0,
        items: [
          '2026-11-28 Joint case review',
          '2026-12-08 VA.FA.PO.EXTENSION_FILE_BY file_by',
          '2026-12-08 VA.FA.PO.MAX_DURATION order_expiry',
        ],
      },
      {
        advocate: 'unassigned',
        overdue: 0,
        items: [
          '2026-11-26 Find an advocate',
          '2026-12-04 VA.AOV.PO file_by',
          '2026-12-04 VA.AOV.PO order_expiry',
        ],
      },
    ]);
  });

  it('shows each item with its case reference, client name, rule, citation and explanation only', async () => {
    const ada = (await board('?days=7')).body.groups[0] as Group;
    const expiry = ada.items.find((i) => i.type === 'deadline');
    expect(expiry).toEqual({
      type: 'deadline',
      id: expect.any(String),
      case: { id: epoCase.id, reference: epoCase.reference, clientName: expect.any(String) },
      kind: 'order_expiry',
      title: 'Order expires: family abuse emergency protective order',
      dueOn: '2026-11-23',
      dueTime: '23:59',
      overdue: true,
      ruleId: 'VA.FA.EPO.EXPIRY',
      citation: 'Va. Code § 16.1-253.4',
      explanation: expect.stringContaining('expires 11:59 p.m.'),
      orderId: expect.any(String),
      assignee: null,
    });
    const drafted = ada.items.find((i) => i.title === 'Draft the motion to extend');
    expect(drafted).toEqual(
      expect.objectContaining({
        type: 'task',
        assignee: { id: cast.users.advocate.id, displayName: 'Ada Quillfeather' },
      }),
    );
  });

  it("never shows another organisation's deadlines or tasks, nor closed cases", async () => {
    const body = JSON.stringify((await board('?days=90')).body);
    expect(body).not.toContain(MARKER);
    expect(body).not.toContain('Task of a closed case');
    const theirs = JSON.stringify((await board('?days=90', 'outsider')).body);
    expect(theirs).toContain(MARKER);
    expect(theirs).not.toContain('Ada Quillfeather');
  });

  it('is for supervisors: advocates and staff get 403', async () => {
    expect((await board('', 'advocate')).status).toBe(403);
    expect((await board('', 'staff')).status).toBe(403);
  });

  it.each(['5', 'week', '-7'])('refuses days=%s with 400 naming days', async (days) => {
    const res = await board(`?days=${days}`);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'days' })]);
  });
});
