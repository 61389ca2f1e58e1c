import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order chain's invariants in the database (security-checks H3): a motion to extend records
 * when it was decided and which order granting it produced; an order is extended on motion at most
 * once and one motion per order is pending at a time; a short extension states no expiry before
 * its grant.
 */
export class ConstrainOrderChain1795450000000 implements MigrationInterface {
  name = 'ConstrainOrderChain1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table extension_motion
        add column decided_on date,
        add column granted_order_id uuid,
        add constraint fk_extension_motion_granted_order foreign key (granted_order_id, organisation_id)
          references protective_order (id, organisation_id) on delete no action,
        add constraint ck_extension_motion_decided check ((outcome = 'pending') = (decided_on is null)),
        add constraint ck_extension_motion_granted_order check ((outcome = 'granted') = (granted_order_id is not null)),
        add constraint ck_extension_motion_decided_after_filing check (decided_on is null or decided_on >= filed_on)`);
    await q.query(
      `create unique index uq_extension_motion_pending on extension_motion (order_id) where outcome = 'pending'`,
    );
    await q.query(
      `create unique index uq_extension_motion_granted_order on extension_motion (granted_order_id)`,
    );
    await q.query(`
      create unique index uq_protective_order_motion_extension on protective_order (parent_order_id)
        where extension_of = 'motion_to_extend'`);
    await q.query(`
      alter table protective_order
        add constraint ck_protective_order_extension_parent check (extension_of is null or parent_order_id is not null),
        add constraint ck_protective_order_not_own_parent check (parent_order_id is null or parent_order_id <> id)`);
    await q.query(`
      alter table order_extension
        add constraint ck_order_extension_expiry_after_grant check (stated_expiry_on is null or stated_expiry_on >= granted_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `alter table order_extension drop constraint ck_order_extension_expiry_after_grant`,
    );
    await q.query(`
      alter table protective_order
        drop constraint ck_protective_order_not_own_parent,
        drop constraint ck_protective_order_extension_parent`);
    await q.query(`drop index uq_protective_order_motion_extension`);
    await q.query(`drop index uq_extension_motion_granted_order`);
    await q.query(`drop index uq_extension_motion_pending`);
    await q.query(`
      alter table extension_motion
        drop constraint ck_extension_motion_decided_after_filing,
        drop constraint ck_extension_motion_granted_order,
        drop constraint ck_extension_motion_decided,
        drop constraint fk_extension_motion_granted_order,
        drop column granted_order_id,
        drop column decided_on`);
  }
}
