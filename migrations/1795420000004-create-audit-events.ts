import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvents1795420000004 implements MigrationInterface {
  name = 'CreateAuditEvents1795420000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table audit_event (
        id bigint generated always as identity,
        occurred_at timestamptz not null,
        organisation_id uuid,
        actor_user_id uuid,
        action text not null,
        target_type text,
        target_id text,
        request_id text,
        ip text,
        constraint pk_audit_event primary key (id)
      )`);
    // The audit trail is append-only even for the table owner (security-checks F2).
    await q.query(`
      create function audit_event_reject_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only';
      end $$`);
    await q.query(`
      create trigger tr_audit_event_append_only before update or delete on audit_event
      for each row execute function audit_event_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table audit_event`);
    await q.query(`drop function audit_event_reject_change()`);
  }
}
