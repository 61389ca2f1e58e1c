import type { MigrationInterface, QueryRunner } from 'typeorm';

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** Who an item sits under: each advocate of its case (the first one counts it), as before. */
const ADVOCATES = (onlyWhen: string, caseId: string) => `
  left join lateral (
    select ca.user_id, row_number() over (order by ca.user_id) = 1 as first
      from case_assignment ca
     where ${onlyWhen} ca.case_id = ${caseId} and ca.organisation_id = c.organisation_id
  ) a on true`;

/**
 * The entries from their sources. `details` adds what a board row shows, so the board reads its
 * rows from board_entry alone.
 */
const SOURCE_VIEW = (details: boolean) => `
  create view board_entry_source with (security_invoker = true) as
    select d.organisation_id, d.case_id, coalesce(a.user_id, ${NIL}) as group_key,
           'deadline'::text as item_type, d.id as item_id, d.due_on,
           coalesce(d.due_time, time '00:00') as sort_time, coalesce(a.first, true) as counted
           ${
             details
               ? `, c.reference, cl.full_name as client_name, d.kind as deadline_kind, d.rule_id,
                  d.citation, d.explanation, d.due_time, d.order_id, o.kind as order_kind,
                  null::text as title, null::text as source_rule, null::uuid as assignee_id`
               : ''
           }
      from case_deadline d
      join case_file c on c.id = d.case_id and c.organisation_id = d.organisation_id
      ${
        details
          ? `join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
             left join protective_order o
               on o.id = d.order_id and o.organisation_id = d.organisation_id`
          : ''
      }
      ${ADVOCATES('', 'd.case_id')}
     where d.state = 'open' and c.closed_on is null and c.stage <> 'closed'
    union all
    select t.organisation_id, t.case_id, coalesce(t.assignee_id, a.user_id, ${NIL}),
           'task'::text, t.id, t.due_on, time '00:00', coalesce(a.first, true)
           ${
             details
               ? `, c.reference, cl.full_name, null, null, null, null, null, null, null,
                  t.title, t.source_rule, t.assignee_id`
               : ''
           }
      from task t
      join case_file c on c.id = t.case_id and c.organisation_id = t.organisation_id
      ${
        details
          ? `join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id`
          : ''
      }
      ${ADVOCATES('t.assignee_id is null and', 't.case_id')}
     where t.status = 'open' and c.closed_on is null and c.stage <> 'closed'`;

const COLUMNS = (details: boolean) =>
  `organisation_id, case_id, group_key, item_type, item_id, due_on, sort_time, counted${
    details
      ? `, reference, client_name, deadline_kind, rule_id, citation, explanation, due_time,
         order_id, order_kind, title, source_rule, assignee_id`
      : ''
  }`;

const ROWS = (details: boolean) => `
  create or replace function board_entry_rows(case_ids uuid[])
  returns setof board_entry language sql stable as $$
    select gen_random_uuid(), ${COLUMNS(details)}
      from board_entry_source
     where case_id = any(case_ids)
  $$`;

const REBUILD = (details: boolean) => `
  create or replace function board_entry_rebuild()
  returns void language plpgsql as $$
  begin
    delete from board_entry;
    delete from board_day_count;
    -- One pass over every source row: filtering by an array of every case id would compare
    -- each row with each id (minutes at 100,000 cases).
    insert into board_entry select gen_random_uuid(), ${COLUMNS(details)} from board_entry_source;
    insert into board_day_count
    select organisation_id, group_key, due_on, item_type, count(*), count(*) filter (where counted)
      from board_entry
     group by organisation_id, group_key, due_on, item_type;
  end $$`;

const ON_CASE_CHANGE = (details: boolean) => `
  create or replace function board_entry_on_case_change()
  returns trigger language plpgsql as $$
  begin
    perform board_entry_refresh(array(
      select n.id from changed_new n join changed_old o on o.id = n.id
       where (n.closed_on is null) <> (o.closed_on is null) or n.stage <> o.stage
       ${details ? 'or n.reference <> o.reference or n.client_id <> o.client_id' : ''}));
    return null;
  end $$`;

/**
 * The board's rows carry what they show (issue 18). Its first pages are about 280 items at
 * 100,000 cases, and each item's case, client, deadline or task and order was looked up by
 * primary key: four index probes an item, 4,355 buffers and 11-15 ms a board, most of its
 * statements' time. Each entry now holds its case reference, client name and its deadline's or
 * task's details, written by the same triggers that write the entry; the board reads one index
 * range per group and the names of the tasks' assignees.
 *
 * New sources of those details: a client's name (corrections, purges), a case's reference or
 * client, an order's kind. Each refreshes the entries of its cases in the writer's transaction.
 * No confidential field is copied: the reference and the client's name are what the caseload
 * shows.
 */
export class CarryBoardItemDetails1795710000000 implements MigrationInterface {
  name = 'CarryBoardItemDetails1795710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table board_entry
        add column reference text not null default '',
        add column client_name text not null default '',
        add column deadline_kind text,
        add column rule_id text,
        add column citation text,
        add column explanation text,
        add column due_time time,
        add column order_id uuid,
        add column order_kind text,
        add column title text,
        add column source_rule text,
        add column assignee_id uuid`);
    await q.query(`drop view board_entry_source`);
    await q.query(SOURCE_VIEW(true));
    await q.query(`grant select on board_entry_source to haven_app`);
    await q.query(ROWS(true));
    await q.query(REBUILD(true));
    await q.query(ON_CASE_CHANGE(true));

    await q.query(`
      create function board_entry_on_client_rename()
      returns trigger language plpgsql as $$
      begin
        perform board_entry_refresh(array(
          select c.id from case_file c
           where c.client_id = new.id and c.organisation_id = new.organisation_id));
        return null;
      end $$`);
    await q.query(`
      create trigger tr_client_board_rename
        after update of full_name on client
        for each row when (old.full_name is distinct from new.full_name)
        execute function board_entry_on_client_rename()`);
    await q.query(`
      create function board_entry_on_order_kind()
      returns trigger language plpgsql as $$
      begin
        perform board_entry_refresh(array[new.case_id]);
        return null;
      end $$`);
    await q.query(`
      create trigger tr_protective_order_board_kind
        after update of kind on protective_order
        for each row when (old.kind is distinct from new.kind)
        execute function board_entry_on_order_kind()`);

    await q.query(`select board_entry_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_protective_order_board_kind on protective_order`);
    await q.query(`drop function board_entry_on_order_kind()`);
    await q.query(`drop trigger tr_client_board_rename on client`);
    await q.query(`drop function board_entry_on_client_rename()`);
    await q.query(ON_CASE_CHANGE(false));
    await q.query(REBUILD(false));
    await q.query(`drop view board_entry_source`);
    await q.query(SOURCE_VIEW(false));
    await q.query(`grant select on board_entry_source to haven_app`);
    await q.query(`
      alter table board_entry
        drop column reference, drop column client_name, drop column deadline_kind,
        drop column rule_id, drop column citation, drop column explanation, drop column due_time,
        drop column order_id, drop column order_kind, drop column title, drop column source_rule,
        drop column assignee_id`);
    await q.query(ROWS(false));
  }
}
