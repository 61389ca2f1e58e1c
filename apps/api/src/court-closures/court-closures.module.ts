import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CourtsModule } from '@api/courts/courts.module';

import { CourtClosureEntity } from './court-closure.entity';
import { CourtClosuresController } from './court-closures.controller';
import { CourtClosuresRepository } from './court-closures.repository';
import { CourtClosuresService } from './court-closures.service';

/** Admins' court closures; exports the repository so views can build the court-day calendar. */
@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([CourtClosureEntity]),
    CaseFilesModule,
    CaseComputationModule,
    CourtsModule,
  ],
  controllers: [CourtClosuresController],
  providers: [CourtClosuresRepository, CourtClosuresService],
  exports: [CourtClosuresRepository],
})
export class CourtClosuresModule {}
