import type { DataSource } from 'typeorm';

import { RULE_SETS, RULES_DEPLOYMENT } from '@haven/rules';

import { insertOrderRow, insertServiceAttemptRow } from '@api/testing/fact-rows.fixtures';
import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

import { LAW_CHANGE_TASK_RULE } from './law-change-review.service';

// Issue 14: a worker killed (kill -9) in the middle of a law-change sweep. The organisation's
// cases were computed under the guide's rule set; its stored set says so. The next worker resumes
// from the pending review rows: every open case reviewed exactly once, one review task per case
// whose deadlines moved, none for the others.

const AFFECTED = 120;
const UNAFFECTED = 80;

describe('law-change sweep: kill -9 of a worker mid-run', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('law-change-kill', { env: { JOB_CONCURRENCY: '2' } });
  });
  afterAll(async () => {
    await env.close();
  });

  const pendingReviews = () =>
    env.count(`select count(*) as n from law_change_review where status = 'pending'`);
  const doneReviews = () =>
    env.count(`select count(*) as n from law_change_review where status <> 'pending'`);

  it('resumes after the kill and leaves exactly one review task per affected case', async () => {
    // db-fixtures speak TypeORM's `query(sql, params) → rows`; the drill holds a plain pg client.
    const rowsOnly = {
      query: async (sql: string, params?: unknown[]) => (await env.db.query(sql, params)).rows,
    } as unknown as DataSource;
    const first = await env.seedCase();
    const organisationId = first.organisationId;
    const affected: string[] = [];
    const unaffected: string[] = [first.caseId];
    for (let i = 0; i < AFFECTED + UNAFFECTED - 1; i += 1) {
      const kase = await env.db.query<{ id: string }>(
        `insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on,
           relationship, lives_with_respondent, has_medical_evidence)
         select organisation_id, 'HV-L-' || lpad($2::text, 5, '0'), client_id, respondent_id, stage,
                opened_on, relationship, lives_with_respondent, has_medical_evidence
           from case_file where id = $1 returning id`,
        [first.caseId, i],
      );
      const caseId = kase.rows[0]?.id as string;
      if (affected.length < AFFECTED) {
        // A served final order and a move of the respondent: under the guide's rules no notice
        // deadline was stored; the current rules (R26a) add one.
        const c = { id: caseId, organisationId };
        const orderId = await insertOrderRow(rowsOnly, c, {
          kind: 'FA_PO',
          issuedOn: '2026-06-01',
        });
        await insertServiceAttemptRow(rowsOnly, c, {
          orderId,
          attemptedOn: '2026-06-02',
          outcome: 'served',
        });
        await env.db.query(
          `insert into respondent_move (organisation_id, case_id, moved_on) values ($1, $2, '2026-11-02')`,
          [organisationId, caseId],
        );
        affected.push(caseId);
      } else {
        unaffected.push(caseId);
      }
    }
    await env.db.query(
      `insert into rules_deployment (organisation_id, rules_set) values ($1, $2)`,
      [organisationId, RULE_SETS[0]],
    );

    const victim = await env.startWorker();
    const atKill = await waitFor(
      'about a third of the reviews done',
      async () => {
        const n = await doneReviews();
        return n >= (AFFECTED + UNAFFECTED) / 3 ? n : null;
      },
      120_000,
      10,
    );
    await victim.kill9();
    console.log(`[law-change] killed ${victim.name} at ${atKill} reviews`);
    expect(atKill).toBeLessThan(AFFECTED + UNAFFECTED);
    expect(await pendingReviews()).toBeGreaterThan(0);

    await env.startWorker();
    await waitFor(
      'every review done',
      async () => ((await pendingReviews()) === 0 ? true : null),
      120_000,
      200,
    );

    const reviews = await env.db.query<{ case_id: string; status: string; n: string }>(
      `select case_id, status, count(*) over (partition by case_id) as n
         from law_change_review where rules_set = $1`,
      [RULES_DEPLOYMENT],
    );
    expect(reviews.rows).toHaveLength(AFFECTED + UNAFFECTED);
    expect(reviews.rows.every((r) => r.n === '1')).toBe(true);
    const statusOf = new Map(reviews.rows.map((r) => [r.case_id, r.status]));
    expect(affected.every((id) => statusOf.get(id) === 'changed')).toBe(true);
    expect(unaffected.every((id) => statusOf.get(id) === 'unchanged')).toBe(true);

    const tasks = await env.db.query<{ case_id: string; n: string }>(
      `select case_id, count(*) as n from task where source_rule = $1 group by case_id`,
      [LAW_CHANGE_TASK_RULE],
    );
    expect(tasks.rows).toHaveLength(AFFECTED);
    expect(tasks.rows.every((r) => r.n === '1')).toBe(true);
    expect(new Set(tasks.rows.map((r) => r.case_id))).toEqual(new Set(affected));
    // Each review's task is the one on its row; no task without a review.
    expect(
      await env.count(
        `select count(*) as n from law_change_review r join task t on t.id = r.task_id
          where r.status = 'changed'`,
      ),
    ).toBe(AFFECTED);
    const deployment = await env.db.query<{ rules_set: string }>(
      `select rules_set from rules_deployment where organisation_id = $1`,
      [organisationId],
    );
    expect(deployment.rows).toEqual([{ rules_set: RULES_DEPLOYMENT }]);
  });
});
