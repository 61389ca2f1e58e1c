import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';

import { CaseFundingEntity } from './case-funding.entity';
import { FundingSourceEntity } from './funding-source.entity';
import { FundingSourcesController } from './funding-sources.controller';
import { FundingSourcesRepository } from './funding-sources.repository';
import { FundingSourcesService } from './funding-sources.service';

/** Funding sources; exports the repository so activities and report facts can check theirs. */
@Module({
  imports: [TypeOrmModule.forFeature([FundingSourceEntity, CaseFundingEntity]), AuditModule],
  controllers: [FundingSourcesController],
  providers: [FundingSourcesRepository, FundingSourcesService],
  exports: [FundingSourcesRepository],
})
export class FundingModule {}
