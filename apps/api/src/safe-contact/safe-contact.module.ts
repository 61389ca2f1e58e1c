import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';

import { SafeContactController } from './safe-contact.controller';
import { SafeContactRepository } from './safe-contact.repository';
import { SafeContactService } from './safe-contact.service';

/** A client's safe-contact instructions; documents reads them before any client letter. */
@Module({
  imports: [AuditModule, CaseFilesModule],
  controllers: [SafeContactController],
  providers: [SafeContactRepository, SafeContactService],
  exports: [SafeContactService],
})
export class SafeContactModule {}
