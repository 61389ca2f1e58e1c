import type { MigrationInterface, QueryRunner } from 'typeorm';

// What each row's hash covers is unchanged (apps/api/src/audit/audit-chain.ts recomputes it).
const HASH = `encode(sha256(convert_to(concat_ws('|', new.prev_hash, extract(epoch from new.occurred_at)::text,
          new.organisation_id::text, new.actor_user_id::text, new.action, new.target_type, new.target_id,
          new.request_id, new.ip, new.route, new.reason, new.details::text), 'UTF8')), 'hex')`;

/**
 * Issue 11: the audit chain forked under concurrent writers with no tampering. The identity default
 * numbers a row before its trigger waits for the chain lock, and the trigger chained to the row with
 * the highest id, so rows whose ids and lock order disagreed broke the chain. Now the trigger
 * numbers the row itself once it holds the lock: id order is the chain's order and the order of
 * commit. Rows already written keep their ids and hashes, so a chain that verified still does.
 */
export class SerialiseAuditChain1795490000100 implements MigrationInterface {
  name = 'SerialiseAuditChain1795490000100';

  async up(q: QueryRunner): Promise<void> {
    // Appends in flight under the old trigger (their ids already taken) finish first; none can land
    // after the first row numbered by the new one.
    await q.query(`lock table audit_event in share row exclusive mode`);
    await q.query(`
      create or replace function audit_event_chain() returns trigger language plpgsql as $$
      declare
        previous_id bigint;
        previous_hash text;
      begin
        -- The lock is held until commit, so every earlier holder has committed by now. This SELECT
        -- takes a fresh snapshot (a volatile function under READ COMMITTED), so it sees their rows
        -- even if they committed while this one waited. Under REPEATABLE READ the snapshot may
        -- predate the head: the id then collides with the head's primary key and the insert fails
        -- rather than forking the chain.
        perform pg_advisory_xact_lock(7340002);
        select id, hash into previous_id, previous_hash from audit_event order by id desc limit 1;
        new.id := coalesce(previous_id, 0) + 1;
        new.prev_hash := coalesce(previous_hash, '');
        new.hash := ${HASH};
        return new;
      end $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`lock table audit_event in share row exclusive mode`);
    await q.query(`
      create or replace function audit_event_chain() returns trigger language plpgsql as $$
      declare previous text;
      begin
        -- One writer at a time extends the chain, so concurrent inserts cannot fork it.
        perform pg_advisory_xact_lock(7340002);
        select hash into previous from audit_event order by id desc limit 1;
        new.prev_hash := coalesce(previous, '');
        new.hash := ${HASH};
        return new;
      end $$`);
    // The identity default numbers rows again. It stayed above the trigger's ids (it is still drawn
    // for every insert) unless a row came with OVERRIDING SYSTEM VALUE; make sure.
    await q.query(`
      select setval(pg_get_serial_sequence('audit_event', 'id'), max(id)) from audit_event
      having count(*) > 0`);
  }
}
