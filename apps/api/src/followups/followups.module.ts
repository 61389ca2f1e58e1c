import { Module } from '@nestjs/common';

import { TasksModule } from '@api/tasks/tasks.module';

import { FollowupDeliveryService } from './followup-delivery.service';
import { FollowupsRepository } from './followups.repository';

@Module({
  imports: [TasksModule],
  providers: [FollowupsRepository, FollowupDeliveryService],
  exports: [FollowupsRepository, FollowupDeliveryService],
})
export class FollowupsModule {}
