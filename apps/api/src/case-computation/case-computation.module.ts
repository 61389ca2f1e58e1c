import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { FollowupsModule } from '@api/followups/followups.module';

import { CaseComputationService } from './case-computation.service';
import { CaseDeadlineEntity } from './case-deadline.entity';
import { CaseDeadlinesRepository } from './case-deadlines.repository';
import { CaseNoticeEntity } from './case-notice.entity';
import { CaseNoticesRepository } from './case-notices.repository';
import { CaseRecordReader } from './case-record.reader';
import { CaseStandingRepository } from './case-standing.repository';
import { FollowupPlanningService } from './followup-planning.service';
import { FollowupSettingsEntity } from './followup-settings.entity';
import { FollowupSettingsRepository } from './followup-settings.repository';
import { OrderProtectionFactsEntity } from './order-protection-facts.entity';
import { OrderProtectionFactsRepository } from './order-protection-facts.repository';

/** From a case's stored facts to its deadlines, standing and follow-up rows: one recompute path. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CaseDeadlineEntity,
      CaseNoticeEntity,
      FollowupSettingsEntity,
      OrderProtectionFactsEntity,
    ]),
    FollowupsModule,
  ],
  providers: [
    CaseComputationService,
    CaseRecordReader,
    CaseDeadlinesRepository,
    CaseNoticesRepository,
    CaseStandingRepository,
    FollowupPlanningService,
    FollowupSettingsRepository,
    OrderProtectionFactsRepository,
  ],
  exports: [
    CaseComputationService,
    CaseDeadlinesRepository,
    FollowupPlanningService,
    FollowupSettingsRepository,
    // Case opening writes its one-off follow-ups through the outbox directly.
    FollowupsModule,
  ],
})
export class CaseComputationModule {}
