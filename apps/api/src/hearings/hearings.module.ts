import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CasesModule } from '@api/cases/cases.module';
import { CaseComputationModule } from '@api/case-computation/case-computation.module';

import { HearingEntity } from './hearing.entity';
import { HearingsController } from './hearings.controller';
import { HearingsRepository } from './hearings.repository';
import { HearingsService } from './hearings.service';

@Module({
  imports: [TypeOrmModule.forFeature([HearingEntity]), CasesModule, CaseComputationModule],
  controllers: [HearingsController],
  providers: [HearingsRepository, HearingsService],
})
export class HearingsModule {}
