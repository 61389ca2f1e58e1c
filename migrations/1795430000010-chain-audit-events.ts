import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events gain the route and details of what was done, and a hash chain: each row's hash
 * covers its content and the previous row's hash, so an edit made by someone who bypassed the
 * append-only trigger is detectable (security-checks F2).
 */
export class ChainAuditEvents1795430000010 implements MigrationInterface {
  name = 'ChainAuditEvents1795430000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table audit_event
        add column route text,
        add column reason text,
        add column details jsonb not null default '{}',
        add column prev_hash text,
        add column hash text`);
    await q.query(`
      create function audit_event_chain() returns trigger language plpgsql as $$
      declare previous text;
      begin
        -- One writer at a time extends the chain, so concurrent inserts cannot fork it.
        perform pg_advisory_xact_lock(7340002);
        select hash into previous from audit_event order by id desc limit 1;
        new.prev_hash := coalesce(previous, '');
        new.hash := encode(sha256(convert_to(concat_ws('|', new.prev_hash, extract(epoch from new.occurred_at)::text,
          new.organisation_id::text, new.actor_user_id::text, new.action, new.target_type, new.target_id,
          new.request_id, new.ip, new.route, new.reason, new.details::text), 'UTF8')), 'hex');
        return new;
      end $$`);
    await q.query(`
      create trigger tr_audit_event_chain before insert on audit_event
      for each row execute function audit_event_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_audit_event_chain on audit_event`);
    await q.query(`drop function audit_event_chain()`);
    await q.query(`alter table audit_event drop column route, drop column reason, drop column details,
      drop column prev_hash, drop column hash`);
  }
}
