import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's entries follow an assignment only when it moves to another case or advocate
 * (issue 18). Migration 1795690000000 copies a case's sort keys onto its assignments on every
 * change of its next due date, so the statement trigger on any update of case_assignment rebuilt
 * the case's board entries once more on each recompute that moved a date, for nothing: those
 * updates change neither the case nor the advocate. Assignments are inserted and deleted (those
 * triggers stay); an update that does move one is caught row by row.
 */
export class NarrowBoardAssignmentTrigger1795660000002 implements MigrationInterface {
  name = 'NarrowBoardAssignmentTrigger1795660000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_case_assignment_board_update on case_assignment`);
    await q.query(`
      create function board_entry_on_assignment_move()
      returns trigger language plpgsql as $$
      begin
        perform board_entry_refresh(array(select distinct unnest(array[old.case_id, new.case_id])));
        return null;
      end $$`);
    await q.query(`
      create trigger tr_case_assignment_board_move
        after update of case_id, user_id on case_assignment
        for each row
        when (old.case_id is distinct from new.case_id or old.user_id is distinct from new.user_id)
        execute function board_entry_on_assignment_move()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_case_assignment_board_move on case_assignment`);
    await q.query(`drop function board_entry_on_assignment_move()`);
    await q.query(`
      create trigger tr_case_assignment_board_update after update on case_assignment
        referencing new table as changed_new
        for each statement execute function board_entry_on_change()`);
  }
}
