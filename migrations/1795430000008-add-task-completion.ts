import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who completed a task and when; a done task must say both. */
export class AddTaskCompletion1795430000008 implements MigrationInterface {
  name = 'AddTaskCompletion1795430000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table task
        add column completed_by uuid,
        add column completed_at timestamptz,
        add constraint fk_task_completed_by foreign key (completed_by) references app_user (id) on delete set null,
        add constraint ck_task_completion check ((status = 'done') = (completed_at is not null))`);
    await q.query(`alter table task drop constraint fk_task_case`);
    await q.query(`
      alter table task add constraint fk_task_case foreign key (case_id, organisation_id)
        references case_file (id, organisation_id) on delete cascade`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table task drop constraint fk_task_case`);
    await q.query(
      `alter table task add constraint fk_task_case foreign key (case_id) references case_file (id) on delete cascade`,
    );
    await q.query(`alter table task drop constraint ck_task_completion, drop constraint fk_task_completed_by,
      drop column completed_at, drop column completed_by`);
  }
}
