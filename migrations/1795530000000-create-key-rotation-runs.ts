import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The progress of `npm run keys:rotate` (security-checks D3): which key it seals under, how far it
 * got in each table, so a run killed halfway resumes where its last committed batch ended. Not a
 * tenant table: the command works across organisations as the schema owner, and the application
 * role gets no grant on it.
 */
export class CreateKeyRotationRuns1795530000000 implements MigrationInterface {
  name = 'CreateKeyRotationRuns1795530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table key_rotation_run (
        id uuid not null default gen_random_uuid(),
        target_key_id text not null,
        blind_index_fingerprint text not null,
        state text not null default 'running',
        cursors jsonb not null default '{}',
        rows_done integer not null default 0,
        rows_total integer not null,
        started_at timestamptz not null,
        finished_at timestamptz,
        constraint pk_key_rotation_run primary key (id),
        constraint ck_key_rotation_run_state check (state in ('running', 'finished', 'superseded')),
        constraint ck_key_rotation_run_finished check ((state = 'finished') = (finished_at is not null))
      )`);
    // One run at a time: two rotations racing over the same rows would each undo the other.
    await q.query(
      `create unique index uq_key_rotation_run_running on key_rotation_run ((true)) where state = 'running'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table key_rotation_run`);
  }
}
