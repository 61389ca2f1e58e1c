import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { FundingModule } from '@api/funding/funding.module';

import { CaseReportFactsEntity } from './case-report-facts.entity';
import { ClientDemographicsEntity } from './client-demographics.entity';
import { IntakeDeclineEntity } from './intake-decline.entity';
import { IntakeDeclinesService } from './intake-declines.service';
import { ReportFactsController } from './report-facts.controller';
import { ReportFactsRepository } from './report-facts.repository';
import { ReportFactsService } from './report-facts.service';

/** What cases and declined intakes record for the funder reports. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CaseReportFactsEntity,
      ClientDemographicsEntity,
      IntakeDeclineEntity,
    ]),
    CaseFilesModule,
    FundingModule,
  ],
  controllers: [ReportFactsController],
  providers: [ReportFactsRepository, ReportFactsService, IntakeDeclinesService],
})
export class ReportFactsModule {}
