import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';

import { FollowupSettingsService } from './followup-settings.service';
import { SettingsController } from './settings.controller';

/** Organisation settings; for now the follow-up lead times (issue 6). */
@Module({
  imports: [AuditModule, CaseComputationModule],
  controllers: [SettingsController],
  providers: [FollowupSettingsService],
})
export class SettingsModule {}
