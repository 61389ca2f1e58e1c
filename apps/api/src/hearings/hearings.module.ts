import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CasesModule } from '@api/cases/cases.module';
import { DeadlinesModule } from '@api/deadlines/deadlines.module';
import { FollowupSyncModule } from '@api/followups/followup-sync.module';

import { HearingEntity } from './hearing.entity';
import { HearingsController } from './hearings.controller';
import { HearingsRepository } from './hearings.repository';
import { HearingsService } from './hearings.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([HearingEntity]),
    CasesModule,
    DeadlinesModule,
    FollowupSyncModule,
  ],
  controllers: [HearingsController],
  providers: [HearingsRepository, HearingsService],
})
export class HearingsModule {}
