import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: an order entered with the respondent present is served there, in open court. It is
 * personal service on the day of entry (R26), recorded as its own method so the record says how.
 */
export class AllowOpenCourtService1795580000000 implements MigrationInterface {
  name = 'AllowOpenCourtService1795580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table service_attempt drop constraint ck_service_attempt_method`);
    await q.query(`
      alter table service_attempt add constraint ck_service_attempt_method
        check (method in ('personal', 'substituted', 'posted', 'open_court', 'other'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Open-court service is personal service: that is what it was before this method existed.
    await q.query(`update service_attempt set method = 'personal' where method = 'open_court'`);
    await q.query(`alter table service_attempt drop constraint ck_service_attempt_method`);
    await q.query(`
      alter table service_attempt add constraint ck_service_attempt_method
        check (method in ('personal', 'substituted', 'posted', 'other'))`);
  }
}
