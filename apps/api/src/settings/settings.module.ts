import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { FollowupSyncModule } from '@api/followups/followup-sync.module';

import { FollowupSettingsService } from './followup-settings.service';
import { SettingsController } from './settings.controller';

/** Organisation settings; for now the follow-up lead times (issue 6). */
@Module({
  imports: [AuditModule, FollowupSyncModule],
  controllers: [SettingsController],
  providers: [FollowupSettingsService],
})
export class SettingsModule {}
