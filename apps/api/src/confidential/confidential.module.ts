import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { PartiesModule } from '@api/parties/parties.module';

import { RevealController } from './reveal.controller';
import { RevealService } from './reveal.service';

/** The audited reveal of one confidential field at a time. */
@Module({
  imports: [AuditModule, CaseFilesModule, PartiesModule],
  controllers: [RevealController],
  providers: [RevealService],
})
export class ConfidentialModule {}
