import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CasesModule } from '@api/cases/cases.module';
import { DeadlinesModule } from '@api/deadlines/deadlines.module';
import { FollowupSyncModule } from '@api/followups/followup-sync.module';

import { PetitionEntity } from './petition.entity';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PetitionEntity]),
    CasesModule,
    DeadlinesModule,
    FollowupSyncModule,
  ],
  controllers: [PetitionsController],
  providers: [PetitionsRepository, PetitionsService],
})
export class PetitionsModule {}
