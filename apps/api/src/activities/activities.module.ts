import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { FundingModule } from '@api/funding/funding.module';
import { UsersModule } from '@api/users/users.module';

import { ActivitiesController } from './activities.controller';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesService } from './activities.service';
import { ServiceActivityFundingEntity } from './service-activity-funding.entity';
import { ServiceActivityEntity } from './service-activity.entity';

/** The service activity log of a case. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ServiceActivityEntity, ServiceActivityFundingEntity]),
    CaseFilesModule,
    FundingModule,
    UsersModule,
  ],
  controllers: [ActivitiesController],
  providers: [ActivitiesRepository, ActivitiesService],
})
export class ActivitiesModule {}
