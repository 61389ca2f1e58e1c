import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Admins create accounts through the API, which connects as haven_app. */
export class GrantUserManagement1795480000002 implements MigrationInterface {
  name = 'GrantUserManagement1795480000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`grant insert on app_user to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke insert on app_user from haven_app`);
  }
}
