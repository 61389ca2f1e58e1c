import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseFilesModule } from '@api/case-files/case-files.module';
import { ReadReplica } from '@api/database/read-replica';

import { ReportSettingsEntity } from './report-settings.entity';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Funder and outcome reports: a read model over the facts of every case feature (issue 15). */
@Module({
  imports: [TypeOrmModule.forFeature([ReportSettingsEntity]), CaseFilesModule],
  controllers: [ReportsController],
  providers: [ReportsRepository, ReportsService, ReadReplica],
})
export class ReportsModule {}
