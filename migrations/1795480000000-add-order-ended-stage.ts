import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stage is now derived from the facts, and a case whose every order has ended needs a stage of
 * its own: reading it as "order in effect" would tell an advocate the client is still protected.
 */
export class AddOrderEndedStage1795480000000 implements MigrationInterface {
  name = 'AddOrderEndedStage1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table case_file drop constraint ck_case_file_stage`);
    await q.query(`
      alter table case_file add constraint ck_case_file_stage check (stage in ('intake',
        'petition_filed', 'awaiting_service', 'hearing_scheduled', 'order_in_effect',
        'extension_pending', 'order_ended', 'closed'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`update case_file set stage = 'order_in_effect' where stage = 'order_ended'`);
    await q.query(`alter table case_file drop constraint ck_case_file_stage`);
    await q.query(`
      alter table case_file add constraint ck_case_file_stage check (stage in ('intake',
        'petition_filed', 'awaiting_service', 'hearing_scheduled', 'order_in_effect',
        'extension_pending', 'closed'))`);
  }
}
