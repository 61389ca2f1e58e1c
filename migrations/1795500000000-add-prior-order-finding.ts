import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, R10 version 2 (rules-spec §1.12): from 1 Jul 2025 a family-abuse final order may run up
 * to four years when the court found that the respondent was subject to a previous family-abuse
 * protective order issued within 10 years. The finding, and the previous order's issue date when
 * known, belong to the final family-abuse order (FA_PO) only.
 */
export class AddPriorOrderFinding1795500000000 implements MigrationInterface {
  name = 'AddPriorOrderFinding1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table protective_order
        add column prior_fa_order_finding boolean not null default false,
        add column prior_fa_order_issued_on date null`);
    await q.query(`
      alter table protective_order add constraint ck_protective_order_prior_finding check (
        kind = 'FA_PO' or (prior_fa_order_finding = false and prior_fa_order_issued_on is null))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table protective_order drop constraint ck_protective_order_prior_finding`);
    await q.query(`
      alter table protective_order
        drop column prior_fa_order_issued_on,
        drop column prior_fa_order_finding`);
  }
}
