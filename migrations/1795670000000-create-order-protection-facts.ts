import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: what keeps each order's protection going, one row per order, written by the recompute
 * in the transaction that changed the case's facts (toOrderProtectionFacts). The "protection at
 * risk" list at 100,000 cases walked 11,000 candidate orders with three EXISTS probes and a
 * hearing lookup each (469,209 buffers, 1.4-17 s); with these rows it reads a page of three
 * partial indexes in list order, and its total from the same indexes.
 *
 * The backfill derives the same facts from the stored rows, as of today in Virginia, so existing
 * cases are listed as before without recomputing them; it is the SQL form of
 * toOrderProtectionFacts, frozen here, and order-protection-facts.int-spec.ts checks the two agree.
 */
export class CreateOrderProtectionFacts1795670000000 implements MigrationInterface {
  name = 'CreateOrderProtectionFacts1795670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table order_protection_facts (
        order_id uuid not null,
        organisation_id uuid not null,
        case_id uuid not null,
        kind text not null,
        issued_on date not null,
        court_id text not null,
        case_open boolean not null,
        dissolved boolean not null,
        followed boolean not null,
        has_motion boolean not null,
        served boolean not null,
        petition_since_issued boolean not null,
        risk text null,
        risk_on date null,
        risk_time time null,
        risk_hearing_id uuid null,
        unserved_until date null,
        lapse_on date null,
        lapse_time time null,
        lapse_until date null,
        as_of date not null,
        constraint pk_order_protection_facts primary key (order_id),
        constraint fk_order_protection_facts_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint ck_order_protection_facts_risk check (
          (risk is null) = (risk_on is null) and risk in ('final_order_expiring_without_motion', 'preliminary_hearing_respondent_unserved', 'emergency_order_without_petition'))
      )`);
    await q.query(
      `create index ix_order_protection_facts_case on order_protection_facts (case_id)`,
    );
    // The list's three sources, each in list order (day, time, order), with what the count and
    // the per-court horizon read, so a page and the total are index ranges.
    await q.query(`
      create index ix_order_protection_facts_risk
        on order_protection_facts (organisation_id, risk_on, risk_time, order_id, court_id)
        where risk is not null`);
    await q.query(`
      create index ix_order_protection_facts_unserved
        on order_protection_facts (organisation_id, issued_on, order_id, unserved_until)
        where unserved_until is not null`);
    await q.query(`
      create index ix_order_protection_facts_lapse
        on order_protection_facts (organisation_id, lapse_on, lapse_time, order_id, lapse_until)
        where lapse_on is not null`);

    await q.query(`alter table order_protection_facts enable row level security`);
    await q.query(`
      create policy tenant_isolation on order_protection_facts
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update, delete on order_protection_facts to haven_app`);

    await this.backfill(q);
    await q.query(`analyze order_protection_facts`);
  }

  /**
   * Every order's facts from the stored rows, as of `asOf` (default today in Virginia); public so
   * the int-spec can compare it with toOrderProtectionFacts.
   */
  async backfill(q: QueryRunner, asOf: string | null = null): Promise<void> {
    await q.query(
      `
      with today as (select coalesce($1::date, (now() at time zone 'America/New_York')::date) as day),
      base as (
        select x.id, x.organisation_id, x.case_id, x.kind, x.issued_on, x.issuing_court_id,
               c.closed_on is null as case_open, x.dissolved_on is not null as dissolved,
               exists (select 1 from protective_order ch
                        where ch.organisation_id = x.organisation_id and ch.parent_order_id = x.id) as followed,
               exists (select 1 from extension_motion m
                        where m.organisation_id = x.organisation_id and m.order_id = x.id) as has_motion,
               exists (select 1 from service_attempt s
                        where s.organisation_id = x.organisation_id and s.order_id = x.id
                          and s.outcome = 'served') as served,
               exists (select 1 from petition p
                        where p.organisation_id = x.organisation_id and p.case_id = x.case_id
                          and p.filed_on >= x.issued_on) as petition_since_issued
          from protective_order x
          join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
      ),
      reasoned as (
        select b.*,
               case when not (b.case_open and not b.dissolved and not b.followed) then null
                    when b.kind in ('FA_PO', 'AOV_PO', 'FSRO') and not b.has_motion
                      then 'final_order_expiring_without_motion'
                    when b.kind in ('FA_PPO', 'AOV_PPO') and not b.served
                      then 'preliminary_hearing_respondent_unserved'
                    when b.kind in ('FA_EPO', 'AOV_EPO', 'ESRO') and not b.petition_since_issued
                      then 'emergency_order_without_petition'
               end as reason
          from base b
      ),
      derived as (
        select r.*, nh.id as hearing_id, nh.scheduled_on as hearing_on, nh.scheduled_time as hearing_time,
               e.due_on as end_on, e.due_time as end_time, u.until as unserved_until_on,
               le.due_on as expiry_on, le.due_time as expiry_time, nx.issued_on as next_issued_on,
               nx.id as next_id
          from reasoned r
          left join lateral (
            select h.id, h.scheduled_on, h.scheduled_time from hearing h
             where h.organisation_id = r.organisation_id and h.case_id = r.case_id
               and h.outcome is null and h.scheduled_on >= (select day from today)
               and (h.order_id = r.id or (h.order_id is null and h.kind = 'ppo_full_hearing'))
             order by h.scheduled_on, h.scheduled_time nulls last, h.id
             limit 1
          ) nh on r.reason = 'preliminary_hearing_respondent_unserved'
          left join lateral (
            select d.due_on, d.due_time from case_deadline d,
                   lateral (select case r.reason
                     when 'final_order_expiring_without_motion' then array['order_expiry']
                     when 'preliminary_hearing_respondent_unserved'
                       then array['hearing_by', 'max_expiry', 'order_expiry']
                     else array['order_expiry', 'hearing_by', 'max_expiry'] end as kinds) k
             where d.organisation_id = r.organisation_id and d.order_id = r.id and d.state = 'open'
               and d.kind = any(k.kinds)
             order by array_position(k.kinds, d.kind), d.due_on, d.due_time nulls last, d.rule_id
             limit 1
          ) e on r.reason is not null
          left join lateral (
            select max(d.due_on) as until from case_deadline d
             where d.organisation_id = r.organisation_id and d.order_id = r.id and d.state = 'open'
               and d.kind in ('order_expiry', 'max_expiry')
          ) u on r.case_open and not r.dissolved and not r.followed and not r.served
                 and r.kind in ('FA_PO', 'AOV_PO', 'FSRO')
          left join lateral (
            select d.due_on, d.due_time from case_deadline d
             where d.organisation_id = r.organisation_id and d.order_id = r.id
               and d.kind in ('order_expiry', 'max_expiry') and d.state <> 'moot'
             order by d.due_on, d.due_time nulls last, d.rule_id
             limit 1
          ) le on r.case_open and not r.dissolved
                  and r.kind in ('FA_EPO', 'AOV_EPO', 'ESRO', 'FA_PPO', 'AOV_PPO')
          left join lateral (
            select o.id, o.issued_on from protective_order o
             where o.organisation_id = r.organisation_id and o.case_id = r.case_id and o.id <> r.id
               and (o.parent_order_id = r.id or o.issued_on > r.issued_on)
             order by o.issued_on, o.issued_time nulls first, o.id
             limit 1
          ) nx on le.due_on is not null
      )
      insert into order_protection_facts (
        order_id, organisation_id, case_id, kind, issued_on, court_id, case_open, dissolved,
        followed, has_motion, served, petition_since_issued, risk, risk_on, risk_time,
        risk_hearing_id, unserved_until, lapse_on, lapse_time, lapse_until, as_of)
      select d.id, d.organisation_id, d.case_id, d.kind, d.issued_on, d.issuing_court_id,
             d.case_open, d.dissolved, d.followed, d.has_motion, d.served, d.petition_since_issued,
             case when coalesce(d.hearing_on, d.end_on) is not null then d.reason end,
             coalesce(d.hearing_on, d.end_on),
             case when d.hearing_on is not null then d.hearing_time else d.end_time end,
             d.hearing_id,
             d.unserved_until_on,
             case when d.expiry_on is not null and (d.next_id is null or d.next_issued_on > d.expiry_on)
                  then d.expiry_on end,
             case when d.expiry_on is not null and (d.next_id is null or d.next_issued_on > d.expiry_on)
                  then d.expiry_time end,
             case when d.expiry_on is not null and d.next_issued_on > d.expiry_on
                  then d.next_issued_on end,
             (select day from today)
        from derived d`,
      [asOf],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table order_protection_facts`);
  }
}
