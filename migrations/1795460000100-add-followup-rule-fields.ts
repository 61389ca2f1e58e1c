import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-ups planned by @haven/rules (issue 6): each row carries its plan key (identity across
 * recomputations), the task's title and day to act, the rule id, citation and explanation it comes
 * from, and who gets the task. One live row per (case, key); cancelled rows stay as history.
 * Rows written before this change get a key of their own and the review task's title.
 */
export class AddFollowupRuleFields1795460000100 implements MigrationInterface {
  name = 'AddFollowupRuleFields1795460000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table followup
        add column key text,
        add column title text,
        add column act_by date,
        add column rule_id text,
        add column citation text,
        add column explanation text,
        add column audience text not null default 'advocate',
        add constraint ck_followup_audience check (audience in ('advocate', 'supervisor', 'both'))`);
    await q.query(`
      update followup
         set key = kind || ':' || id::text,
             title = 'Review the new case: safety plan, eligibility and venue',
             act_by = (due_at at time zone 'America/New_York')::date`);
    await q.query(`
      alter table followup
        alter column key set not null,
        alter column title set not null,
        alter column act_by set not null`);
    await q.query(
      `create unique index uq_followup_case_key on followup (case_id, key) where state <> 'cancelled'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index uq_followup_case_key`);
    await q.query(`
      alter table followup
        drop constraint ck_followup_audience,
        drop column audience,
        drop column explanation,
        drop column citation,
        drop column rule_id,
        drop column act_by,
        drop column title,
        drop column key`);
  }
}
