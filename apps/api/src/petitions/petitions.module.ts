import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { AuditModule } from '@api/audit/audit.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';
import { CourtsModule } from '@api/courts/courts.module';

import { PetitionCorrectionsController } from './petition-corrections.controller';
import { PetitionCorrectionsRepository } from './petition-corrections.repository';
import { PetitionCorrectionsService } from './petition-corrections.service';
import { PetitionEntity } from './petition.entity';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PetitionEntity]),
    AuditModule,
    CaseFilesModule,
    CaseComputationModule,
    CourtsModule,
  ],
  controllers: [PetitionsController, PetitionCorrectionsController],
  providers: [
    PetitionsRepository,
    PetitionsService,
    PetitionCorrectionsRepository,
    PetitionCorrectionsService,
  ],
})
export class PetitionsModule {}
