import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'entered_premises', 'family_abuse', 'criminal_offense', 'contact',
  'furtive_entry_present', 'furtive_entry_remained', 'assault_battery_bodily_injury', 'stalking',
  'knowingly_armed', 'other_provision'`;

/**
 * Issue 14, R26a: a respondent's failure to notify the court of a change of residence is a violation
 * act of its own (`failed_to_report_address_change`), classified as contempt of court.
 */
export class AllowAddressChangeViolation1795510000002 implements MigrationInterface {
  name = 'AllowAddressChangeViolation1795510000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table violation drop constraint ck_violation_acts`);
    await q.query(`
      alter table violation add constraint ck_violation_acts check (cardinality(acts) > 0 and
        acts <@ array[${BEFORE}, 'failed_to_report_address_change']::text[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier schema had no code for the act; 'other_provision' is the closest it could say.
    await q.query(`
      update violation
         set acts = array_replace(acts, 'failed_to_report_address_change', 'other_provision')
       where 'failed_to_report_address_change' = any(acts)`);
    await q.query(`alter table violation drop constraint ck_violation_acts`);
    await q.query(`
      alter table violation add constraint ck_violation_acts check (cardinality(acts) > 0 and
        acts <@ array[${BEFORE}]::text[])`);
  }
}
