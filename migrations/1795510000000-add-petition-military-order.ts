import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, R09a (rules-spec §1.12, 2025 Acts ch. 208): a preliminary-order petition may rest on a
 * Military Protective Order. The petition records who issued it and when (no free text), and
 * whether it is in NCIC when known; command and date come together or not at all.
 */
export class AddPetitionMilitaryOrder1795510000000 implements MigrationInterface {
  name = 'AddPetitionMilitaryOrder1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table petition
        add column mpo_issuing_command text null,
        add column mpo_issued_on date null,
        add column mpo_entered_in_ncic boolean null`);
    await q.query(`
      alter table petition add constraint ck_petition_mpo check (
        (mpo_issuing_command is null) = (mpo_issued_on is null)
        and (mpo_issuing_command is not null or mpo_entered_in_ncic is null)
        and (mpo_issuing_command is null or mpo_issuing_command in
          ('us_armed_forces', 'virginia_national_guard', 'other_state_national_guard')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table petition drop constraint ck_petition_mpo`);
    await q.query(`
      alter table petition
        drop column mpo_entered_in_ncic,
        drop column mpo_issued_on,
        drop column mpo_issuing_command`);
  }
}
