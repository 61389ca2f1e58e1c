import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { FollowupsModule } from '@api/followups/followups.module';
import { JobsModule } from '@api/jobs/jobs.module';

import { CaseEntity } from './case.entity';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity]), AuditModule, FollowupsModule, JobsModule],
  controllers: [CasesController],
  providers: [CasesRepository, CasesService],
})
export class CasesModule {}
