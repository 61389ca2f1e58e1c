import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseDeadlineEntity } from './case-deadline.entity';
import { CaseDeadlinesRepository } from './case-deadlines.repository';
import { CaseRecordRepository } from './case-record.repository';
import { DeadlinesService } from './deadlines.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseDeadlineEntity])],
  providers: [CaseRecordRepository, CaseDeadlinesRepository, DeadlinesService],
  exports: [DeadlinesService, CaseDeadlinesRepository],
})
export class DeadlinesModule {}
