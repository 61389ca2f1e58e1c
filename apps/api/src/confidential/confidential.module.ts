import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CasesModule } from '@api/cases/cases.module';
import { PartiesModule } from '@api/parties/parties.module';

import { RevealController } from './reveal.controller';
import { RevealService } from './reveal.service';

/** The audited reveal of one confidential field at a time. */
@Module({
  imports: [AuditModule, CasesModule, PartiesModule],
  controllers: [RevealController],
  providers: [RevealService],
})
export class ConfidentialModule {}
