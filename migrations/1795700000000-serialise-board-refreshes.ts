import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two writers of one organisation's cases could deadlock on the board's day counters (security
 * checks G8: a 500 in some runs of 200 concurrent writes). A transaction that refreshes the board
 * more than once (a hearing's insert, then its recomputed deadlines) upserts counter rows in one
 * sorted pass each time, so across its passes it does not take them in one order, and two such
 * transactions can each hold a row the other needs. Each refresh now first takes a transaction
 * advisory lock per organisation it touches (in id order), so the counters of one organisation
 * change in one transaction at a time, from its first refresh to its commit; a writer already
 * holds its case's row lock before it, so the wait cannot close a cycle.
 */
const REFRESH = (lock: boolean) => `
  create or replace function board_entry_refresh(case_ids uuid[])
  returns void language plpgsql as $$
  declare
    r record;
  begin
    if coalesce(cardinality(case_ids), 0) = 0 then
      return;
    end if;
    ${
      lock
        ? `perform pg_advisory_xact_lock(hashtextextended('haven.board:' || s.org, 0))
       from (select distinct organisation_id::text as org from case_file
              where id = any(case_ids) order by 1) s;`
        : ''
    }
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
  end $$`;

export class SerialiseBoardRefreshes1795700000000 implements MigrationInterface {
  name = 'SerialiseBoardRefreshes1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(REFRESH(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(REFRESH(false));
  }
}
