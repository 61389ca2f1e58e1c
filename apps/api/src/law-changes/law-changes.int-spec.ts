import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import type { LawChangeReviewsResponse } from '@haven/contracts';
import { RULE_SETS, RULES_DEPLOYMENT, RULES_REVISION, RULES_VERSION } from '@haven/rules';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { LAW_CHANGES_QUEUE, lawChangeReviewJobId } from '@api/jobs/queues';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { insertOrderRow, insertServiceAttemptRow } from '@api/testing/fact-rows.fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { LawChangeProducer } from './jobs/law-change.producer';
import {
  LAW_CHANGE_TASK_RULE,
  lawChangeTaskTitle,
  LawChangeReviewService,
} from './law-change-review.service';

// Issue 14, law-change impact: an organisation whose cases were computed under the guide's rule
// set ('2026.1', without R26a) is swept onto the current set; only the case whose stored deadlines
// move (the respondent's move now has a 7-day notice deadline) gets a review task.

const GUIDE_SET = RULE_SETS[0] as string;
const CAST = castOf('advocate', 'supervisor');
const CASE_TABLES = ['case_deadline', 'followup', 'task', 'law_change_review', 'rules_deployment'];

describe('law-change impact over a seeded organisation (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let moved: SeededCase;
  let sameDates: SeededCase;
  let bare: SeededCase;
  let closed: SeededCase;
  let queue: Queue;
  let reviews: LawChangeReviewService;

  const recomputeUnder = (c: SeededCase, ruleSet: string) =>
    t.dataSource.transaction((m) =>
      t.app
        .get(CaseComputationService)
        .recompute(m, c.organisationId, c.id, { other: 'caseId' }, { ruleSet }),
    );
  const servedFinalOrder = async (c: SeededCase): Promise<string> => {
    const orderId = await insertOrderRow(t.dataSource, c, {
      kind: 'FA_PO',
      issuedOn: '2025-09-02',
    });
    await insertServiceAttemptRow(t.dataSource, c, {
      orderId,
      attemptedOn: '2025-09-03',
      outcome: 'served',
    });
    return orderId;
  };
  const reviewTasks = async (caseId: string): Promise<Array<{ assignee_id: string | null }>> =>
    (await t.dataSource.query(
      `select assignee_id from task where case_id = $1 and source_rule = $2`,
      [caseId, LAW_CHANGE_TASK_RULE],
    )) as Array<{ assignee_id: string | null }>;

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(LAW_CHANGES_QUEUE));
    reviews = t.app.get(LawChangeReviewService);
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await t.close();
  });
  beforeEach(async () => {
    await queue.obliterate({ force: true });
    // Thu 15 Jan 2026, 10:00 in Virginia.
    t.clock.set(new Date('2026-01-15T15:00:00Z'));
    cast = await seedCast(t, CAST);
    const advocateIds = [cast.users.advocate.id];
    const openedOn = '2025-08-01';
    moved = await insertCase(t.dataSource, cast.orgId, { advocateIds, openedOn });
    sameDates = await insertCase(t.dataSource, cast.orgId, { advocateIds, openedOn });
    bare = await insertCase(t.dataSource, cast.orgId, { advocateIds, openedOn });
    closed = await insertCase(t.dataSource, cast.orgId, { advocateIds, openedOn });
    await servedFinalOrder(moved);
    await servedFinalOrder(sameDates);
    await servedFinalOrder(closed);
    // The respondent moved on Mon 5 Jan 2026 while the final order was in effect (R26a).
    const move = await cast.post('advocate', `/cases/${moved.id}/respondent-moves`, {
      movedOn: '2026-01-05',
    });
    expect(move.status).toBe(201);
    await t.dataSource.query(
      `update case_file set closed_on = '2026-01-10', stage = 'closed' where id = $1`,
      [closed.id],
    );
    // The deployment before: every case computed under the guide's rules, and the set recorded.
    for (const c of [moved, sameDates, bare, closed]) await recomputeUnder(c, GUIDE_SET);
    await t.dataSource.query(
      `insert into rules_deployment (organisation_id, rules_set) values ($1, $2)`,
      [cast.orgId, GUIDE_SET],
    );
  });

  it('under the guide rules the moved case has no notice deadline; the current rules add one', async () => {
    const stored = (await t.dataSource.query(
      `select count(*)::int as n from case_deadline where case_id = $1 and kind = 'notice_by'`,
      [moved.id],
    )) as Array<{ n: number }>;
    expect(stored[0]?.n).toBe(0);
    expect(RULES_VERSION).not.toBe(GUIDE_SET);
  });

  it('prints the impact in a dry run and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, CASE_TABLES);
    const impact = await reviews.dryRun(cast.orgId, RULES_VERSION);
    expect(impact.map((i) => i.caseId)).toEqual([moved.id]);
    expect(impact[0]?.changes).toContainEqual({
      what: 'deadline',
      ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
      ruleVersion: expect.stringMatching(/^R26a@/),
      label: 'notice_by',
      oldDate: null,
      // Mon 5 Jan 2026 + 7 calendar days (§ 1-210(A), not rolled).
      newDate: '2026-01-12',
    });
    expect(await tableFingerprints(t.dataSource, CASE_TABLES)).toEqual(before);
    expect(await queue.count()).toBe(0);
  });

  it('sweeps once, enqueues one review job per open case, and creates exactly one review task per affected case', async () => {
    // Two sweeps at once (two workers starting): one set of review rows.
    const [first, second] = await Promise.all([
      reviews.sweep(cast.orgId, RULES_VERSION),
      reviews.sweep(cast.orgId, RULES_VERSION),
    ]);
    const open = [moved.id, sameDates.id, bare.id].sort();
    expect([...(first ?? [])].sort()).toEqual(open);
    expect([...(second ?? [])].sort()).toEqual(open);
    const rows = (await t.dataSource.query(
      `select case_id, previous_rules_set, status from law_change_review where organisation_id = $1`,
      [cast.orgId],
    )) as Array<{ case_id: string; previous_rules_set: string; status: string }>;
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.previous_rules_set === GUIDE_SET && r.status === 'pending')).toBe(
      true,
    );

    const producer = t.app.get(LawChangeProducer);
    await producer.review(cast.orgId, first ?? [], RULES_VERSION);
    await producer.review(cast.orgId, second ?? [], RULES_VERSION);
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((j) => j.id).sort()).toEqual(
      open.map((id) => lawChangeReviewJobId(id, RULES_VERSION)).sort(),
    );

    // Each job delivered twice, concurrently (a redelivery after a stall): one review each.
    const outcomes = await Promise.all(
      [...jobs, ...jobs].map((j) =>
        reviews.review(j.data.organisationId, j.data.caseId, j.data.rulesSet),
      ),
    );
    expect(outcomes.filter((o) => o === 'already-reviewed')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'changed')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'unchanged')).toHaveLength(2);

    expect(await reviewTasks(moved.id)).toEqual([{ assignee_id: cast.users.advocate.id }]);
    expect(await reviewTasks(sameDates.id)).toEqual([]);
    expect(await reviewTasks(bare.id)).toEqual([]);
    expect(await reviewTasks(closed.id)).toEqual([]);
    const deployment = (await t.dataSource.query(
      `select rules_set from rules_deployment where organisation_id = $1`,
      [cast.orgId],
    )) as Array<{ rules_set: string }>;
    expect(deployment).toEqual([{ rules_set: RULES_VERSION }]);
    // The case now carries the notice deadline and its follow-up, as a fact write would leave it.
    const followups = (await t.dataSource.query(
      `select kind, act_by::text as act_by from followup
        where case_id = $1 and state <> 'cancelled' and kind = 'address_change_notice_check'`,
      [moved.id],
    )) as Array<{ kind: string; act_by: string }>;
    expect(followups).toHaveLength(1);

    // A later sweep of the same set finds nothing to do, and a new review changes nothing.
    expect(await reviews.sweep(cast.orgId, RULES_VERSION)).toEqual([]);
    expect(await reviews.review(cast.orgId, moved.id, RULES_VERSION)).toBe('already-reviewed');
    expect(await reviewTasks(moved.id)).toHaveLength(1);
  });

  it('lists the changed case on the supervisor board with the old and new dates and the rule version', async () => {
    for (const caseId of await reviews.sweep(cast.orgId)) {
      await reviews.review(cast.orgId, caseId);
    }
    const res = await cast.get('supervisor', '/board/law-changes');
    expect(res.status).toBe(200);
    const body = res.body as LawChangeReviewsResponse;
    expect(body.currentRulesSet).toBe(RULES_DEPLOYMENT);
    expect(body.pending).toBe(0);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      caseId: moved.id,
      caseReference: moved.reference,
      rulesSet: RULES_DEPLOYMENT,
      previousRulesSet: GUIDE_SET,
      taskStatus: 'open',
      assigneeName: expect.any(String),
    });
    expect(body.items[0]?.changes).toContainEqual(
      expect.objectContaining({
        what: 'deadline',
        label: 'notice_by',
        oldDate: null,
        newDate: '2026-01-12',
        ruleVersion: expect.stringMatching(/^R26a@/),
      }),
    );
    expect(body.items[0]?.changes).toContainEqual(
      expect.objectContaining({ what: 'followup', oldDate: null, newDate: expect.any(String) }),
    );
  });

  it('refuses the law-change board to an advocate', async () => {
    for (const caseId of await reviews.sweep(cast.orgId, RULES_VERSION)) {
      await reviews.review(cast.orgId, caseId, RULES_VERSION);
    }
    const advocate = await cast.get('advocate', '/board/law-changes');
    expect(advocate.status).toBe(403);
  });

  it('brings a revision of the rules library to cases stored under the same rule set, reviewing only those whose dates moved', async () => {
    expect(RULES_REVISION).toBeGreaterThan(0);
    // A violation reported to the police raises a notice (R21: confirm the report).
    const [order] = (await t.dataSource.query(
      `select id from protective_order where case_id = $1`,
      [moved.id],
    )) as [{ id: string }];
    const violation = await cast.post('advocate', `/cases/${moved.id}/violations`, {
      orderId: order.id,
      occurredOn: '2026-01-08',
      acts: ['stalking'],
      basedOnViolence: false,
      actionsTaken: ['police_report'],
    });
    expect(violation.status).toBe(201);
    // The deployment before: the current rule set, by a build that computed one date wrongly and
    // stored no notices (they came with a later revision).
    for (const c of [moved, sameDates, bare, closed]) await recomputeUnder(c, RULES_VERSION);
    await t.dataSource.query(
      `update rules_deployment set rules_set = $2 where organisation_id = $1`,
      [cast.orgId, RULES_VERSION],
    );
    const notices = async (caseId: string) =>
      (
        (await t.dataSource.query(`select count(*)::int as n from case_notice where case_id = $1`, [
          caseId,
        ])) as [{ n: number }]
      )[0].n;
    const expectedNotices = await Promise.all([moved, sameDates, bare].map((c) => notices(c.id)));
    expect(expectedNotices.some((n) => n > 0)).toBe(true);
    await t.dataSource.query(`delete from case_notice where organisation_id = $1`, [cast.orgId]);
    const [wrong] = (await t.dataSource.query(
      `update case_deadline set due_on = due_on - 1
        where deadline_key = (select min(deadline_key) from case_deadline where case_id = $1)
          and case_id = $1
       returning due_on::text as "dueOn"`,
      [sameDates.id],
    )) as [Array<{ dueOn: string }>, number];
    expect(wrong).toHaveLength(1);

    // The worker's start: the organisation is behind this build's deployment, and is swept.
    expect(await reviews.organisationsToSweep()).toContain(cast.orgId);
    const pending = await reviews.sweep(cast.orgId);
    expect([...pending].sort()).toEqual([moved.id, sameDates.id, bare.id].sort());
    const outcomes = await Promise.all(pending.map((id) => reviews.review(cast.orgId, id)));
    expect(outcomes.filter((o) => o === 'changed')).toHaveLength(1);

    const titles = (await t.dataSource.query(
      `select case_id, title from task where source_rule = $1`,
      [LAW_CHANGE_TASK_RULE],
    )) as Array<{ case_id: string; title: string }>;
    expect(titles).toEqual([
      { case_id: sameDates.id, title: lawChangeTaskTitle(RULES_DEPLOYMENT) },
    ]);
    expect(titles[0]?.title).toBe(
      `Deadlines changed by a rules correction (rules ${RULES_VERSION}, revision ${RULES_REVISION}): check the new dates`,
    );
    // Every open case has its notices again; the closed one was not recomputed.
    expect(await Promise.all([moved, sameDates, bare].map((c) => notices(c.id)))).toEqual(
      expectedNotices,
    );
    expect(await notices(closed.id)).toBe(0);
    expect(await reviews.organisationsToSweep()).not.toContain(cast.orgId);
  });
});
