import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';

import { CourtDirectory } from './court-directory';
import { CourtsController } from './courts.controller';
import { CourtsRepository } from './courts.repository';
import { CourtsService } from './courts.service';

/** The Virginia court directory; exports the check every record with a court makes. */
@Module({
  imports: [AuditModule],
  controllers: [CourtsController],
  providers: [CourtsRepository, CourtsService, CourtDirectory],
  exports: [CourtDirectory, CourtsRepository],
})
export class CourtsModule {}
