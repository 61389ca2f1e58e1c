import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only trigger (migration 1795420000004) refuses UPDATE and DELETE row by row, but
 * TRUNCATE fires no row trigger: the owner could empty the audit trail, and the chain check then
 * passes on an empty chain (security-checks F2). A statement-level BEFORE TRUNCATE trigger with
 * the same refusing function closes that, for the owner too; a superuser can still disable it,
 * as for the append-only trigger.
 */
export class RefuseAuditTruncate1795750000000 implements MigrationInterface {
  name = 'RefuseAuditTruncate1795750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create trigger tr_audit_event_refuse_truncate before truncate on audit_event
      for each statement execute function audit_event_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger tr_audit_event_refuse_truncate on audit_event`);
  }
}
