import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows decide what is on the board, besides case_file's open or closed. */
const SOURCES = ['case_deadline', 'task', 'case_assignment'];

/**
 * The supervisor's board as precomputed per-case facts (issue 18). board_entry: one row per open
 * deadline or open task of an open case and per board group it sits in (each advocate of the case,
 * a task's assignee, or the unassigned group, whose key is the nil UUID). board_day_count: how
 * many entries each group has per day and kind. At 100,000 cases a 30-day board holds about
 * 100,000 entries: counting them on each request took 50-80 ms, summing the day counts reads
 * about 9,000 rows, and a page of a group is the next rows of one index.
 *
 * Triggers keep the rows exact from every writer (the recompute, the tasks service, the follow-up
 * worker, reassignment, closing and reopening a case, purges): each changed case's rows are
 * rebuilt from its sources, in the writer's own transaction. Bulk loads with triggers off
 * (seed:scale under session_replication_role = replica) call board_entry_rebuild() afterwards.
 */
export class CreateBoardEntries1795660000000 implements MigrationInterface {
  name = 'CreateBoardEntries1795660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table board_entry (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        group_key uuid not null,
        item_type text not null,
        item_id uuid not null,
        due_on date not null,
        sort_time time not null,
        counted boolean not null,
        constraint pk_board_entry primary key (id),
        constraint ck_board_entry_item_type check (item_type in ('deadline', 'task')),
        constraint fk_board_entry_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade
      )`);
    // A group's page in board order (overdue first, then due date and time, as ever).
    await q.query(`
      create index ix_board_entry_group_order
        on board_entry (organisation_id, group_key, due_on, sort_time, item_type, item_id)`);
    await q.query(`create index ix_board_entry_case on board_entry (case_id)`);
    await q.query(`
      create table board_day_count (
        organisation_id uuid not null,
        group_key uuid not null,
        due_on date not null,
        item_type text not null,
        entries integer not null,
        items integer not null,
        constraint pk_board_day_count primary key (organisation_id, group_key, due_on, item_type),
        constraint ck_board_day_count_item_type check (item_type in ('deadline', 'task'))
      )`);

    for (const table of ['board_entry', 'board_day_count']) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`
        create policy tenant_isolation on ${table}
          using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
          with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
      await q.query(`grant select, insert, update, delete on ${table} to haven_app`);
    }

    // The entries from their sources, for every case: a view, so the per-case function below and
    // the full rebuild share one definition. sort_time: untimed items first in their day, as the
    // board always listed them. counted marks one entry per item (its first group), so
    // organisation-wide counts count an item of two advocates once. security_invoker: read
    // through it, the tables' row-level security applies to the caller, not to the view's owner.
    await q.query(`
      create view board_entry_source with (security_invoker = true) as
        select d.organisation_id, d.case_id,
               coalesce(a.user_id, '00000000-0000-0000-0000-000000000000'::uuid) as group_key,
               'deadline'::text as item_type, d.id as item_id, d.due_on,
               coalesce(d.due_time, time '00:00') as sort_time, coalesce(a.first, true) as counted
          from case_deadline d
          join case_file c on c.id = d.case_id and c.organisation_id = d.organisation_id
          left join lateral (
            select ca.user_id, row_number() over (order by ca.user_id) = 1 as first
              from case_assignment ca
             where ca.case_id = d.case_id and ca.organisation_id = d.organisation_id
          ) a on true
         where d.state = 'open' and c.closed_on is null and c.stage <> 'closed'
        union all
        select t.organisation_id, t.case_id,
               coalesce(t.assignee_id, a.user_id, '00000000-0000-0000-0000-000000000000'::uuid),
               'task'::text, t.id, t.due_on, time '00:00', coalesce(a.first, true)
          from task t
          join case_file c on c.id = t.case_id and c.organisation_id = t.organisation_id
          left join lateral (
            select ca.user_id, row_number() over (order by ca.user_id) = 1 as first
              from case_assignment ca
             where t.assignee_id is null
               and ca.case_id = t.case_id and ca.organisation_id = t.organisation_id
          ) a on true
         where t.status = 'open' and c.closed_on is null and c.stage <> 'closed'`);
    await q.query(`grant select on board_entry_source to haven_app`);
    // The entries of a few cases. Inlined by the planner, its case filter reaches both arms of the
    // view, so a trigger's refresh reads those cases' rows through the case_id indexes.
    await q.query(`
      create function board_entry_rows(case_ids uuid[])
      returns setof board_entry language sql stable as $$
        select gen_random_uuid(), organisation_id, case_id, group_key, item_type, item_id, due_on,
               sort_time, counted
          from board_entry_source
         where case_id = any(case_ids)
      $$`);
    // Locking the cases' rows (no key update: other writers' foreign-key checks still pass) makes
    // two transactions that change one case rebuild its entries one after the other, each from a
    // fresh snapshot, so neither leaves entries the other's change made stale. Only days whose
    // counts changed are written, in key order; a recompute that moves no date writes none.
    await q.query(`
      create function board_entry_refresh(case_ids uuid[])
      returns void language plpgsql as $$
      declare
        r record;
      begin
        if coalesce(cardinality(case_ids), 0) = 0 then
          return;
        end if;
        perform 1 from case_file where id = any(case_ids) order by id for no key update;
        for r in
          with gone as (
            delete from board_entry where case_id = any(case_ids)
            returning organisation_id, group_key, due_on, item_type, counted, -1 as sign
          ), added as (
            insert into board_entry select * from board_entry_rows(case_ids)
            returning organisation_id, group_key, due_on, item_type, counted, 1 as sign
          ), delta as (
            select organisation_id, group_key, due_on, item_type, sum(sign)::int as entries,
                   coalesce(sum(sign) filter (where counted), 0)::int as items
              from (select * from gone union all select * from added) change
             group by organisation_id, group_key, due_on, item_type
          )
          insert into board_day_count as n
          select * from delta where entries <> 0 or items <> 0
           order by organisation_id, group_key, due_on, item_type
          on conflict (organisation_id, group_key, due_on, item_type)
            do update set entries = n.entries + excluded.entries, items = n.items + excluded.items
          returning n.organisation_id, n.group_key, n.due_on, n.item_type, n.entries
        loop
          if r.entries = 0 then
            delete from board_day_count
             where organisation_id = r.organisation_id and group_key = r.group_key
               and due_on = r.due_on and item_type = r.item_type and entries = 0;
          end if;
        end loop;
      end $$`);
    await q.query(`
      create function board_entry_rebuild()
      returns void language plpgsql as $$
      begin
        delete from board_entry;
        delete from board_day_count;
        -- One pass over every source row: filtering by an array of every case id would compare
        -- each row with each id (minutes at 100,000 cases).
        insert into board_entry
        select gen_random_uuid(), organisation_id, case_id, group_key, item_type, item_id, due_on,
               sort_time, counted
          from board_entry_source;
        insert into board_day_count
        select organisation_id, group_key, due_on, item_type, count(*), count(*) filter (where counted)
          from board_entry
         group by organisation_id, group_key, due_on, item_type;
      end $$`);
    await q.query(`
      create function board_entry_on_change()
      returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform board_entry_rebuild();
        elsif tg_op = 'DELETE' then
          perform board_entry_refresh(array(select distinct case_id from changed_old));
        else
          perform board_entry_refresh(array(select distinct case_id from changed_new));
        end if;
        return null;
      end $$`);
    for (const table of SOURCES) {
      await q.query(`
        create trigger tr_${table}_board_insert after insert on ${table}
          referencing new table as changed_new
          for each statement execute function board_entry_on_change()`);
      await q.query(`
        create trigger tr_${table}_board_update after update on ${table}
          referencing new table as changed_new
          for each statement execute function board_entry_on_change()`);
      await q.query(`
        create trigger tr_${table}_board_delete after delete on ${table}
          referencing old table as changed_old
          for each statement execute function board_entry_on_change()`);
      await q.query(`
        create trigger tr_${table}_board_truncate after truncate on ${table}
          for each statement execute function board_entry_on_change()`);
    }
    // A case leaves the board when it closes and comes back when it is reopened.
    await q.query(`
      create function board_entry_on_case_change()
      returns trigger language plpgsql as $$
      begin
        perform board_entry_refresh(array(
          select n.id from changed_new n join changed_old o on o.id = n.id
           where (n.closed_on is null) <> (o.closed_on is null) or n.stage <> o.stage));
        return null;
      end $$`);
    await q.query(`
      create trigger tr_case_file_board_update after update on case_file
        referencing old table as changed_old new table as changed_new
        for each statement execute function board_entry_on_case_change()`);

    await q.query(`select board_entry_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_case_file_board_update on case_file`);
    for (const table of SOURCES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`drop trigger tr_${table}_board_${event} on ${table}`);
      }
    }
    await q.query(`drop function board_entry_on_case_change()`);
    await q.query(`drop function board_entry_on_change()`);
    await q.query(`drop function board_entry_rebuild()`);
    await q.query(`drop function board_entry_refresh(uuid[])`);
    await q.query(`drop function board_entry_rows(uuid[])`);
    await q.query(`drop view board_entry_source`);
    await q.query(`drop table board_day_count`);
    await q.query(`drop table board_entry`);
  }
}
