import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funder reports (issue 15) read each fact table by organisation and period, and a funder's
 * service activities through their funding rows. Without these indexes the order events read every
 * petition, hearing and order of the server (sequential scans), and the funded-activity semi-join
 * read 300,000 funding rows from the heap at 100,000 cases; the funding index below answers it
 * from the index alone. bench:reports, PostgreSQL CPU: OVW 6.2 s → 4.0 s, VOCA 2.0 s → 1.25 s.
 */
export class AddReportIndexes1795640000000 implements MigrationInterface {
  name = 'AddReportIndexes1795640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index ix_service_activity_funding_source_org_activity
        on service_activity_funding (funding_source_id, organisation_id, activity_id)`);
    await q.query(`create index ix_petition_org_filed on petition (organisation_id, filed_on)`);
    await q.query(`
      create index ix_hearing_org_held_denied on hearing (organisation_id, held_on)
        where outcome = 'denied'`);
    await q.query(`
      create index ix_protective_order_org_issued on protective_order (organisation_id, issued_on)`);
    await q.query(`
      create index ix_protective_order_org_dissolved
        on protective_order (organisation_id, dissolved_on) where dissolved_on is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_protective_order_org_dissolved`);
    await q.query(`drop index ix_protective_order_org_issued`);
    await q.query(`drop index ix_hearing_org_held_denied`);
    await q.query(`drop index ix_petition_org_filed`);
    await q.query(`drop index ix_service_activity_funding_source_org_activity`);
  }
}
