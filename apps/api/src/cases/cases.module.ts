import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CourtsModule } from '@api/courts/courts.module';
import { PartiesModule } from '@api/parties/parties.module';

import { AssignmentService } from './assignment.service';
import { CaseCorrectionsController } from './case-corrections.controller';
import { CaseCorrectionsService } from './case-corrections.service';
import { CaseClosingService } from './case-closing.service';
import { CaseAssignmentEntity } from '@api/case-files/case-assignment.entity';
import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseOpening } from './case-opening';
import { CaseEntity } from '@api/case-files/case.entity';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { ConflictCheckService } from './conflict-check.service';
import { IntakeService } from './intake.service';

/** Cases: intake, caseloads, the case page, assignment, closing and reopening. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CaseEntity, CaseAssignmentEntity]),
    AuditModule,
    CaseFilesModule,
    CaseComputationModule,
    PartiesModule,
    CourtsModule,
  ],
  controllers: [CasesController, CaseCorrectionsController],
  providers: [
    CasesRepository,
    CasesService,
    IntakeService,
    AssignmentService,
    CaseClosingService,
    ConflictCheckService,
    CaseOpening,
    CaseCorrectionsService,
  ],
  exports: [CasesRepository],
})
export class CasesModule {}
