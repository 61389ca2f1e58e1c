import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Set for its transaction by a writer whose task inserts refresh the board at commit. */
const AT_COMMIT = `current_setting('haven.board_at_commit', true) = 'on'`;

/**
 * Follow-up deliveries of one organisation ran one at a time (bench:jobs, security checks G11):
 * a task insert refreshes its case's board entries and day counters under the organisation's
 * board lock (migration 1795700000000), and a delivery held that lock from its insert to its
 * commit, across the worker's next statements and round trips: about 80 tasks a second, with
 * 37 of 40 connections waiting on the lock. A transaction that sets haven.board_at_commit
 * (follow-up delivery) now refreshes its inserted tasks' cases in a deferred trigger, at
 * COMMIT, on the server: it takes the lock after every statement of its own, for the refresh
 * and the commit only. Every other writer refreshes at once, as before: an API write takes the
 * board lock before the audit chain's, and one that took them the other way round could
 * deadlock with it.
 */
export class RefreshDeliveredTaskBoardsAtCommit1795730000000 implements MigrationInterface {
  name = 'RefreshDeliveredTaskBoardsAtCommit1795730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function board_entry_on_task_insert()
      returns trigger language plpgsql as $$
      begin
        if ${AT_COMMIT} then
          return null;
        end if;
        perform board_entry_refresh(array(select distinct case_id from changed_new));
        return null;
      end $$`);
    await q.query(`drop trigger tr_task_board_insert on task`);
    await q.query(`
      create trigger tr_task_board_insert after insert on task
        referencing new table as changed_new
        for each statement execute function board_entry_on_task_insert()`);
    await q.query(`
      create function board_entry_on_task_insert_at_commit()
      returns trigger language plpgsql as $$
      begin
        if ${AT_COMMIT} then
          perform board_entry_refresh(array[new.case_id]);
        end if;
        return null;
      end $$`);
    await q.query(`
      create constraint trigger tr_task_board_insert_at_commit after insert on task
        deferrable initially deferred
        for each row execute function board_entry_on_task_insert_at_commit()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_task_board_insert_at_commit on task`);
    await q.query(`drop function board_entry_on_task_insert_at_commit()`);
    await q.query(`drop trigger tr_task_board_insert on task`);
    await q.query(`
      create trigger tr_task_board_insert after insert on task
        referencing new table as changed_new
        for each statement execute function board_entry_on_change()`);
    await q.query(`drop function board_entry_on_task_insert()`);
  }
}
