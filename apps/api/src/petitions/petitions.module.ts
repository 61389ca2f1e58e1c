import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';

import { PetitionEntity } from './petition.entity';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

@Module({
  imports: [TypeOrmModule.forFeature([PetitionEntity]), CaseFilesModule, CaseComputationModule],
  controllers: [PetitionsController],
  providers: [PetitionsRepository, PetitionsService],
})
export class PetitionsModule {}
