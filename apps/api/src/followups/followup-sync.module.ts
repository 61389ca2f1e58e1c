import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DeadlinesModule } from '@api/deadlines/deadlines.module';
import { JobsModule } from '@api/jobs/jobs.module';
import { FollowupSettingsEntity } from '@api/settings/followup-settings.entity';
import { FollowupSettingsRepository } from '@api/settings/followup-settings.repository';
import { TasksModule } from '@api/tasks/tasks.module';

import { CaseRecomputeService } from './case-recompute.service';
import { FollowupsModule } from './followups.module';
import { FollowupsService } from './followups.service';

/**
 * Recomputing a case after a fact changes: deadlines, then follow-ups. Apart from FollowupsModule
 * because it needs the producer side of JobsModule, which itself needs FollowupsModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([FollowupSettingsEntity]),
    DeadlinesModule,
    FollowupsModule,
    JobsModule,
    TasksModule,
  ],
  providers: [FollowupsService, CaseRecomputeService, FollowupSettingsRepository],
  exports: [CaseRecomputeService, FollowupSettingsRepository],
})
export class FollowupSyncModule {}
