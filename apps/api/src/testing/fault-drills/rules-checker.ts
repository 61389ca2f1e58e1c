import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { In, Not, type DataSource } from 'typeorm';

import { FOLLOWUP_RULE_KINDS } from '@haven/rules';

import { Clock } from '@api/common/clock/clock';
import { AppConfig } from '@api/config/app-config';
import { parseEnv } from '@api/config/env.schema';
import { DatabaseModule } from '@api/database/database.module';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { CaseDeadlineEntity } from '@api/case-computation/case-deadline.entity';
import { CaseNoticeEntity } from '@api/case-computation/case-notice.entity';
import { CaseNoticesRepository } from '@api/case-computation/case-notices.repository';
import { CaseDeadlinesRepository } from '@api/case-computation/case-deadlines.repository';
import { CaseRecordReader } from '@api/case-computation/case-record.reader';
import { OrderProtectionFactsEntity } from '@api/case-computation/order-protection-facts.entity';
import { OrderProtectionFactsRepository } from '@api/case-computation/order-protection-facts.repository';
import { CaseStandingRepository } from '@api/case-computation/case-standing.repository';
import { FollowupPlanningService } from '@api/case-computation/followup-planning.service';
import { FollowupSettingsEntity } from '@api/case-computation/followup-settings.entity';
import { FollowupSettingsRepository } from '@api/case-computation/followup-settings.repository';
import { FollowupTasksRepository } from '@api/followups/followup-tasks.repository';
import { FollowupEntity } from '@api/followups/followup.entity';
import { FollowupsRepository, type FollowupContent } from '@api/followups/followups.repository';
import { FollowupScheduler } from '@api/followups/jobs/followup-scheduler';

import { MutableClock } from '../mutable-clock';

/** The rules half of the drills' checker: live follow-up rows against what the facts require. */
export interface RulesReport {
  /** Cases whose facts were planned again. */
  cases: number;
  /** Follow-ups the rules plan across those cases. */
  planned: number;
  /** Live (pending or delivered) rule follow-ups the facts do not call for. */
  unplanned: string[];
  /** Follow-ups the facts call for with no live row. */
  unscheduled: string[];
  /** A live row under a planned key whose kind, due time or (while pending) content differs. */
  differing: string[];
}

/**
 * Only what planning needs: the API's own CaseComputationService and FollowupPlanningService on the drill's
 * database, with a clock the checker sets per case. Nothing is published (planning never does).
 */
@Module({})
class RulesCheckModule {
  static with(config: AppConfig, clock: Clock): DynamicModule {
    @Global()
    @Module({
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    })
    class RulesCheckGlobals {}

    return {
      module: RulesCheckModule,
      imports: [
        RulesCheckGlobals,
        DatabaseModule.forRole('owner'),
        TypeOrmModule.forFeature([
          FollowupSettingsEntity,
          CaseDeadlineEntity,
          CaseNoticeEntity,
          OrderProtectionFactsEntity,
        ]),
      ],
      providers: [
        CaseComputationService,
        CaseRecordReader,
        CaseDeadlinesRepository,
        CaseNoticesRepository,
        CaseStandingRepository,
        FollowupPlanningService,
        FollowupSettingsRepository,
        FollowupsRepository,
        FollowupTasksRepository,
        OrderProtectionFactsRepository,
        // sync publishes jobs after commit; plan does not, so the checker needs no Redis.
        { provide: FollowupScheduler, useValue: {} },
      ],
    };
  }
}

const iso = (d: Date) => d.toISOString();

