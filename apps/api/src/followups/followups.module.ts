import { Module } from '@nestjs/common';

import { TasksModule } from '@api/tasks/tasks.module';

import { AfterCommit } from './after-commit';
import { FollowupDeliveryService } from './followup-delivery.service';
import { FollowupsRepository } from './followups.repository';

@Module({
  imports: [TasksModule],
  providers: [FollowupsRepository, FollowupDeliveryService, AfterCommit],
  exports: [FollowupsRepository, FollowupDeliveryService, AfterCommit],
})
export class FollowupsModule {}
