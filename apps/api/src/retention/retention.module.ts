import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';

import { LegalHoldService } from './legal-hold.service';
import { RetentionController } from './retention.controller';
import { RetentionRepository } from './retention.repository';
import { RetentionSettingsService } from './retention-settings.service';

/** Retention (issue 17, D6): the organisation's period and legal holds; the purge runs in the worker. */
@Module({
  imports: [AuditModule, CaseFilesModule],
  controllers: [RetentionController],
  providers: [RetentionRepository, RetentionSettingsService, LegalHoldService],
})
export class RetentionModule {}