/**
 * For every case in the drill's database, plans its follow-ups again from the stored facts through
 * the API's own path (CaseComputationService.compute, then FollowupPlanningService.plan, as
 * CaseComputationService.recompute does) and compares the plan with the live follow-up rows of the rule kinds.
 *
 * The plan is made as of the case's last sync: planFollowups reads `asOf` to collapse service
 * checks already overdue into the latest, and order statuses (expired or not) depend on it too, so
 * planning at the drill's later `now` would legitimately differ. Every sync stores the case's
 * deadlines with `computed_at` = its clock's instant (the drills' fake clock holds a fixed
 * instant, the same one the computation read), so that column says when. A case without stored
 * deadlines (no order, hearing or petition to date anything from) is planned at `now`.
 *
 * What sync leaves as it is, and the comparison therefore allows: a delivered follow-up whose
 * wording changed, or whose due time moved to a time already past at the sync (its task was made;
 * making it again would only repeat it). Everything else must match: the key set, the kind, and
 * the due time; a pending row also every word, rule and citation.
 */
export async function checkAgainstRules(
  env: Record<string, string>,
  now: Date,
): Promise<RulesReport> {
  const clock = new MutableClock(now);
  const context = await NestFactory.createApplicationContext(
    RulesCheckModule.with(new AppConfig(parseEnv(env)), clock),
    { logger: false, abortOnError: false },
  );
  try {
    const dataSource = context.get<DataSource>(getDataSourceToken());
    const computation = context.get(CaseComputationService);
    const followups = context.get(FollowupPlanningService);
    const cases = (await dataSource.query(
      `select c.organisation_id as "organisationId", c.id as "caseId",
              (select max(d.computed_at) from case_deadline d where d.case_id = c.id) as "syncedAt"
         from case_file c order by c.id`,
    )) as Array<{ organisationId: string; caseId: string; syncedAt: Date | null }>;
    const report: RulesReport = {
      cases: cases.length,
      planned: 0,
      unplanned: [],
      unscheduled: [],
      differing: [],
    };
    for (const { organisationId, caseId, syncedAt } of cases) {
      const at = syncedAt ?? now;
      clock.set(at);
      const { planned, live } = await dataSource.transaction(async (manager) => {
        const { record, result } = await computation.compute(manager, organisationId, caseId);
        return {
          planned: await followups.plan(manager, organisationId, record, result),
          live: await manager.getRepository(FollowupEntity).find({
            where: {
              organisationId,
              caseId,
              state: Not('cancelled'),
              kind: In([...FOLLOWUP_RULE_KINDS]),
            },
          }),
        };
      });
      report.planned += planned.length;
      compareCase(caseId, at, planned, live, report);
    }
    return report;
  } finally {
    await context.close();
  }
}

function compareCase(
  caseId: string,
  syncedAt: Date,
  planned: readonly FollowupContent[],
  live: readonly FollowupEntity[],
  report: RulesReport,
): void {
  const liveByKey = new Map(live.map((r) => [r.key, r]));
  const plannedKeys = new Set(planned.map((p) => p.key));
  for (const p of planned) {
    const row = liveByKey.get(p.key);
    const where = `${caseId} ${p.key}`;
    if (row === undefined) {
      report.unscheduled.push(`${where}: planned for ${iso(p.dueAt)}, no live row`);
      continue;
    }
    const movedIntoThePast = row.state === 'delivered' && p.dueAt.getTime() <= syncedAt.getTime();
    const differences: string[] = [];
    if (row.kind !== p.kind) differences.push(`kind ${row.kind} ≠ ${p.kind}`);
    if (row.dueAt.getTime() !== p.dueAt.getTime() && !movedIntoThePast) {
      differences.push(`due ${iso(row.dueAt)} ≠ ${iso(p.dueAt)}`);
    }
    if (row.state === 'pending') {
      for (const field of [
        'actBy',
        'title',
        'ruleId',
        'citation',
        'explanation',
        'audience',
      ] as const) {
        if (row[field] !== p[field]) differences.push(`${field} differs`);
      }
    }
    if (differences.length > 0) {
      report.differing.push(`${where} (${row.state} v${row.version}): ${differences.join(', ')}`);
    }
  }
  for (const row of live) {
    if (!plannedKeys.has(row.key)) {
      report.unplanned.push(`${caseId} ${row.key} (${row.state} v${row.version}): not planned`);
    }
  }
}
