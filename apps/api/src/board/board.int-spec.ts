import request from 'supertest';
import type { EntityManager } from 'typeorm';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { FollowupTasksRepository } from '@api/followups/followup-tasks.repository';
import { seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { insertOrderRow, insertTaskRow } from '@api/testing/fact-rows.fixtures';

const MARKER = 'ZZ-OTHER-ORG-MARKER';

const CAST = {
  advocate: { role: 'advocate', displayName: 'Ada Quillfeather' },
  bo: { role: 'advocate', displayName: 'Bo Wexmoor' },
  cy: { role: 'advocate', displayName: 'Cy Thornbury' },
  supervisor: { role: 'supervisor', displayName: 'Sam Larkspur' },
  staff: { role: 'staff' },
  outsider: { role: 'supervisor', otherOrganisation: true },
} satisfies CastSpec;

interface Item {
  type: string;
  id: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  kind: string;
  ruleId: string | null;
  case: { id: string; reference: string; clientName: string };
}
interface Group {
  advocate: { id: string; displayName: string } | null;
  total: number;
  overdueCount: number;
  taskCount: number;
  items: Item[];
  nextCursor: string | null;
}

// Cy's case holds the many tasks of the paging tests; the other tests read the other groups.
const CY = 'Cy Thornbury';
const CY_TASKS = 45;
const NIL = '00000000-0000-0000-0000-000000000000';
const CY_OVERDUE = 36;

const summary = (groups: Group[]) =>
  groups
    .filter((g) => g.advocate?.displayName !== CY)
    .map((g) => ({
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
  let cyCase: SeededCase;
  let sharedCase: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const board = (query = '', who: keyof typeof CAST = 'supervisor') =>
    http().get(`/api/board${query}`).set('Cookie', cast.cookie[who]);
  const page = (query: Record<string, string>, who: keyof typeof CAST = 'supervisor') =>
    http().get('/api/board/items').query(query).set('Cookie', cast.cookie[who]);
  const groupOf = async (name: string, query = '?days=7') =>
    ((await board(query)).body.groups as Group[]).find(
      (g) => (g.advocate?.displayName ?? 'unassigned') === name,
    );
  /** Every item of a group: its first page, then `limit` at a time. */
  const walk = async (group: Group, limit: number, days = '7') => {
    const items = [...group.items];
    let cursor = group.nextCursor;
    while (cursor) {
      const res = await page({ days, cursor, limit: String(limit) });
      expect(res.status).toBe(200);
      items.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor as string | null;
    }
    return items;
  };

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
    sharedCase = await insertCase(ds, orgId, { advocateIds: [ada, bo] });
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
    // Many tasks on few days (three a day): paging must not lose or repeat one that shares its
    // due date with the last of a page.
    cyCase = await insertCase(ds, orgId, { advocateIds: [cast.users.cy.id] });
    for (let i = 0; i < CY_TASKS; i += 1) {
      const day = String(13 + Math.floor(i / 3)).padStart(2, '0');
      await insertTaskRow(ds, cyCase, { title: `Cy task ${i}`, dueOn: `2026-11-${day}` });
    }

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

  it('counts every group exactly and sends its first page with a cursor for the rest', async () => {
    const cy = await groupOf(CY);
    expect(cy).toEqual(
      expect.objectContaining({ total: CY_TASKS, overdueCount: CY_OVERDUE, taskCount: CY_TASKS }),
    );
    expect(cy?.items).toHaveLength(5);
    expect(cy?.nextCursor).toEqual(expect.any(String));
    const ada = await groupOf('Ada Quillfeather');
    expect(ada).toEqual(
      expect.objectContaining({ total: 4, overdueCount: 2, taskCount: 3, nextCursor: null }),
    );
  });

  it('counts deadlines per week once each, with the overdue ones apart', async () => {
    const res = await board('?days=30');
    // Ada's overdue EPO expiry; Bo's two file-by and expiry deadlines on 8 Dec; the AOV order's
    // two on 4 Dec. The shared case has no deadline.
    expect(res.body.overdueDeadlines).toBe(1);
    expect(res.body.deadlineWeeks).toEqual([
      { from: '2026-11-25', deadlines: 0 },
      { from: '2026-12-02', deadlines: 4 },
      { from: '2026-12-09', deadlines: 0 },
      { from: '2026-12-16', deadlines: 0 },
      { from: '2026-12-23', deadlines: 0 },
    ]);
  });

  it('pages through a group: every item exactly once, in board order, even on equal due dates', async () => {
    const cy = await groupOf(CY);
    if (!cy) throw new Error("Cy's group is missing");
    const items = await walk(cy, 7);
    expect(items).toHaveLength(CY_TASKS);
    expect(new Set(items.map((i) => i.id)).size).toBe(CY_TASKS);
    const dues = items.map((i) => i.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(items.filter((i) => i.overdue)).toHaveLength(CY_OVERDUE);
    expect(items.slice(0, CY_OVERDUE).every((i) => i.overdue)).toBe(true);
  });

  it('gives the same pages to parallel readers', async () => {
    const cy = await groupOf(CY);
    if (!cy) throw new Error("Cy's group is missing");
    const walks = await Promise.all([5, 5, 11, 100].map((limit) => walk(cy, limit)));
    const [first, ...rest] = walks.map((items) => items.map((i) => i.id));
    expect(first).toHaveLength(CY_TASKS);
    for (const other of rest) expect(other).toEqual(first);
  });

  it('pages the unassigned group after any of its items', async () => {
    const res = await board('?days=30');
    const unassigned = (res.body.groups as Group[]).at(-1);
    expect(unassigned?.advocate).toBeNull();
    const first = unassigned?.items[0];
    if (!first) throw new Error('the unassigned group is empty');
    const position = `${NIL}|${first.dueOn}|00:00:00|${first.type}|${first.id}`;
    const rest = await page({ days: '30', cursor: Buffer.from(position).toString('base64url') });
    expect(rest.status).toBe(200);
    expect((rest.body.items as Item[]).map((i) => i.id)).toEqual(
      unassigned?.items.slice(1).map((i) => i.id),
    );
    expect(rest.body.nextCursor).toBeNull();
  });

  it("shows another organisation's supervisor nothing of this one's groups", async () => {
    const cy = await groupOf(CY);
    if (!cy?.nextCursor) throw new Error("Cy's group has one page");
    const res = await page({ cursor: cy.nextCursor, days: '7' }, 'outsider');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  it('follows every writer: a reassigned task moves, a closed case leaves and comes back', async () => {
    const ds = t.dataSource;
    const taskId = await insertTaskRow(ds, sharedCase, {
      title: 'Reassigned review',
      dueOn: '2026-11-29',
    });
    expect((await groupOf('Bo Wexmoor'))?.total).toBe(2);
    await ds.query('update task set assignee_id = $1 where id = $2', [
      cast.users.advocate.id,
      taskId,
    ]);
    expect((await groupOf('Bo Wexmoor'))?.total).toBe(1);
    expect((await groupOf('Ada Quillfeather'))?.total).toBe(5);
    await ds.query(
      `update case_file set stage = 'closed', closed_on = '2026-11-25' where id = $1`,
      [cyCase.id],
    );
    expect(await groupOf(CY)).toBeUndefined();
    await ds.query(`update case_file set stage = 'intake', closed_on = null where id = $1`, [
      cyCase.id,
    ]);
    expect((await groupOf(CY))?.total).toBe(CY_TASKS);
    await ds.query('delete from task where id = $1', [taskId]);
    expect((await groupOf('Ada Quillfeather'))?.total).toBe(4);
  });

  it.each([
    [{ cursor: 'bm90IGEgY3Vyc29y' }, 'cursor'],
    [{}, 'cursor'],
    [{ cursor: 'x', days: '8' }, 'days'],
    [{ cursor: 'x', limit: '0' }, 'limit'],
  ])('refuses the page %j with 400 naming %s', async (query, field) => {
    const res = await page(query);
    expect(res.status).toBe(400);
    const fields = (res.body.fields as Array<{ field: string }>).map((f) => f.field);
    expect([...new Set(fields)]).toEqual([field]);
  });

  it('lets only supervisors page the board', async () => {
    expect((await page({ cursor: 'x' }, 'advocate')).status).toBe(403);
  });

  it('moves an assignment updated to another advocate, and ignores updates that move nothing', async () => {
    const ds = t.dataSource;
    const move = (from: string, to: string) =>
      ds.query('update case_assignment set user_id = $1 where case_id = $2 and user_id = $3', [
        to,
        sharedCase.id,
        from,
      ]);
    await ds.query('update case_assignment set assigned_at = now() where case_id = $1', [
      sharedCase.id,
    ]);
    expect((await groupOf('Bo Wexmoor'))?.total).toBe(1);
    await move(cast.users.bo.id, cast.users.cy.id);
    expect(await groupOf('Bo Wexmoor')).toBeUndefined();
    expect((await groupOf(CY))?.total).toBe(CY_TASKS + 1);
    await move(cast.users.cy.id, cast.users.bo.id);
    expect((await groupOf('Bo Wexmoor'))?.total).toBe(1);
  });

  it('keeps its entries and day counts exact under concurrent writers of one case', async () => {
    const ds = t.dataSource;
    const people = [cast.users.advocate.id, cast.users.bo.id, cast.users.cy.id, null];
    // Twenty transactions at once: new tasks on the shared case, reassignments of them, and
    // assignment changes of the case itself, each in its own transaction.
    const ids = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        insertTaskRow(ds, sharedCase, { title: `Concurrent ${i}`, dueOn: '2026-11-30' }),
      ),
    );
    await Promise.all([
      ...ids.map((id, i) =>
        ds.query('update task set assignee_id = $1 where id = $2', [people[i % 4], id]),
      ),
      ...ids.slice(0, 5).map((id) => ds.query('delete from task where id = $1', [id])),
      reassignBoToSharedCase(),
    ]);
    expect(await driftFromSources()).toEqual({ entries: 0, counts: 0 });
    await ds.query('delete from task where id = any($1)', [ids]);
  });

  it('follows the details it shows: a corrected client name, a renamed task, an order kind', async () => {
    const ds = t.dataSource;
    const itemsOfEpoCase = async () =>
      ((await groupOf('Ada Quillfeather'))?.items ?? []).filter((i) => i.case.id === epoCase.id);
    await ds.query('update client set full_name = $1 where id = $2', [
      'Wren Corrected-Name',
      epoCase.clientId,
    ]);
    await ds.query(`update task set title = 'Call the duty magistrate' where case_id = $1`, [
      epoCase.id,
    ]);
    await ds.query(`update protective_order set kind = 'AOV_EPO' where case_id = $1`, [epoCase.id]);
    const items = await itemsOfEpoCase();
    expect(items.map((i) => i.case.clientName)).toEqual(items.map(() => 'Wren Corrected-Name'));
    expect(items.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Call the duty magistrate',
        'Order expires: emergency protective order (act of violence)',
      ]),
    );
    expect(await driftFromSources()).toEqual({ entries: 0, counts: 0 });
    await ds.query(`update protective_order set kind = 'FA_EPO' where case_id = $1`, [epoCase.id]);
    await ds.query(`update task set title = 'Call the magistrate' where case_id = $1`, [
      epoCase.id,
    ]);
  });

  it("takes a delivered task at its transaction's commit, exactly, beside the organisation's other writers", async () => {
    const ds = t.dataSource;
    const tasks = t.app.get(FollowupTasksRepository);
    const onBoard = async (m: EntityManager, ids: string[]) =>
      (
        (await m.query(
          'select count(distinct item_id)::int as n from board_entry where item_id = any($1)',
          [ids],
        )) as [{ n: number }]
      )[0].n;
    // What a follow-up delivery does: the flag, then the task insert, then its other statements.
    const deliver = (kase: SeededCase, title: string, rollback = false) =>
      ds.transaction(async (m) => {
        await tasks.refreshBoardAtCommit(m);
        const [row] = (await m.query(
          `insert into task (organisation_id, case_id, title, due_on) values ($1, $2, $3, '2026-11-29')
           returning id`,
          [kase.organisationId, kase.id, title],
        )) as [{ id: string }];
        expect(await onBoard(m, [row.id])).toBe(0);
        if (rollback) throw new Error('delivery failed after its insert');
        return row.id;
      });
    const writes = await Promise.allSettled([
      ...Array.from({ length: 16 }, (_, i) =>
        deliver(i % 2 ? sharedCase : epoCase, `Delivered ${i}`, i % 8 === 7),
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        insertTaskRow(ds, sharedCase, { title: `Written at once ${i}`, dueOn: '2026-11-29' }),
      ),
      reassignBoToSharedCase().then(() => ''),
    ]);
    const failures = writes.flatMap((w) => (w.status === 'rejected' ? [String(w.reason)] : []));
    expect(failures).toEqual(Array(2).fill('Error: delivery failed after its insert'));
    const delivered = writes
      .slice(0, 16)
      .flatMap((w) => (w.status === 'fulfilled' ? [w.value] : []));
    expect(delivered).toHaveLength(14);
    expect(await onBoard(ds.manager, delivered)).toBe(14);
    expect(await driftFromSources()).toEqual({ entries: 0, counts: 0 });
    await ds.query(
      `delete from task where title like 'Delivered %' or title like 'Written at once %'`,
    );
    expect(await driftFromSources()).toEqual({ entries: 0, counts: 0 });
  });

  /** Bo's assignment to the shared case taken away and given back, in one transaction. */
  function reassignBoToSharedCase(): Promise<void> {
    return t.dataSource.transaction(async (m) => {
      await m.query('delete from case_assignment where case_id = $1 and user_id = $2', [
        sharedCase.id,
        cast.users.bo.id,
      ]);
      await m.query(
        'insert into case_assignment (case_id, user_id, organisation_id) values ($1, $2, $3)',
        [sharedCase.id, cast.users.bo.id, sharedCase.organisationId],
      );
    });
  }

  /** Entries that differ from what their sources give now, in any column; day counts that differ. */
  async function driftFromSources(): Promise<{ entries: number; counts: number }> {
    const COLUMNS = `organisation_id, case_id, group_key, item_type, item_id, due_on, sort_time,
      counted, reference, client_name, deadline_kind, rule_id, citation, explanation, due_time,
      order_id, order_kind, title, source_rule, assignee_id`;
    const [drift] = (await t.dataSource.query(
      `select
         (select count(*) from (
            (select ${COLUMNS} from board_entry except all select ${COLUMNS} from board_entry_source)
            union all
            (select ${COLUMNS} from board_entry_source except all select ${COLUMNS} from board_entry)
          ) x)::int as entries,
         (select count(*) from (
            select organisation_id, group_key, due_on, item_type, count(*)::int as e,
                   (count(*) filter (where counted))::int as i
              from board_entry group by 1, 2, 3, 4) a
            full join board_day_count b using (organisation_id, group_key, due_on, item_type)
           where a.e is distinct from b.entries or a.i is distinct from b.items)::int as counts`,
    )) as [{ entries: number; counts: number }];
    return drift;
  }
});
