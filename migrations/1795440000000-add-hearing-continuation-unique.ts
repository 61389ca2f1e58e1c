import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hearing is continued at most once: the chain goes on from the hearing that replaced it. The
 * service checks this under a row lock; the constraint keeps it true for any writer (H3).
 */
export class AddHearingContinuationUnique1795440000000 implements MigrationInterface {
  name = 'AddHearingContinuationUnique1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `alter table hearing add constraint uq_hearing_continued_from unique (continued_from_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table hearing drop constraint uq_hearing_continued_from`);
  }
}
