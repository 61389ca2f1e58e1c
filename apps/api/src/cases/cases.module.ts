import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { PartiesModule } from '@api/parties/parties.module';

import { AssignmentService } from './assignment.service';
import { CaseAccess } from './case-access';
import { CaseClosingService } from './case-closing.service';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseOpening } from './case-opening';
import { CaseEntity } from './case.entity';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { ConflictCheckService } from './conflict-check.service';
import { IntakeService } from './intake.service';

/** Cases: intake, caseloads, the case page, assignment; exports CaseAccess for every case feature. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CaseEntity, CaseAssignmentEntity]),
    AuditModule,
    CaseComputationModule,
    PartiesModule,
  ],
  controllers: [CasesController],
  providers: [
    CasesRepository,
    CasesService,
    IntakeService,
    AssignmentService,
    CaseClosingService,
    ConflictCheckService,
    CaseOpening,
    CaseAccess,
  ],
  exports: [CaseAccess, CasesRepository],
})
export class CasesModule {}
