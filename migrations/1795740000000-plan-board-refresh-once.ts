import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A board refresh spent 3.5 ms of its 4 ms planning (100,000 cases): PL/pgSQL kept a custom plan
 * for its entries' statement, whose view reads nine tables in two branches, and planned it again
 * on every call, for every writer of a case and under the organisation's board lock (G11: about
 * 85 follow-up deliveries a second in one organisation). Its generic plan is the same index
 * probes per case id (bitmap scans of the case_id indexes), so the function now keeps one:
 * 0.8 ms a refresh. A later CREATE OR REPLACE of the function must repeat the setting.
 */
export class PlanBoardRefreshOnce1795740000000 implements MigrationInterface {
  name = 'PlanBoardRefreshOnce1795740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `alter function board_entry_refresh(uuid[]) set plan_cache_mode = force_generic_plan`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter function board_entry_refresh(uuid[]) reset plan_cache_mode`);
  }
}
