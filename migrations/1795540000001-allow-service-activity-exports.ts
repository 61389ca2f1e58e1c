import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exports of the service activity log (issue 15's table) join the other lists (issue 16). */
export class AllowServiceActivityExports1795540000001 implements MigrationInterface {
  name = 'AllowServiceActivityExports1795540000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table export_file drop constraint ck_export_file_kind`);
    await q.query(`
      alter table export_file add constraint ck_export_file_kind check (kind in ('cases', 'deadlines',
        'tasks', 'hearings', 'violations', 'service_activities', 'deadline_report'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from export_case where export_id in (
      select id from export_file where kind = 'service_activities')`);
    await q.query(`alter table export_file drop constraint ck_export_file_kind`);
    await q.query(`
      alter table export_file add constraint ck_export_file_kind check (kind in ('cases', 'deadlines',
        'tasks', 'hearings', 'violations', 'deadline_report'))`);
  }
}
